#include "analytics/cohortanalysis.h"

#include "analytics/funnel.h"
#include "platform/session.h"
#include "analytics/trendanalysis.h"
#include "analytics/salesstore.h"

namespace guanxi {

namespace {
int monthIndex(const QDate &first, const QDate &month)
{
    return (month.year() - first.year()) * 12 + month.month() - first.month();
}
} // namespace

std::optional<double> CohortRow::share(int offset) const
{
    const qint64 n = active.value(offset, -1);
    return n < 0 ? std::nullopt : ratio(n, size);
}

Result<CohortReport> CohortAnalysis::run(Session &session, const SalesFilter &filter, int offsets)
{
    if (offsets < 0 || offsets > TrendAnalysis::maxMonths)
        return Error{tr("Show between 0 and %1 months after the first purchase.").arg(TrendAnalysis::maxMonths), {},
                     QStringLiteral("months")};
    const QDate today = session.today();
    auto window = TrendAnalysis::window(filter, today);
    if (!window)
        return window.error();
    CohortReport r;
    auto withBase = SalesFilters::withBase(session, filter);
    if (!withBase)
        return withBase.error();
    r.filter = *withBase;
    r.generated = session.now();
    r.firstMonth = window->first;
    r.lastMonth = window->second;
    r.offsets = offsets;
    // Months after the window or after this month are not known yet.
    const QDate observable = std::min(r.lastMonth, SalesFilters::firstOfMonth(today));
    const int n = monthIndex(r.firstMonth, r.lastMonth) + 1;
    for (int i = 0; i < n; ++i) {
        CohortRow row;
        row.cohort = r.firstMonth.addMonths(i);
        for (int k = 0; k <= offsets; ++k)
            row.active << (row.cohort.addMonths(k) <= observable ? 0 : -1);
        r.rows << row;
    }
    auto cells = SalesStore(session).cohortActivity(SalesFilters::scope(filter), r.firstMonth,
                                                    r.lastMonth.addMonths(1).addDays(-1), r.firstMonth);
    if (!cells)
        return cells.error();
    for (const CohortCell &c : *cells) {
        const int i = monthIndex(r.firstMonth, c.cohort), k = monthIndex(c.cohort, c.month);
        if (i < 0 || i >= n || k < 0 || k > offsets || r.rows[i].active[k] < 0)
            continue;
        r.rows[i].active[k] = c.customers;
        if (k == 0)
            r.rows[i].size = c.customers;
    }
    auto lines = SalesFilters::describe(session, filter);
    if (!lines)
        return lines.error();
    r.filterLines = QStringList{TrendAnalysis::windowText(r.firstMonth, r.lastMonth)} + *lines;
    return r;
}

Report CohortAnalysis::toReport(const CohortReport &r)
{
    using K = ReportKind;
    Report out =
        Report::headed(QStringLiteral("cohort"), tr("Retention by first-purchase month"), r.filterLines, r.generated);
    for (const bool shares : {true, false}) {
        ReportTable t{shares ? QStringLiteral("retention") : QStringLiteral("retention_counts"),
                      shares ? tr("Retention (share)") : tr("Retention (customers)"),
                      {{QStringLiteral("cohort"), tr("First purchase"), K::Month},
                       {QStringLiteral("customers"), tr("Customers"), K::Integer}},
                      {}};
        for (int k = 0; k <= r.offsets; ++k)
            t.columns << ReportColumn{QStringLiteral("month_%1").arg(k), tr("Month %1").arg(k),
                                      shares ? K::Percent : K::Integer};
        for (const CohortRow &row : r.rows) {
            QVariantList cells{row.cohort, row.size};
            for (int k = 0; k <= r.offsets; ++k) {
                if (shares)
                    cells << (row.share(k) ? QVariant(*row.share(k)) : QVariant());
                else
                    cells << (row.active.at(k) < 0 ? QVariant() : QVariant(row.active.at(k)));
            }
            t.rows << cells;
        }
        out.tables << t;
    }
    out.currency = r.filter.amountsIn();
    QList<int> offsets;
    for (int k = 0; k <= r.offsets; ++k)
        offsets << 2 + k;
    out.charts = {{QStringLiteral("retention"), tr("Share of each cohort buying again, by months since the first purchase"),
                   ReportChartKind::HeatMap, QStringLiteral("retention"), 0, offsets}};
    return out;
}

} // namespace guanxi
