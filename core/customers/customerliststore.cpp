#include "customers/customerliststore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "text/pinyin.h"
#include "customers/customersearchindex.h"
#include "customers/customerstore.h"
#include "customers/phonemask.h"
#include "platform/clock.h"

#include <QSqlQuery>

#include <algorithm>

namespace guanxi {

using sql::nullable;
using sql::run;

namespace {

// The SELECT list: id, then one expression per built-in column.
QString selectColumns(const SqlDialect &d)
{
    return QStringLiteral(
               "c.id, c.name, c.kind, co.name, "
               "(SELECT raw FROM customer_phones WHERE customer_id = c.id ORDER BY position LIMIT 1), "
               "(SELECT email FROM customer_emails WHERE customer_id = c.id ORDER BY position LIMIT 1), "
               "c.province, c.city, c.industry, s.code, c.stage, u.display_name, "
               "(SELECT %1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
               " WHERE ct.customer_id = c.id), "
               "c.next_follow_up, c.created_at, c.updated_at, s.name")
        .arg(d.stringAgg(QStringLiteral("t.name"), QStringLiteral("', '")));
}

const QString fromClause = QStringLiteral(
    " FROM customers c LEFT JOIN customers co ON co.id = c.company_id "
    "LEFT JOIN source_channels s ON s.id = c.source_id LEFT JOIN users u ON u.id = c.owner_id ");

// Sort key per built-in column; every one is an expression we control.
// Text people read (names, places, industries, owners) sorts by pinyin.
QString sortExpression(int column, const QList<qint64> &customFieldIds)
{
    switch (CustomerColumn(column)) {
    case CustomerColumn::Name: return QStringLiteral("c.name_sort");
    case CustomerColumn::Kind: return QStringLiteral("c.kind");
    case CustomerColumn::Company: return QStringLiteral("co.name_sort");
    case CustomerColumn::Phone:
        return QStringLiteral("(SELECT raw FROM customer_phones WHERE customer_id = c.id ORDER BY position LIMIT 1)");
    case CustomerColumn::Email:
        return QStringLiteral("(SELECT lower(email) FROM customer_emails WHERE customer_id = c.id ORDER BY position LIMIT 1)");
    case CustomerColumn::Province: return QStringLiteral("c.province_sort");
    case CustomerColumn::City: return QStringLiteral("c.city_sort");
    case CustomerColumn::Industry: return QStringLiteral("c.industry_sort");
    case CustomerColumn::Source: return QStringLiteral("c.source_id");
    case CustomerColumn::Stage:
        return QStringLiteral("CASE c.stage WHEN 'lead' THEN 1 WHEN 'prospect' THEN 2 WHEN 'customer' "
                              "THEN 3 WHEN 'loyal' THEN 4 ELSE 5 END");
    case CustomerColumn::Owner: return QStringLiteral("c.owner_id"); // by name: page() and rowOf() go owner by owner
    case CustomerColumn::Tags:
        // The first tag without case (as SQLite's min() over tags.name picks it).
        return QStringLiteral("(SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                              "WHERE ct.customer_id = c.id ORDER BY lower(t.name) LIMIT 1)");
    case CustomerColumn::NextFollowUp: return QStringLiteral("c.next_follow_up");
    case CustomerColumn::Created: return QStringLiteral("c.created_at");
    case CustomerColumn::Updated: return QStringLiteral("c.updated_at");
    case CustomerColumn::BuiltInCount: break;
    }
    const int custom = column - builtInColumnCount;
    if (custom >= 0 && custom < customFieldIds.size())
        return QStringLiteral("(SELECT value FROM custom_values WHERE customer_id = c.id AND field_id = %1)")
            .arg(customFieldIds.at(custom)); // an integer id we read from our own table
    return QStringLiteral("c.name_sort");
}

// WHERE clause and its bound values for a query's filters and search.
struct Where {
    QString sql;
    QVariantList values;
};

Where whereFor(const CustomerListQuery &q, const Session &session)
{
    Where w;
    QStringList parts = {QStringLiteral("c.deleted_at IS NULL")};
    // Only the customers this session sees (constant text, no values).
    if (const QString visible = session.visibleOwner(QStringLiteral("c.owner_id")); visible != Session::everything())
        parts << visible;
    if (q.stage) {
        parts << QStringLiteral("c.stage = ?");
        w.values << Customers::stageCode(*q.stage);
    }
    if (q.ownerId) {
        parts << QStringLiteral("c.owner_id = ?");
        w.values << q.ownerId;
    }
    if (q.sourceId) {
        parts << QStringLiteral("c.source_id = ?");
        w.values << q.sourceId;
    }
    if (!q.city.isEmpty()) {
        parts << QStringLiteral("c.city = ?");
        w.values << q.city;
    }
    // By the stored pinyin key, from its index (the key stands for the text).
    if (!q.province.isEmpty()) {
        parts << QStringLiteral("c.province_sort = ?");
        w.values << Pinyin::optionalSortKey(q.province);
    }
    if (!q.industry.isEmpty()) {
        parts << QStringLiteral("c.industry_sort = ?");
        w.values << Pinyin::optionalSortKey(q.industry);
    }
    if (q.followUpBy.isValid()) {
        parts << QStringLiteral("c.next_follow_up <= ?");
        w.values << toStoredDate(q.followUpBy);
    }
    if (!q.tag.isEmpty()) {
        parts << QStringLiteral("c.id IN (SELECT ct.customer_id FROM customer_tags ct "
                                "JOIN tags t ON t.id = ct.tag_id WHERE %1)")
                     .arg(CustomerStore::tagNameIs(session.db().dialect(), QStringLiteral("t.name")));
        w.values << q.tag;
    }
    if (auto search = CustomerSearchIndex::matchCondition(session.db().dialect(), QStringLiteral("c.id"), q.search,
                                                          CustomerListStore::searchCap,
                                                          session.visibleOwner(QStringLiteral("v.owner_id")));
        !search.sql.isEmpty()) {
        parts << search.sql;
        w.values << search.values;
    }
    w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

// The team in pinyin order of their names (a few dozen at most); only those
// whose records the session sees.
Result<QList<qint64>> ownersInOrder(const Session &session)
{
    QSqlDatabase db = session.db().connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM users")))
        return SqlErrors::from(q.lastError(), CustomerListStore::tr("Could not read the customer list."));
    QList<QPair<QString, qint64>> owners;
    while (q.next())
        owners.append({Pinyin::sortKey(q.value(1).toString()), q.value(0).toLongLong()});
    std::sort(owners.begin(), owners.end());
    QList<qint64> ids;
    for (const auto &o : owners)
        if (session.seesOwner(o.second))
            ids << o.second;
    return ids;
}

} // namespace

void CustomerListStore::maskContacts(CustomerListRow &row, const QSqlQuery &q, int ownerColumn) const
{
    if (!PhoneMask::applies(m_session, q.value(ownerColumn).toLongLong()))
        return;
    QVariant &phone = row.values[int(CustomerColumn::Phone)];
    if (!phone.isNull())
        phone = PhoneMask::mask(phone.toString(), q.value(ownerColumn + 1).toString());
    row.values[int(CustomerColumn::Email)] = QVariant();
}

QString CustomerListStore::orderKey(const CustomerListQuery &query) const
{
    return sortExpression(query.sortColumn, query.customFieldIds);
}

Result<qint64> CustomerListStore::count(const CustomerListQuery &query) const
{
    const Where w = whereFor(query, m_session);
    QSqlQuery q(m_session.db().connection());
    if (w.values.isEmpty() && !m_session.access().seesAll) {
        // Everyone a salesperson or manager sees: the pool's and the visible
        // owners' ranges of the (owner_id, id) index, not the whole index
        // (18 ms instead of 140 on a million customers).
        const QString byOwner = m_session.db().dialect().indexedBy(QStringLiteral("customers_by_owner"));
        const QString sql = QStringLiteral("SELECT (SELECT count(*) FROM customers c%1 WHERE c.deleted_at IS NULL "
                                           "AND c.owner_id IS NULL) + (SELECT count(*) FROM customers c%1 "
                                           "WHERE c.deleted_at IS NULL AND c.owner_id IN %2)")
                                .arg(byOwner, m_session.visibleOwners());
        if (!q.exec(sql) || !q.next())
            return SqlErrors::from(q.lastError(), tr("Could not count the customers."));
        return q.value(0).toLongLong();
    }
    // Counting every live customer: once ANALYZE has run (PRAGMA optimize on
    // close), SQLite prefers scanning the table to a narrow partial index,
    // 3x slower on a million rows. Name the index for this common case.
    const QString from = w.values.isEmpty()
                             ? QStringLiteral("SELECT count(*) FROM customers c")
                                   + m_session.db().dialect().indexedBy(QStringLiteral("customers_by_owner"))
                             : QStringLiteral("SELECT count(*) FROM customers c");
    if (!run(q, from + w.sql, w.values) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the customers."));
    return q.value(0).toLongLong();
}

// The owner order's arms (nobody first when ascending), as page() reads them.
static QStringList ownerArms(const QList<qint64> &owners, Qt::SortOrder order)
{
    QStringList arms = {QStringLiteral("c.owner_id IS NULL")};
    for (qint64 owner : owners)
        arms << QStringLiteral("c.owner_id = %1").arg(owner); // integers we read
    if (order == Qt::DescendingOrder)
        std::reverse(arms.begin(), arms.end());
    return arms;
}

// Only what ordering and filtering need: the page's ids come from the indexes
// alone, so skipping to row 500,000 does not read 500,000 customers.
static QString leanFrom(int sortColumn)
{
    return sortColumn == int(CustomerColumn::Company)
               ? QStringLiteral(" FROM customers c LEFT JOIN customers co ON co.id = c.company_id")
               : QStringLiteral(" FROM customers c");
}

Result<QList<CustomerListRow>> CustomerListStore::page(const CustomerListQuery &query, qint64 offset,
                                                       int limit) const
{
    const Where w = whereFor(query, m_session);
    const QString dir = query.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    // Step 1: the ids of the page, in order.
    QString idsSql;
    QVariantList values;
    if (query.sortColumn == int(CustomerColumn::Owner)) {
        // By owner name: no index holds that order, and sorting a rank
        // expression reads every row (1 s on a million). Instead one arm per
        // owner, in pinyin order, each read from the (owner_id, id) index
        // and cut at the rows the page can need.
        auto owners = ownersInOrder(m_session);
        if (!owners)
            return owners.error();
        QStringList selects;
        for (const QString &arm : ownerArms(*owners, query.sortOrder)) {
            selects << QStringLiteral("SELECT id FROM (SELECT c.id FROM customers c") + w.sql + QStringLiteral(" AND ")
                           + arm + QStringLiteral(" ORDER BY c.id") + dir + QStringLiteral(" LIMIT ?) arm");
            values << w.values << offset + limit;
        }
        idsSql = selects.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" LIMIT ? OFFSET ?");
    } else {
        // NULLs first ascending, last descending, as SQLite puts them (and
        // rowOf() counts them).
        const QString nulls = query.sortOrder == Qt::AscendingOrder ? QStringLiteral(" NULLS FIRST")
                                                                    : QStringLiteral(" NULLS LAST");
        idsSql = QStringLiteral("SELECT c.id") + leanFrom(query.sortColumn) + w.sql + QStringLiteral(" ORDER BY ")
                 + orderKey(query) + dir + nulls + QStringLiteral(", c.id") + dir + QStringLiteral(" LIMIT ? OFFSET ?");
        values = w.values;
    }
    values << limit << offset;
    if (!run(q, idsSql, values))
        return SqlErrors::from(q.lastError(), tr("Could not read the customer list."));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.isEmpty())
        return QList<CustomerListRow>();
    // Step 2: the columns for just those rows.
    const SqlDialect &d = m_session.db().dialect();
    QString sql = QStringLiteral("SELECT ") + selectColumns(d);
    for (qint64 field : query.customFieldIds)
        sql += QStringLiteral(", (SELECT value FROM custom_values WHERE customer_id = c.id AND field_id = %1)")
                   .arg(field);
    // For masking pool customers' contacts: the owner and the first number's E.164.
    const bool masks = m_session.access().role != Role::Admin;
    if (masks)
        sql += QStringLiteral(", c.owner_id, (SELECT e164 FROM customer_phones WHERE customer_id = c.id "
                              "ORDER BY position LIMIT 1)");
    sql += fromClause + QStringLiteral(" WHERE c.id IN ") + d.idsIn();
    if (!run(q, sql, {SqlDialect::idArray(ids)}))
        return SqlErrors::from(q.lastError(), tr("Could not read the customer list."));
    QHash<qint64, CustomerListRow> byId;
    const int columns = builtInColumnCount + int(query.customFieldIds.size());
    while (q.next()) {
        CustomerListRow row;
        row.id = q.value(0).toLongLong();
        row.values.reserve(columns + 1);
        for (int i = 1; i <= builtInColumnCount + 1; ++i) // +1: the source's own name
            row.values << q.value(i);
        // Move the source name after the built-ins so custom fields line up.
        const QVariant sourceName = row.values.takeLast();
        for (int i = 0; i < query.customFieldIds.size(); ++i)
            row.values << q.value(builtInColumnCount + 2 + i);
        row.values << sourceName;
        if (masks)
            maskContacts(row, q, builtInColumnCount + 2 + int(query.customFieldIds.size()));
        byId.insert(row.id, row);
    }
    QList<CustomerListRow> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids)
        if (byId.contains(id))
            rows << byId.value(id);
    return rows;
}

