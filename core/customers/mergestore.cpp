#include "customers/mergestore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "platform/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace guanxi {

using sql::nullable;

namespace {
struct Link {
    const char *table;
    const char *column;
    const char *where;   // extra condition
};

// Everything that points at a customer and follows it into a merge. Phones,
// e-mails, tags and custom values are not here: the merged record itself
// says which of those the survivor keeps. The change log stays as written
// (it is append-only): CustomerStore::history() shows a survivor's history
// with that of the records merged into it.
constexpr Link links[] = {
    {"orders", "customer_id", ""},
    {"deals", "customer_id", ""},
    {"interactions", "customer_id", ""},
    {"leads", "customer_id", ""},
    {"customers", "company_id", ""},
};

// ", row_version = row_version + 1" for the tables whose rows carry a row
// version (see EditConflict): a merge moves them without checking it.
QString versioned(const QString &table)
{
    return table == u"interactions" ? QString() : QStringLiteral(", row_version = row_version + 1");
}

QString encode(const MovedRows &rows)
{
    QJsonObject o;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QJsonArray ids;
        for (qint64 id : it.value())
            ids.append(id);
        o.insert(it.key(), ids);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

MovedRows decode(const QString &json)
{
    MovedRows out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        for (const QJsonValue &v : it.value().toArray())
            out[it.key()] << v.toInteger();
    return out;
}

const QString recordColumns = QStringLiteral(
    "m.id, m.survivor_id, m.merged_id, s.name, d.name, m.survivor_before, m.moved, m.batch, u.display_name, "
    "m.merged_at, m.undone_at FROM customer_merges m JOIN customers s ON s.id = m.survivor_id "
    "JOIN customers d ON d.id = m.merged_id LEFT JOIN users u ON u.id = m.user_id ");

MergeRecord recordFrom(const QSqlQuery &q)
{
    MergeRecord r;
    r.id = q.value(0).toLongLong();
    r.survivorId = q.value(1).toLongLong();
    r.mergedId = q.value(2).toLongLong();
    r.survivorName = q.value(3).toString();
    r.mergedName = q.value(4).toString();
    r.survivorBefore = q.value(5).toString().toUtf8();
    r.moved = decode(q.value(6).toString());
    r.batch = q.value(7).toString();
    r.userName = q.value(8).toString();
    r.mergedAt = fromStoredTime(q.value(9).toString());
    r.undoneAt = q.value(10).isNull() ? QDateTime() : fromStoredTime(q.value(10).toString());
    return r;
}
} // namespace

Result<MovedRows> MergeStore::moveAll(qint64 from, qint64 to)
{
    MovedRows moved;
    QSqlQuery q(m_session.db().connection());
    for (const Link &l : links) {
        const QString table = QString::fromLatin1(l.table);
        const QString column = QString::fromLatin1(l.column);
        const QString where = column + QStringLiteral(" = ?") + QString::fromLatin1(l.where);
        if (!sql::run(q, QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, where), {from}))
            return SqlErrors::from(q.lastError(), tr("Could not merge the customers."));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        if (ids.isEmpty())
            continue;
        if (!sql::run(q, QStringLiteral("UPDATE %1 SET %2 = ?%4 WHERE %3").arg(table, column, where, versioned(table)),
                      {to, from}))
            return SqlErrors::from(q.lastError(), tr("Could not merge the customers."));
        moved.insert(table, ids);
    }
    return moved;
}

Status MergeStore::moveBack(const MovedRows &rows, qint64 from, qint64 to)
{
    QSqlQuery q(m_session.db().connection());
    for (const Link &l : links) {
        const QString table = QString::fromLatin1(l.table);
        const QString column = QString::fromLatin1(l.column);
        for (qint64 id : rows.value(table))
            if (!sql::run(q, QStringLiteral("UPDATE %1 SET %2 = ?%3 WHERE id = ? AND %2 = ?").arg(table, column, versioned(table)),
                          {to, id, from}))
                return SqlErrors::from(q.lastError(), tr("Could not undo the merge."));
    }
    return {};
}

Result<qint64> MergeStore::add(const MergeRecord &r)
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO customer_merges (survivor_id, merged_id, survivor_before, moved, batch, "
                                 "user_id, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {r.survivorId, r.mergedId, QString::fromUtf8(r.survivorBefore), encode(r.moved), r.batch,
                   nullable(m_session.userId()), toStoredTime(m_session.now())})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not record the merge."));
    return q.value(0).toLongLong();
}

Result<MergeRecord> MergeStore::get(qint64 id) const
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q, QStringLiteral("SELECT ") + recordColumns + QStringLiteral("WHERE m.id = ?"), {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read merge %1.").arg(id));
    if (!q.next())
        return Error{tr("There is no merge %1. List the merges to see their numbers.").arg(id), {}, {}};
    return recordFrom(q);
}

QString MergeStore::seenBoth() const
{
    return m_session.visibleOwner(QStringLiteral("s.owner_id")) + QStringLiteral(" AND ")
           + m_session.visibleOwner(QStringLiteral("d.owner_id"));
}

Result<QList<MergeRecord>> MergeStore::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT ") + recordColumns
                      + QStringLiteral("WHERE (m.survivor_id = ? OR m.merged_id = ?) AND ") + seenBoth()
                      + QStringLiteral(" ORDER BY m.id DESC"),
                  {customerId, customerId}))
        return SqlErrors::from(q.lastError(), tr("Could not read the merges."));
    QList<MergeRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

Result<QList<MergeRecord>> MergeStore::all(int limit) const
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q, QStringLiteral("SELECT ") + recordColumns + QStringLiteral("WHERE ") + seenBoth()
                         + QStringLiteral(" ORDER BY m.id DESC LIMIT ?"),
                  {limit}))
        return SqlErrors::from(q.lastError(), tr("Could not read the merges."));
    QList<MergeRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

Result<QList<MergeRecord>> MergeStore::laterActive(qint64 mergeId, qint64 a, qint64 b) const
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT ") + recordColumns
                      + QStringLiteral("WHERE m.id > ? AND m.undone_at IS NULL AND (m.survivor_id IN (?, ?) OR "
                                       "m.merged_id IN (?, ?)) ORDER BY m.id DESC"),
                  {mergeId, a, b, a, b}))
        return SqlErrors::from(q.lastError(), tr("Could not read the merges."));
    QList<MergeRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

Result<bool> MergeStore::isActiveSurvivor(qint64 customerId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q, QStringLiteral("SELECT 1 FROM customer_merges WHERE survivor_id = ? AND undone_at IS NULL LIMIT 1"),
                  {customerId}))
        return SqlErrors::from(q.lastError(), tr("Could not read the merges."));
    return q.next();
}

Status MergeStore::markUndone(qint64 id)
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q, QStringLiteral("UPDATE customer_merges SET undone_at = ?, undone_by = ? WHERE id = ?"),
                  {toStoredTime(m_session.now()), nullable(m_session.userId()), id}))
        return SqlErrors::from(q.lastError(), tr("Could not record the undo of merge %1.").arg(id));
    return {};
}

} // namespace guanxi
