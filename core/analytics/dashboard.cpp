#include "analytics/dashboard.h"

#include "sales/currencyrates.h"

#include "analytics/funnel.h"
#include "platform/session.h"

#include <QLocale>

namespace guanxi {

std::optional<double> DashboardKpis::conversionRate() const
{
    return ratio(deals.wonRecent, deals.closedRecent);
}

std::optional<double> DashboardKpis::repeatRate() const
{
    return ratio(repeatPurchasers12, purchasers12);
}

Result<DashboardKpis> Dashboard::compute(Session &session, qint64 ownerId, const QString &currency)
{
    SalesFilter chosen;
    chosen.ownerId = ownerId;
    chosen.currency = currency.toUpper();
    if (Status s = SalesFilters::validate(chosen); !s)
        return s.error();
    auto withBase = SalesFilters::withBase(session, chosen);
    if (!withBase)
        return withBase.error();
    const SalesFilter base = *withBase;
    DashboardKpis k;
    k.currency = base.amountsIn();
    k.ownerId = ownerId;
    k.today = session.today();
    k.generated = session.now();
    const QDate monthStart = SalesFilters::firstOfMonth(k.today);
    const SalesScope scope = SalesFilters::scope(base);
    SalesStore store(session);
    auto deals = store.dealKpis(scope, SalesFilters::startOfDay(monthStart),
                                session.now().addDays(-conversionDays));
    if (!deals)
        return deals.error();
    k.deals = *deals;
    auto conversion = store.dealConversion(scope);
    if (!conversion)
        return conversion.error();
    for (const MissingRate &m : conversion->missing)
        k.missingRateLines << CurrencyRates::missingText(m, ConvertedRecords::Deals);
    k.currencyLines = base.currency.isEmpty()
                          ? CurrencyRates::describe(*conversion, ConvertedRecords::Deals)
                          : QStringList{tr("Currency: only %1, not converted (amounts in other currencies are left out)")
                                            .arg(k.currency)};
    const QDate yearStart = monthStart.addMonths(-11);
    auto repeat = store.repeatBuyers(scope, yearStart, monthStart.addMonths(1).addDays(-1));
    if (!repeat)
        return repeat.error();
    k.purchasers12 = repeat->first;
    k.repeatPurchasers12 = repeat->second;
    auto overdue = store.overdue(SalesScope{ownerId, 0, base.currency}, k.today);
    if (!overdue)
        return overdue.error();
    for (const OwnerOverdue &o : *overdue) {
        k.overdueCustomers += o.customers;
        k.overdueLeads += o.leads;
    }

    const QLocale locale;
    SalesFilter thisMonth = base;
    thisMonth.from = monthStart;
    thisMonth.to = k.today;
    SalesFilter recent = base;
    recent.from = session.now().addDays(-conversionDays).toLocalTime().date();
    recent.to = k.today;
    SalesFilter year = base;
    year.from = yearStart;
    year.to = k.today;
    const auto opt = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    using K = ReportKind;
    using R = SalesReportKind;
    k.cards = {
        {QStringLiteral("open_pipeline"), tr("Open pipeline"), K::Money, k.deals.openMinor,
         tr("%n open deal(s)", nullptr, int(k.deals.openDeals)), R::Funnel, base},
        {QStringLiteral("weighted_forecast"), tr("Weighted forecast"), K::Money, k.deals.weightedMinor,
         tr("Amount × win probability"), R::Funnel, base},
        {QStringLiteral("won_this_month"), tr("Won this month"), K::Money, k.deals.wonMinor,
         tr("%n deal(s) won", nullptr, int(k.deals.wonDeals)), R::Funnel, thisMonth},
        {QStringLiteral("conversion_rate"), tr("Conversion rate"), K::Percent, opt(k.conversionRate()),
         tr("Won of %n deal(s) closed in the last 90 days", nullptr, int(k.deals.closedRecent)), R::Funnel, recent},
        {QStringLiteral("repeat_purchase_rate"), tr("Repeat purchase rate"), K::Percent, opt(k.repeatRate()),
         tr("%1 of %2 buying customers in 12 months bought twice or more")
             .arg(locale.toString(k.repeatPurchasers12), locale.toString(k.purchasers12)),
         R::Trend, year},
        {QStringLiteral("overdue_follow_ups"), tr("Overdue follow-ups"), K::Integer,
         k.overdueCustomers + k.overdueLeads,
         tr("%1 customers, %2 leads").arg(locale.toString(k.overdueCustomers), locale.toString(k.overdueLeads)),
         R::Trend, year},
    };
    return k;
}

Report Dashboard::toReport(const DashboardKpis &k)
{
    using K = ReportKind;
    Report out;
    out.name = QStringLiteral("kpi");
    out.title = tr("Dashboard");
    out.generated = k.generated;
    out.filters << tr("Date: %1").arg(k.today.toString(Qt::ISODate));
    out.filters += k.currencyLines;
    out.currency = k.currency;
    ReportTable t{QStringLiteral("kpis"), tr("Key figures"), {}, {}};
    QVariantList row;
    for (const KpiCard &c : k.cards) {
        t.columns << ReportColumn{c.key, c.title, c.kind};
        row << c.value;
    }
    t.columns << ReportColumn{QStringLiteral("open_deals"), tr("Open deals"), K::Integer}
              << ReportColumn{QStringLiteral("won_this_month_deals"), tr("Deals won this month"), K::Integer}
              << ReportColumn{QStringLiteral("closed_deals_90_days"), tr("Deals closed in 90 days"), K::Integer}
              << ReportColumn{QStringLiteral("won_deals_90_days"), tr("Deals won in 90 days"), K::Integer}
              << ReportColumn{QStringLiteral("purchasers_12_months"), tr("Buying customers in 12 months"), K::Integer}
              << ReportColumn{QStringLiteral("repeat_purchasers_12_months"), tr("Repeat buyers in 12 months"), K::Integer};
    row << k.deals.openDeals << k.deals.wonDeals << k.deals.closedRecent << k.deals.wonRecent << k.purchasers12
        << k.repeatPurchasers12;
    t.rows << row;
    out.tables << t;
    return out;
}

} // namespace guanxi
