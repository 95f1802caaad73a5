#include "analytics/rfmanalysis.h"

#include "platform/session.h"
#include "sales/currencyrates.h"

#include <QLocale>

#include <cmath>
#include <numeric>

namespace guanxi {

Result<RfmReport> RfmAnalysis::run(Session &session, const RfmOptions &options)
{
    if (options.window.from.isValid() && options.window.to.isValid() && options.window.from > options.window.to)
        return Error{tr("The window starts after it ends (%1 to %2). Swap the dates.")
                         .arg(options.window.from.toString(Qt::ISODate), options.window.to.toString(Qt::ISODate)),
                     {}, {}};
    AnalyticsStore store(session);
    auto purchases = store.purchases(options.window);
    if (!purchases)
        return purchases.error();
    auto live = store.liveCustomers();
    if (!live)
        return live.error();
    auto conversion = store.conversion(options.window);
    if (!conversion)
        return conversion.error();
    QDate latest;
    for (const PurchaseSummary &p : *purchases)
        if (!latest.isValid() || p.lastPurchase > latest)
            latest = p.lastPurchase;
    const QDate reference = options.referenceDate.isValid() ? options.referenceDate : latest.addDays(1);
    if (options.referenceDate.isValid() && latest.isValid() && options.referenceDate <= latest)
        return Error{tr("The reference date %1 must come after the latest purchase in the window (%2). Choose a later "
                        "date, or leave it out to use the day after the latest purchase.")
                         .arg(reference.toString(Qt::ISODate), latest.toString(Qt::ISODate)),
                     {}, {}};
    RfmReport report;
    report.result = Rfm::compute(*purchases, reference);
    report.withoutPurchase = *live - purchases->size();
    report.currency = conversion->base;
    if (options.window.currency.isEmpty())
        report.currencyLines = CurrencyRates::describe(*conversion, ConvertedRecords::Orders);
    for (const PurchaseSummary &p : *purchases)
        report.names << p.name;
    return report;
}

QStringList RfmAnalysis::filters(const RfmOptions &options, const RfmReport &report)
{
    const auto day = [](const QDate &d, const QString &open) { return d.isValid() ? d.toString(Qt::ISODate) : open; };
    const QString from = day(options.window.from, tr("the first order")),
                  to = day(options.window.to, tr("the last order"));
    QStringList lines{options.window.currency.isEmpty()
                          ? tr("Orders (not quotes or contracts): signed, delivered or paid, in any currency, from %1 to %2")
                                .arg(from, to)
                          : tr("Orders (not quotes or contracts): signed, delivered or paid, in %1, from %2 to %3")
                                .arg(options.window.currency, from, to)};
    lines += report.currencyLines;
    lines << tr("Reference date: %1").arg(report.result.referenceDate.toString(Qt::ISODate))
          << tr("Customers with purchases: %1; without a purchase in the window: %2")
                 .arg(report.result.rows.size())
                 .arg(report.withoutPurchase);
    return lines;
}

namespace {

// Short labels that fit under a bar: 100-1k, 1k-10k, ... 1M-10M, ≥ 10M.
QString shortAmount(qint64 units)
{
    return units >= 1000000 ? QStringLiteral("%1M").arg(units / 1000000)
           : units >= 1000  ? QStringLiteral("%1k").arg(units / 1000)
                            : QString::number(units);
}

} // namespace

Report RfmAnalysis::toReport(const RfmReport &r, const RfmOptions &options, SegmentNames names)
{
    Report out;
    out.name = QStringLiteral("rfm");
    out.title = tr("RFM analysis");
    out.filters = filters(options, r);
    out.generated = QDateTime::currentDateTime();
    out.currency = r.currency.isEmpty() ? options.window.currency : r.currency;
    out.tables = {customersTable(r, names), segmentsTable(r, names), cutPointsTable(r.result),
                  heatMapTable(r.result), monetaryTable(r.result)};
    out.charts = charts();
    return out;
}

QString RfmAnalysis::segmentName(RfmSegment s, SegmentNames names)
{
    return names == SegmentNames::Chinese ? Rfm::segmentChinese(s) : Rfm::segmentLabel(s);
}

QList<ReportColumn> RfmAnalysis::customerColumns()
{
    using K = ReportKind;
    return {{QStringLiteral("customer_id"), tr("ID"), K::Integer},
            {QStringLiteral("customer_name"), tr("Customer"), K::Text},
            {QStringLiteral("recency_days"), tr("Recency (days)"), K::Integer},
            {QStringLiteral("frequency"), tr("Frequency (orders)"), K::Integer},
            {QStringLiteral("monetary"), tr("Monetary"), K::Money},
            {QStringLiteral("r"), QStringLiteral("R"), K::Integer},
            {QStringLiteral("f"), QStringLiteral("F"), K::Integer},
            {QStringLiteral("m"), QStringLiteral("M"), K::Integer},
            {QStringLiteral("segment"), tr("Segment"), K::Text},
            {QStringLiteral("segment_code"), tr("Segment code"), K::Text, true}};
}

ReportTable RfmAnalysis::customersTable(const RfmReport &r, SegmentNames names)
{
    ReportTable rows{QStringLiteral("rfm"), tr("Customers"), customerColumns(), {}};
    rows.rows.reserve(r.result.rows.size());
    // The biggest spenders first (then by id), so the top of a printed or
    // PDF report is the customers who matter most.
    QList<int> order(r.result.rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return r.result.rows.at(a).monetary > r.result.rows.at(b).monetary;
    });
    for (int i : order) {
        const RfmRow &row = r.result.rows.at(i);
        rows.rows << QVariantList{row.customerId, r.names.value(i), row.recencyDays, row.frequency, row.monetary,
                                  row.r, row.f, row.m, segmentName(row.segment, names), Rfm::segmentCode(row.segment)};
    }
    return rows;
}

