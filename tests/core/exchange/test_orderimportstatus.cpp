// Orders from a file without a status column (a shop's export: number,
// customer, date, amount): the user chooses the status they get, or the
// file is refused and says what to do.
#include "corehelpers.h"

#include "customers/customerstore.h"
#include "exchange/importsource.h"
#include "exchange/orderimport.h"
#include "sales/orderstore.h"

using namespace guanxi;

namespace {
// A database with the customer 陈明, and the file `name` holding `text`.
QString withFile(test::TestDb &t, const QString &name, const QString &text)
{
    Customer c;
    c.name = QStringLiteral("陈明");
    REQUIRE(CustomerStore(*t.session).create(c).ok());
    const QString path = t.dir.filePath(name);
    test::writeFile(path, text.toUtf8());
    return path;
}
} // namespace

TEST_CASE("A shop export without a status column imports with the status chosen for it, paid ones settled",
          "[import][orders][status]")
{
    test::TestDb t;
    const QString path = withFile(t, QStringLiteral("店铺订单.csv"),
                                  QStringLiteral("订单编号,客户,下单时间,实付金额\n"
                                                 "S-1,陈明,2026-03-01,128.00\n"
                                                 "S-2,陈明,2026-03-05,59.90\n"));

    // Without a chosen status: refused, saying what to do, nothing written.
    auto refused = OrderImport::run(*t.session, path, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("has no status column")));
    CHECK(refused.error().message.contains(QStringLiteral("--status paid")));
    CHECK(refused.error().message.contains(QStringLiteral("店铺订单.csv")));
    CHECK(test::countRows(t.session->db(), QStringLiteral("orders")) == 0);
    CHECK(test::countRows(t.session->db(), QStringLiteral("import_batches")) == 0);

    // Chosen paid: paid orders, each settled for its whole amount as a paid
    // row of a file with a status column is.
    OrderImportOptions options;
    options.defaultStatus = OrderStatus::Paid;
    auto done = OrderImport::run(*t.session, path, options);
    REQUIRE(done.ok());
    CHECK(done->problems.isEmpty());
    CHECK(done->created == 2);
    OrderStore orders(*t.session);
    for (const auto &[number, minor] : {std::pair{"S-1", 12800}, std::pair{"S-2", 5990}}) {
        INFO(number);
        auto order = orders.get(*orders.findByNumber(QString::fromLatin1(number)));
        REQUIRE(order.ok());
        CHECK(order->status == OrderStatus::Paid);
        CHECK(order->totalMinor == minor);
        CHECK(order->paidMinor == minor);
        CHECK(order->outstandingMinor() == 0);
    }
}

TEST_CASE("The chosen status fills empty status cells and leaves the written ones", "[import][orders][status]")
{
    test::TestDb t;
    const QString path = withFile(t, QStringLiteral("orders.csv"),
                                  QStringLiteral("order_no,customer,ordered_at,total,status\n"
                                                 "E-1,陈明,2026-03-01,100,\n"
                                                 "E-2,陈明,2026-03-02,100,cancelled\n"));
    // Without a choice an empty cell is a problem of its row: nothing lands.
    auto refused = OrderImport::run(*t.session, path, {});
    REQUIRE(refused.ok());
    REQUIRE(refused->problems.size() == 1);
    CHECK(refused->problems.first().record == 1);
    CHECK(refused->problems.first().reason.contains(QStringLiteral("the status is empty")));
    CHECK(refused->created == 0);
    CHECK(test::countRows(t.session->db(), QStringLiteral("orders")) == 0);

    OrderImportOptions options;
    options.defaultStatus = OrderStatus::Signed;
    auto done = OrderImport::run(*t.session, path, options);
    REQUIRE(done.ok());
    CHECK(done->created == 2);
    OrderStore orders(*t.session);
    const auto e1 = orders.get(*orders.findByNumber(QStringLiteral("E-1")));
    CHECK(e1->status == OrderStatus::Signed);
    CHECK(e1->paidMinor == 0);
    CHECK(e1->outstandingMinor() == 10000);
    CHECK(orders.get(*orders.findByNumber(QStringLiteral("E-2")))->status == OrderStatus::Cancelled);
}

TEST_CASE("A customer an order import adds with a number it cannot verify is listed for checking",
          "[import][orders][phone]")
{
    test::TestDb t;
    const QString path = withFile(t, QStringLiteral("orders.csv"),
                                  QStringLiteral("订单编号,客户,手机,下单时间,实付金额,订单状态\n"
                                                 "S-1,王小明,801,2026-03-01,128.00,已付款\n"
                                                 "S-2,李娜,138 1234 5678,2026-03-05,59.90,已付款\n"));
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    OrderImportOptions options;
    options.createCustomers = true;
    auto report = OrderImport(*t.session, **source, options).run();
    REQUIRE(report.ok());
    CHECK(report->created == 2);
    CHECK(report->customersCreated == 2);
    REQUIRE(report->warnings.size() == 1);
    CHECK(report->warnings.first().line == 2);
    CHECK(report->warnings.first().column == QStringLiteral("手机"));
    CHECK(report->warnings.first().value == QStringLiteral("801"));
    CHECK(report->warnings.first().reason.contains(QStringLiteral("801")));
}
