#include "analytics/dataqualitystore.h"

#include "customers/duplicatestore.h"
#include "customers/phonemask.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {

// Customers::isValidEmail in SQL, for the address X, as LIKE tests both
// engines read alike (each one call into the engine's C code; '!' escapes,
// as PostgreSQL would take a backslash for an escape): none of the
// characters the pattern refuses (ASCII white space, "(),:;<>[\]), exactly
// one @ after a non-empty local part, no "..", no "_" after the @, and after
// the @ a name, a dot and a last part of two or more characters. Letters
// are in no pattern, so SQLite's case-blind LIKE changes nothing.
QString validEmail(const SqlDialect &dialect, const QString &x)
{
    QStringList terms;
    for (const char *refused : {"]", "[", " ", "\"", "(", ")", ",", ":", ";", "<", ">", "\\"})
        terms << QStringLiteral("{x} NOT LIKE '%") + QLatin1String(refused) + QStringLiteral("%' ESCAPE '!'");
    for (int code = 9; code <= 13; ++code)
        terms << QStringLiteral("{x} NOT LIKE '%' || ") + dialect.chr(code) + QStringLiteral(" || '%'");
    terms << QStringLiteral("{x} LIKE '_%@_%.%' AND {x} NOT LIKE '%@%@%' AND {x} NOT LIKE '%..%' "
                            "AND {x} NOT LIKE '%@%!_%' ESCAPE '!' AND {x} NOT LIKE '%.' AND {x} NOT LIKE '%._'");
    QString sql = QLatin1Char('(') + terms.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    return sql.replace(QStringLiteral("{x}"), x);
}

// After a subquery: keeps it apart from the join around it (SQLite does not
// flatten a subquery with a LIMIT), without limiting anything. Both engines'
// spelling of "no limit" (-1, ALL) is refused by the other.
const QString unlimited = QStringLiteral(" LIMIT 9223372036854775807");

// The conditions the grouped pass reads, one bit each of a customer's mask;
// {today}, {horizon} and {stale} are bound values. Plain comparisons rather
// than function calls: each runs a million times. Stored dates are
// YYYY-MM-DD text, so a range of text is a range of dates (and text that is
// no date at all falls outside it).
enum Term {
    NameIsEmail, HasPhone, HasEmail, NoOwner, NoCity, NoSource, IsPerson, PersonWithoutCompany, HasDates,
    ImpossibleDate, HasFollowUp, FollowUpOverdue, NotChurned, NothingPlanned, NotTouched, TermCount
};
const char *const termSql[TermCount] = {
    "c.name LIKE '%@%'",
    "EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id)",
    "EXISTS (SELECT 1 FROM customer_emails e WHERE e.customer_id = c.id)",
    "c.owner_id IS NULL",
    "c.city IS NULL OR c.city = ''",
    "c.source_id IS NULL",
    "c.kind = 'person'",
    "c.kind = 'person' AND c.company_id IS NULL",
    "c.birthday IS NOT NULL OR c.next_follow_up IS NOT NULL",
    "c.birthday NOT BETWEEN '1800-01-01' AND {today} OR c.next_follow_up NOT BETWEEN '2000-01-01' AND {horizon}",
    "c.next_follow_up IS NOT NULL",
    "c.next_follow_up < {today}",
    "c.stage <> 'churned'",
    "c.stage <> 'churned' AND c.next_follow_up IS NULL",
    "c.updated_at < {stale} AND (c.last_contact_at IS NULL OR c.last_contact_at < {stale})",
};

// A check the grouped pass counts: the customers it applies to (All: every
// one) and those failing it (Flagged: counted from a list of customers
// instead; Unreachable: neither a phone nor an e-mail).
constexpr int All = -1, Flagged = -2, Unreachable = -3;
struct SqlCheck {
    const char *key;
    int applies;
    int fails;
};
const SqlCheck sqlCheckTable[] = {
    {"name", All, NameIsEmail},         {"contact", All, Unreachable},
    {"owner", All, NoOwner},            {"city", All, NoCity},
    {"source", All, NoSource},          {"company", IsPerson, PersonWithoutCompany},
    {"phones", HasPhone, Flagged},      {"emails", HasEmail, Flagged},
    {"dates", HasDates, ImpossibleDate}, {"overdue", HasFollowUp, FollowUpOverdue},
    {"planned", NotChurned, NothingPlanned}, {"touched", All, NotTouched},
};

