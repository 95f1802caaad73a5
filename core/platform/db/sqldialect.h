#pragma once

// What differs between SQLite and PostgreSQL in the SQL core writes.
//
// Most of core's SQL is written once, in a spelling both engines accept:
// RETURNING id (not lastInsertId()), count(*) FILTER (WHERE …) (not
// sum(condition)), IS NOT DISTINCT FROM ? (not IS ?), NULLS FIRST/LAST,
// INSERT … ON CONFLICT DO NOTHING (not INSERT OR IGNORE), CAST(? AS …) for a
// parameter PostgreSQL cannot type by itself (CAST(? AS text) IS NULL).
// Only what has no common spelling goes through here, so that a store asks
// its Database for the dialect and never tests the backend itself.
#include <QList>
#include <QString>

namespace guanxi {

enum class Backend { SQLite, PostgreSQL };

class SqlDialect {
public:
    explicit constexpr SqlDialect(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSQL; }

    // A list of ids bound as one parameter (idArray()) as the subquery of an
    // IN: "c.id IN " + idsIn(). One parameter however many ids.
    QString idsIn() const;
    // The same list as a table with one column, value, for a join:
    // "FROM " + idTable("j") + " LEFT JOIN customers c ON c.id = j.value".
    QString idTable(const QString &alias) const;
    // The value to bind for idsIn()/idTable(): a JSON array of the ids.
    static QString idArray(const QList<qint64> &ids);

    // The larger and the smaller of two values (SQLite's scalar max/min).
    QString greatest(const QString &a, const QString &b) const;
    QString least(const QString &a, const QString &b) const;
    // The values of expr in a group joined by separator, an SQL expression
    // ("', '", chr(31)); in no particular order.
    QString stringAgg(const QString &expr, const QString &separator) const;
    // The character with this code, as an SQL expression.
    QString chr(int code) const;
    // The local calendar date ('2026-03-15') of a stored UTC time
    // ('2026-03-15T01:30:00Z'), in the time zone of this computer.
    QString localDate(const QString &storedTime) const;

    // " INDEXED BY name" after a table on SQLite, where a query's speed
    // depends on the planner taking that index; nothing on PostgreSQL.
    QString indexedBy(const QString &index) const;
    // " FOR UPDATE" at the end of a SELECT on PostgreSQL: the rows read stay
    // locked until the transaction ends, so a count-then-write cannot race
    // another client's. SQLite's write transaction already holds the whole
    // file: nothing.
    QString forUpdate() const;

private:
    Backend m_backend;
};

} // namespace guanxi
