// The funnel as defined in core/analytics/funnel.h, on deal histories worked
// out by hand: skipped stages, moves back, reopened and lost deals, stays
// still going, and the breakdowns by owner and source.
#include "analytics/funnel.h"

#include <catch2/catch.hpp>

using namespace guanxi;

namespace {
// Stage ids 1..4 open, 5 won, 6 lost; listed out of order on purpose.
QList<DealStage> stages()
{
    return {DealStage{6, QStringLiteral("lost"), QStringLiteral("Lost"), 0, StageKind::Lost, 6},
            DealStage{3, QStringLiteral("proposal"), QStringLiteral("Proposal"), 50, StageKind::Open, 3},
            DealStage{5, QStringLiteral("won"), QStringLiteral("Won"), 100, StageKind::Won, 5},
            DealStage{1, QStringLiteral("first_contact"), QStringLiteral("First contact"), 10, StageKind::Open, 1},
            DealStage{4, QStringLiteral("negotiation"), QStringLiteral("Negotiation"), 70, StageKind::Open, 4},
            DealStage{2, QStringLiteral("needs_confirmed"), QStringLiteral("Needs"), 30, StageKind::Open, 2}};
}

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 1, 1).addDays(d), QTime(0, 0), Qt::UTC);
}

DealPath deal(qint64 id, qint64 amount, qint64 owner, qint64 source, QList<std::pair<qint64, int>> steps,
              int closedDay = -1)
{
    DealPath d;
    d.dealId = id;
    d.amountMinor = amount;
    d.ownerId = owner;
    d.sourceId = source;
    for (auto [stage, at] : steps)
        d.steps << DealStep{stage, day(at)};
    d.stageId = d.steps.last().stageId;
    if (closedDay >= 0)
        d.closedAt = day(closedDay);
    return d;
}

// A: 1 → 2 → 3 → won, in the period.
// B: created in 3 (passes 1 and 2), lost from 3.
// C: 1 → 3 (skips 2) → back to 2 → 4, still in 4.
// D: created before the period, → 2 in it, still in 2.
// E: created and lost before the period.
// F: 1 → won (skips all), reopened to 3, won again.
QList<DealPath> deals()
{
    return {deal(1, 100, 1, 7, {{1, 10}, {2, 12}, {3, 15}, {5, 20}}, 20),
            deal(2, 200, 2, 7, {{3, 11}, {6, 14}}, 14),
            deal(3, 300, 1, 0, {{1, 12}, {3, 13}, {2, 16}, {4, 18}}),
            deal(4, 400, 2, 0, {{1, 5}, {2, 11}}),
            deal(5, 500, 1, 0, {{1, 2}, {6, 4}}, 4),
            deal(6, 600, 0, 0, {{1, 20}, {5, 25}, {3, 26}, {5, 27}}, 27)};
}

const FunnelPeriod january{day(10), day(30)};
} // namespace

