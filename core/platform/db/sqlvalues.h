#pragma once

// Small helpers every store uses: bind values by position and run, and map
// "not set" (0, empty, invalid date) to SQL NULL.
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