const SqlCheck *findCheck(const QString &key)
{
    for (const SqlCheck &c : sqlCheckTable)
        if (key == QLatin1String(c.key))
            return &c;
    return nullptr;
}

bool has(qint64 mask, int term)
{
    return mask & (qint64(1) << term);
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
        return QStringLiteral(" AND c.owner_id IS NULL");
    values << ownerId;
    return QStringLiteral(" AND c.owner_id = ?");
}

// " AND ..." for the customers the session sees (constant text).
QString visible(const Session &session)
{
    return QStringLiteral(" AND ") + session.visibleOwner(QStringLiteral("c.owner_id"));
}

// What a listed row shows, of the customers the session sees; the subqueries
// run only for the rows listed.
QString rowSelect(const Session &session)
{
    const SqlDialect &d = session.db().dialect();
    return QStringLiteral("SELECT c.id, c.name, u.display_name, c.birthday, c.next_follow_up, ")
           + d.greatest(QStringLiteral("c.updated_at"), QStringLiteral("coalesce(c.last_contact_at, '')"))
           + QStringLiteral(", (SELECT ")
           + d.stringAgg(QStringLiteral("p.raw || %1 || coalesce(p.e164, '') || %1 || p.problem").arg(d.chr(30)),
                         d.chr(31))
           + QStringLiteral(" FROM customer_phones p WHERE p.customer_id = c.id AND p.problem IS NOT NULL), (SELECT ")
           + d.stringAgg(QStringLiteral("e.email"), d.chr(31))
           + QStringLiteral(" FROM customer_emails e WHERE e.customer_id = c.id AND NOT %1), "
                            "c.owner_id FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.deleted_at IS NULL%2 ")
                 .arg(validEmail(d, QStringLiteral("e.email")), visible(session));
}

// "raw — why; …" from rowSelect's phones (raw, e164 and why split by
// char(30), phones by char(31)), the numbers masked when `masked`.
QString badPhonesText(const QString &listed, bool masked)
{
    QStringList out;
    for (const QString &phone : listed.split(QChar(31), Qt::SkipEmptyParts)) {
        const QStringList part = phone.split(QChar(30));
        const QString raw = part.value(0);
        out << (masked ? PhoneMask::mask(raw, part.value(1)) : raw) + QStringLiteral(" — ") + part.value(2);
    }
    return out.join(QStringLiteral("; "));
}

// A pool customer's numbers and addresses as someone who is not an
// administrator sees them (PhoneMask): numbers masked, addresses left out.
QualityRow readRow(const QSqlQuery &q, const Session &session)
{
    const bool masked = PhoneMask::applies(session, q.value(8).toLongLong());
    const QStringList emails = q.value(7).toString().split(QChar(31), Qt::SkipEmptyParts);
    const QString badEmails =
        !masked ? emails.join(QStringLiteral("; "))
                : emails.isEmpty()
                    ? QString()
                    : DataQualityStore::tr("%n invalid address(es), not shown for a customer in the public pool",
                                           nullptr, int(emails.size()));
    return QualityRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                      badPhonesText(q.value(6).toString(), masked), badEmails};
}

} // namespace

