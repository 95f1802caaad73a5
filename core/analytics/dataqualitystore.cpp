#include "analytics/dataqualitystore.h"

#include "customers/duplicatestore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {

// Customers::isValidEmail in SQL, for the address X: one @ after a non-empty
// local part, none of the characters the pattern refuses (ASCII white space,
// "(),:;<>[\]), no "..", and after the @ no "_", a name, a dot and at least
// two characters without a dot. rtrim(d, replace(d, '.', '')) is d up to its
// last dot.
QString validEmail(const QString &x)
{
    return QStringLiteral(
               "(instr({x}, '@') > 1 AND instr({d}, '@') = 0 AND instr({x}, '..') = 0 AND instr({d}, '_') = 0 "
               "AND {x} NOT GLOB '*[][ \"(),:;<>\\' || char(9, 10, 11, 12, 13) || ']*' "
               "AND length({l}) >= 2 AND length({d}) - length({l}) >= 2)")
        .replace(QStringLiteral("{l}"), QStringLiteral("rtrim({d}, replace({d}, '.', ''))"))
        .replace(QStringLiteral("{d}"), QStringLiteral("substr({x}, instr({x}, '@') + 1)"))
        .replace(QStringLiteral("{x}"), x);
}

// Per live customer: the columns the checks read, and two flags from its
// numbers and addresses (NULL: it has none; 0: all good; 1: one or more bad).
// LIMIT keeps SQLite from flattening it into the outer query, which would
// run the subqueries once per use instead of once per customer.
QString customerRows(const QString &ownerCondition)
{
    return QStringLiteral(
               "(SELECT c.id, c.name, c.kind, c.owner_id, c.company_id, c.city, c.source_id, c.stage, "
               "c.birthday, c.next_follow_up, max(c.updated_at, coalesce(c.last_contact_at, '')) AS touched, "
               "(SELECT max(p.problem IS NOT NULL) FROM customer_phones p WHERE p.customer_id = c.id) AS ph, "
               "(SELECT max(NOT %1) FROM customer_emails e WHERE e.customer_id = c.id) AS em "
               "FROM customers c WHERE c.deleted_at IS NULL %2 LIMIT -1) r")
        .arg(validEmail(QStringLiteral("e.email")), ownerCondition);
}

struct SqlCheck {
    const char *key;
    const char *applies;  // over r (customerRows); {today} etc. are bound values
    const char *fails;    // implies applies
};

const SqlCheck sqlCheckTable[] = {
    {"name", "1", "instr(r.name, '@') > 0"},
    {"contact", "1", "r.ph IS NULL AND r.em IS NULL"},
    {"owner", "1", "r.owner_id IS NULL"},
    {"city", "1", "r.city IS NULL OR trim(r.city) = ''"},
    {"source", "1", "r.source_id IS NULL"},
    {"company", "r.kind = 'person'", "r.kind = 'person' AND r.company_id IS NULL"},
    {"phones", "r.ph IS NOT NULL", "r.ph = 1"},
    {"emails", "r.em IS NOT NULL", "r.em = 1"},
    {"dates", "r.birthday IS NOT NULL OR r.next_follow_up IS NOT NULL",
     "(r.birthday IS NOT NULL AND (date(r.birthday) IS NULL OR r.birthday > {today} OR r.birthday < '1800-01-01')) "
     "OR (r.next_follow_up IS NOT NULL AND (date(r.next_follow_up) IS NULL OR r.next_follow_up > {horizon}))"},
    {"overdue", "r.next_follow_up IS NOT NULL", "r.next_follow_up < {today}"},
    {"planned", "r.stage <> 'churned'", "r.stage <> 'churned' AND r.next_follow_up IS NULL"},
    {"touched", "1", "r.touched < {stale}"},
};

const SqlCheck *findCheck(const QString &key)
{
    for (const SqlCheck &c : sqlCheckTable)
        if (key == QLatin1String(c.key))
            return &c;
    return nullptr;
}

