#pragma once

#include "platform/change.h"
#include "text/relativedates.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace guanxi::ui {

// Integer minor units with the currency's symbol and the locale's grouping: ¥12,345.00.
QString formatMoney(qint64 minor, const QString &currency);
// A change-log row in words.
QString changeActionLabel(const Change &change);
QString changeDescription(const Change &change);
QString fieldLabel(const QString &field);

} // namespace guanxi::ui
