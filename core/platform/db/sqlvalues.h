#pragma once

// Small helpers every store uses: bind values by position and run, and map
// "not set" (0, empty, invalid date) to SQL NULL.
//
// The one way core runs SQL:
// - run(q, sql, {values}) for a statement run once;
// - Database::prepared(sql) plus bindValue() for one run many times (imports,
//   loops): the statement is prepared once per connection and kept;
// - q.exec(sql) only for a statement without values.
// Values always go in as bound parameters, never built into the SQL text.
#include "platform/clock.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi::sql {

// Prepares, binds the values in order and executes; false on any failure
// (the query's lastError() says why).
inline bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

inline QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

inline QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

inline QVariant nullable(const QDate &d)
{
    return d.isValid() ? QVariant(toStoredDate(d)) : QVariant();
}

} // namespace guanxi::sql