// Replaces each {name} with a ? and appends its value, in order.
QString bound(const char *expression, const QualityMoment &m, QVariantList &values)
{
    static const QRegularExpression token(QStringLiteral("\\{(\\w+)\\}"));
    QString sql = QString::fromLatin1(expression);
    QRegularExpressionMatch match;
    while ((match = token.match(sql)).hasMatch()) {
        const QString name = match.captured(1);
        values << (name == QLatin1String("today")     ? toStoredDate(m.today)
                   : name == QLatin1String("horizon") ? toStoredDate(m.followUpHorizon)
                                                      : toStoredTime(m.staleBefore));
        sql.replace(match.capturedStart(), match.capturedLength(), QStringLiteral("?"));
    }
    return QLatin1Char('(') + sql + QLatin1Char(')');
}

QString ownerCondition(qint64 ownerId, QVariantList &values)
{
    if (ownerId < 0)
        return {};
    if (ownerId == 0)
        return QStringLiteral("AND c.owner_id IS NULL");
    values << ownerId;
    return QStringLiteral("AND c.owner_id = ?");
}

// What a listed row shows; the subqueries run only for the rows listed.
QString rowColumns()
{
    return QStringLiteral(
               "r.id, r.name, u.display_name, r.birthday, r.next_follow_up, r.touched, "
               "(SELECT group_concat(p.raw || ' — ' || p.problem, '; ') FROM customer_phones p "
               " WHERE p.customer_id = r.id AND p.problem IS NOT NULL), "
               "(SELECT group_concat(e.email, '; ') FROM customer_emails e WHERE e.customer_id = r.id AND NOT %1) ")
        .arg(validEmail(QStringLiteral("e.email")));
}

// Ids as a JSON array, for "IN (SELECT value FROM json_each(?))".
QString jsonIds(const QList<qint64> &ids)
{
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    return u'[' + text.join(u',') + u']';
}

QualityRow readRow(const QSqlQuery &q)
{
    return QualityRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString(),   q.value(7).toString()};
}

} // namespace

QStringList DataQualityStore::sqlChecks()
{
    QStringList keys;
    for (const SqlCheck &c : sqlCheckTable)
        keys << QString::fromLatin1(c.key);
    return keys;
}

Result<QList<OwnerCheckCounts>> DataQualityStore::countByOwner(const QualityMoment &moment) const
{
    QVariantList values;
    QStringList sums = {QStringLiteral("r.owner_id"), QStringLiteral("count(*)")};
    for (const SqlCheck &c : sqlCheckTable) {
        sums << QStringLiteral("sum(%1)").arg(bound(c.applies, moment, values));
        sums << QStringLiteral("sum(%1)").arg(bound(c.fails, moment, values));
    }
    const QString sql = QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
                        + customerRows({}) + QStringLiteral(" GROUP BY r.owner_id");
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not check the customers' data quality."));
    QList<OwnerCheckCounts> out;
    while (q.next()) {
        OwnerCheckCounts o;
        o.ownerId = q.value(0).toLongLong();
        o.customers = q.value(1).toLongLong();
        int column = 2;
        for (const SqlCheck &c : sqlCheckTable) {
            QualityCheckResult r;
            r.key = QString::fromLatin1(c.key);
            r.dimension = DataQuality::dimensionOf(r.key);
            r.applicable = q.value(column++).toLongLong();
            r.failing = q.value(column++).toLongLong();
            o.checks.insert(r.key, r);
        }
        out << o;
    }
    return out;
}

Result<QList<QualityRow>> DataQualityStore::failing(const QString &check, const QualityMoment &moment,
                                                    qint64 ownerId, int limit) const
{
    const SqlCheck *c = findCheck(check);
    if (!c)
        return Error{tr("There is no data-quality check “%1”.").arg(check), {}, {}, ErrorKind::NotFound};
    QVariantList values;
    const QString owner = ownerCondition(ownerId, values);
    const QString where = bound(c->fails, moment, values);
    values << limit;
    const QString sql = QStringLiteral("SELECT ") + rowColumns() + QStringLiteral(" FROM ") + customerRows(owner)
                        + QStringLiteral(" LEFT JOIN users u ON u.id = r.owner_id WHERE ") + where
                        + QStringLiteral(" ORDER BY r.id LIMIT ?");
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not list the customers that fail a data-quality check."));
    QList<QualityRow> out;
    while (q.next())
        out << readRow(q);
    return out;
}

