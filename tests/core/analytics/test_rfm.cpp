// RFM as defined in core/analytics/rfm.h, against fixtures computed by hand.
#include "analytics/rfm.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace guanxi;

namespace {
const QDate ref(2026, 4, 1);

PurchaseSummary p(qint64 id, int daysAgo, qint64 orders, qint64 money)
{
    return PurchaseSummary{id, ref.addDays(-daysAgo), orders, money, {}};
}

const RfmRow &rowOf(const RfmResult &r, qint64 id)
{
    for (const RfmRow &row : r.rows)
        if (row.customerId == id)
            return row;
    FAIL("no row for " << id);
    return r.rows.first();
}
} // namespace

TEST_CASE("Quantiles use the linear method (R type 7)", "[rfm]")
{
    CHECK(Rfm::quantile({1, 2, 3, 4, 5}, 0.2) == Approx(1.8));
    CHECK(Rfm::quantile({1, 2, 3, 4, 5}, 0.8) == Approx(4.2));
    CHECK(Rfm::quantile({10, 20}, 0.4) == Approx(14));
    CHECK(Rfm::quantile({7}, 0.6) == 7);
    CHECK(Rfm::quantile({1, 1, 1, 2, 3}, 0.6) == Approx(1.4));
}

TEST_CASE("Ties at the cut points share a score and some scores stay empty", "[rfm]")
{
    // F = 1,1,1,2,3: cuts 1, 1, 1.4, 2.2 -> scores 1,1,1,4,5 (2 and 3 empty).
    const RfmResult r = Rfm::compute({p(1, 5, 1, 100), p(2, 5, 1, 100), p(3, 5, 1, 100), p(4, 5, 2, 100),
                                      p(5, 5, 3, 100)},
                                     ref);
    CHECK(r.frequencyCuts[0] == 1);
    CHECK(r.frequencyCuts[1] == 1);
    CHECK(r.frequencyCuts[2] == Approx(1.4));
    CHECK(r.frequencyCuts[3] == Approx(2.2));
    CHECK(rowOf(r, 1).f == 1);
    CHECK(rowOf(r, 3).f == 1);
    CHECK(rowOf(r, 4).f == 4);
    CHECK(rowOf(r, 5).f == 5);
    // Equal recency and money everywhere: R = 5, M = 1 for all.
    for (const RfmRow &row : r.rows) {
        CHECK(row.r == 5);
        CHECK(row.m == 1);
    }
}

TEST_CASE("Recency scores run the other way: fewer days is better", "[rfm]")
{
    // R = 10, 20, 30, 40, 50: cuts 18, 26, 34, 42.
    const RfmResult r = Rfm::compute({p(1, 10, 1, 1), p(2, 20, 1, 1), p(3, 30, 1, 1), p(4, 40, 1, 1), p(5, 50, 1, 1)},
                                     ref);
    CHECK(r.recencyCuts[0] == Approx(18));
    CHECK(r.recencyCuts[3] == Approx(42));
    CHECK(rowOf(r, 1).r == 5);
    CHECK(rowOf(r, 2).r == 4);
    CHECK(rowOf(r, 3).r == 3);
    CHECK(rowOf(r, 4).r == 2);
    CHECK(rowOf(r, 5).r == 1);
}

TEST_CASE("All customers equal, and a single customer", "[rfm]")
{
    const RfmResult same = Rfm::compute({p(1, 30, 2, 500), p(2, 30, 2, 500), p(3, 30, 2, 500)}, ref);
    for (const RfmRow &row : same.rows) {
        CHECK(row.r == 5);
        CHECK(row.f == 1);
        CHECK(row.m == 1);
        // At the mean is far, low and low.
        CHECK(row.segment == RfmSegment::GeneralWinBack);
    }
    CHECK(same.segmentCounts[size_t(RfmSegment::GeneralWinBack)] == 3);
    const RfmResult one = Rfm::compute({p(9, 3, 4, 1000)}, ref);
    REQUIRE(one.rows.size() == 1);
    CHECK(one.rows.first().recencyDays == 3);
    CHECK(one.rows.first().segment == RfmSegment::GeneralWinBack);
    CHECK(Rfm::compute({}, ref).rows.isEmpty());
}

TEST_CASE("Segments compare strictly with the means", "[rfm]")
{
    // Mean R = 20, mean F = 2, mean M = 200.
    const RfmResult r = Rfm::compute({p(1, 10, 3, 300),    // near, frequent, valuable
                                      p(2, 10, 1, 300),    // near, infrequent, valuable
                                      p(3, 30, 3, 300),    // far, frequent, valuable
                                      p(4, 20, 2, 200),    // exactly at every mean: far, low, low
                                      p(5, 30, 1, 0),      // far, infrequent, low
                                      p(6, 20, 2, 0)},     // at mean R and F
                                     ref);
    CHECK(r.meanRecency == Approx(20));
    CHECK(r.meanFrequency == Approx(2));
    CHECK(r.meanMonetary == Approx(1100.0 / 6));
    CHECK(rowOf(r, 1).segment == RfmSegment::ImportantValue);
    CHECK(rowOf(r, 2).segment == RfmSegment::ImportantDevelopment);
    CHECK(rowOf(r, 3).segment == RfmSegment::ImportantRetention);
    CHECK(rowOf(r, 4).segment == RfmSegment::ImportantWinBack);   // 200 > 183.3
    CHECK(rowOf(r, 5).segment == RfmSegment::GeneralWinBack);
    CHECK(rowOf(r, 6).segment == RfmSegment::GeneralWinBack);
    CHECK(Rfm::segmentChinese(RfmSegment::ImportantRetention) == QStringLiteral("重要保持客户"));
    CHECK(Rfm::segmentCode(RfmSegment::GeneralDevelopment) == QStringLiteral("general_development"));
}

