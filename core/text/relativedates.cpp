#include "text/relativedates.h"

#include <QCoreApplication>
#include <QLocale>

namespace guanxi {

namespace {
struct RelativeDates {
    Q_DECLARE_TR_FUNCTIONS(RelativeDates)
};
} // namespace

QString relativeDay(const QDate &day, const QDate &today)
{
    const qint64 days = today.daysTo(day);
    if (days == 0)
        return RelativeDates::tr("today");
    if (days == 1)
        return RelativeDates::tr("tomorrow");
    if (days == -1)
        return RelativeDates::tr("yesterday");
    if (days > 1 && days <= 7)
        return RelativeDates::tr("in %1 days").arg(days);
    if (days < -1 && days >= -7)
        return RelativeDates::tr("%1 days ago").arg(-days);
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds >= 0 && seconds < 60)
        return RelativeDates::tr("just now");
    if (seconds >= 60 && seconds < 120)
        return RelativeDates::tr("a minute ago");
    if (seconds >= 0 && seconds < 3600)
        return RelativeDates::tr("%1 minutes ago").arg(seconds / 60);
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return RelativeDates::tr("today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return RelativeDates::tr("yesterday %1").arg(time);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace guanxi