Result<QList<OwnerCheckCounts>> DataQualityStore::countByOwner(const QualityMoment &moment) const
{
    // One bit per condition, and a count per owner and mask: SQLite adds up
    // a few hundred groups instead of calling two dozen sums per customer.
    // The scan reads the table in rowid order (an index in another order
    // would read it page by page at random): NOT INDEXED, which only SQLite
    // has (PostgreSQL's planner chooses its scan by itself).
    QVariantList values;
    QStringList bits;
    for (int t = 0; t < TermCount; ++t)   // NULL is no
        bits << QStringLiteral("CASE WHEN %1 THEN %2 ELSE 0 END")
                    .arg(bound(termSql[t], moment, values), QString::number(qint64(1) << t));
    const QString notIndexed = m_session.db().dialect().isPostgres() ? QString() : QStringLiteral(" NOT INDEXED");
    const QString sql = QStringLiteral("SELECT owner_id, mask, count(*) FROM (SELECT c.owner_id, ")
                        + bits.join(QStringLiteral(" | ")) + QStringLiteral(" AS mask FROM customers c") + notIndexed
                        + QStringLiteral(" WHERE c.deleted_at IS NULL") + visible(m_session)
                        + QStringLiteral(") m GROUP BY owner_id, mask");
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not check the customers' data quality."));
    QMap<qint64, OwnerCheckCounts> byOwner;
    while (q.next()) {
        const qint64 owner = q.value(0).toLongLong(), mask = q.value(1).toLongLong(), n = q.value(2).toLongLong();
        OwnerCheckCounts &o = byOwner[owner];
        o.ownerId = owner;
        o.customers += n;
        for (const SqlCheck &c : sqlCheckTable) {
            QualityCheckResult &r = o.checks[QString::fromLatin1(c.key)];
            if (c.applies == All || has(mask, c.applies))
                r.applicable += n;
            if ((c.fails >= 0 && has(mask, c.fails))
                || (c.fails == Unreachable && !has(mask, HasPhone) && !has(mask, HasEmail)))
                r.failing += n;
        }
    }
    QList<OwnerCheckCounts> out = byOwner.values();
    for (OwnerCheckCounts &o : out)
        for (auto it = o.checks.begin(); it != o.checks.end(); ++it) {
            it->key = it.key();
            it->dimension = DataQuality::dimensionOf(it.key());
        }
    return out;
}

