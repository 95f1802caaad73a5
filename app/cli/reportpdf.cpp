#include "reportoutput.h"

#ifdef GUANXI_CLI_PDF
#include "reportrender/reportdocument.h"

#include <QApplication>
#endif

namespace guanxi::cli {

Status writeReportPdf(const Report &report, const QString &path)
{
#ifdef GUANXI_CLI_PDF
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        return ui::ReportDocument::writePdf(report, path);
#endif
    (void)report;
    (void)path;
#ifdef GUANXI_CLI_PDF
    return Error{Cli::tr("Could not start the PDF renderer for “%1”; give the format as --format pdf or end "
                         "the file name in .pdf.")
                     .arg(path),
                 {}, {}};
#else
    return Error{Cli::tr("PDF reports need guanxi-cli built with the GUI (Qt Widgets and Charts); "
                         "use --format xlsx or csv."),
                 {}, {}};
#endif
}

bool reportNeedsWidgets(const QStringList &args)
{
#ifdef GUANXI_CLI_PDF
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i).toLower();
        if (a.endsWith(QStringLiteral(".pdf")) || ((a == u"-f" || a == u"--format") && args.value(i + 1) == u"pdf")
            || a == u"--format=pdf" || a == u"-fpdf")
            return true;
    }
#else
    (void)args;
#endif
    return false;
}

} // namespace guanxi::cli
