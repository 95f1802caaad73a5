#include "analytics/receivables.h"

#include "platform/session.h"
#include "sales/ratebook.h"
#include "text/money.h"

#include <QHash>

#include <algorithm>

namespace guanxi {

int Receivables::bucketOf(int days)
{
    return days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
}

QString Receivables::bucketLabel(int bucket)
{
    switch (bucket) {
    case 0: return tr("0–30 days");
    case 1: return tr("31–60 days");
    case 2: return tr("61–90 days");
    default: return tr("Over 90 days");
    }
}

namespace {
// What owes on the orders the session sees (OrderStore reads them all).
Result<QList<Receivable>> visibleReceivables(Session &session, const ReceivablesQuery &query)
{
    auto orders = OrderStore(session).receivables(query);
    if (!orders || session.access().seesAll)
        return orders;
    QList<Receivable> out;
    for (const Receivable &o : std::as_const(*orders))
        if (session.seesOwner(o.ownerId))
            out << o;
    return out;
}

// Every order that owes: in the filter's one currency as they are, else in
// every currency with what each owes converted to the base currency at the
// rate on its order date (those without a rate are left out, and said so).
Result<QList<Receivable>> owingOrders(Session &session, const ReceivablesQuery &query, QStringList &lines)
{
    if (!query.currency.isEmpty())
        return visibleReceivables(session, query);
    CurrencyRates rates(session);
    auto base = rates.baseCurrency();
    auto list = rates.list();
    auto currencies = rates.currenciesInUse();
    if (!base || !list || !currencies)
        return !base ? base.error() : !list ? list.error() : currencies.error();
    RateBook book(*base, *list);
    QList<Receivable> out;
    for (const QString &currency : *currencies) {
        ReceivablesQuery one = query;
        one.currency = currency;
        auto orders = visibleReceivables(session, one);
        if (!orders)
            return orders.error();
        for (Receivable o : *orders) {
            const auto owed = book.convert(o.outstandingMinor(), currency, o.orderDate);
            if (!owed)
                continue;
            // The total and write-offs at the same rate; received is what
            // makes the outstanding amount exactly the converted one.
            const qint64 total = book.convert(o.totalMinor, currency, o.orderDate).value_or(0);
            const qint64 writtenOff = book.convert(o.writtenOffMinor, currency, o.orderDate).value_or(0);
            o.totalMinor = total;
            o.writtenOffMinor = writtenOff;
            o.receivedMinor = total - writtenOff - *owed;
            out << o;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Receivable &a, const Receivable &b) {
        return std::pair(a.orderDate, a.orderId) < std::pair(b.orderDate, b.orderId);
    });
    // Each order was converted three times: count it once.
    Conversion c = book.conversion();
    for (RateUse &u : c.used)
        u.records /= 3;
    lines += CurrencyRates::describe(c, ConvertedRecords::Orders);
    return out;
}
} // namespace

Result<ReceivablesReport> Receivables::run(Session &session, const SalesFilter &filter)
{
    if (Status s = SalesFilters::validate(filter); !s)
        return s.error();
    ReceivablesReport r;
    auto withBase = SalesFilters::withBase(session, filter);
    if (!withBase)
        return withBase.error();
    r.filter = *withBase;
    r.today = session.today();
    r.generated = session.now();
    ReceivablesQuery query;
    query.currency = filter.currency;
    query.ownerId = filter.ownerId;
    query.sourceId = filter.sourceId;
    query.from = filter.from;
    query.to = filter.to;
    QStringList conversionLines;
    auto orders = owingOrders(session, query, conversionLines);
    if (!orders)
        return orders.error();
    r.orders = *orders;
    auto owners = SalesFilters::ownerNames(session);
    if (!owners)
        return owners.error();
    r.ownerNames = *owners;
    auto lines = SalesFilters::describe(session, filter);
    if (!lines)
        return lines.error();
    r.filterLines << tr("Owed as of %1; ages count from the order date.").arg(r.today.toString(Qt::ISODate));
    if (filter.from.isValid() || filter.to.isValid())
        r.filterLines << tr("Orders dated %1 to %2")
                             .arg(filter.from.isValid() ? filter.from.toString(Qt::ISODate) : tr("the first"),
                                  filter.to.isValid() ? filter.to.toString(Qt::ISODate) : tr("today"));
    r.filterLines += *lines;
    r.filterLines += conversionLines;

    QHash<qint64, int> index;
    for (const Receivable &o : r.orders) {
        const int days = int(qMax<qint64>(0, o.orderDate.daysTo(r.today)));
        const int b = bucketOf(days);
        const qint64 owed = o.outstandingMinor();
        auto it = index.constFind(o.customerId);
        if (it == index.constEnd()) {
            it = index.insert(o.customerId, int(r.customers.size()));
            r.customers << CustomerReceivable{o.customerId, o.customerName};
        }
        CustomerReceivable &c = r.customers[*it];
        ++c.orders;
        // Each order is at most Money::maxMinor; many of them could still
        // pass what a 64-bit sum holds, and a wrapped total would read as a
        // confident wrong figure.
        if (__builtin_add_overflow(c.buckets[b], owed, &c.buckets[b])
            || __builtin_add_overflow(c.totalMinor, owed, &c.totalMinor)
            || __builtin_add_overflow(r.buckets[b], owed, &r.buckets[b])
            || __builtin_add_overflow(r.totalMinor, owed, &r.totalMinor))
            return Error{tr("The amounts owed add up to more than Guanxi can count. Check the orders with the largest "
                            "totals (Orders page, sorted by total) for amounts entered by mistake."),
                         {}, {}};
        c.oldestDays = qMax(c.oldestDays, days);
        ++r.bucketOrders[b];
    }
    r.filterLines.insert(1, tr("Total owed: %1 %2 on %n order(s)", nullptr, int(r.orders.size()))
                                .arg(Money::grouped(r.totalMinor), r.filter.amountsIn()));
    std::stable_sort(r.customers.begin(), r.customers.end(), [](const CustomerReceivable &a, const CustomerReceivable &b) {
        return a.totalMinor > b.totalMinor;
    });
    return r;
}

Report Receivables::toReport(const ReceivablesReport &r)
{
    using K = ReportKind;
    Report out = Report::headed(QStringLiteral("receivables"), tr("Receivables"), r.filterLines, r.generated);
    out.currency = r.filter.amountsIn();

    static const char *bucketKeys[] = {"days_0_30", "days_31_60", "days_61_90", "days_over_90"};
    ReportTable customers{QStringLiteral("by_customer"), tr("Owed by customer"),
                          {{QStringLiteral("customer_id"), tr("Customer ID"), K::Integer, true},
                           {QStringLiteral("customer"), tr("Customer"), K::Text},
                           {QStringLiteral("orders"), tr("Orders"), K::Integer}},
                          {}};
    for (int b = 0; b < receivableBuckets; ++b)
        customers.columns << ReportColumn{QString::fromLatin1(bucketKeys[b]), bucketLabel(b), K::Money};
    customers.columns << ReportColumn{QStringLiteral("total"), tr("Total owed"), K::Money}
                      << ReportColumn{QStringLiteral("oldest_days"), tr("Oldest (days)"), K::Integer};
    for (const CustomerReceivable &c : r.customers) {
        QVariantList row{c.customerId, c.name, c.orders};
        for (qint64 amount : c.buckets)
            row << amount;
        row << c.totalMinor << c.oldestDays;
        customers.rows << row;
    }
    out.tables << customers;

    ReportTable ages{QStringLiteral("ages"), tr("Owed by age"),
                     {{QStringLiteral("age"), tr("Age"), K::Text},
                      {QStringLiteral("orders"), tr("Orders"), K::Integer},
                      {QStringLiteral("owed"), tr("Owed"), K::Money}},
                     {}};
    for (int b = 0; b < receivableBuckets; ++b)
        ages.rows << QVariantList{bucketLabel(b), r.bucketOrders[b], r.buckets[b]};
    out.tables << ages;

    ReportTable orders{QStringLiteral("orders"), tr("Orders with money owed"),
                       {{QStringLiteral("order_id"), tr("Order ID"), K::Integer, true},
                        {QStringLiteral("number"), tr("Number"), K::Text},
                        {QStringLiteral("customer"), tr("Customer"), K::Text},
                        {QStringLiteral("salesperson"), tr("Salesperson"), K::Text},
                        {QStringLiteral("order_date"), tr("Order date"), K::Date},
                        {QStringLiteral("age_days"), tr("Age (days)"), K::Integer},
                        {QStringLiteral("total"), tr("Total"), K::Money},
                        {QStringLiteral("received"), tr("Received"), K::Money},
                        {QStringLiteral("written_off"), tr("Written off"), K::Money},
                        {QStringLiteral("owed"), tr("Owed"), K::Money}},
                       {}};
    for (const Receivable &o : r.orders)
        orders.rows << QVariantList{o.orderId,
                                    o.number,
                                    o.customerName,
                                    r.ownerNames.value(o.ownerId),
                                    o.orderDate,
                                    qMax<qint64>(0, o.orderDate.daysTo(r.today)),
                                    o.totalMinor,
                                    o.receivedMinor,
                                    o.writtenOffMinor,
                                    o.outstandingMinor()};
    out.tables << orders;

    ReportChart chart;
    chart.name = QStringLiteral("ages");
    chart.title = tr("Owed by age");
    chart.kind = ReportChartKind::Bar;
    chart.table = QStringLiteral("ages");
    chart.label = 0;
    chart.values = {2};
    out.charts << chart;
    return out;
}

} // namespace guanxi