Result<QList<QualityRow>> DataQualityStore::rows(const QList<qint64> &ids, const QualityMoment &) const
{
    const QString sql = QStringLiteral("SELECT ") + rowColumns() + QStringLiteral(" FROM ")
                        + customerRows(QStringLiteral("AND c.id IN (SELECT value FROM json_each(?))"))
                        + QStringLiteral(" LEFT JOIN users u ON u.id = r.owner_id");
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, sql, {jsonIds(ids)}))
        return SqlErrors::from(q.lastError(), tr("Could not list the customers that fail a data-quality check."));
    QHash<qint64, QualityRow> byId;
    while (q.next()) {
        const QualityRow row = readRow(q);
        byId.insert(row.id, row);
    }
    QList<QualityRow> out;
    for (qint64 id : ids)
        if (byId.contains(id))
            out << byId.value(id);
    return out;
}

Result<QList<QList<qint64>>> DataQualityStore::sharedKeys(const std::atomic_bool *cancel) const
{
    // Each pass reads (key, id) for keys some other customer shares, found by
    // probing the key's index from each row: no sort of the whole table.
    static const char *const passes[] = {
        "SELECT p.e164, p.customer_id FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
        "WHERE c.deleted_at IS NULL AND p.e164 <> '' AND EXISTS (SELECT 1 FROM customer_phones o "
        "WHERE o.e164 = p.e164 AND o.customer_id <> p.customer_id) ORDER BY 1, 2",
        "SELECT lower(e.email), e.customer_id FROM customer_emails e JOIN customers c ON c.id = e.customer_id "
        "WHERE c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM customer_emails o WHERE lower(o.email) = "
        "lower(e.email) AND o.customer_id <> e.customer_id) ORDER BY 1, 2",
        "SELECT c.company_id || ' ' || c.name, c.id FROM customers c WHERE c.deleted_at IS NULL "
        "AND c.kind = 'person' AND c.company_id IS NOT NULL AND EXISTS (SELECT 1 FROM customers o "
        "WHERE o.company_id = c.company_id AND o.name = c.name AND o.id <> c.id AND o.deleted_at IS NULL "
        "AND o.kind = 'person') ORDER BY 1, 2",
    };
    QList<QList<qint64>> out;
    for (const char *sql : passes) {
        if (cancel && cancel->load())
            return Error{tr("The data-quality check was stopped."), {}, {}, ErrorKind::Cancelled};
        QSqlQuery q(m_session.db().connection());
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(sql)))
            return SqlErrors::from(q.lastError(), tr("Could not look for duplicate customers."));
        QString key;
        QList<qint64> ids;
        auto flush = [&] {
            if (ids.size() > 1)
                out << ids;
            ids.clear();
        };
        while (q.next()) {
            const QString k = q.value(0).toString();
            if (k != key) {
                flush();
                key = k;
            }
            const qint64 id = q.value(1).toLongLong();
            if (ids.isEmpty() || ids.last() != id)
                ids << id;
        }
        flush();
    }
    return out;
}

Result<QList<QPair<qint64, QString>>> DataQualityStore::companies() const
{
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM customers WHERE kind = 'company' AND deleted_at IS NULL")))
        return SqlErrors::from(q.lastError(), tr("Could not look for duplicate customers."));
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

Result<QHash<qint64, qint64>> DataQualityStore::ownersOf(const QList<qint64> &ids) const
{
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT id, owner_id FROM customers WHERE id IN (SELECT value FROM json_each(?))"),
             {jsonIds(ids)}))
        return SqlErrors::from(q.lastError(), tr("Could not check the customers' data quality."));
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Result<QHash<qint64, QString>> DataQualityStore::userNames() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM users")))
        return SqlErrors::from(q.lastError(), tr("Could not check the customers' data quality."));
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

} // namespace guanxi
