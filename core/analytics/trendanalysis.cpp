#include "analytics/trendanalysis.h"

#include "platform/session.h"
#include "analytics/salesstore.h"
#include "sales/currencyrates.h"

#include <QMap>

namespace guanxi {

namespace {
QVariant orEmpty(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

int monthIndex(const QDate &first, const QDate &month)
{
    return (month.year() - first.year()) * 12 + month.month() - first.month();
}
} // namespace

Result<std::pair<QDate, QDate>> TrendAnalysis::window(const SalesFilter &f, const QDate &today)
{
    if (Status s = SalesFilters::validate(f); !s)
        return s.error();
    const QDate last = SalesFilters::firstOfMonth(f.to.isValid() ? f.to : today);
    const QDate first = f.from.isValid() ? SalesFilters::firstOfMonth(f.from) : last.addMonths(-11);
    if (first > last)
        return Error{tr("The period starts after it ends (%1 to %2). Choose an earlier start or a later end.")
                         .arg(first.toString(QStringLiteral("yyyy-MM")), last.toString(QStringLiteral("yyyy-MM"))),
                     {}, QStringLiteral("from")};
    if (monthIndex(first, last) >= maxMonths)
        return Error{tr("The period covers %1 months; choose at most %2 months (ten years).")
                         .arg(monthIndex(first, last) + 1)
                         .arg(maxMonths),
                     {}, QStringLiteral("from")};
    return std::pair{first, last};
}

QList<QDateTime> TrendAnalysis::monthBoundaries(const QDate &firstMonth, const QDate &lastMonth)
{
    QList<QDateTime> out;
    for (QDate m = firstMonth; m <= lastMonth.addMonths(1); m = m.addMonths(1))
        out << SalesFilters::startOfDay(m);
    return out;
}

QString TrendAnalysis::windowText(const QDate &firstMonth, const QDate &lastMonth)
{
    return tr("Months: %1 to %2")
        .arg(firstMonth.toString(QStringLiteral("yyyy-MM")), lastMonth.toString(QStringLiteral("yyyy-MM")));
}

Result<TrendReport> TrendAnalysis::run(Session &session, const SalesFilter &filter)
{
    TrendReport r;
    auto withBase = SalesFilters::withBase(session, filter);
    if (!withBase)
        return withBase.error();
    r.filter = *withBase;
    r.today = session.today();
    r.generated = session.now();
    auto months = window(filter, r.today);
    if (!months)
        return months.error();
    r.firstMonth = months->first;
    r.lastMonth = months->second;
    const QDate from = r.firstMonth, to = r.lastMonth.addMonths(1).addDays(-1);
    const int n = monthIndex(r.firstMonth, r.lastMonth) + 1;
    for (int i = 0; i < n; ++i)
        r.months << TrendMonth{r.firstMonth.addMonths(i)};

    const SalesScope scope = SalesFilters::scope(filter);
    SalesStore store(session);
    auto purchases = store.monthlyPurchases(scope, from, to);
    if (!purchases)
        return purchases.error();
    for (const MonthPurchases &p : *purchases) {
        TrendMonth &m = r.months[monthIndex(r.firstMonth, p.month)];
        m.orders = p.orders;
        m.revenueMinor = p.revenueMinor;
        m.purchasers = p.purchasers;
        r.orders += p.orders;
        r.revenueMinor += p.revenueMinor;
    }
    auto cells = store.cohortActivity(scope, from, to, QDate());
    if (!cells)
        return cells.error();
    for (const CohortCell &c : *cells)
        if (c.cohort < c.month)
            r.months[monthIndex(r.firstMonth, c.month)].returning += c.customers;
    auto conversion = store.purchaseConversion(scope, from, to);
    if (!conversion)
        return conversion.error();
    auto repeat = store.repeatBuyers(scope, from, to);
    if (!repeat)
        return repeat.error();
    r.purchasers = repeat->first;
    r.repeatPurchasers = repeat->second;

    const QList<QDateTime> bounds = monthBoundaries(r.firstMonth, r.lastMonth);
    auto created = store.newCustomers(scope, bounds);
    if (!created)
        return created.error();
    for (int i = 0; i < n; ++i)
        r.months[i].newCustomers = created->value(i);

    auto owners = SalesFilters::ownerNames(session);
    if (!owners)
        return owners.error();
    auto activity = store.followUpActivity(SalesScope{filter.ownerId, filter.sourceId, scope.currency}, bounds);
    if (!activity)
        return activity.error();
    QMap<qint64, FollowUpActivity> byUser;
    for (const UserBucketCount &c : *activity) {
        FollowUpActivity &a = byUser[c.userId];
        if (a.perMonth.isEmpty()) {
            a.userId = c.userId;
            a.name = owners->value(c.userId, QString::number(c.userId));
            a.perMonth = QList<qint64>(n, 0);
        }
        a.perMonth[c.bucket] += c.count;
        a.total += c.count;
    }
    r.activity = byUser.values();
    auto overdue = store.overdue(scope, r.today);
    if (!overdue)
        return overdue.error();
    for (const OwnerOverdue &o : *overdue)
        r.overdue << OverdueFollowUps{o.ownerId, o.ownerId ? owners->value(o.ownerId, QString::number(o.ownerId))
                                                           : tr("Public pool"),
                                      o.customers, o.leads};
    auto lines = SalesFilters::describe(session, filter);
    if (!lines)
        return lines.error();
    r.filterLines = QStringList{windowText(r.firstMonth, r.lastMonth)} + *lines;
    if (filter.currency.isEmpty())
        r.filterLines += CurrencyRates::describe(*conversion, ConvertedRecords::Orders);
    r.filterLines << tr("Overdue follow-ups: as of %1").arg(r.today.toString(Qt::ISODate));
    return r;
}

Report TrendAnalysis::toReport(const TrendReport &r)
{
    using K = ReportKind;
    Report out = Report::headed(QStringLiteral("trend"), tr("Sales trends by month"), r.filterLines, r.generated);

    ReportTable months{QStringLiteral("months"), tr("By month"),
                       {{QStringLiteral("month"), tr("Month"), K::Month},
                        {QStringLiteral("revenue"), tr("Revenue"), K::Money},
                        {QStringLiteral("orders"), tr("Orders"), K::Integer},
                        {QStringLiteral("new_customers"), tr("New customers"), K::Integer},
                        {QStringLiteral("purchasers"), tr("Purchasing customers"), K::Integer},
                        {QStringLiteral("returning_purchasers"), tr("Returning customers"), K::Integer},
                        {QStringLiteral("repeat_rate"), tr("Repeat purchase rate"), K::Percent}},
                       {}};
    for (const TrendMonth &m : r.months)
        months.rows << QVariantList{m.month, m.revenueMinor, m.orders, m.newCustomers, m.purchasers, m.returning,
                                    orEmpty(m.repeatRate())};
    out.tables << months;

    ReportTable summary{QStringLiteral("summary"), tr("Whole period"),
                        {{QStringLiteral("revenue"), tr("Revenue"), K::Money},
                         {QStringLiteral("orders"), tr("Orders"), K::Integer},
                         {QStringLiteral("purchasers"), tr("Purchasing customers"), K::Integer},
                         {QStringLiteral("repeat_purchasers"), tr("Customers with two or more purchases"), K::Integer},
                         {QStringLiteral("repeat_rate"), tr("Repeat purchase rate"), K::Percent}},
                        {}};
    summary.rows << QVariantList{r.revenueMinor, r.orders, r.purchasers, r.repeatPurchasers, orEmpty(r.repeatRate())};
    out.tables << summary;

    ReportTable activity{QStringLiteral("follow_up_activity"), tr("Follow-ups by salesperson"),
                         {{QStringLiteral("salesperson"), tr("Salesperson"), K::Text}}, {}};
    for (const TrendMonth &m : r.months)
        activity.columns << ReportColumn{QStringLiteral("month_") + m.month.toString(QStringLiteral("yyyy_MM")),
                                         m.month.toString(QStringLiteral("yyyy-MM")), K::Integer};
    activity.columns << ReportColumn{QStringLiteral("total"), tr("Total"), K::Integer};
    for (const FollowUpActivity &a : r.activity) {
        QVariantList row{a.name};
        for (qint64 c : a.perMonth)
            row << c;
        row << a.total;
        activity.rows << row;
    }
    out.tables << activity;

    ReportTable overdue{QStringLiteral("overdue_follow_ups"), tr("Overdue follow-ups"),
                        {{QStringLiteral("owner"), tr("Owner"), K::Text},
                         {QStringLiteral("customers"), tr("Customers"), K::Integer},
                         {QStringLiteral("leads"), tr("Leads"), K::Integer},
                         {QStringLiteral("total"), tr("Total"), K::Integer}},
                        {}};
    for (const OverdueFollowUps &o : r.overdue)
        overdue.rows << QVariantList{o.name, o.customers, o.leads, o.total()};
    out.tables << overdue;
    out.currency = r.filter.amountsIn();
    using C = ReportChartKind;
    out.charts = {{QStringLiteral("revenue"), tr("Revenue by month"), C::Line, QStringLiteral("months"), 0, {1}},
                  {QStringLiteral("customers"), tr("New and purchasing customers"), C::Line, QStringLiteral("months"), 0,
                   {3, 4}},
                  {QStringLiteral("repeat_rate"), tr("Repeat purchase rate by month"), C::Line, QStringLiteral("months"),
                   0, {6}},
                  {QStringLiteral("follow_ups"), tr("Follow-ups by salesperson"), C::HorizontalBar,
                   QStringLiteral("follow_up_activity"), 0, {int(activity.columns.size()) - 1}}};
    return out;
}

} // namespace guanxi
