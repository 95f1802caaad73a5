// Deals and the funnel: amounts without floating point, stage moves kept with
// their time, won/lost closing a deal, stages in use refusing removal, the
// weighted forecast, stale deals, and board columns that load lazily.
#include "corehelpers.h"

#include "sales/dealcolumnmodel.h"
#include "customers/customerstore.h"
#include "platform/db/transaction.h"
#include "sales/dealstore.h"
#include "text/money.h"

#include <QAbstractItemModelTester>
#include <QMimeData>

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 customer(Session &s)
{
    Customer c;
    c.name = QStringLiteral("华信科技有限公司");
    c.kind = CustomerKind::Company;
    return *CustomerStore(s).create(c);
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
} // namespace

TEST_CASE("Amounts are parsed to fen without floating point", "[deals][money]")
{
    CHECK(*Money::parse(QStringLiteral("12,345.67")) == 1234567);
    CHECK(*Money::parse(QStringLiteral("¥ 1 000")) == 100000);
    CHECK(*Money::parse(QStringLiteral("０.５")) == 50);
    CHECK(*Money::parse(QStringLiteral("100元")) == 10000);
    CHECK(*Money::parse(QStringLiteral("0.1")) == 10);
    CHECK(*Money::parse(QStringLiteral("9999999999999.99")) == 999999999999999);
    for (const char *bad : {"-5", "1.234", "abc", "", "1e5", "10000000000000.01", "99999999999999999999"}) {
        INFO(bad);
        CHECK_FALSE(Money::parse(QString::fromLatin1(bad)).ok());
    }
    CHECK(Money::plain(1234567) == QStringLiteral("12345.67"));
    CHECK(Money::plain(5) == QStringLiteral("0.05"));
    // For reading (report headers): grouped as the locale writes numbers.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(Money::grouped(526721600) == QStringLiteral("5,267,216.00"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(Money::grouped(-123456789) == QStringLiteral("-1.234.567,89"));
    QLocale::setDefault(before);
}

TEST_CASE("A deal moves through the funnel and its history is kept", "[deals]")
{
    TestDb t;
    DealStore store(*t.session);
    Deal d;
    d.customerId = customer(*t.session);
    d.title = QStringLiteral("ERP 升级");
    d.amountMinor = 12000000;
    d.expectedClose = t.session->today().addDays(20);
    auto id = store.create(d);
    REQUIRE(id.ok());
    const qint64 first = stageByCode(store, QStringLiteral("first_contact"));
    CHECK(store.get(*id)->stageId == first);

    t.clock.set(t.clock.nowUtc().addDays(2));
    REQUIRE(store.move(*id, stageByCode(store, QStringLiteral("proposal"))).ok());
    t.clock.set(t.clock.nowUtc().addDays(3));
    auto noReason = store.move(*id, stageByCode(store, QStringLiteral("lost")));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("lost_reason"));
    REQUIRE(store.move(*id, stageByCode(store, QStringLiteral("lost")), QStringLiteral("价格")).ok());
    auto lost = store.get(*id);
    CHECK(lost->lostReason == QStringLiteral("价格"));
    CHECK(lost->closedAt == t.clock.nowUtc());

    auto history = store.stageHistory(*id);
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).fromStageId == 0);
    CHECK(history->at(1).at == fixedNow().addDays(2));
    CHECK(history->at(2).toStageId == stageByCode(store, QStringLiteral("lost")));

    // Reopened, it is open again and the reason is gone.
    REQUIRE(store.move(*id, stageByCode(store, QStringLiteral("negotiation"))).ok());
    CHECK_FALSE(store.get(*id)->closedAt.isValid());
    CHECK(store.get(*id)->lostReason.isEmpty());
}

TEST_CASE("Bad deals and stage changes are refused and nothing is half-written", "[deals]")
{
    TestDb t;
    DealStore store(*t.session);
    const qint64 c = customer(*t.session);
    const qint64 deals = countRows(*t.db, QStringLiteral("deals"));
    Deal d;
    d.customerId = c;
    d.title = QStringLiteral("x");
    d.amountMinor = -1;
    CHECK(store.create(d).error().field == QStringLiteral("amount"));
    d.amountMinor = Money::maxMinor + 1;
    CHECK(store.create(d).error().field == QStringLiteral("amount"));
    d.amountMinor = 100;
    d.title.clear();
    CHECK(store.create(d).error().field == QStringLiteral("title"));
    d.title = QStringLiteral("x");
    d.customerId = 424242;
    CHECK(store.create(d).error().field == QStringLiteral("customer"));
    CHECK(countRows(*t.db, QStringLiteral("deals")) == deals);
    CHECK(countRows(*t.db, QStringLiteral("deal_stage_history")) == 0);

    // A stage with deals cannot be removed; an empty one can.
    d.customerId = c;
    const qint64 id = *store.create(d);
    const qint64 stage = store.get(id)->stageId;
    auto refused = store.removeStage(stage);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("1")));
    DealStage extra;
    extra.name = QStringLiteral("Trial");
    extra.probability = 60;
    const qint64 trial = *store.addStage(extra);
    auto stages = *store.stages();
    CHECK(stages.at(stages.size() - 3).id == trial); // before won and lost
    CHECK(store.removeStage(trial).ok());
    CHECK_FALSE(store.removeStage(stageByCode(store, QStringLiteral("won"))).ok());
}

