#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDate>

namespace guanxi {

class Session;

// The follow-ups due up to a day as an iCalendar file: an export like any
// other, so it needs Permission::Export, holds only the customers and leads
// the session sees, and lands in the audit trail with its row count and the
// file's SHA-256. The window and the command line both write through here.
struct FollowUpCalendar {
    Q_DECLARE_TR_FUNCTIONS(FollowUpCalendar)
public:
    // ownerId 0: every owner the session sees. Returns how many follow-ups
    // were written.
    static Result<int> write(Session &session, const QString &path, qint64 ownerId, const QDate &until);
};

} // namespace guanxi
