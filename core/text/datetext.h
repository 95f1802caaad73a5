#pragma once

#include <QDate>
#include <QString>

namespace guanxi {

// Dates as people and other programs write them in files: 2026-03-15,
// 2026/3/15, 2026.3.15, 20260315, 2026年3月15日, Outlook's 3/15/2026 (month
// first unless the first number cannot be a month), 15.3.2026, and an ISO
// date-time (its date part). Anything else gives an invalid date.
struct DateText {
    static QDate parse(const QString &text);
};

} // namespace guanxi
