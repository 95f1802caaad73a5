// Who sees which deals and orders: a salesperson their own, a manager their
// team's, an administrator all. Another's deal or order is not there for
// reading, counting, summing or changing; an order import never attaches to
// a customer the session does not see; the funnel's stages need their
// permission.
#include "../../support/access.h"
#include "corehelpers.h"

#include "customers/customerstore.h"
#include "exchange/orderimport.h"
#include "platform/changelogstore.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"

#include <QTemporaryDir>

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 addCustomer(Session &s, const QString &name, qint64 owner, const QString &phone = {})
{
    Customer c;
    c.name = name;
    c.ownerId = owner;
    if (!phone.isEmpty())
        c.phones << Phone{QString(), phone, QString()};
    auto id = CustomerStore(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

qint64 addDeal(Session &s, qint64 customer, qint64 owner, const QString &title, qint64 amount)
{
    Deal d;
    d.customerId = customer;
    d.ownerId = owner;
    d.title = title;
    d.amountMinor = amount;
    d.expectedClose = s.today().addDays(10);
    auto id = DealStore(s).create(d);
    REQUIRE(id.ok());
    return *id;
}

qint64 addOrder(Session &s, qint64 customer, qint64 owner, const QString &number, qint64 total)
{
    Order o;
    o.number = number;
    o.customerId = customer;
    o.ownerId = owner;
    o.orderDate = s.today();
    o.status = OrderStatus::Signed;
    o.totalMinor = total;
    auto id = OrderStore(s).create(o);
    REQUIRE(id.ok());
    return *id;
}

// Whether creating an order for this customer is refused as not there.
bool addOrderRefused(Session &s, qint64 customer)
{
    Order o;
    o.number = QStringLiteral("SO-X");
    o.customerId = customer;
    o.orderDate = s.today();
    o.totalMinor = 100;
    auto id = OrderStore(s).create(o);
    return !id.ok() && id.error().kind == ErrorKind::NotFound;
}

// East: manager boss with li and zhao; West: wang. Each has a customer with
// a deal and a signed order.
struct Sales {
    TestDb t;
    Session &s = *t.session;
    qint64 admin = s.userId();
    qint64 boss = addUser(s, QStringLiteral("boss"), Role::Manager, QStringLiteral("East"));
    qint64 li = addUser(s, QStringLiteral("li"), Role::Sales, QStringLiteral("East"));
    qint64 zhao = addUser(s, QStringLiteral("zhao"), Role::Sales, QStringLiteral("East"));
    qint64 wang = addUser(s, QStringLiteral("wang"), Role::Sales, QStringLiteral("West"));
    qint64 liCustomer = addCustomer(s, QStringLiteral("李的客户"), li);
    qint64 zhaoCustomer = addCustomer(s, QStringLiteral("赵的客户"), zhao);
    qint64 wangCustomer = addCustomer(s, QStringLiteral("王的客户"), wang, QStringLiteral("139 8765 4321"));
    qint64 liDeal = addDeal(s, liCustomer, li, QStringLiteral("李的商机"), 100000);
    qint64 zhaoDeal = addDeal(s, zhaoCustomer, zhao, QStringLiteral("赵的商机"), 20000);
    qint64 wangDeal = addDeal(s, wangCustomer, wang, QStringLiteral("王的商机"), 3000);
    qint64 liOrder = addOrder(s, liCustomer, li, QStringLiteral("SO-LI"), 50000);
    qint64 zhaoOrder = addOrder(s, zhaoCustomer, zhao, QStringLiteral("SO-ZHAO"), 6000);
    qint64 wangOrder = addOrder(s, wangCustomer, wang, QStringLiteral("SO-WANG"), 700);
};

QStringList titles(const QList<Deal> &deals)
{
    QStringList out;
    for (const Deal &d : deals)
        out << d.title;
    out.sort();
    return out;
}

QStringList numbers(const QList<Order> &orders)
{
    QStringList out;
    for (const Order &o : orders)
        out << o.number;
    out.sort();
    return out;
}

qint64 funnelCount(const QList<StageTotals> &totals, qint64 *amount = nullptr)
{
    qint64 n = 0;
    for (const StageTotals &t : totals) {
        n += t.count;
        if (amount)
            *amount += t.amountMinor;
    }
    return n;
}
} // namespace

TEST_CASE("A salesperson cannot see, count, sum or change another salesperson's deal", "[deals][access]")
{
    Sales x;
    const qint64 firstStage = DealStore(x.s).stages().value().first().id;
    actAs(x.s, x.li);
    DealStore deals(x.s);
    CHECK(titles(deals.column(firstStage, 0, 0, 100).value()) == QStringList{QStringLiteral("李的商机")});
    qint64 amount = 0;
    CHECK(funnelCount(deals.totals(0).value(), &amount) == 1);
    CHECK(amount == 100000);
    CHECK(deals.forecast(0, 3).value().first().deals == 1);
    CHECK(deals.forCustomer(x.wangCustomer).value().isEmpty());
    CHECK(deals.stageHistory(x.wangDeal).value().isEmpty());

    CHECK(deals.get(x.wangDeal).error().kind == ErrorKind::NotFound);
    const qint64 secondStage = deals.stages().value().at(1).id;
    CHECK(deals.move(x.wangDeal, secondStage).error().kind == ErrorKind::NotFound);
    Deal changed;
    changed.id = x.wangDeal;
    changed.customerId = x.wangCustomer;
    changed.title = QStringLiteral("改了");
    CHECK(deals.update(changed).error().kind == ErrorKind::NotFound);
    // Nor a new deal on that customer.
    Deal onTheirs;
    onTheirs.customerId = x.wangCustomer;
    onTheirs.title = QStringLiteral("插一脚");
    CHECK(deals.create(onTheirs).error().kind == ErrorKind::NotFound);
    CHECK(deals.move(x.liDeal, secondStage).ok());
    // Nor give one of li's to another team.
    Deal handedOver = deals.get(x.liDeal).value();
    handedOver.ownerId = x.wang;
    CHECK(deals.update(handedOver).error().field == QStringLiteral("owner"));
    Deal forWang;
    forWang.customerId = x.liCustomer;
    forWang.ownerId = x.wang;
    forWang.title = QStringLiteral("送给王");
    CHECK(deals.create(forWang).error().kind == ErrorKind::Denied);

    actAsEveryone(x.s, x.admin);
    Deal wangs = deals.get(x.wangDeal).value();
    CHECK(wangs.title == QStringLiteral("王的商机"));
    CHECK(wangs.stageId == firstStage);
    CHECK(deals.forCustomer(x.wangCustomer).value().size() == 1);
}

TEST_CASE("Only someone who sees all may leave a deal without an owner, and owner changes are in the deal's history",
          "[deals][access]")
{
    Sales x;
    actAs(x.s, x.li);
    DealStore deals(x.s);
    // No owner would put li's deal, and its amount, before every salesperson.
    Deal unowned = deals.get(x.liDeal).value();
    unowned.ownerId = 0;
    auto refused = deals.update(unowned);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("owner"));
    CHECK(refused.error().message == QStringLiteral("A deal needs an owner: yourself or a member of your team."));
    CHECK(deals.get(x.liDeal).value().ownerId == x.li);
    actAs(x.s, x.wang);
    CHECK(DealStore(x.s).get(x.liDeal).error().kind == ErrorKind::NotFound);

    // The manager hands li's deal to zhao: the history names both.
    actAs(x.s, x.boss);
    Deal toZhao = deals.get(x.liDeal).value();
    toZhao.ownerId = x.zhao;
    REQUIRE(deals.update(toZhao).ok());
    const QList<Change> history = ChangeLogStore(x.s).history(QStringLiteral("deal"), x.liDeal).value();
    CHECK(std::any_of(history.cbegin(), history.cend(), [](const Change &c) {
        return c.field == QStringLiteral("owner") && c.oldValue == QStringLiteral("li")
               && c.newValue == QStringLiteral("zhao");
    }));
    // A hand-over between two people of the same name is a change too.
    User twin;
    twin.login = QStringLiteral("zhao2");
    twin.displayName = QStringLiteral("zhao");
    twin.role = Role::Sales;
    twin.team = QStringLiteral("East");
    actAsEveryone(x.s, x.admin);
    const qint64 otherZhao = UserStore(x.s).create(twin).value();
    actAs(x.s, x.boss);
    Deal toOtherZhao = deals.get(x.liDeal).value();
    toOtherZhao.ownerId = otherZhao;
    REQUIRE(deals.update(toOtherZhao).ok());
    const QList<Change> later = ChangeLogStore(x.s).history(QStringLiteral("deal"), x.liDeal).value();
    CHECK(std::count_if(later.cbegin(), later.cend(),
                        [](const Change &c) { return c.field == QStringLiteral("owner"); })
          == 2);
    Deal managersUnowned = deals.get(x.liDeal).value();
    managersUnowned.ownerId = 0;
    CHECK(deals.update(managersUnowned).error().field == QStringLiteral("owner"));

    actAsEveryone(x.s, x.admin);
    Deal adminsUnowned = deals.get(x.liDeal).value();
    adminsUnowned.ownerId = 0;
    CHECK(deals.update(adminsUnowned).ok());
}

