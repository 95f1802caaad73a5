#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// What a leaving team member held, handed to a colleague or the pool.
struct Handover {
    int customers = 0;
    int leads = 0;
    int deals = 0;
    int orders = 0;
    // Who received the open deals and the orders: the colleague, or on a
    // hand-over to the pool the leaver's active manager, else the
    // administrator deactivating them (deals and orders are not pool records).
    qint64 salesTo = 0;
};

// Offboarding's moves, run by UserStore::deactivate inside its transaction:
// live customers and open leads through the pool (PoolStore::assign or
// releaseMany, which record the pool moves and the change log); open deals
// and all orders with an owner change in the change log (never to the pool:
// see Handover::salesTo).
class Offboarding {
    Q_DECLARE_TR_FUNCTIONS(Offboarding)
public:
    explicit Offboarding(Session &session) : m_session(session) {}

    // toUserId 0: customers and leads to the pool, deals and orders to the
    // leaver's manager or the session's user.
    Result<Handover> handOver(qint64 fromUserId, qint64 toUserId);

private:
    // Who takes the deals and orders of a leaver handed to the pool.
    Result<qint64> salesHeir(qint64 fromUserId) const;
    Result<int> moveSales(qint64 from, qint64 to, Handover &h);
    Result<QList<qint64>> owned(const QString &sql, qint64 userId) const;
    // Deals or orders: the owner set, one change-log row each.
    Result<int> moveOwner(const QString &entity, const QString &table, const QList<qint64> &ids, qint64 from,
                          qint64 to);
    Session &m_session;
};

} // namespace guanxi
