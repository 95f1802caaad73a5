#include "platform/clock.h"

namespace guanxi {

QString toStoredTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(Qt::ISODate); // 2026-11-22T13:53:32Z
}

QDateTime fromStoredTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    // The stored text ends in Z, so Qt parses it as UTC.
    return QDateTime::fromString(text, Qt::ISODate);
}

QString toStoredDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromStoredDate(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace guanxi
