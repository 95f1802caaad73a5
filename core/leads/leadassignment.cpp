#include "leads/leadassignment.h"

#include "platform/db/database.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "leads/assignmentrulestore.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"
#include "team/userstore.h"

#include <numeric>

namespace guanxi {

namespace {
bool matches(const AssignmentRule &r, const Lead &l)
{
    auto same = [](const QString &want, const QString &have) {
        return want.isEmpty() || want.compare(have, Qt::CaseInsensitive) == 0;
    };
    return same(r.province, l.province) && same(r.city, l.city) && same(r.industry, l.industry)
           && (r.sourceId == 0 || r.sourceId == l.sourceId)
           && (r.product.isEmpty() || l.productInterest.contains(r.product, Qt::CaseInsensitive));
}
} // namespace

Result<AssignmentReport> LeadAssignment::assignPool()
{
    LeadListQuery q;
    q.owner = LeadListQuery::Owner::Pool;
    QList<qint64> ids;
    LeadStore leads(m_session);
    for (LeadStatus s : {LeadStatus::New, LeadStatus::Qualified}) {
        q.status = s;
        auto list = leads.list(q, 0, std::numeric_limits<int>::max());
        if (!list)
            return list.error();
        for (const Lead &l : *list)
            ids << l.id;
    }
    std::sort(ids.begin(), ids.end());
    return assign(ids);
}

Result<AssignmentReport> LeadAssignment::assign(const QList<qint64> &leadIds)
{
    AssignmentRuleStore rulesStore(m_session);
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    // Read inside the transaction: the round robin's turn is the one this
    // run moves, not one another run moved meanwhile.
    auto rules = rulesStore.takeTurns();
    if (!rules)
        return rules.error();
    AssignmentReport report;
    if (rules->isEmpty())
        return report;
    LeadStore leads(m_session);
    PoolStore pool(m_session);
    UserStore users(m_session);
    for (qint64 id : leadIds) {
        auto lead = leads.get(id);
        if (!lead)
            return lead.error();
        if (lead->ownerId || (lead->status != LeadStatus::New && lead->status != LeadStatus::Qualified))
            continue;
        ++report.considered;
        for (AssignmentRule &rule : rules.value()) {
            if (!matches(rule, *lead))
                continue;
            // The candidates in the order this rule would try them.
            QList<qint64> order;
            const int n = int(rule.userIds.size());
            if (rule.method == AssignMethod::LeastLoaded) {
                auto counts = rulesStore.openLeadCounts(rule.userIds);
                if (!counts)
                    return counts.error();
                QList<int> index(n);
                std::iota(index.begin(), index.end(), 0);
                std::stable_sort(index.begin(), index.end(), [&](int a, int b) { return counts->at(a) < counts->at(b); });
                for (int i : index)
                    order << rule.userIds.at(i);
            } else {
                const int start = rule.method == AssignMethod::RoundRobin ? rule.nextIndex % n : 0;
                for (int k = 0; k < n; ++k)
                    order << rule.userIds.at((start + k) % n);
            }
            bool done = false;
            for (int k = 0; k < order.size() && !done; ++k) {
                const qint64 user = order.at(k);
                // Someone at their limit is skipped, not failed.
                if (Status s = pool.assign(PoolEntity::Lead, {id}, user, tr("rule: %1").arg(rule.name)); s) {
                    done = true;
                    ++report.assigned;
                    auto u = users.byId(user);
                    report.lines << tr("%1 → %2 (rule: %3)").arg(lead->name, u ? u->displayName : QString::number(user), rule.name);
                    if (rule.method == AssignMethod::RoundRobin) {
                        const int position = int(rule.userIds.indexOf(user));
                        rule.nextIndex = (position + 1) % n;
                        if (Status st = rulesStore.setNextIndex(rule.id, rule.nextIndex); !st)
                            return st.error();
                    }
                }
            }
            if (done)
                break;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace guanxi
