#pragma once

#include "sales/deal.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace guanxi {

// The funnel, defined exactly (docs/REPORTS.md says the same in prose).
//
// The funnel stages are the open stages by position, then the won stage(s).
// Lost stages stand apart. A deal's stage history (creation, every move, and
// every undo) is read in time order; a move FORWARD from funnel position p to
// position q counts as entering every funnel stage after p up to q, so a deal
// created in “Proposal”, or jumping from “First contact” to “Won”, has passed
// the stages it skipped (at the time of that move). Moving back enters nothing
// new; moving to lost leaves the deal's funnel position where it was, so a
// deal re-opened from lost continues from the stage it was lost in.
//
// - entered: deals whose FIRST entry into the stage (as above) falls in the
//   period; each deal counts at most once per stage. Amount: the deal's
//   current amount.
// - moved on (conversion): of those, the deals that have reached any later
//   funnel stage by now (at or after entering this one); conversion =
//   moved_on / entered. The last stage (won) has no conversion.
// - days in stage: every stay in an open stage (a move INTO it, not a skip)
//   that began in the period and has ended (the deal moved on, back, or was
//   closed): mean of leaving − entering, in days. Stays still going are not
//   averaged; they are counted in still_in_stage.
// - lost here: deals closed as lost in the period whose funnel stage at that
//   moment was this one.
// - won / lost / win rate: deals whose CURRENT stage is won or lost and whose
//   close time falls in the period; win rate = won / (won + lost).
struct FunnelPeriod {
    QDateTime from;    // UTC, inclusive; invalid: open
    QDateTime until;   // UTC, exclusive; invalid: open
    bool contains(const QDateTime &t) const
    {
        return (!from.isValid() || t >= from) && (!until.isValid() || t < until);
    }
};

struct DealStep {
    qint64 stageId = 0;
    QDateTime at;   // UTC
};

// One deal as the funnel sees it: its current state and its stage history.
struct DealPath {
    qint64 dealId = 0;
    qint64 amountMinor = 0;
    qint64 ownerId = 0;          // 0: none
    qint64 sourceId = 0;         // the customer's source channel; 0: none
    qint64 stageId = 0;          // current stage
    QDateTime closedAt;          // invalid while open
    QList<DealStep> steps;       // time order; the first is the creation
};

struct FunnelStageRow {
    DealStage stage;
    qint64 entered = 0;
    qint64 enteredMinor = 0;
    qint64 movedOn = 0;
    qint64 lostHere = 0;
    qint64 endedStays = 0;
    double stayDays = 0;         // sum over the ended stays
    qint64 stillInStage = 0;
    std::optional<double> conversion() const;   // none: last stage or nothing entered
    std::optional<double> averageDays() const;  // none: no ended stay (or a won stage)
    bool last = false;           // the final funnel stage: no conversion
};

// Deals of one owner or one source channel.
struct FunnelGroupRow {
    qint64 id = 0;               // owner or source id; 0: none
    QString name;                // filled by the service
    qint64 entered = 0;          // entered the funnel (its first stage) in the period
    qint64 enteredMinor = 0;
    qint64 won = 0;
    qint64 wonMinor = 0;
    qint64 lost = 0;
    qint64 lostMinor = 0;
    std::optional<double> winRate() const;
};

struct FunnelResult {
    QList<FunnelStageRow> stages;    // open stages by position, then won
    qint64 won = 0;
    qint64 wonMinor = 0;
    qint64 lost = 0;
    qint64 lostMinor = 0;
    qint64 deals = 0;                // deals read (in scope, any time)
    std::optional<double> winRate() const;
    QList<FunnelGroupRow> byOwner;   // by id; names filled by the service
    QList<FunnelGroupRow> bySource;
};

struct Funnel {
    // The funnel stages in order (open by position, then won), from all stages.
    static QList<DealStage> funnelStages(const QList<DealStage> &stages);
    static FunnelResult compute(const QList<DealStage> &stages, const QList<DealPath> &deals, const FunnelPeriod &period);
};

std::optional<double> ratio(qint64 part, qint64 whole);

} // namespace guanxi