Result<QList<qint64>> DataQualityStore::flagged(const QString &check) const
{
    QString sql;
    // Bad numbers and addresses are few: found in their own table first
    // (LIMIT keeps SQLite from starting at the customers), then their
    // customers' rows read.
    if (check == QLatin1String("phones"))
        sql = QStringLiteral("SELECT DISTINCT c.id FROM (SELECT customer_id FROM customer_phones WHERE problem IS NOT "
                             "NULL%1) p JOIN customers c ON c.id = p.customer_id WHERE c.deleted_at IS NULL%2 "
                             "ORDER BY c.id")
                  .arg(unlimited, visible(m_session));
    else if (check == QLatin1String("emails"))
        sql = QStringLiteral("SELECT DISTINCT c.id FROM (SELECT customer_id FROM customer_emails e WHERE NOT %1"
                             "%2) e JOIN customers c ON c.id = e.customer_id WHERE c.deleted_at IS NULL%3 "
                             "ORDER BY c.id")
                  .arg(validEmail(m_session.db().dialect(), QStringLiteral("e.email")), unlimited, visible(m_session));
    else
        return QList<qint64>();
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return SqlErrors::from(q.lastError(), tr("Could not check the customers' data quality."));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<QualityRow>> DataQualityStore::failing(const QString &check, const QualityMoment &moment,
                                                    qint64 ownerId, int limit) const
{
    const SqlCheck *c = findCheck(check);
    if (!c || c->fails == Flagged)
        return Error{tr("There is no data-quality check “%1”.").arg(check), {}, {}, ErrorKind::NotFound};
    QVariantList values;
    const QString condition = c->fails == Unreachable
                                  ? QStringLiteral("NOT %1 AND NOT %2").arg(QString::fromLatin1(termSql[HasPhone]),
                                                                            QString::fromLatin1(termSql[HasEmail]))
                                  : bound(termSql[c->fails], moment, values);
    const QString sql = rowSelect(m_session) + QStringLiteral("AND ") + condition + ownerCondition(ownerId, values)
                        + QStringLiteral(" ORDER BY c.id LIMIT ?");
    values << limit;
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not list the customers that fail a data-quality check."));
    QList<QualityRow> out;
    while (q.next())
        out << readRow(q, m_session);
    return out;
}

Result<QList<QualityRow>> DataQualityStore::rows(const QList<qint64> &ids) const
{
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, rowSelect(m_session) + QStringLiteral("AND c.id IN ") + m_session.db().dialect().idsIn(),
             {SqlDialect::idArray(ids)}))
        return SqlErrors::from(q.lastError(), tr("Could not list the customers that fail a data-quality check."));
    QHash<qint64, QualityRow> byId;
    while (q.next()) {
        const QualityRow row = readRow(q, m_session);
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
    // Each pass reads (key, customer) for keys some other row shares: the key's
    // index is scanned in order and each entry probes its neighbours there, so
    // only the few matches read their rows. Only customers the session sees
    // are listed, so a group needs two of them.
    // {visible}: the customers the session sees; {by ...}: the index to take
    // (SQLite); {unlimited}: the fence around the subquery. id is the rowid
    // on SQLite.
    static const char *const passes[] = {
        "SELECT s.k, p.customer_id FROM (SELECT q.e164 AS k, q.id AS r FROM customer_phones q{by e164} "
        "WHERE q.e164 <> '' AND EXISTS (SELECT 1 FROM customer_phones o "
        "WHERE o.e164 = q.e164 AND o.id <> q.id){unlimited}) s JOIN customer_phones p ON p.id = s.r "
        "JOIN customers c ON c.id = p.customer_id WHERE c.deleted_at IS NULL{visible} ORDER BY 1, 2",
        "SELECT s.k, e.customer_id FROM (SELECT lower(q.email) AS k, q.id AS r FROM customer_emails q{by email} "
        "WHERE EXISTS (SELECT 1 FROM customer_emails o "
        "WHERE lower(o.email) = lower(q.email) AND o.id <> q.id){unlimited}) s "
        "JOIN customer_emails e ON e.id = s.r JOIN customers c ON c.id = e.customer_id "
        "WHERE c.deleted_at IS NULL{visible} ORDER BY 1, 2",
        "SELECT c.company_id || ' ' || c.name, c.id FROM customers c WHERE c.deleted_at IS NULL{visible} "
        "AND c.kind = 'person' AND (c.name, c.company_id) IN (SELECT name, company_id FROM customers{by name} "
        "WHERE deleted_at IS NULL AND company_id IS NOT NULL "
        "GROUP BY name, company_id HAVING count(*) > 1) ORDER BY 1, 2",
    };
    const SqlDialect &d = m_session.db().dialect();
    const QList<std::pair<QString, QString>> parts = {
        {QStringLiteral("{visible}"), visible(m_session)},
        {QStringLiteral("{by e164}"), d.indexedBy(QStringLiteral("customer_phones_by_e164"))},
        {QStringLiteral("{by email}"), d.indexedBy(QStringLiteral("customer_emails_by_email"))},
        {QStringLiteral("{by name}"), d.indexedBy(QStringLiteral("customers_by_exact_name"))},
        {QStringLiteral("{unlimited}"), unlimited},
    };
    QList<QList<qint64>> out;
    for (const char *sql : passes) {
        if (cancel && cancel->load())
            return Error{tr("The data-quality check was stopped."), {}, {}, ErrorKind::Cancelled};
        QSqlQuery q(m_session.db().connection());
        q.setForwardOnly(true);
        QString text = QString::fromLatin1(sql);
        for (const auto &[name, value] : parts)
            text.replace(name, value);
        if (!q.exec(text))
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
    if (!q.exec(QStringLiteral("SELECT c.id, c.name FROM customers c WHERE c.kind = 'company' AND c.deleted_at IS NULL")
                + visible(m_session)))
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
    if (!run(q,
             QStringLiteral("SELECT c.id, c.owner_id FROM customers c WHERE c.id IN ") + m_session.db().dialect().idsIn()
                 + visible(m_session),
             {SqlDialect::idArray(ids)}))
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
