#include "activities/followupcalendar.h"

#include "activities/followupstore.h"
#include "formats/icalendar.h"
#include "platform/auditstore.h"
#include "platform/clock.h"
#include "platform/session.h"

#include <QFile>
#include <QJsonObject>

namespace guanxi {

Result<int> FollowUpCalendar::write(Session &session, const QString &path, qint64 ownerId, const QDate &until)
{
    if (Status s = session.require(Permission::Export); !s)
        return s.error();
    auto due = FollowUpStore(session).due(ownerId, until);
    if (!due)
        return due.error();
    if (Status s = ICalendar::save(path, ICalendar::followUps(*due, session.now())); !s)
        return s.error();
    QJsonObject filter{{QStringLiteral("until"), toStoredDate(until)}};
    if (ownerId)
        filter.insert(QStringLiteral("owner"), ownerId);
    // An export that cannot be recorded is not left behind unrecorded.
    if (Status s = AuditStore(session).recordExport(path, QStringLiteral("follow-ups"), filter, due->size()); !s) {
        QFile::remove(path);
        return s.error();
    }
    return int(due->size());
}

} // namespace guanxi
