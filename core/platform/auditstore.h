#pragma once

#include "platform/audit.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// The audit trail: append-only (triggers in migration 0020 refuse updates and
// deletes). Stores record inside their own transaction where there is one, so
// an event and what it describes land together.
class AuditStore {
    Q_DECLARE_TR_FUNCTIONS(AuditStore)
public:
    explicit AuditStore(Session &session) : m_session(session) {}

    // userId and at default to the session's user and clock. On a read-only
    // file nothing can be written: the event is dropped and ok returned, as
    // such a session can change nothing worth auditing.
    Status record(AuditEvent event);

    // An export: what (customers, leads, orders, a report's name), the filter
    // it used, how many rows, and the written file's SHA-256 and name.
    Status recordExport(const QString &path, const QString &what, const QJsonObject &filter, qint64 rows);

    struct Filter {
        qint64 userId = 0;
        std::optional<AuditAction> action;
        QString entity;
        qint64 entityId = 0;
        QDateTime since;
        QDateTime until;
        int limit = 5000;
    };
    // Newest first. A manager without SeeOtherTeams reads only the events of
    // the users they see; anyone else needs the ViewAudit permission.
    Result<QList<AuditEvent>> list(const Filter &filter) const;

private:
    Session &m_session;
};

} // namespace guanxi