TEST_CASE("A manager's funnel holds the team's deals, an administrator's everyone's", "[deals][access]")
{
    Sales x;
    const qint64 firstStage = DealStore(x.s).stages().value().first().id;
    actAs(x.s, x.boss);
    CHECK(titles(DealStore(x.s).column(firstStage, 0, 0, 100).value())
          == QStringList{QStringLiteral("李的商机"), QStringLiteral("赵的商机")});
    qint64 amount = 0;
    CHECK(funnelCount(DealStore(x.s).totals(0).value(), &amount) == 2);
    CHECK(amount == 120000);
    actAs(x.s, x.admin);
    CHECK(funnelCount(DealStore(x.s).totals(0).value()) == 3);
}

TEST_CASE("Editing the funnel's stages needs the permission to edit stages and channels", "[deals][access]")
{
    Sales x;
    actAs(x.s, x.boss);
    DealStore deals(x.s);
    DealStage stage;
    stage.name = QStringLiteral("演示");
    stage.probability = 40;
    auto added = deals.addStage(stage);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == ErrorKind::Denied);
    CHECK(added.error().field == Permissions::code(Permission::EditStagesChannels));
    DealStage first = deals.stages().value().first();
    const QString before = first.name;
    first.name = QStringLiteral("改名");
    CHECK(deals.updateStage(first).error().kind == ErrorKind::Denied);
    CHECK(deals.removeStage(first.id).error().kind == ErrorKind::Denied);
    CHECK(deals.stages().value().first().name == before);

    actAs(x.s, x.admin);
    CHECK(deals.addStage(stage).ok());
}

