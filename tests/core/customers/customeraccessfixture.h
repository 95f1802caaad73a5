#pragma once

// A file with a team: two salespeople of different teams (Li in East, Wang in
// West), East's manager (Boss), and one customer each plus one in the pool,
// created by the file's administrator.
#include "../../support/access.h"
#include "../../support/testdb.h"

#include "customers/customerstore.h"

namespace guanxi::test {

struct TeamFile {
    TestDb t;
    qint64 admin = t.session->userId();
    qint64 boss = addUser(*t.session, QStringLiteral("boss"), Role::Manager, QStringLiteral("East"));
    qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales, QStringLiteral("East"));
    qint64 wang = addUser(*t.session, QStringLiteral("wang"), Role::Sales, QStringLiteral("West"));
    // Li's, Wang's and the pool's customers.
    qint64 lisCustomer = add(QStringLiteral("王小明"), li, QStringLiteral("13812345678"), QStringLiteral("xm@example.cn"));
    qint64 wangsCustomer = add(QStringLiteral("欧阳娜娜"), wang, QStringLiteral("13900001111"),
                               QStringLiteral("nana@example.cn"));
    qint64 poolCustomer = add(QStringLiteral("张三"), 0, QStringLiteral("13712345678"), QStringLiteral("zs@example.cn"));

    qint64 add(const QString &name, qint64 owner, const QString &phone, const QString &email)
    {
        Customer c;
        c.name = name;
        c.ownerId = owner;
        c.city = QStringLiteral("杭州");
        if (!phone.isEmpty())
            c.phones << Phone{QStringLiteral("mobile"), phone, {}};
        if (!email.isEmpty())
            c.emails << Email{QStringLiteral("work"), email};
        auto id = CustomerStore(*t.session).create(c, {}, CustomerStore::NoOwner::PublicPool);
        if (!id)
            FAIL(id.error().toString().toStdString());
        return *id;
    }

    Session &session() { return *t.session; }
    void as(qint64 user) { actAs(*t.session, user); }
    void asAdmin() { actAsEveryone(*t.session, admin); }
    // The role's permissions with one more, as an administrator grants it.
    void grant(Role role, Permission p)
    {
        asAdmin();
        auto now = AccessStore(*t.session).permissions(role);
        REQUIRE(now.ok());
        QSet<Permission> more = *now;
        more.insert(p);
        REQUIRE(AccessStore(*t.session).setPermissions(role, more).ok());
    }
};

} // namespace guanxi::test