TEST_CASE("Money past 2^31 and 2^53 fen is summed and compared exactly", "[rfm]")
{
    const qint64 big = (qint64(1) << 53) + 1;   // not representable as a double
    // Mean M = (big + big + (big - 2)) / 3 = big - 2/3: the two `big` are above it.
    const RfmResult r = Rfm::compute({p(1, 1, 1, big), p(2, 1, 1, big), p(3, 1, 1, big - 2)}, ref);
    CHECK(rowOf(r, 1).monetary == big);
    CHECK(rowOf(r, 1).segment == RfmSegment::ImportantWinBack);
    CHECK(rowOf(r, 3).segment == RfmSegment::GeneralWinBack);
    const RfmResult large = Rfm::compute({p(1, 1, 1, 3'000'000'000), p(2, 1, 1, 5'000'000'000)}, ref);
    CHECK(rowOf(large, 2).m == 5);
    CHECK(rowOf(large, 1).m == 1);
}

TEST_CASE("RFM does not depend on the order of the rows", "[rfm]")
{
    std::mt19937 gen(42);
    QList<PurchaseSummary> input;
    for (int i = 1; i <= 200; ++i)
        input << p(i, int(gen() % 400), qint64(gen() % 6 + 1), qint64(gen() % 5) * 10000);
    const RfmResult a = Rfm::compute(input, ref);
    std::shuffle(input.begin(), input.end(), gen);
    const RfmResult b = Rfm::compute(input, ref);
    for (const RfmRow &row : a.rows) {
        const RfmRow &other = rowOf(b, row.customerId);
        CHECK(other.r == row.r);
        CHECK(other.f == row.f);
        CHECK(other.m == row.m);
        CHECK(other.segment == row.segment);
    }
    CHECK(a.segmentCounts == b.segmentCounts);
}

#include "corehelpers.h"
#include "analytics/rfmanalysis.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"

TEST_CASE("RFM over the file counts signed, delivered and paid orders in the window only", "[rfm]")
{
    guanxi::test::TestDb t;
    CustomerStore customers(*t.session);
    OrderStore orders(*t.session);
    auto customer = [&](const QString &name) {
        Customer c;
        c.name = name;
        return *customers.create(c);
    };
    int number = 0;
    auto order = [&](qint64 customer, const QDate &date, qint64 total, OrderStatus status,
                     const QString &currency = QStringLiteral("CNY")) {
        Order o;
        o.customerId = customer;
        o.number = QStringLiteral("SO-%1").arg(++number);
        o.orderDate = date;
        o.totalMinor = total;
        o.status = status;
        o.currency = currency;
        REQUIRE(orders.create(o).ok());
    };
    const qint64 a = customer(QStringLiteral("甲"));
    const qint64 b = customer(QStringLiteral("乙"));
    const qint64 none = customer(QStringLiteral("丙"));   // no orders: out of scope
    const qint64 cancelledOnly = customer(QStringLiteral("丁"));
    order(a, QDate(2026, 1, 10), 100000, OrderStatus::Paid);
    order(a, QDate(2026, 2, 20), 250000, OrderStatus::Delivered);
    order(a, QDate(2026, 2, 21), 999999, OrderStatus::Cancelled);   // never counts
    order(a, QDate(2026, 2, 22), 500, OrderStatus::Draft);           // never counts
    order(b, QDate(2026, 3, 1), 3'000'000'000, OrderStatus::Signed);  // past 2^31 fen
    order(b, QDate(2025, 6, 1), 700, OrderStatus::Paid);             // before the window
    order(b, QDate(2026, 3, 2), 100, OrderStatus::Paid, QStringLiteral("USD"));
    order(cancelledOnly, QDate(2026, 2, 1), 5000, OrderStatus::Cancelled);
    (void)none;

    RfmOptions options;
    options.window.from = QDate(2026, 1, 1);
    options.window.to = QDate(2026, 3, 31);
    auto report = RfmAnalysis::run(*t.session, options);
    REQUIRE(report.ok());
    REQUIRE(report->result.rows.size() == 2);
    CHECK(report->withoutPurchase == 2);
    CHECK(report->result.referenceDate == QDate(2026, 3, 2));   // the day after the latest purchase
    const RfmRow &ra = report->result.rows.at(0);
    CHECK(ra.customerId == a);
    CHECK(report->names.at(0) == QStringLiteral("甲"));
    CHECK(ra.frequency == 2);
    CHECK(ra.monetary == 350000);
    CHECK(ra.recencyDays == 10);   // 2026-02-20 to 2026-03-02
    const RfmRow &rb = report->result.rows.at(1);
    CHECK(rb.frequency == 1);
    CHECK(rb.monetary == 3'000'000'000);
    CHECK(rb.recencyDays == 1);

    options.referenceDate = QDate(2026, 3, 1);
    auto early = RfmAnalysis::run(*t.session, options);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("2026-03-01")));
    options.referenceDate = QDate(2026, 4, 1);
    CHECK(RfmAnalysis::run(*t.session, options)->result.rows.at(0).recencyDays == 40);
}
