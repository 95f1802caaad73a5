#pragma once

#include "domain/change.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace guanxi::ui {

// "today", "tomorrow", "in 3 days", "2 days ago"; a date beyond a week shows as a date.
QString relativeDay(const QDate &day, const QDate &today);
// "just now", "5 minutes ago", "yesterday 14:05", or the date.
QString relativeTime(const QDateTime &when, const QDateTime &now);
// Integer minor units with the currency's symbol and the locale's grouping: ¥12,345.00.
QString formatMoney(qint64 minor, const QString &currency);
// A change-log row in words.
QString changeActionLabel(const Change &change);
QString changeDescription(const Change &change);
QString fieldLabel(const QString &field);

} // namespace guanxi::ui
