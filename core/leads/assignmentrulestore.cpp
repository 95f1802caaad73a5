#include "leads/assignmentrulestore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/enumtable.h"
#include "platform/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {

// Codes only: the methods' labels are the rules dialog's.
constexpr auto methodTable = enumTable<AssignMethod>("AssignmentRuleStore", {
    {AssignMethod::User, "user", nullptr},
    {AssignMethod::RoundRobin, "round_robin", nullptr},
    {AssignMethod::LeastLoaded, "least_loaded", nullptr},
});

} // namespace

QString AssignmentRuleStore::methodCode(AssignMethod m) { return methodTable.code(m); }
std::optional<AssignMethod> AssignmentRuleStore::methodFromCode(const QString &code) { return methodTable.fromCode(code); }

Result<QList<AssignmentRule>> AssignmentRuleStore::list(bool activeOnly) const
{
    return read(activeOnly, QString());
}

Result<QList<AssignmentRule>> AssignmentRuleStore::takeTurns() const
{
    return read(true, m_session.db().dialect().forUpdate());
}

Result<QList<AssignmentRule>> AssignmentRuleStore::read(bool activeOnly, const QString &lock) const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT id, name, active, match_province, match_city, match_industry, match_source_id, "
                               "match_product, method, user_ids, next_index FROM assignment_rules ")
                + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) + QStringLiteral("ORDER BY position, id")
                + lock))
        return SqlErrors::from(q.lastError(), tr("Could not read the assignment rules."));
    QList<AssignmentRule> out;
    while (q.next()) {
        AssignmentRule r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.active = q.value(2).toBool();
        r.province = q.value(3).toString();
        r.city = q.value(4).toString();
        r.industry = q.value(5).toString();
        r.sourceId = q.value(6).toLongLong();
        r.product = q.value(7).toString();
        r.method = methodFromCode(q.value(8).toString()).value_or(AssignMethod::User);
        for (const auto &v : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
            r.userIds << v.toInteger();
        r.nextIndex = q.value(10).toInt();
        out << r;
    }
    return out;
}

Result<qint64> AssignmentRuleStore::add(const AssignmentRule &r)
{
    if (Status s = m_session.require(Permission::EditPoolRules); !s)
        return s.error();
    if (r.name.simplified().isEmpty())
        return Error{tr("Give the rule a name, e.g. “上海 manufacturing”."), {}, QStringLiteral("name")};
    if (r.userIds.isEmpty())
        return Error{tr("Say who gets the leads: one person, or a team."), {}, QStringLiteral("users")};
    if (r.method == AssignMethod::User && r.userIds.size() != 1)
        return Error{tr("“To one person” needs exactly one person; for several, use round robin or least loaded."), {},
                     QStringLiteral("users")};
    QJsonArray users;
    for (qint64 id : r.userIds)
        users.append(id);
    QSqlQuery q(m_session.db().connection());
    auto text = [](const QString &s) { return s.simplified().isEmpty() ? QVariant() : QVariant(s.simplified()); };
    if (!run(q, QStringLiteral("INSERT INTO assignment_rules (position, name, active, match_province, match_city, match_industry, "
                               "match_source_id, match_product, method, user_ids) VALUES ((SELECT coalesce(max(position), 0) + 1 "
                               "FROM assignment_rules), ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {r.name.simplified(), r.active ? 1 : 0, text(r.province), text(r.city), text(r.industry),
              r.sourceId ? QVariant(r.sourceId) : QVariant(), text(r.product), methodCode(r.method),
              QString::fromUtf8(QJsonDocument(users).toJson(QJsonDocument::Compact))})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not save the rule “%1”.").arg(r.name));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status AssignmentRuleStore::remove(qint64 id)
{
    if (Status s = m_session.require(Permission::EditPoolRules); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("DELETE FROM assignment_rules WHERE id = ?"), {id}))
        return SqlErrors::from(q.lastError(), tr("Could not remove the rule."));
    return {};
}

Status AssignmentRuleStore::setNextIndex(qint64 id, int next)
{
    QSqlQuery &q = m_session.db().prepared(QStringLiteral("UPDATE assignment_rules SET next_index = ? WHERE id = ?"));
    q.bindValue(0, next);
    q.bindValue(1, id);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not update the rule."));
    return {};
}

Result<QList<qint64>> AssignmentRuleStore::openLeadCounts(const QList<qint64> &userIds) const
{
    QList<qint64> out;
    QSqlQuery &q = m_session.db().prepared(
        QStringLiteral("SELECT count(*) FROM leads WHERE owner_id = ? AND status IN ('new', 'qualified')"));
    for (qint64 id : userIds) {
        q.bindValue(0, id);
        if (!q.exec() || !q.next())
            return SqlErrors::from(q.lastError(), tr("Could not count open leads."));
        out << q.value(0).toLongLong();
        q.finish();
    }
    return out;
}

} // namespace guanxi
