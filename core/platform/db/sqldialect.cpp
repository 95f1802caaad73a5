#include "platform/db/sqldialect.h"

#include <QStringList>

namespace guanxi {

QString SqlDialect::idsIn() const
{
    if (isPostgres())
        return QStringLiteral("(SELECT CAST(value AS bigint) FROM json_array_elements_text(CAST(? AS json)) AS ids(value))");
    return QStringLiteral("(SELECT value FROM json_each(?))");
}

QString SqlDialect::idTable(const QString &alias) const
{
    if (isPostgres())
        return QStringLiteral("(SELECT CAST(value AS bigint) AS value FROM json_array_elements_text(CAST(? AS json)) "
                              "AS ids(value)) ")
               + alias;
    return QStringLiteral("json_each(?) ") + alias;
}

QString SqlDialect::idArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString SqlDialect::greatest(const QString &a, const QString &b) const
{
    return (isPostgres() ? QStringLiteral("greatest(") : QStringLiteral("max(")) + a + QStringLiteral(", ") + b
           + QLatin1Char(')');
}

QString SqlDialect::least(const QString &a, const QString &b) const
{
    return (isPostgres() ? QStringLiteral("least(") : QStringLiteral("min(")) + a + QStringLiteral(", ") + b
           + QLatin1Char(')');
}

QString SqlDialect::stringAgg(const QString &expr, const QString &separator) const
{
    if (isPostgres())
        return QStringLiteral("string_agg(CAST(") + expr + QStringLiteral(" AS text), ") + separator
               + QLatin1Char(')');
    return QStringLiteral("group_concat(") + expr + QStringLiteral(", ") + separator + QLatin1Char(')');
}

QString SqlDialect::chr(int code) const
{
    return (isPostgres() ? QStringLiteral("chr(") : QStringLiteral("char(")) + QString::number(code)
           + QLatin1Char(')');
}

QString SqlDialect::localDate(const QString &storedTime) const
{
    // PostgreSQL: the session's TimeZone is set to this computer's zone when
    // the connection opens.
    if (isPostgres())
        return QStringLiteral("to_char(CAST(") + storedTime + QStringLiteral(" AS timestamptz), 'YYYY-MM-DD')");
    return QStringLiteral("date(") + storedTime + QStringLiteral(", 'localtime')");
}

QString SqlDialect::indexedBy(const QString &index) const
{
    return isPostgres() ? QString() : QStringLiteral(" INDEXED BY ") + index;
}

QString SqlDialect::forUpdate() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

} // namespace guanxi
