#include "team/teamsettings.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"

#include <QSqlQuery>

namespace guanxi {

using sql::run;

Result<int> TeamSettings::integer(const QString &key, int fallback) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {key}))
        return SqlErrors::from(q.lastError(), tr("Could not read the team settings."));
    if (!q.next())
        return fallback;
    bool ok = false;
    const int value = q.value(0).toInt(&ok);
    return ok ? value : fallback;
}

Status TeamSettings::setInteger(const QString &key, int value)
{
    return setText(key, QString::number(value));
}

Result<QString> TeamSettings::text(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {key}))
        return SqlErrors::from(q.lastError(), tr("Could not read the team settings."));
    return q.next() ? q.value(0).toString() : fallback;
}

Status TeamSettings::setText(const QString &key, const QString &value)
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO team_settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {key, value}))
        return SqlErrors::from(q.lastError(), tr("Could not save the team settings."));
    return {};
}

} // namespace guanxi