TEST_CASE("A salesperson cannot see, count, sum or change another salesperson's order", "[orders][access]")
{
    Sales x;
    actAs(x.s, x.li);
    OrderStore orders(x.s);
    CHECK(numbers(orders.list({}, 0, 100).value()) == QStringList{QStringLiteral("SO-LI")});
    CHECK(orders.count().value() == 1);
    OrderListQuery ofWang;
    ofWang.ownerId = x.wang;
    CHECK(orders.count(ofWang).value() == 0);
    CHECK(orders.forCustomer(x.wangCustomer).value().isEmpty());
    CHECK(orders.summary(x.wangCustomer).value().count == 0);
    const QList<Receivable> owed = orders.receivables({}).value();
    REQUIRE(owed.size() == 1);
    CHECK(owed.first().orderId == x.liOrder);

    CHECK(orders.get(x.wangOrder).error().kind == ErrorKind::NotFound);
    Payment paid;
    paid.paidOn = x.s.today();
    paid.amountMinor = 700;
    CHECK(orders.addPayment(x.wangOrder, paid).error().kind == ErrorKind::NotFound);
    CHECK(orders.writeOff(x.wangOrder, QStringLiteral("bad debt")).error().kind == ErrorKind::NotFound);
    CHECK(orders.setStatus(x.wangOrder, OrderStatus::Cancelled).error().kind == ErrorKind::NotFound);
    Order renamed;
    renamed.id = x.wangOrder;
    renamed.number = QStringLiteral("SO-MINE");
    renamed.orderDate = x.s.today();
    renamed.totalMinor = 700;
    CHECK(orders.update(renamed).error().kind == ErrorKind::NotFound);
    CHECK(addOrderRefused(x.s, x.wangCustomer));
    CHECK(orders.createFromDeal(x.wangDeal).error().kind == ErrorKind::NotFound);

    // Their payments are not there either, for reading or removing.
    actAsEveryone(x.s, x.admin);
    const qint64 payment = orders.addPayment(x.wangOrder, paid).value();
    actAs(x.s, x.li);
    CHECK(orders.payments(x.wangOrder).value().isEmpty());
    CHECK(orders.removePayment(payment).error().kind == ErrorKind::NotFound);

    actAsEveryone(x.s, x.admin);
    const Order wangs = orders.get(x.wangOrder).value();
    CHECK(wangs.number == QStringLiteral("SO-WANG"));
    CHECK(wangs.paidMinor == 700);
    CHECK(orders.count().value() == 3);
}

TEST_CASE("A manager's orders and receivables are the team's", "[orders][access]")
{
    Sales x;
    actAs(x.s, x.boss);
    CHECK(numbers(OrderStore(x.s).list({}, 0, 100).value()) == QStringList{QStringLiteral("SO-LI"), QStringLiteral("SO-ZHAO")});
    CHECK(OrderStore(x.s).receivables({}).value().size() == 2);
    CHECK(OrderStore(x.s).get(x.zhaoOrder).ok());
    CHECK(OrderStore(x.s).get(x.wangOrder).error().kind == ErrorKind::NotFound);
}

TEST_CASE("An order import never attaches an order to a customer the session does not see", "[orders][import][access]")
{
    Sales x;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("orders.csv"));
    writeFile(file, QStringLiteral("订单号,客户,日期,金额,状态\n"
                                   "SO-9,13987654321,2026-03-05,300,signed\n"
                                   "SO-10,王的客户,2026-03-06,400,signed\n")
                        .toUtf8());
    actAs(x.s, x.li);
    auto refused = OrderImport::run(x.s, file, {});
    REQUIRE(refused.ok());
    REQUIRE(refused->problems.size() == 2);
    CHECK(refused->problems.at(0).reason.contains(QStringLiteral("no such customer")));

    // With new customers allowed, the name gets a customer of li's own.
    OrderImportOptions create;
    create.createCustomers = true;
    create.skipInvalid = true;
    auto done = OrderImport::run(x.s, file, create);
    REQUIRE(done.ok());
    CHECK(done->created == 1);
    CHECK(done->customersCreated == 1);

    actAsEveryone(x.s, x.admin);
    CHECK(countRows(*x.t.db, QStringLiteral("orders"), QStringLiteral("customer_id = %1").arg(x.wangCustomer)) == 1);
    CHECK(countRows(*x.t.db, QStringLiteral("customers"),
                    QStringLiteral("name = '王的客户' AND owner_id = %1").arg(x.li))
          == 1);
}
