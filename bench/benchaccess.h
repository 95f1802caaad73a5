#pragma once

// --as-sales N: the benchmarks measured as a salesperson who owns N of the
// file's customers (spread through it: every k-th customer), so lists,
// search and reports run with the visibility condition a login adds.
// The file is changed: a user "bench-sales" is added (once) and given the
// customers; run on a scratch copy.
#include "platform/db/database.h"
#include "platform/session.h"
#include "team/access.h"
#include "team/userstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace guanxi::bench {

inline bool actAsSalesperson(Session &session, qint64 owning)
{
    UserStore users(session);
    qint64 id = 0;
    if (auto found = users.byLogin(QStringLiteral("bench-sales")))
        id = found->id;
    else {
        User u;
        u.login = QStringLiteral("bench-sales");
        u.displayName = QStringLiteral("Bench Sales");
        u.role = Role::Sales;
        auto made = users.create(u);
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().toString()));
            return false;
        }
        id = *made;
    }
    QSqlQuery q(session.db().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE owner_id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const qint64 have = q.value(0).toLongLong();
    q.finish();
    if (have < owning) {
        // Every k-th owned customer, so the salesperson's rows are spread
        // through every sort order as a real book of customers is.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL AND owner_id IS NOT NULL"))
            || !q.next())
            return false;
        const qint64 step = std::max<qint64>(1, q.value(0).toLongLong() / owning);
        q.finish();
        q.prepare(QStringLiteral("UPDATE customers SET owner_id = ? WHERE id IN (SELECT id FROM customers "
                                 "WHERE deleted_at IS NULL AND owner_id IS NOT NULL AND owner_id <> ? AND id % ? = 0 "
                                 "ORDER BY id LIMIT ?)"));
        q.addBindValue(id);
        q.addBindValue(id);
        q.addBindValue(step);
        q.addBindValue(owning - have);
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    auto access = AccessStore(session).forUser(id);
    if (!access || !session.setAccess(*access)) {
        std::fprintf(stderr, "could not act as bench-sales\n");
        return false;
    }
    std::printf("acting as salesperson bench-sales, owning %lld customers (plus the pool)\n",
                static_cast<long long>(std::max(have, owning)));
    return true;
}

} // namespace guanxi::bench