ReportTable RfmAnalysis::segmentsTable(const RfmReport &r, SegmentNames names)
{
    using K = ReportKind;
    ReportTable segments{QStringLiteral("segments"), tr("Segments"),
                         {{QStringLiteral("segment"), tr("Segment"), K::Text},
                          {QStringLiteral("segment_code"), tr("Segment code"), K::Text, true},
                          {QStringLiteral("customers"), tr("Customers"), K::Integer},
                          {QStringLiteral("share"), tr("Share"), K::Percent}},
                         {}};
    const double total = double(std::max<qsizetype>(1, r.result.rows.size()));
    for (int s = 0; s < 8; ++s) {
        const qint64 count = r.result.segmentCounts[size_t(s)];
        segments.rows << QVariantList{segmentName(RfmSegment(s), names), Rfm::segmentCode(RfmSegment(s)), count,
                                      double(count) / total};
    }
    return segments;
}

ReportTable RfmAnalysis::cutPointsTable(const RfmResult &result)
{
    using K = ReportKind;
    ReportTable cuts{QStringLiteral("cut_points"), tr("Cut points"),
                     {{QStringLiteral("measure"), tr("Measure"), K::Text},
                      {QStringLiteral("q20"), QStringLiteral("20%"), K::Decimal},
                      {QStringLiteral("q40"), QStringLiteral("40%"), K::Decimal},
                      {QStringLiteral("q60"), QStringLiteral("60%"), K::Decimal},
                      {QStringLiteral("q80"), QStringLiteral("80%"), K::Decimal},
                      {QStringLiteral("mean"), tr("Mean"), K::Decimal}},
                     {}};
    const auto cutRow = [&](const QString &name, const std::array<double, 4> &c, double mean, double scale) {
        cuts.rows << QVariantList{name, c[0] / scale, c[1] / scale, c[2] / scale, c[3] / scale, mean / scale};
    };
    cutRow(tr("Recency (days)"), result.recencyCuts, result.meanRecency, 1);
    cutRow(tr("Frequency (orders)"), result.frequencyCuts, result.meanFrequency, 1);
    cutRow(tr("Monetary"), result.monetaryCuts, result.meanMonetary, 100);   // minor to main units
    return cuts;
}

// R x F: how many customers have each pair of scores (R 5, the most recent,
// on top).
ReportTable RfmAnalysis::heatMapTable(const RfmResult &result)
{
    ReportTable heat{QStringLiteral("heat_map"), tr("R × F"), {{QStringLiteral("r"), tr("R score"), ReportKind::Text}},
                     {}};
    for (int f = 1; f <= 5; ++f)
        heat.columns << ReportColumn{QStringLiteral("f%1").arg(f), QStringLiteral("F%1").arg(f), ReportKind::Integer};
    std::array<std::array<qint64, 5>, 5> grid{};
    for (const RfmRow &row : result.rows)
        ++grid[size_t(row.r - 1)][size_t(row.f - 1)];
    for (int rs = 5; rs >= 1; --rs) {
        QVariantList line{QStringLiteral("R%1").arg(rs)};
        for (int f = 0; f < 5; ++f)
            line << grid[size_t(rs - 1)][size_t(f)];
        heat.rows << line;
    }
    return heat;
}

// Monetary by decade of the main unit: under 100, 100 to 1,000, ...
ReportTable RfmAnalysis::monetaryTable(const RfmResult &result)
{
    using K = ReportKind;
    ReportTable money{QStringLiteral("monetary_distribution"), tr("Monetary distribution"),
                      {{QStringLiteral("range"), tr("Monetary"), K::Text},
                       {QStringLiteral("from"), tr("From"), K::Money},
                       {QStringLiteral("customers"), tr("Customers"), K::Integer},
                       {QStringLiteral("revenue"), tr("Revenue"), K::Money}},
                      {}};
    constexpr int Decades = 7;   // < 100, < 1k, < 10k, < 100k, < 1M, < 10M, 10M and more (main units)
    std::array<qint64, Decades> counts{}, sums{};
    for (const RfmRow &row : result.rows) {
        int d = 0;
        for (qint64 limit = 100 * 100; d < Decades - 1 && row.monetary >= limit; limit *= 10)
            ++d;
        ++counts[size_t(d)];
        sums[size_t(d)] += row.monetary;
    }
    for (int d = 0; d < Decades; ++d) {
        const qint64 lower = d == 0 ? 0 : qint64(std::pow(10, d + 1));
        const QString label = d == 0               ? QStringLiteral("0–100")
                              : d == Decades - 1 ? QStringLiteral("≥ ") + shortAmount(lower)
                                                 : shortAmount(lower) + QStringLiteral("–") + shortAmount(lower * 10);
        money.rows << QVariantList{label, lower * 100, counts[size_t(d)], sums[size_t(d)]};
    }
    return money;
}

QList<ReportChart> RfmAnalysis::charts()
{
    using C = ReportChartKind;
    return {{QStringLiteral("segments"), tr("Customers by segment"), C::HorizontalBar, QStringLiteral("segments"), 0, {2}},
            {QStringLiteral("segment_share"), tr("Segment shares"), C::Pie, QStringLiteral("segments"), 0, {2}},
            {QStringLiteral("heat_map"), tr("Customers by R and F score"), C::HeatMap, QStringLiteral("heat_map"), 0,
             {1, 2, 3, 4, 5}},
            {QStringLiteral("monetary"), tr("Customers by monetary value"), C::Bar,
             QStringLiteral("monetary_distribution"), 0, {2}}};
}

} // namespace guanxi
