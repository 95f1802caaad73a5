#pragma once

// What the pool tests set up: a lead waiting in the pool, a colleague to
// claim or be assigned records.
#include "corehelpers.h"

#include "leads/leadstore.h"

namespace guanxi::test {

inline qint64 poolLead(Session &s, const QString &name)
{
    Lead l;
    l.name = name;
    l.phone = QStringLiteral("139 0000 %1").arg(qHash(name) % 10000, 4, 10, QChar(u'0'));
    auto id = LeadStore(s).create(l);
    REQUIRE(id.ok());
    return *id;
}

inline qint64 colleague(Session &s, const QString &login)
{
    User u;
    u.login = login;
    u.displayName = login;
    auto id = UserStore(s).create(u);
    REQUIRE(id.ok());
    return *id;
}

} // namespace guanxi::test
