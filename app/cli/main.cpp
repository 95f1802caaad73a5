// guanxi-cli: the same core as the desktop app, for scripts and managers.
// It links Qt Core and Sql only; a PDF report, whose charts are drawn with
// Qt Widgets, is handed to guanxi-cli-pdf (pdfmain.cpp) beside it.
#include "appinfo.h"
#include "cli.h"
#include "commandline.h"
#include "platform/translations.h"

#include <sys/stat.h>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace guanxi::cli;

namespace {

// Runs guanxi-cli-pdf from this program's folder with the same arguments and
// the same stdin, stdout and stderr; returns its exit code.
int runPdfProgram(QCoreApplication &app)
{
    const QString folder = QCoreApplication::applicationDirPath();
    const QString program = QStandardPaths::findExecutable(QStringLiteral("guanxi-cli-pdf"), {folder});
    QProcess pdf;
    if (!program.isEmpty()) {
        pdf.setProgram(program);
        pdf.setArguments(app.arguments().mid(1));
        pdf.setProcessChannelMode(QProcess::ForwardedChannels);
        pdf.setInputChannelMode(QProcess::ForwardedInputChannel);
        pdf.start();
        if (pdf.waitForStarted(-1)) {
            pdf.waitForFinished(-1);
            if (pdf.exitStatus() == QProcess::NormalExit)
                return pdf.exitCode();
        }
    }
    guanxi::AppInfo::initialise();
    guanxi::installTranslations(app, {});
    Cli cli;
    if (program.isEmpty())
        cli.err << "guanxi-cli: "
                << Cli::tr("PDF reports need guanxi-cli-pdf beside guanxi-cli (in %1); it is installed with the "
                           "GUI build. Use --format xlsx or csv.")
                       .arg(QDir::toNativeSeparators(folder))
                << '\n';
    else
        cli.err << "guanxi-cli: "
                << Cli::tr("%1 did not finish the PDF: %2").arg(QDir::toNativeSeparators(program), pdf.errorString())
                << '\n';
    return DataError;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything Guanxi creates holds customer data: the database and its
    // -wal/-shm, exports, reports, rejects, backups. Owner-only (files 0600,
    // folders 0700), whatever the login's umask.
    ::umask(S_IRWXG | S_IRWXO);
    QCoreApplication app(argc, argv);
    if (asksForPdf(app.arguments()))
        return runPdfProgram(app);
    return runCommandLine(app);
}
