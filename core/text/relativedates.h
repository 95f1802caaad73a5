#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace guanxi {

// "today", "tomorrow", "in 3 days", "2 days ago"; beyond a week, the date.
QString relativeDay(const QDate &day, const QDate &today);
// "just now", "5 minutes ago", "yesterday 14:05", or the date and time.
QString relativeTime(const QDateTime &when, const QDateTime &now);

} // namespace guanxi