Result<qint64> CustomerListStore::rowOf(const CustomerListQuery &query, qint64 id) const
{
    const Where w = whereFor(query, m_session);
    if (query.sortColumn == int(CustomerColumn::Owner)) {
        // Rows before: whole arms before the customer's owner, counted from
        // the (owner_id, id) index, then its owner's rows before it.
        auto owners = ownersInOrder(m_session);
        if (!owners)
            return owners.error();
        QSqlQuery q(m_session.db().connection());
        if (!run(q, QStringLiteral("SELECT c.owner_id FROM customers c") + w.sql + QStringLiteral(" AND c.id = ?"),
                 w.values + QVariantList{id}))
            return SqlErrors::from(q.lastError(), tr("Could not find the customer in the list."));
        if (!q.next())
            return qint64(-1);
        const QString own = q.value(0).isNull() ? QStringLiteral("c.owner_id IS NULL")
                                                : QStringLiteral("c.owner_id = %1").arg(q.value(0).toLongLong());
        q.finish();
        QStringList counts;
        QVariantList values;
        for (const QString &arm : ownerArms(*owners, query.sortOrder)) {
            const bool same = arm == own;
            counts << QStringLiteral("(SELECT count(*) FROM customers c") + w.sql + QStringLiteral(" AND ") + arm
                          + (same ? (query.sortOrder == Qt::AscendingOrder ? QStringLiteral(" AND c.id < ?)")
                                                                           : QStringLiteral(" AND c.id > ?)"))
                                  : QStringLiteral(")"));
            values << w.values;
            if (same) {
                values << id;
                break;
            }
        }
        if (!run(q, QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")), values) || !q.next())
            return SqlErrors::from(q.lastError(), tr("Could not find the customer in the list."));
        return q.value(0).toLongLong();
    }
    const QString key = orderKey(query);
    QSqlQuery q(m_session.db().connection());
    QVariantList values = w.values;
    values << id;
    if (!run(q, QStringLiteral("SELECT ") + key + leanFrom(query.sortColumn) + w.sql + QStringLiteral(" AND c.id = ?"), values))
        return SqlErrors::from(q.lastError(), tr("Could not find the customer in the list."));
    if (!q.next())
        return qint64(-1);
    const QVariant x = q.value(0);
    q.finish();
    // Rows before (x, id) in ORDER BY key, id (NULLs first ascending, last descending).
    QString before;
    QVariantList extra;
    const bool asc = query.sortOrder == Qt::AscendingOrder;
    if (x.isNull()) {
        before = asc ? QStringLiteral("(K IS NULL AND c.id < ?)")
                     : QStringLiteral("(K IS NOT NULL OR c.id > ?)");
        extra << id;
    } else {
        before = asc ? QStringLiteral("(K IS NULL OR K < ? OR (K = ? AND c.id < ?))")
                     : QStringLiteral("(K > ? OR (K = ? AND c.id > ?))");
        extra << x << x << id;
    }
    before.replace(QStringLiteral("K"), key);
    values = w.values + extra;
    if (!run(q, QStringLiteral("SELECT count(*)") + leanFrom(query.sortColumn) + w.sql + QStringLiteral(" AND ") + before, values)
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not find the customer in the list."));
    return q.value(0).toLongLong();
}

Result<QStringList> CustomerListStore::distinctValues(CustomerColumn column) const
{
    QString text, key;
    if (column == CustomerColumn::Province) {
        text = QStringLiteral("province");
        key = QStringLiteral("province_sort");
    } else if (column == CustomerColumn::Industry) {
        text = QStringLiteral("industry");
        key = QStringLiteral("industry_sort");
    } else {
        return QStringList();
    }
    // Skips from one key to the next in the index: a few dozen look-ups, not
    // a read of every customer.
    // Only values of customers this session sees (TRUE for everyone).
    const QString seen = m_session.visibleOwner(QStringLiteral("owner_id"));
    const QString sql = QStringLiteral(
        "WITH RECURSIVE k(v) AS (SELECT (SELECT min(%1) FROM customers WHERE deleted_at IS NULL AND %1 IS NOT NULL "
        "AND %3) UNION ALL SELECT (SELECT min(%1) FROM customers WHERE deleted_at IS NULL AND %1 > k.v AND %3) FROM k "
        "WHERE k.v IS NOT NULL) "
        "SELECT (SELECT %2 FROM customers WHERE deleted_at IS NULL AND %1 = k.v AND %3 LIMIT 1) FROM k "
        "WHERE k.v IS NOT NULL")
                            .arg(key, text, seen); // columns we name, a condition without values
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(sql))
        return SqlErrors::from(q.lastError(), tr("Could not read the customer list."));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace guanxi