TEST_CASE("Funnel stages are the open stages by position, then won, lost stands apart", "[funnel]")
{
    const QList<DealStage> f = Funnel::funnelStages(stages());
    REQUIRE(f.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(f.at(i).id == i + 1);
}

TEST_CASE("Funnel entries count skipped stages as passed, once per deal", "[funnel]")
{
    const FunnelResult r = Funnel::compute(stages(), deals(), january);
    REQUIRE(r.stages.size() == 5);
    CHECK(r.deals == 6);
    const qint64 entered[] = {4, 5, 4, 3, 2};
    const qint64 amounts[] = {1200, 1600, 1200, 1000, 700};
    const qint64 movedOn[] = {4, 4, 3, 2, 0};
    for (int i = 0; i < 5; ++i) {
        INFO("stage " << i + 1);
        CHECK(r.stages.at(i).entered == entered[i]);
        CHECK(r.stages.at(i).enteredMinor == amounts[i]);
        CHECK(r.stages.at(i).movedOn == movedOn[i]);
    }
    CHECK(*r.stages.at(0).conversion() == Approx(1.0));
    CHECK(*r.stages.at(1).conversion() == Approx(0.8));    // D stays in 2
    CHECK(*r.stages.at(2).conversion() == Approx(0.75));   // B lost from 3
    CHECK(*r.stages.at(3).conversion() == Approx(2.0 / 3)); // C still in 4
    CHECK_FALSE(r.stages.at(4).conversion().has_value());   // won is the last stage
}

TEST_CASE("Funnel days in stage average the ended stays that began in the period", "[funnel]")
{
    const FunnelResult r = Funnel::compute(stages(), deals(), january);
    // Stage 1: A 2 days, C 1, F 5 (D's stay began before the period).
    CHECK(r.stages.at(0).endedStays == 3);
    CHECK(*r.stages.at(0).averageDays() == Approx(8.0 / 3));
    // Stage 2: A 3, C 2 (after moving back); D is still there.
    CHECK(r.stages.at(1).endedStays == 2);
    CHECK(*r.stages.at(1).averageDays() == Approx(2.5));
    CHECK(r.stages.at(1).stillInStage == 1);
    // Stage 3: A 5, B 3 (created there), C 3, F 1 (reopened); skipped stages add no stay.
    CHECK(r.stages.at(2).endedStays == 4);
    CHECK(*r.stages.at(2).averageDays() == Approx(3.0));
    // Stage 4: only C, still there.
    CHECK(r.stages.at(3).endedStays == 0);
    CHECK_FALSE(r.stages.at(3).averageDays().has_value());
    CHECK(r.stages.at(3).stillInStage == 1);
    CHECK(r.stages.at(2).lostHere == 1);   // B
    CHECK(r.stages.at(0).lostHere == 0);   // E was lost before the period
}

TEST_CASE("Funnel win rate counts deals closed in the period by their current stage", "[funnel]")
{
    const FunnelResult r = Funnel::compute(stages(), deals(), january);
    CHECK(r.won == 2);
    CHECK(r.wonMinor == 700);
    CHECK(r.lost == 1);
    CHECK(r.lostMinor == 200);
    CHECK(*r.winRate() == Approx(2.0 / 3));

    REQUIRE(r.byOwner.size() == 3);   // E (owner 1) adds nothing to the period
    CHECK(r.byOwner.at(0).id == 0);
    CHECK(r.byOwner.at(0).entered == 1);
    CHECK(r.byOwner.at(0).wonMinor == 600);
    CHECK(r.byOwner.at(1).id == 1);
    CHECK(r.byOwner.at(1).entered == 2);
    CHECK(r.byOwner.at(1).enteredMinor == 400);
    CHECK(r.byOwner.at(1).won == 1);
    CHECK(*r.byOwner.at(1).winRate() == Approx(1.0));
    CHECK(r.byOwner.at(2).entered == 1);   // B; D entered the funnel before the period
    CHECK(r.byOwner.at(2).lost == 1);
    CHECK(*r.byOwner.at(2).winRate() == Approx(0.0));

    REQUIRE(r.bySource.size() == 2);
    CHECK(r.bySource.at(1).id == 7);
    CHECK(r.bySource.at(1).entered == 2);
    CHECK(r.bySource.at(1).enteredMinor == 300);
    CHECK(*r.bySource.at(1).winRate() == Approx(0.5));
    CHECK(r.bySource.at(0).enteredMinor == 900);
}

TEST_CASE("An open period takes every entry, an empty one leaves rates empty", "[funnel]")
{
    const FunnelResult all = Funnel::compute(stages(), deals(), FunnelPeriod{});
    CHECK(all.stages.at(0).entered == 6);
    CHECK(all.stages.at(1).entered == 5);   // E never got past 1
    CHECK(all.lost == 2);
    CHECK(all.stages.at(0).lostHere == 1);  // E
    const FunnelResult none = Funnel::compute(stages(), deals(), FunnelPeriod{day(100), day(101)});
    CHECK(none.stages.at(0).entered == 0);
    CHECK_FALSE(none.stages.at(0).conversion().has_value());
    CHECK_FALSE(none.winRate().has_value());
    CHECK(none.byOwner.isEmpty());
}