TEST_CASE("The forecast weighs open deals by probability per expected month", "[deals]")
{
    TestDb t; // today is 2026-03-15
    DealStore store(*t.session);
    const qint64 c = customer(*t.session);
    auto add = [&](const QString &code, qint64 yuan, QDate close, int probability = -1) {
        Deal d;
        d.customerId = c;
        d.title = code;
        d.amountMinor = yuan * 100;
        d.stageId = stageByCode(store, code);
        d.expectedClose = close;
        d.probability = probability;
        REQUIRE(store.create(d).ok());
    };
    add(QStringLiteral("proposal"), 100000, QDate(2026, 3, 31));          // 50 %
    add(QStringLiteral("negotiation"), 10000, QDate(2026, 3, 1));         // 70 %
    add(QStringLiteral("first_contact"), 3333, QDate(2026, 4, 10), 33);   // overridden: 33 %
    add(QStringLiteral("won"), 500000, QDate(2026, 3, 20));               // closed: not in the forecast
    auto f = store.forecast(0, 3);
    REQUIRE(f.ok());
    REQUIRE(f->size() == 3);
    CHECK(f->at(0).month == QDate(2026, 3, 1));
    CHECK(f->at(0).deals == 2);
    CHECK(f->at(0).pipelineMinor == 11000000);
    CHECK(f->at(0).weightedMinor == 5000000 + 700000);
    CHECK(f->at(1).weightedMinor == (333300 * 33 + 50) / 100);
    CHECK(f->at(2).deals == 0);
}

TEST_CASE("A board column loads lazily and passes the model tester", "[deals][model]")
{
    TestDb t;
    DealStore store(*t.session);
    const qint64 c = customer(*t.session);
    const qint64 first = stageByCode(store, QStringLiteral("first_contact"));
    {
        Transaction tx(*t.db);
        REQUIRE(tx.begin().ok());
        for (int i = 0; i < 120; ++i) {
            Deal d;
            d.customerId = c;
            d.title = QStringLiteral("Deal %1").arg(i);
            d.amountMinor = 100;
            t.clock.set(fixedNow().addSecs(i)); // later deals are more recent
            REQUIRE(store.create(d).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    DealStage stage = (*store.stages()).first();
    DealColumnModel model(*t.session, stage);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    if (model.rowCount() == 0 && model.canFetchMore({}))
        model.fetchMore({}); // what a view does when it is shown
    CHECK(model.rowCount() == DealColumnModel::batch);
    CHECK(model.index(0).data().toString() == QStringLiteral("Deal 119")); // most recently active first
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    CHECK(model.rowCount() == 120);
    CHECK_FALSE(model.canFetchMore({}));
    // Drag data carries the ids.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0), model.index(5)}));
    const QList<qint64> ids = DealColumnModel::idsFrom(mime.get());
    CHECK(ids == QList<qint64>{model.index(0).data(DealColumnModel::IdRole).toLongLong(),
                               model.index(5).data(DealColumnModel::IdRole).toLongLong()});
    CHECK(first == stage.id);

    SECTION("a deal without activity for two weeks is stale")
    {
        t.clock.set(fixedNow().addDays(DealStore::staleDays).addSecs(60));
        model.reload();
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.index(model.rowCount() - 1).data(DealColumnModel::StaleRole).toBool());
        REQUIRE(store.move(ids.first(), stageByCode(store, QStringLiteral("proposal"))).ok());
        CHECK_FALSE(store.get(ids.first())->stale);
    }
}

TEST_CASE("Undoing a move puts the deal back as it was, dates included", "[deals]")
{
    TestDb t;
    DealStore store(*t.session);
    Deal d;
    d.customerId = customer(*t.session);
    d.title = QStringLiteral("won in March");
    d.amountMinor = 100;
    const qint64 id = *store.create(d);
    REQUIRE(store.move(id, stageByCode(store, QStringLiteral("won"))).ok());
    const Deal won = *store.get(id);
    t.clock.set(fixedNow().addDays(60));
    REQUIRE(store.move(id, stageByCode(store, QStringLiteral("lost")), QStringLiteral("oops")).ok());
    REQUIRE(store.restoreStage(won).ok());
    const Deal back = *store.get(id);
    CHECK(back.stageId == won.stageId);
    CHECK(back.closedAt == won.closedAt); // still closed in March
    CHECK(back.lostReason.isEmpty());
    CHECK(back.lastActivityAt == won.lastActivityAt);
    CHECK(store.stageHistory(id)->size() == 4); // created, won, lost, back to won
}
