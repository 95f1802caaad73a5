#pragma once

// The SQL pieces PoolStore's moves and its reclaim rules share (poolstore.cpp,
// poolreclaim.cpp). Internal to core/leads.
#include "leads/poolstore.h"
#include "platform/db/sqldialect.h"
#include "team/userstore.h"

#include <QString>

namespace guanxi::poolsql {

inline QString table(PoolEntity e)
{
    return e == PoolEntity::Lead ? QStringLiteral("leads") : QStringLiteral("customers");
}

// Rows that may be owned or pooled: live customers, open leads.
inline QString liveCondition(PoolEntity e, const QString &alias = {})
{
    return e == PoolEntity::Lead ? alias + QStringLiteral("status IN ('new', 'qualified')")
                                 : alias + QStringLiteral("deleted_at IS NULL");
}

// The last sign of work on a record: its last follow-up, when its owner got
// it, or when it was created.
inline QString lastActivity(const SqlDialect &d, PoolEntity, const QString &alias = {})
{
    return d.greatest(d.greatest(QStringLiteral("coalesce(%1last_contact_at, '')").arg(alias),
                                 QStringLiteral("coalesce(%1owned_since, '')").arg(alias)),
                      alias + QStringLiteral("created_at"));
}

inline QString userName(Session &session, qint64 id)
{
    if (!id)
        return {};
    auto u = UserStore(session).byId(id);
    return u ? u->displayName : QString::number(id);
}

} // namespace guanxi::poolsql
