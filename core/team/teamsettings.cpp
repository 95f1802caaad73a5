#include "team/teamsettings.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/session.h"

#include <QSqlQuery>

namespace guanxi {

Result<int> TeamSettings::integer(const QString &key, int fallback) const
{
    QSqlQuery q(m_session.db().connection());
    q.prepare(QStringLiteral("SELECT value FROM team_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not read the team settings."));
    if (!q.next())
        return fallback;
    bool ok = false;
    const int value = q.value(0).toInt(&ok);
    return ok ? value : fallback;
}

Status TeamSettings::setInteger(const QString &key, int value)
{
    QSqlQuery q(m_session.db().connection());
    q.prepare(QStringLiteral("INSERT INTO team_settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(QString::number(value));
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not save the team settings."));
    return {};
}

} // namespace guanxi
