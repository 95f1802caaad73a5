#pragma once

#include "analytics/report.h"

namespace guanxi::ui {

// A report cell as the user reads it, in the locale: ¥12,345.00, 12.5%,
// 1,234, 2026年3月 / Mar 2026, the locale's short date.
QString reportCellText(const QVariant &value, ReportKind kind, const QString &currency);
// A cell as a number for charts and sorting: money in main units, percent as
// 0-100, dates as Julian days; 0 for text.
double reportCellNumber(const QVariant &value, ReportKind kind);

} // namespace guanxi::ui
