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
};

// Offboarding's moves, run by UserStore::deactivate inside its transaction:
// live customers and open leads through the pool (PoolStore::assign or
// releaseMany, which record the pool moves and the change log); open deals
// and all orders with an owner change in the change log.
class Offboarding {
    Q_DECLARE_TR_FUNCTIONS(Offboarding)
public:
    explicit Offboarding(Session &session) : m_session(session) {}

    // toUserId 0: to the pool (deals and orders then have no owner).
    Result<Handover> handOver(qint64 fromUserId, qint64 toUserId);

private:
    Result<QList<qint64>> owned(const QString &sql, qint64 userId) const;
    // Deals or orders: the owner set, one change-log row each.
    Result<int> moveOwner(const QString &entity, const QString &table, const QList<qint64> &ids, qint64 from,
                          qint64 to);
    Session &m_session;
};

} // namespace guanxi
