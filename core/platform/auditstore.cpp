#include "platform/auditstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guanxi {

using sql::nullable;
using sql::run;

Status AuditStore::record(AuditEvent e)
{
    if (m_session.db().isReadOnly() || m_session.db().damageSeen())
        return {};
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO audit_events (at, user_id, login, action, entity, entity_id, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 user = e.userId ? e.userId : m_session.userId();
    q.bindValue(0, toStoredTime(e.at.isValid() ? e.at : m_session.now()));
    q.bindValue(1, nullable(user));
    q.bindValue(2, nullable(e.login));
    q.bindValue(3, AuditActions::code(e.action));
    q.bindValue(4, nullable(e.entity));
    q.bindValue(5, nullable(e.entityId));
    q.bindValue(6, e.detail.isEmpty() ? QVariant()
                                      : QVariant(QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not record the event in the audit trail."));
    return {};
}

Status AuditStore::recordExport(const QString &path, const QString &what, const QJsonObject &filter, qint64 rows)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        sha.addData(&f);
    AuditEvent e;
    e.action = AuditAction::Export;
    e.entity = what;
    e.detail = {{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                {QStringLiteral("rows"), rows},
                {QStringLiteral("sha256"), f.isOpen() ? QString::fromLatin1(sha.result().toHex()) : QString()}};
    if (!filter.isEmpty())
        e.detail.insert(QStringLiteral("filter"), filter);
    return record(e);
}

Result<QList<AuditEvent>> AuditStore::list(const Filter &f) const
{
    if (Status s = m_session.require(Permission::ViewAudit); !s)
        return s.error();
    QStringList where;
    QVariantList values;
    if (f.userId) {
        where << QStringLiteral("e.user_id = ?");
        values << f.userId;
    }
    if (f.action) {
        where << QStringLiteral("e.action = ?");
        values << AuditActions::code(*f.action);
    }
    if (!f.entity.isEmpty()) {
        where << QStringLiteral("e.entity = ?");
        values << f.entity;
    }
    if (f.entityId) {
        where << QStringLiteral("e.entity_id = ?");
        values << f.entityId;
    }
    if (f.since.isValid()) {
        where << QStringLiteral("e.at >= ?");
        values << toStoredTime(f.since);
    }
    if (f.until.isValid()) {
        where << QStringLiteral("e.at < ?");
        values << toStoredTime(f.until);
    }
    // Events of nobody (a failed login with an unknown name) are an
    // administrator's business; a manager reads their team's.
    where << (m_session.access().seesAll ? Session::everything()
                                         : QStringLiteral("e.user_id IN ") + m_session.visibleOwners());
    values << f.limit;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT e.id, e.at, e.user_id, u.display_name, e.login, e.action, e.entity, "
                               "e.entity_id, e.detail FROM audit_events e LEFT JOIN users u ON u.id = e.user_id "
                               "WHERE ") + where.join(QStringLiteral(" AND "))
                 + QStringLiteral(" ORDER BY e.id DESC LIMIT ?"),
             values))
        return SqlErrors::from(q.lastError(), tr("Could not read the audit trail."));
    QList<AuditEvent> out;
    while (q.next()) {
        AuditEvent e;
        e.id = q.value(0).toLongLong();
        e.at = fromStoredTime(q.value(1).toString());
        e.userId = q.value(2).toLongLong();
        e.userName = q.value(3).toString();
        e.login = q.value(4).toString();
        e.action = AuditActions::fromCode(q.value(5).toString()).value_or(AuditAction::Login);
        e.entity = q.value(6).toString();
        e.entityId = q.value(7).toLongLong();
        e.detail = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

} // namespace guanxi
