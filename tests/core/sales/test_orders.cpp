// Orders (商务过程): line totals in fen with overflow refused, discounts,
// quote -> contract -> order, payments and the outstanding balance, and CSV
// import that is all or nothing.
#include "corehelpers.h"

#include "exchange/orderimport.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"

#include <QStringEncoder>

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 addCustomer(Session &s, const QString &name, const QString &phone = {}, const QString &email = {})
{
    Customer c;
    c.name = name;
    if (!phone.isEmpty())
        c.phones << Phone{QString(), phone, QString()};
    if (!email.isEmpty())
        c.emails << Email{QString(), email};
    auto id = CustomerStore(s).create(c);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("Order totals come from the lines in fen, and bad figures are refused", "[orders]")
{
    Order o;
    o.lines << OrderLine{0, QStringLiteral("ERP licence"), 3, 1999900, 99900, 0}
            << OrderLine{0, QStringLiteral("Training"), 2, 50000, 0, 0};
    o.discountMinor = 1000;
    REQUIRE(Orders::computeTotals(o).ok());
    CHECK(o.lines.at(0).totalMinor == 3 * 1999900 - 99900);
    CHECK(o.totalMinor == 3 * 1999900 - 99900 + 100000 - 1000);

    Order huge;
    huge.lines << OrderLine{0, QStringLiteral("x"), std::numeric_limits<qint64>::max() / 2, 100, 0, 0};
    CHECK_FALSE(Orders::computeTotals(huge).ok());
    Order negative;
    negative.lines << OrderLine{0, QStringLiteral("x"), 1, -5, 0, 0};
    CHECK_FALSE(Orders::computeTotals(negative).ok());
    Order tooMuchOff;
    tooMuchOff.lines << OrderLine{0, QStringLiteral("x"), 1, 100, 200, 0};
    CHECK(Orders::computeTotals(tooMuchOff).error().message.contains(QStringLiteral("discount")));
    Order noDescription;
    noDescription.lines << OrderLine{0, QStringLiteral("  "), 1, 100, 0, 0};
    CHECK_FALSE(Orders::computeTotals(noDescription).ok());
}

TEST_CASE("A quote becomes a contract and an order, payments settle it", "[orders]")
{
    TestDb t;
    OrderStore orders(*t.session);
    Order o;
    o.customerId = addCustomer(*t.session, QStringLiteral("华信科技"));
    o.kind = OrderKind::Quote;
    o.number = *orders.nextNumber(OrderKind::Quote);
    CHECK(o.number == QStringLiteral("QT-2026-00001"));
    o.orderDate = t.session->today();
    o.lines << OrderLine{0, QStringLiteral("ERP"), 1, 100000, 0, 0};
    const qint64 id = *orders.create(o);
    CHECK_FALSE(orders.addPayment(id, Payment{}).ok());
    REQUIRE(orders.advance(id).ok());
    CHECK(orders.get(id)->kind == OrderKind::Contract);
    REQUIRE(orders.advance(id).ok());
    CHECK(orders.get(id)->kind == OrderKind::Order);
    CHECK_FALSE(orders.advance(id).ok());

    Payment p;
    p.amountMinor = 40000;
    REQUIRE(orders.addPayment(id, p).ok());
    CHECK(orders.get(id)->outstandingMinor() == 60000);
    p.amountMinor = 60001;
    auto over = orders.addPayment(id, p);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message.contains(QStringLiteral("600.00")));
    p.paidOn = t.session->today().addDays(1);
    p.amountMinor = 100;
    CHECK(orders.addPayment(id, p).error().field == QStringLiteral("paid_on"));
    p.paidOn = QDate();
    p.amountMinor = 60000;
    REQUIRE(orders.addPayment(id, p).ok());
    auto paid = orders.get(id);
    CHECK(paid->status == OrderStatus::Paid);
    CHECK(paid->outstandingMinor() == 0);
    CHECK(orders.payments(id)->size() == 2);
    OrderListQuery unpaid;
    unpaid.unpaidOnly = true;
    CHECK(*orders.count(unpaid) == 0);
}

TEST_CASE("A won deal becomes a draft order with its amount", "[orders][deals]")
{
    TestDb t;
    Deal d;
    d.customerId = addCustomer(*t.session, QStringLiteral("李娜"));
    d.title = QStringLiteral("CRM rollout");
    d.products = QStringLiteral("CRM 50 seats");
    d.amountMinor = 5000000;
    const qint64 deal = *DealStore(*t.session).create(d);
    auto id = OrderStore(*t.session).createFromDeal(deal);
    REQUIRE(id.ok());
    auto o = OrderStore(*t.session).get(*id);
    CHECK(o->dealId == deal);
    CHECK(o->status == OrderStatus::Draft);
    CHECK(o->totalMinor == 5000000);
    CHECK(o->lines.first().description == QStringLiteral("CRM 50 seats"));
}

