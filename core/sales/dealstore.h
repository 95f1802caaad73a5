#pragma once

#include "sales/currencyrates.h"
#include "sales/deal.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

struct StageTotals {
    qint64 stageId = 0;
    qint64 count = 0;
    qint64 amountMinor = 0;     // in the base currency; deals without a rate are left out (totalsConversion)
};

struct ForecastMonth {
    QDate month;                // first day of the month
    qint64 pipelineMinor = 0;   // open deals expected to close that month, in the base currency
    qint64 weightedMinor = 0;   // the same times their probability
    int deals = 0;              // those counted (deals without a rate: forecastConversion)
};

struct StageMove {
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
    QDateTime at;
    QString userName;
};

// Deals and their stages. Moving a deal records the stage change with its
// time; winning or losing closes it; a stage in use cannot be removed.
class DealStore {
    Q_DECLARE_TR_FUNCTIONS(DealStore)
public:
    static constexpr int staleDays = 14;

    explicit DealStore(Session &session) : m_session(session) {}

    // Changing the stages needs Permission::EditStagesChannels. Everything
    // else reads and changes only the deals this session sees (by the deal's
    // owner); another's deal is not there for it.
    Result<QList<DealStage>> stages() const;
    Result<qint64> addStage(const DealStage &stage);
    Status updateStage(const DealStage &stage);
    Status removeStage(qint64 stageId);

    Result<qint64> create(Deal deal);
    // deal.version, when not 0, is the version the caller read: a deal saved
    // since by someone else is refused with ChangeLogStore::conflict()'s Error
    // and left as it is.
    Status update(Deal deal);
    Result<Deal> get(qint64 id) const;
    // Moves to another stage; a lost stage needs a reason. version: as for
    // update(); savedVersion, when given, receives the version the move left
    // (for its undo to carry).
    Status move(qint64 id, qint64 stageId, const QString &lostReason = {}, qint64 version = 0,
                qint64 *savedVersion = nullptr);
    Result<QList<StageMove>> stageHistory(qint64 id) const;
    // Puts a deal back in the stage it had, with its close date, lost reason
    // and last activity as they were (undo of a move); the move back is kept
    // in the stage history. version, when not 0: the version the move left
    // (undo carries it), so a deal changed since is refused, not moved back.
    Status restoreStage(const Deal &snapshot, qint64 version = 0, qint64 *savedVersion = nullptr);
    // A follow-up about the deal happened at `at` (stored time): its last
    // activity moves forward to it, never back (inside FollowUpStore's
    // transaction).
    Status touchActivity(qint64 id, const QString &at, const QString &failure);

    // One board column: deals of a stage, most recently active first.
    Result<QList<Deal>> column(qint64 stageId, qint64 ownerId, qint64 offset, int limit) const;
    // Per stage: deals and their amount in the base currency, each at the
    // rate on its close date (open deals: expected close date, else today).
    Result<QList<StageTotals>> totals(qint64 ownerId) const;
    // The rates totals() used and the deals it left out for want of a rate.
    Result<Conversion> totalsConversion(qint64 ownerId) const;
    Result<QList<Deal>> forCustomer(qint64 customerId) const;
    // Open deals by expected close month, in the base currency at the rate on
    // the expected close date.
    Result<QList<ForecastMonth>> forecast(qint64 ownerId, int months) const;
    Result<Conversion> forecastConversion(qint64 ownerId, int months) const;
    Result<DealStage> stage(qint64 id) const;

private:
    Status versionNow(qint64 id, qint64 *version) const;
    Session &m_session;
};

} // namespace guanxi
