#include "customers/followupcolumns.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/session.h"

#include <QSqlQuery>
#include <QStringList>

namespace guanxi::FollowUpColumnsSql {

Status write(Session &session, const QString &table, qint64 id, const FollowUpColumns &columns,
             const QString &failure)
{
    QStringList set;
    QVariantList values;
    const auto add = [&](const char *column, const std::optional<QVariant> &value) {
        if (value) {
            set << QLatin1String(column) + QStringLiteral(" = ?");
            values << *value;
        }
    };
    add("last_contact_at", columns.lastContact);
    add("next_follow_up", columns.nextFollowUp);
    add("next_action", columns.nextAction);
    set << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
        << QStringLiteral("row_version = row_version + 1");
    values << (columns.updatedAt.isEmpty() ? toStoredTime(session.now()) : columns.updatedAt) << columns.updatedBy
           << id;
    QSqlQuery &q = session.db().prepared(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                                         + set.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return SqlErrors::from(q.lastError(), failure);
    return {};
}

} // namespace guanxi::FollowUpColumnsSql
