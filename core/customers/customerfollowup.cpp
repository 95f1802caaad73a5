// CustomerStore: the follow-up columns, written for the follow-ups and for
// lead conversion.
#include "customers/customerstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/session.h"

#include <QSqlQuery>

namespace guanxi {

Status CustomerStore::setFollowUpColumns(qint64 id, const FollowUpColumns &columns, const QString &failure)
{
    // A follow-up on a customer this session does not see is refused as one
    // on a customer that does not exist.
    if (Status s = checkVisible({id}); !s)
        return s;
    return FollowUpColumnsSql::write(m_session, QStringLiteral("customers"), id, columns, failure);
}

Status CustomerStore::takeOverLeadFollowUp(qint64 customerId, qint64 leadId, const QString &failure)
{
    if (Status s = checkVisible({customerId}); !s)
        return s;
    const SqlDialect &d = m_session.db().dialect();
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "UPDATE customers SET "
        "last_contact_at = %1, "
        "next_follow_up = coalesce(next_follow_up, (SELECT next_follow_up FROM leads WHERE id = ?)), "
        "row_version = row_version + 1 "
        "WHERE id = ?").arg(d.greatest(QStringLiteral("coalesce(last_contact_at, '')"),
                                       QStringLiteral("coalesce((SELECT last_contact_at FROM leads WHERE id = ?), '')"))));
    q.bindValue(0, leadId);
    q.bindValue(1, leadId);
    q.bindValue(2, customerId);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), failure);
    // Neither had a last contact.
    QSqlQuery &none = m_session.db().prepared(
        QStringLiteral("UPDATE customers SET last_contact_at = NULL WHERE id = ? AND last_contact_at = ''"));
    none.bindValue(0, customerId);
    if (!none.exec())
        return SqlErrors::from(none.lastError(), failure);
    return {};
}

} // namespace guanxi
