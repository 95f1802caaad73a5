// Money in several currencies: the rate table, the rate on a date, exact
// conversion, missing rates named, CSV import all or nothing, and the funnel,
// forecast, purchases and reports summing in the base currency.
#include "corehelpers.h"

#include "analytics/analyticsstore.h"
#include "analytics/receivables.h"
#include "analytics/trendanalysis.h"
#include "customers/customerstore.h"
#include "sales/currencyrateimport.h"
#include "sales/currencyrates.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"
#include "text/money.h"

#include <QFile>

#include <limits>

using namespace guanxi;
using namespace guanxi::test;

namespace {
CurrencyRate rate(const char *currency, const char *value, QDate from)
{
    return CurrencyRate{QString::fromLatin1(currency), *CurrencyRates::parseRate(QString::fromLatin1(value)), from};
}

qint64 customer(Session &s)
{
    Customer c;
    c.name = QStringLiteral("华信科技有限公司");
    c.kind = CustomerKind::Company;
    return *CustomerStore(s).create(c);
}

void order(Session &s, qint64 customerId, const QString &number, QDate date, qint64 total, const QString &currency,
           OrderStatus status = OrderStatus::Paid)
{
    Order o;
    o.customerId = customerId;
    o.number = number;
    o.orderDate = date;
    o.totalMinor = total;
    o.status = status;
    o.currency = currency;
    REQUIRE(OrderStore(s).create(o).ok());
}

qint64 stageByCode(DealStore &store, const QString &code)
{
    const auto stages = store.stages();
    REQUIRE(stages.ok());
    const QList<DealStage> &list = stages.value();
    for (const DealStage &s : list)
        if (s.code == code)
            return s.id;
    FAIL("no stage " << code.toStdString());
    return 0;
}

QString writeFile(TestDb &t, const QByteArray &bytes)
{
    const QString path = t.dir.filePath(QStringLiteral("rates.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST_CASE("Rates are exact decimals and the rate on a day is the latest valid from it", "[currency]")
{
    CHECK(*CurrencyRates::parseRate(QStringLiteral("7.1234")) == 7123400);
    CHECK(*CurrencyRates::parseRate(QStringLiteral("0.048")) == 48000);
    CHECK(CurrencyRates::rateText(7123400) == QStringLiteral("7.1234"));
    CHECK(CurrencyRates::rateText(7000000) == QStringLiteral("7.00"));
    for (const char *bad : {"0", "-1", "abc", "1.2345678", "1e3", "100000.01", ""}) {
        INFO(bad);
        CHECK_FALSE(CurrencyRates::parseRate(QString::fromLatin1(bad)).ok());
    }
    TestDb t;
    CurrencyRates rates(*t.session);
    CHECK(*rates.baseCurrency() == QStringLiteral("CNY"));
    REQUIRE(rates.set(rate("USD", "7.0", QDate(2026, 1, 1))).ok());
    REQUIRE(rates.set(rate("USD", "7.2", QDate(2026, 3, 1))).ok());
    CHECK_FALSE(rates.set(rate("CNY", "1", QDate(2026, 1, 1))).ok());   // the base has no rate
    CHECK_FALSE(rates.set(CurrencyRate{QStringLiteral("US"), 1000000, QDate(2026, 1, 1)}).ok());
    CHECK_FALSE(rates.set(CurrencyRate{QStringLiteral("EUR"), 1000000, QDate()}).ok());
    CHECK_FALSE(rates.rateOn(QStringLiteral("USD"), QDate(2025, 12, 31))->has_value());
    CHECK((*rates.rateOn(QStringLiteral("USD"), QDate(2026, 2, 28)))->rateMicros == 7000000);
    CHECK((*rates.rateOn(QStringLiteral("USD"), QDate(2026, 3, 1)))->rateMicros == 7200000);
    // Setting the same currency and day again replaces the rate.
    REQUIRE(rates.set(rate("USD", "7.25", QDate(2026, 3, 1))).ok());
    CHECK(rates.list()->size() == 2);
    CHECK((*rates.rateOn(QStringLiteral("USD"), QDate(2026, 6, 1)))->rateMicros == 7250000);
    REQUIRE(rates.remove(QStringLiteral("USD"), QDate(2026, 3, 1)).ok());
    CHECK((*rates.rateOn(QStringLiteral("USD"), QDate(2026, 6, 1)))->rateMicros == 7000000);
}

TEST_CASE("Conversion rounds half up to the base's hundredth, JPY and USD alike", "[currency]")
{
    // Every currency is kept in hundredths (Money): ¥1,000 (JPY) is 100000.
    CHECK(CurrencyRates::convertMinor(100000, 48000) == 4800);            // ¥1,000 at 0.048 = 48.00 CNY
    CHECK(CurrencyRates::convertMinor(1, 7123400) == 7);                  // $0.01 = 0.071234 -> 0.07
    CHECK(CurrencyRates::convertMinor(7, 500000) == 4);                   // 0.035 -> 0.04 (half up)
    CHECK(CurrencyRates::convertMinor(999999999999999, 7123400) == 7123399999999993);   // exact near the largest amount
    TestDb t;
    CurrencyRates rates(*t.session);
    REQUIRE(rates.set(rate("JPY", "0.048", QDate(2026, 1, 1))).ok());
    REQUIRE(rates.set(rate("USD", "7.1234", QDate(2026, 1, 1))).ok());
    CHECK(*rates.convert(100000, QStringLiteral("JPY"), QDate(2026, 3, 1)) == 4800);
    CHECK(*rates.convert(12345, QStringLiteral("USD"), QDate(2026, 3, 1)) == 87938);   // $123.45 = ¥879.38 (879.3837)
    CHECK(*rates.convert(12345, QStringLiteral("CNY"), QDate(2026, 3, 1)) == 12345);
    auto missing = rates.convert(100, QStringLiteral("EUR"), QDate(2026, 3, 1));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == QStringLiteral("No rate for EUR on 2026-03-01: add one in Tools › Currency Rates."));
    // A new base currency does not read the old rates as rates to it.
    REQUIRE(rates.setBaseCurrency(QStringLiteral("usd")).ok());
    CHECK(*rates.baseCurrency() == QStringLiteral("USD"));
    CHECK(rates.list()->isEmpty());
    CHECK_FALSE(rates.convert(100, QStringLiteral("JPY"), QDate(2026, 3, 1)).ok());
}

TEST_CASE("A CSV of rates is imported whole or not at all, errors by line", "[currency]")
{
    TestDb t;
    CurrencyRates rates(*t.session);
    const QString good = writeFile(t, QByteArray("币种,汇率,生效日期\nUSD,7.1234,2026-01-01\nJPY,0.048,2026/2/1\n"));
    auto n = CurrencyRateImport::importFile(*t.session, good);
    REQUIRE(n.ok());
    CHECK(*n == 2);
    CHECK(rates.list()->size() == 2);

    const QString bad = writeFile(t, QByteArray("currency,rate,valid_from\nEUR,7.8,2026-01-01\nHK,0.9,2026-01-01\n"
                                                "GBP,-1,2026-01-01\nCHF,8.1,someday\n"));
    auto refused = CurrencyRateImport::importFile(*t.session, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("line 3")));
    CHECK(refused.error().message.contains(QStringLiteral("line 4")));
    CHECK(refused.error().message.contains(QStringLiteral("line 5")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("line 2")));
    CHECK(rates.list()->size() == 2);   // EUR on line 2 was good, but nothing was written

    const QString noColumns = writeFile(t, QByteArray("name,value\nUSD,7\n"));
    CHECK_FALSE(CurrencyRateImport::importFile(*t.session, noColumns).ok());
}

TEST_CASE("Funnel totals and the forecast sum in the base currency and name deals without a rate", "[currency][deals]")
{
    TestDb t;   // today is 2026-03-15
    DealStore store(*t.session);
    REQUIRE(CurrencyRates(*t.session).set(rate("USD", "7.0", QDate(2026, 1, 1))).ok());
    const qint64 c = customer(*t.session);
    const qint64 proposal = stageByCode(store, QStringLiteral("proposal"));   // 50 %
    auto add = [&](qint64 minor, const char *currency, QDate close) {
        Deal d;
        d.customerId = c;
        d.title = QString::fromLatin1(currency);
        d.amountMinor = minor;
        d.currency = QString::fromLatin1(currency);
        d.stageId = proposal;
        d.expectedClose = close;
        REQUIRE(store.create(d).ok());
    };
    add(100000, "CNY", QDate(2026, 3, 20));
    add(10000, "USD", QDate(2026, 3, 25));   // $100 = ¥700
    add(5000, "EUR", QDate(2026, 3, 28));    // no rate
    auto totals = store.totals(0);
    REQUIRE(totals.ok());
    REQUIRE(totals->size() == 1);
    CHECK(totals->at(0).count == 3);
    CHECK(totals->at(0).amountMinor == 170000);
    auto conversion = store.totalsConversion(0);
    REQUIRE(conversion.ok());
    REQUIRE(conversion->used.size() == 1);
    CHECK(conversion->used.at(0).rate.rateMicros == 7000000);
    REQUIRE(conversion->missing.size() == 1);
    CHECK(conversion->missing.at(0).currency == QStringLiteral("EUR"));
    CHECK(conversion->missing.at(0).records == 1);
    const QStringList lines = CurrencyRates::describe(*conversion, ConvertedRecords::Deals);
    CHECK(lines.contains(QStringLiteral("Rate: USD → CNY 7.00 from 2026-01-01")));
    CHECK(lines.last().startsWith(QStringLiteral("1 deal(s) in EUR due 2026-03-28, not counted: no rate")));

    auto f = store.forecast(0, 1);
    REQUIRE(f.ok());
    CHECK(f->at(0).deals == 2);
    CHECK(f->at(0).pipelineMinor == 170000);
    CHECK(f->at(0).weightedMinor == 85000);
    CHECK(store.forecastConversion(0, 1)->missing.size() == 1);
}

TEST_CASE("Purchases and the trend report convert at each order's date and list the rates used", "[currency][sales]")
{
    TestDb t;
    CurrencyRates rates(*t.session);
    REQUIRE(rates.set(rate("USD", "7.0", QDate(2026, 1, 1))).ok());
    REQUIRE(rates.set(rate("USD", "7.5", QDate(2026, 2, 1))).ok());
    const qint64 c = customer(*t.session);
    order(*t.session, c, QStringLiteral("SO-1"), QDate(2026, 1, 10), 100000, QStringLiteral("CNY"));
    order(*t.session, c, QStringLiteral("SO-2"), QDate(2026, 1, 20), 10000, QStringLiteral("USD"));   // ¥700
    order(*t.session, c, QStringLiteral("SO-3"), QDate(2026, 2, 5), 10000, QStringLiteral("USD"));    // ¥750
    order(*t.session, c, QStringLiteral("SO-4"), QDate(2025, 12, 5), 10000, QStringLiteral("USD"));   // before any rate
    auto p = AnalyticsStore(*t.session).purchases(PurchaseWindow{});
    REQUIRE(p.ok());
    REQUIRE(p->size() == 1);
    CHECK(p->at(0).monetary == 245000);
    CHECK(p->at(0).orders == 3);
    // The customer's purchases, as the customer panel shows them.
    auto summary = OrderStore(*t.session).summary(c);
    REQUIRE(summary.ok());
    CHECK(summary->count == 4);
    CHECK(summary->totalMinor == 245000);
    CHECK(summary->withoutRate == 1);
    CHECK(OrderStore(*t.session).summaryConversion(c)->missing.at(0).lastDate == QDate(2025, 12, 5));
    // One currency chosen: its own amounts, not converted.
    auto usd = AnalyticsStore(*t.session).purchases(PurchaseWindow{{}, {}, QStringLiteral("USD")});
    CHECK(usd->at(0).monetary == 30000);

    SalesFilter filter;
    filter.from = QDate(2025, 12, 1);
    filter.to = QDate(2026, 2, 28);
    auto trend = TrendAnalysis::run(*t.session, filter);
    REQUIRE(trend.ok());
    CHECK(trend->revenueMinor == 245000);
    CHECK(trend->orders == 4);
    CHECK(trend->filterLines.contains(QStringLiteral("Rate: USD → CNY 7.00 from 2026-01-01")));
    CHECK(trend->filterLines.contains(QStringLiteral("Rate: USD → CNY 7.50 from 2026-02-01")));
    bool named = false;
    for (const QString &line : trend->filterLines)
        named = named || line.startsWith(QStringLiteral("1 order(s) in USD dated 2025-12-05, not counted"));
    CHECK(named);
    CHECK(TrendAnalysis::toReport(*trend).currency == QStringLiteral("CNY"));

    auto missing = rates.missingRates();
    REQUIRE(missing.ok());
    REQUIRE(missing->size() == 1);
    CHECK(missing->at(0).currency == QStringLiteral("USD"));
    CHECK(missing->at(0).firstDate == QDate(2025, 12, 5));
}

TEST_CASE("Receivables add up what is owed in the base currency and name the orders without a rate", "[currency][sales]")
{
    TestDb t;
    REQUIRE(CurrencyRates(*t.session).set(rate("USD", "7.0", QDate(2026, 1, 1))).ok());
    const qint64 c = customer(*t.session);
    const auto owed = OrderStatus::Signed;   // nothing paid yet
    order(*t.session, c, QStringLiteral("SO-1"), QDate(2026, 3, 1), 100000, QStringLiteral("CNY"), owed);
    order(*t.session, c, QStringLiteral("SO-2"), QDate(2026, 3, 2), 10000, QStringLiteral("USD"), owed);    // ¥700
    order(*t.session, c, QStringLiteral("SO-3"), QDate(2025, 12, 1), 10000, QStringLiteral("USD"), owed);   // no rate
    auto r = Receivables::run(*t.session, SalesFilter{});
    REQUIRE(r.ok());
    CHECK(r->totalMinor == 170000);
    CHECK(r->orders.size() == 2);
    CHECK(r->filterLines.contains(QStringLiteral("Rate: USD → CNY 7.00 from 2026-01-01")));
    bool named = false;
    for (const QString &line : r->filterLines)
        named = named || line.startsWith(QStringLiteral("1 order(s) in USD dated 2025-12-01, not counted"));
    CHECK(named);
    CHECK(Receivables::toReport(*r).currency == QStringLiteral("CNY"));
    SalesFilter usd;
    usd.currency = QStringLiteral("USD");
    CHECK(Receivables::run(*t.session, usd)->totalMinor == 20000);
}

TEST_CASE("Each order takes its own currency's rate, never another currency's newer one", "[currency][sales]")
{
    TestDb t;
    CurrencyRates rates(*t.session);
    REQUIRE(rates.set(rate("USD", "7.10", QDate(2026, 1, 1))).ok());
    REQUIRE(rates.set(rate("JPY", "0.048", QDate(2026, 3, 1))).ok());
    const qint64 c = customer(*t.session);
    order(*t.session, c, QStringLiteral("SO-1"), QDate(2026, 3, 15), 10000, QStringLiteral("USD"));   // ¥710
    order(*t.session, c, QStringLiteral("SO-2"), QDate(2026, 3, 15), 10000, QStringLiteral("HKD"));   // no rate
    auto summary = OrderStore(*t.session).summary(c);
    REQUIRE(summary.ok());
    CHECK(summary->count == 2);
    CHECK(summary->totalMinor == 71000);
    CHECK(summary->withoutRate == 1);
    auto p = AnalyticsStore(*t.session).purchases(PurchaseWindow{});
    REQUIRE(p.ok());
    REQUIRE(p->size() == 1);
    CHECK(p->at(0).monetary == 71000);
    CHECK(p->at(0).orders == 1);
}

TEST_CASE("Conversion of the largest amounts at the largest rates neither overflows nor wraps", "[currency]")
{
    // 10^13 minor units at 90,000: 9 × 10^17, exact.
    CHECK(CurrencyRates::convertMinor(10000000000000LL, 90000 * CurrencyRates::microsPerUnit)
          == 900000000000000000LL);
    // Beyond what a sum could hold: clamped, still positive.
    const qint64 huge = CurrencyRates::convertMinor(Money::maxMinor, CurrencyRates::maxRateMicros);
    CHECK(huge > 0);
    CHECK(huge == std::numeric_limits<qint64>::max() / 8);
}
