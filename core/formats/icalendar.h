#pragma once

#include "activities/followupstore.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace guanxi {

// Follow-ups as an iCalendar file (RFC 5545) that Thunderbird, Outlook and
// phone calendars import: one all-day event per due follow-up with a
// reminder at 09:00 that day. UIDs are stable, so importing again updates
// the events instead of duplicating them.
struct ICalendar {
    Q_DECLARE_TR_FUNCTIONS(ICalendar)
public:
    static QByteArray followUps(const QList<DueFollowUp> &items, const QDateTime &stampUtc);
    // Writes atomically: an existing file stays intact when writing fails.
    static Status save(const QString &path, const QByteArray &content);
    // Escapes TEXT values (backslash, semicolon, comma, newline).
    static QString escapeText(const QString &text);
    // Folds a content line at 75 octets without splitting a UTF-8 character.
    static QByteArray fold(const QByteArray &line);
};

} // namespace guanxi
