#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace guanxi {

class Session;

enum class PoolEntity { Lead, Customer };

// The public pool's rules, kept in the file for the whole team.
struct PoolRules {
    int claimCap = 200;          // most leads + customers one person may hold when claiming
    int cooldownDays = 3;        // after releasing, the same person waits this long to claim it back
    int reclaimAfterDays = 0;    // 0: off; else back to the pool after this many days without a follow-up
    int warnDaysBefore = 3;      // warn this many days before a reclaim
    int reclaimNoWinDays = 0;    // 0: off; else customers go back after this many days without a won deal
};

// A record in the pool, or one about to return to it.
struct PoolItem {
    PoolEntity entity = PoolEntity::Customer;
    qint64 id = 0;
    QString name;
    QString company;
    QString city;
    QDateTime since;             // in the pool since / last activity (for warnings)
    QString ownerName;           // warnings: who holds it now
    QDateTime reclaimAt;         // warnings: when it returns to the pool
};

// One move into or out of the pool, with who and why.
struct PoolMove {
    PoolEntity entity = PoolEntity::Customer;
    qint64 entityId = 0;
    QString name;
    QString action;              // claim, release, assign, reclaim
    qint64 fromUser = 0;
    qint64 toUser = 0;
    QString fromName;
    QString toName;
    QString reason;
    QDateTime at;
};

// The public pool (公海): claiming within the cap and cool-down, releasing,
// assigning, and reclaiming records nobody followed up. Every move is one
// transaction with its pool_moves row and change-log entry.
class PoolStore {
    Q_DECLARE_TR_FUNCTIONS(PoolStore)
public:
    explicit PoolStore(Session &session) : m_session(session) {}

    Result<PoolRules> rules() const;
    // Needs Permission::EditPoolRules.
    Status setRules(const PoolRules &rules);

    Result<qint64> count(PoolEntity entity) const;
    Result<QList<PoolItem>> list(PoolEntity entity, qint64 offset, int limit) const;
    // Open leads plus live customers the user owns.
    Result<qint64> holdings(qint64 userId) const;

    Status claim(PoolEntity entity, qint64 id);
    Status release(PoolEntity entity, qint64 id, const QString &reason);
    // Releases several at once, all or none; those already in the pool are
    // skipped. Returns how many were released.
    Result<int> releaseMany(PoolEntity entity, const QList<qint64> &ids, const QString &reason);
    // Gives records to a team member (manual or bulk assignment, reassignment):
    // one this session sees (a manager's team, a salesperson themselves).
    // Records another owns that this session does not see are not there for
    // claim, release and assign alike.
    Status assign(PoolEntity entity, const QList<qint64> &ids, qint64 userId, const QString &reason);
    // Returns records without a follow-up for reclaimAfterDays to the pool.
    Result<QList<PoolMove>> reclaim();
    // What will return to the pool within warnDaysBefore days (userId 0:
    // everyone's this session sees).
    Result<QList<PoolItem>> warnings(qint64 userId) const;
    Result<QList<PoolMove>> history(PoolEntity entity, qint64 id) const;

    // An owner changed in the customer form (CustomerStore::update, inside
    // its transaction): the new owner, a new reclaim clock, and the move on
    // record. The form's change log entry records it, so none is written here.
    Status setOwnerInForm(qint64 customerId, qint64 from, qint64 to, const QString &customerName);

    static QString entityCode(PoolEntity entity);

private:
    // One try each, in one transaction; claim() and assign() try again when
    // a team database gave the transaction up (platform/db/retry.h).
    Status claimOnce(PoolEntity entity, qint64 id);
    Status assignOnce(PoolEntity entity, const QList<qint64> &ids, qint64 userId, const QString &reason);
    Status insertMove(PoolEntity entity, qint64 id, const QString &action, qint64 from, qint64 to,
                      const QString &reason, const QString &failure);
    Status recordMove(PoolEntity entity, qint64 id, const QString &action, qint64 from, qint64 to,
                      const QString &reason);
    // Reclaim: the records `sql` finds (id, name, owner, a stored time), each
    // a move back to the pool whose reason `why` words from that time.
    Result<QList<PoolMove>> reclaimable(PoolEntity entity, const QString &sql, const QString &cutoff,
                                        const std::function<QString(const QDateTime &)> &why) const;
    Status returnToPool(PoolEntity entity, const QList<PoolMove> &moves);
    Result<QString> nameOf(PoolEntity entity, qint64 id, qint64 *owner) const;
    void announce(PoolEntity entity, const QList<qint64> &ids);
    Session &m_session;
};

} // namespace guanxi
