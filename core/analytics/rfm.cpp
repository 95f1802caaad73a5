#include "analytics/rfm.h"

#include "platform/enumtable.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace guanxi {

namespace {
// Sums of a million fen amounts times a million customers overflow 64 bits.
__extension__ typedef __int128 Wide;

std::array<double, 4> cuts(QList<double> values)
{
    std::sort(values.begin(), values.end());
    std::array<double, 4> out{};
    for (int i = 0; i < 4; ++i)
        out[i] = Rfm::quantile(values, 0.2 * (i + 1));
    return out;
}

int below(const std::array<double, 4> &cuts, double value)
{
    return int(std::count_if(cuts.begin(), cuts.end(), [&](double c) { return c < value; }));
}

// value compared with the mean of n values summing to sum, without division:
// value < sum / n  <=>  value * n < sum (n > 0). 128 bits hold any product.
int compareToMean(qint64 value, Wide sum, qint64 n)
{
    const Wide scaled = Wide(value) * n;
    return scaled < sum ? -1 : scaled > sum ? 1 : 0;
}
} // namespace

double Rfm::quantile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    // R type 7: h = (n - 1) p, interpolate between the neighbours of h.
    const double h = double(sorted.size() - 1) * p;
    const qsizetype lo = qsizetype(std::floor(h));
    const qsizetype hi = std::min<qsizetype>(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (h - double(lo)) * (sorted.at(hi) - sorted.at(lo));
}

RfmResult Rfm::compute(const QList<PurchaseSummary> &purchases, const QDate &referenceDate)
{
    RfmResult out;
    out.referenceDate = referenceDate;
    const qint64 n = purchases.size();
    if (n == 0)
        return out;
    QList<double> rs, fs, ms;
    rs.reserve(n);
    fs.reserve(n);
    ms.reserve(n);
    Wide sumR = 0, sumF = 0, sumM = 0;
    out.rows.reserve(n);
    for (const PurchaseSummary &p : purchases) {
        RfmRow row;
        row.customerId = p.customerId;
        row.recencyDays = p.lastPurchase.daysTo(referenceDate);
        row.frequency = p.orders;
        row.monetary = p.monetary;
        rs << double(row.recencyDays);
        fs << double(row.frequency);
        ms << double(row.monetary);
        sumR += row.recencyDays;
        sumF += row.frequency;
        sumM += row.monetary;
        out.rows << row;
    }
    out.recencyCuts = cuts(std::move(rs));   // each sorted in place, no copy
    out.frequencyCuts = cuts(std::move(fs));
    out.monetaryCuts = cuts(std::move(ms));
    out.meanRecency = double(sumR) / double(n);
    out.meanFrequency = double(sumF) / double(n);
    out.meanMonetary = double(sumM) / double(n);
    for (RfmRow &row : out.rows) {
        row.r = 5 - below(out.recencyCuts, double(row.recencyDays));
        row.f = 1 + below(out.frequencyCuts, double(row.frequency));
        row.m = 1 + below(out.monetaryCuts, double(row.monetary));
        const bool near = compareToMean(row.recencyDays, sumR, n) < 0;
        const bool frequent = compareToMean(row.frequency, sumF, n) > 0;
        const bool valuable = compareToMean(row.monetary, sumM, n) > 0;
        const int base = valuable ? 0 : 4;
        const int offset = near ? (frequent ? 0 : 1) : (frequent ? 2 : 3);
        row.segment = RfmSegment(base + offset);
        ++out.segmentCounts[size_t(row.segment)];
    }
    return out;
}

namespace {

constexpr auto segmentTable = enumTable<RfmSegment>("Rfm", {
    {RfmSegment::ImportantValue, "important_value", QT_TRANSLATE_NOOP("Rfm", "Important value")},
    {RfmSegment::ImportantDevelopment, "important_development", QT_TRANSLATE_NOOP("Rfm", "Important development")},
    {RfmSegment::ImportantRetention, "important_retention", QT_TRANSLATE_NOOP("Rfm", "Important retention")},
    {RfmSegment::ImportantWinBack, "important_win_back", QT_TRANSLATE_NOOP("Rfm", "Important win-back")},
    {RfmSegment::GeneralValue, "general_value", QT_TRANSLATE_NOOP("Rfm", "General value")},
    {RfmSegment::GeneralDevelopment, "general_development", QT_TRANSLATE_NOOP("Rfm", "General development")},
    {RfmSegment::GeneralRetention, "general_retention", QT_TRANSLATE_NOOP("Rfm", "General retention")},
    {RfmSegment::GeneralWinBack, "general_win_back", QT_TRANSLATE_NOOP("Rfm", "General win-back")},
});

} // namespace

QString Rfm::segmentLabel(RfmSegment s) { return segmentTable.label(s); }
QString Rfm::segmentCode(RfmSegment s) { return segmentTable.code(s); }

QString Rfm::segmentChinese(RfmSegment s)
{
    static const char *names[] = {"重要价值客户", "重要发展客户", "重要保持客户", "重要挽留客户",
                                  "一般价值客户", "一般发展客户", "一般保持客户", "一般挽留客户"};
    return QString::fromUtf8(names[int(s)]);
}

} // namespace guanxi
