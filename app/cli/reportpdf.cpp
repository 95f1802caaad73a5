#include "reportoutput.h"

namespace guanxi::cli {

Status writeReportPdf(const Report &, const QString &)
{
    return Error{QStringLiteral("PDF reports are not available in this build; use --format xlsx or csv."), {}, {}};
}

} // namespace guanxi::cli
