#pragma once

#include <QDateTime>

namespace guanxi {

// Services ask a Clock for "now" so tests and `--now` can set it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
};

// The one stored representation of a point in time: UTC, ISO 8601, seconds,
// with a trailing Z. Text sorts in time order and reads the same in any SQL.
QString toStoredTime(const QDateTime &utc);
QDateTime fromStoredTime(const QString &text);
// Calendar dates (birthdays, follow-up days) are stored as YYYY-MM-DD.
QString toStoredDate(const QDate &date);
QDate fromStoredDate(const QString &text);

} // namespace guanxi
