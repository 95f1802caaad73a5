#include "analytics/funnel.h"

#include <QMap>

#include <algorithm>

namespace guanxi {

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

std::optional<double> FunnelStageRow::conversion() const
{
    return last ? std::nullopt : ratio(movedOn, entered);
}

std::optional<double> FunnelStageRow::averageDays() const
{
    if (endedStays <= 0)
        return std::nullopt;
    return stayDays / double(endedStays);
}

std::optional<double> FunnelGroupRow::winRate() const
{
    return ratio(won, won + lost);
}

std::optional<double> FunnelResult::winRate() const
{
    return ratio(won, won + lost);
}

QList<DealStage> Funnel::funnelStages(const QList<DealStage> &stages)
{
    QList<DealStage> open, won;
    for (const DealStage &s : stages) {
        if (s.kind == StageKind::Open)
            open << s;
        else if (s.kind == StageKind::Won)
            won << s;
    }
    const auto byPosition = [](const DealStage &a, const DealStage &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    };
    std::stable_sort(open.begin(), open.end(), byPosition);
    std::stable_sort(won.begin(), won.end(), byPosition);
    return open + won;
}

namespace {
// What one deal contributes, worked out from its history.
struct DealFacts {
    QList<QDateTime> firstEntry;   // per funnel index; invalid: never entered
    int maxReached = -1;
    int lostFrom = -1;             // funnel index when it was (last) lost
};

void addTo(FunnelGroupRow &g, const DealPath &d, bool enteredFunnel, bool won, bool lost)
{
    if (enteredFunnel) {
        ++g.entered;
        g.enteredMinor += d.amountMinor;
    }
    if (won) {
        ++g.won;
        g.wonMinor += d.amountMinor;
    }
    if (lost) {
        ++g.lost;
        g.lostMinor += d.amountMinor;
    }
}
} // namespace

FunnelResult Funnel::compute(const QList<DealStage> &allStages, const QList<DealPath> &deals, const FunnelPeriod &period)
{
    FunnelResult r;
    const QList<DealStage> stages = funnelStages(allStages);
    QHash<qint64, int> indexOf;
    QHash<qint64, StageKind> kindOf;
    for (int i = 0; i < stages.size(); ++i)
        indexOf.insert(stages.at(i).id, i);
    for (const DealStage &s : allStages)
        kindOf.insert(s.id, s.kind);
    for (int i = 0; i < stages.size(); ++i) {
        FunnelStageRow row;
        row.stage = stages.at(i);
        row.last = i == stages.size() - 1;
        r.stages << row;
    }
    QMap<qint64, FunnelGroupRow> owners, sources;
    const int n = int(stages.size());
    for (const DealPath &d : deals) {
        ++r.deals;
        DealFacts f;
        f.firstEntry.resize(n);
        int cur = -1;              // funnel position; lost leaves it alone
        int stayIndex = -1;        // the open stage the deal sits in, if any
        QDateTime stayStart;
        for (const DealStep &step : d.steps) {
            // Whatever the deal was in, that stay ends here.
            if (stayIndex >= 0 && period.contains(stayStart)) {
                ++r.stages[stayIndex].endedStays;
                r.stages[stayIndex].stayDays += double(stayStart.msecsTo(step.at)) / 86'400'000.0;
            }
            stayIndex = -1;
            const int j = indexOf.value(step.stageId, -1);
            if (j < 0) {
                if (kindOf.value(step.stageId, StageKind::Open) == StageKind::Lost)
                    f.lostFrom = cur;
                continue;
            }
            for (int k = cur + 1; k <= j; ++k)
                if (!f.firstEntry.at(k).isValid())
                    f.firstEntry[k] = step.at;
            if (!f.firstEntry.at(j).isValid())
                f.firstEntry[j] = step.at;
            cur = j;
            f.maxReached = std::max(f.maxReached, j);
            if (stages.at(j).kind == StageKind::Open) {
                stayIndex = j;
                stayStart = step.at;
            }
        }
        if (stayIndex >= 0 && period.contains(stayStart))
            ++r.stages[stayIndex].stillInStage;
        for (int i = 0; i < n; ++i) {
            if (!f.firstEntry.at(i).isValid() || !period.contains(f.firstEntry.at(i)))
                continue;
            FunnelStageRow &row = r.stages[i];
            ++row.entered;
            row.enteredMinor += d.amountMinor;
            if (f.maxReached > i)
                ++row.movedOn;
        }
        const StageKind kind = kindOf.value(d.stageId, StageKind::Open);
        const bool closedInPeriod = kind != StageKind::Open && d.closedAt.isValid() && period.contains(d.closedAt);
        const bool won = closedInPeriod && kind == StageKind::Won;
        const bool lost = closedInPeriod && kind == StageKind::Lost;
        if (won) {
            ++r.won;
            r.wonMinor += d.amountMinor;
        }
        if (lost) {
            ++r.lost;
            r.lostMinor += d.amountMinor;
            if (f.lostFrom >= 0)
                ++r.stages[f.lostFrom].lostHere;
        }
        const bool enteredFunnel = n > 0 && f.firstEntry.at(0).isValid() && period.contains(f.firstEntry.at(0));
        if (enteredFunnel || won || lost) {
            FunnelGroupRow &o = owners[d.ownerId];
            o.id = d.ownerId;
            addTo(o, d, enteredFunnel, won, lost);
            FunnelGroupRow &s = sources[d.sourceId];
            s.id = d.sourceId;
            addTo(s, d, enteredFunnel, won, lost);
        }
    }
    r.byOwner = owners.values();
    r.bySource = sources.values();
    return r;
}

} // namespace guanxi
