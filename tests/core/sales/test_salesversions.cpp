// Row versions of deals and orders (issue 17): a save made from what was read
// before someone else's is refused with their changes and writes nothing; a
// move is not undone over a newer change. On SQLite and on PostgreSQL.
#include "corehelpers.h"
#include "seconddesk.h"

#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 aCustomer(Session &s)
{
    Customer c;
    c.name = QStringLiteral("华兴科技");
    c.kind = CustomerKind::Company;
    auto id = CustomerStore(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

qint64 stageByCode(DealStore &store, const QString &code)
{
    const auto stages = store.stages();
    REQUIRE(stages.ok());
    for (const DealStage &s : *stages)
        if (s.code == code)
            return s.id;
    FAIL("no stage " << code.toStdString());
    return 0;
}

qint64 aDeal(Session &s)
{
    Deal d;
    d.customerId = aCustomer(s);
    d.title = QStringLiteral("ERP 升级");
    d.amountMinor = 12000000;
    auto id = DealStore(s).create(d);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("A deal saved by someone else since it was read is not overwritten", "[rowversion][deals]")
{
    TestDb t;
    SecondDesk wang(t, QStringLiteral("wangfang"), QStringLiteral("王芳"));
    DealStore mine(*t.session);
    DealStore theirs(*wang.session);
    const qint64 id = aDeal(*t.session);

    const Deal readByMe = mine.get(id).value();
    Deal wangs = theirs.get(id).value();
    CHECK(readByMe.version == 1);
    wangs.title = QStringLiteral("ERP 升级二期");
    wangs.amountMinor = 15000000;
    REQUIRE(theirs.update(wangs).ok());

    Deal stale = readByMe;
    stale.title = QStringLiteral("我的标题");
    const Status refused = mine.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("王芳")));
    CHECK(refused.error().message.contains(QStringLiteral("ERP 升级二期")));
    CHECK(refused.error().message.contains(QStringLiteral("150000")));
    CHECK(mine.get(id)->title == QStringLiteral("ERP 升级二期"));

    // A move from the stale read is refused too; from the fresh one it works.
    const qint64 proposal = stageByCode(mine, QStringLiteral("proposal"));
    const Status staleMove = mine.move(id, proposal, {}, readByMe.version);
    REQUIRE_FALSE(staleMove.ok());
    CHECK(staleMove.error().kind == ErrorKind::Conflict);
    const Deal fresh = mine.get(id).value();
    CHECK(fresh.version == 2);
    qint64 saved = 0;
    REQUIRE(mine.move(id, proposal, {}, fresh.version, &saved).ok());
    CHECK(saved == 3);
    Deal again = mine.get(id).value();
    again.title = QStringLiteral("我的标题");
    REQUIRE(mine.update(again).ok());
    CHECK(theirs.get(id)->title == QStringLiteral("我的标题"));
}

TEST_CASE("A deal's move is not undone after someone else changed the deal", "[rowversion][deals][undo]")
{
    TestDb t;
    SecondDesk wang(t, QStringLiteral("wangfang"), QStringLiteral("王芳"));
    DealStore mine(*t.session);
    DealStore theirs(*wang.session);
    const qint64 id = aDeal(*t.session);
    const Deal before = mine.get(id).value();
    qint64 afterMove = 0;
    REQUIRE(mine.move(id, stageByCode(mine, QStringLiteral("proposal")), {}, before.version, &afterMove).ok());

    Deal wangs = theirs.get(id).value();
    wangs.amountMinor = 9900000;
    REQUIRE(theirs.update(wangs).ok());

    CHECK(afterMove == before.version + 1);
    const Status undo = mine.restoreStage(before, afterMove);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().kind == ErrorKind::Conflict);
    CHECK(mine.get(id)->stageId == stageByCode(mine, QStringLiteral("proposal")));

    // Without a change in between, the undo goes through.
    qint64 moved = 0;
    const Deal now = mine.get(id).value();
    REQUIRE(mine.move(id, stageByCode(mine, QStringLiteral("negotiation")), {}, now.version, &moved).ok());
    REQUIRE(mine.restoreStage(now, moved).ok());
    CHECK(mine.get(id)->stageId == now.stageId);
}

TEST_CASE("An order saved by someone else since it was read is not overwritten", "[rowversion][orders]")
{
    TestDb t;
    SecondDesk wang(t, QStringLiteral("wangfang"), QStringLiteral("王芳"));
    OrderStore mine(*t.session);
    OrderStore theirs(*wang.session);
    Order o;
    o.customerId = aCustomer(*t.session);
    o.number = *mine.nextNumber(OrderKind::Order);
    o.orderDate = t.session->today();
    o.lines << OrderLine{0, QStringLiteral("ERP"), 1, 500000, 0, 0};
    const qint64 id = mine.create(o).value();

    const Order readByMe = mine.get(id).value();
    CHECK(readByMe.version >= 1);
    Order wangs = theirs.get(id).value();
    wangs.notes = QStringLiteral("客户要求月底发货");
    REQUIRE(theirs.update(wangs).ok());

    Order stale = readByMe;
    stale.notes = QStringLiteral("我的备注");
    const Status refused = mine.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("王芳")));
    CHECK(refused.error().message.contains(QStringLiteral("客户要求月底发货")));
    CHECK(mine.get(id)->notes == QStringLiteral("客户要求月底发货"));

    Order fresh = mine.get(id).value();
    CHECK(fresh.version == readByMe.version + 1);
    fresh.notes = QStringLiteral("我的备注");
    REQUIRE(mine.update(fresh).ok());
    CHECK(theirs.get(id)->notes == QStringLiteral("我的备注"));
}