TEST_CASE("Orders import from CSV is all or nothing", "[orders][import]")
{
    TestDb t;
    const qint64 zhang = addCustomer(*t.session, QStringLiteral("张伟"), QStringLiteral("138 1234 5678"), QStringLiteral("zw@example.com"));
    addCustomer(*t.session, QStringLiteral("李娜"));
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    writeFile(good, QByteArray("\xEF\xBB\xBF") + QStringLiteral(
        "订单号,客户,日期,金额,状态\n"
        "SO-1,张伟,2026/03/01,\"1,200.50\",已回款\n"
        "SO-2,13812345678,2026-03-05,300,signed\n"
        "SO-3,zw@example.com,2026-03-09,99.9,已取消\n"
        "SO-4,%1,2026.03.10,10,paid\n").arg(zhang).toUtf8());
    OrderImportOptions options;
    options.dryRun = true;
    auto dry = OrderImport::run(*t.session, good, options);
    REQUIRE(dry.ok());
    CHECK(dry->problems.isEmpty());
    CHECK(dry->rows == 4);
    CHECK(countRows(*t.db, QStringLiteral("orders")) == 0);
    options.dryRun = false;
    auto done = OrderImport::run(*t.session, good, options);
    REQUIRE(done.ok());
    CHECK(done->created == 4);
    CHECK(done->encoding == QStringLiteral("UTF-8"));
    CHECK(countRows(*t.db, QStringLiteral("orders"), QStringLiteral("customer_id = %1").arg(zhang)) == 4);
    CHECK(countRows(*t.db, QStringLiteral("orders"), QStringLiteral("total_minor = 120050 AND status = 'paid'")) == 1);

    SECTION("one bad row and nothing is written; every problem is listed with its line")
    {
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        writeFile(bad, QByteArray("number,customer,date,amount,status\n"
                                  "X1,李娜,2026-03-01,5,paid\n"
                                  "X2,王五,2026-13-01,-5,whatever\n"
                                  "X1,李娜,2026-03-01,5,paid\n"
                                  "SO-1,李娜,2026-03-01,5,paid\n"));
        const qint64 before = countRows(*t.db, QStringLiteral("orders"));
        auto r = OrderImport::run(*t.session, bad, {});
        REQUIRE(r.ok());
        CHECK(countRows(*t.db, QStringLiteral("orders")) == before);
        QStringList seen;
        for (const ImportProblem &p : r->problems)
            seen << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
        CHECK(seen == QStringList{QStringLiteral("3:date"), QStringLiteral("3:amount"), QStringLiteral("3:status"),
                                  QStringLiteral("3:customer"), QStringLiteral("4:number"), QStringLiteral("5:number")});
    }

    SECTION("unknown customers are created when asked, once per name; GB18030 files are read")
    {
        const QString gbk = dir.filePath(QStringLiteral("gbk.csv"));
        QStringEncoder toGb("GB18030");
        writeFile(gbk, toGb(QStringLiteral("订单号,客户,日期,金额,状态\nG1,王五,2026-03-01,5,已签约\nG2,王五,2026-03-02,6,已签约\n")));
        OrderImportOptions create;
        create.createCustomers = true;
        auto r = OrderImport::run(*t.session, gbk, create);
        REQUIRE(r.ok());
        CHECK(r->problems.isEmpty());
        CHECK(r->encoding == QStringLiteral("GB18030"));
        CHECK(r->customersCreated == 1);
        CHECK(CustomerStore(*t.session).findByName(QStringLiteral("王五"))->size() == 1);
    }

    SECTION("a file without the needed columns is refused with what is missing")
    {
        const QString headless = dir.filePath(QStringLiteral("headless.csv"));
        writeFile(headless, QByteArray("a,b\n1,2\n"));
        auto r = OrderImport::run(*t.session, headless, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("order number")));
    }
}

TEST_CASE("Order import checks currencies and never makes a customer out of a phone number", "[orders][import]")
{
    TestDb t;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("c.csv"));
    writeFile(csv, QStringLiteral("number,customer,date,amount,status,currency\n"
                                  "A1,新客户,2026-03-01,5,paid,人民币\n"
                                  "A2,+86 138-0013-8000,2026-03-01,5,paid,CNY\n"
                                  "A3,新客户,2026-03-01,5,paid,元宝\n")
                       .toUtf8());
    OrderImportOptions create;
    create.createCustomers = true;
    create.dryRun = true;
    auto r = OrderImport::run(*t.session, csv, create);
    REQUIRE(r.ok());
    QStringList seen;
    for (const ImportProblem &p : r->problems)
        seen << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
    CHECK(seen == QStringList{QStringLiteral("3:customer"), QStringLiteral("4:currency")});
}
