// guanxi-cli-pdf: guanxi-cli with PDF reports, whose charts are drawn with Qt
// Widgets and Charts on the offscreen platform (no display needed).
// guanxi-cli runs it, from its own folder, for a command that asks for a PDF.
#include "commandline.h"
#include "reportoutput.h"
#include "reportrender/reportdocument.h"

#include <sys/stat.h>
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

int main(int argc, char *argv[])
{
    // Owner-only files and folders, as guanxi-cli (main.cpp).
    ::umask(S_IRWXG | S_IRWXO);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Starting a GUI application, Qt looks in XDG_RUNTIME_DIR for a Flatpak
    // marker; a login without one (cron, ssh, su) gets "QStandardPaths:
    // XDG_RUNTIME_DIR not set" on stderr and a shared /tmp/runtime-USER. The
    // offscreen charts keep nothing there: they get a private empty folder
    // (0700, removed on exit), declared before the application outlives it.
    std::unique_ptr<QTemporaryDir> runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir = std::make_unique<QTemporaryDir>();
        if (runtimeDir->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
    }
    QApplication app(argc, argv);
    guanxi::cli::setPdfWriter(&guanxi::ui::ReportDocument::writePdf);
    return guanxi::cli::runCommandLine(app);
}
