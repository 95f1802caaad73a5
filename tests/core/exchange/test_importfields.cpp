// The import field tables: every field the mapping page offers has a way into
// the record, and guessing reads the same table the labels come from.
#include "corehelpers.h"

#include "exchange/customerfields.h"
#include "exchange/customerrow.h"
#include "exchange/headermatch.h"
#include "exchange/importrevert.h"
#include "exchange/importsource.h"
#include "sales/orderstore.h"
#include "customers/customerstore.h"
#include "exchange/leadimport.h"
#include "exchange/orderimport.h"

using namespace guanxi;

namespace {
QString writeCsv(test::TestDb &t, const QString &name, const QString &text)
{
    const QString path = t.dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}
} // namespace

TEST_CASE("Every customer field the mapping offers fills a customer", "[import][seams]")
{
    const QList<ImportField> fields = CustomerFields::all({});
    REQUIRE(fields.size() > 20);
    for (const ImportField &f : fields) {
        INFO(f.key.toStdString());
        CHECK(CustomerRowReader::applies(f.key));
        CHECK_FALSE(f.label.isEmpty());
    }
    CHECK_FALSE(CustomerRowReader::applies(QStringLiteral("campaign")));
    CHECK(CustomerRowReader::applies(QStringLiteral("custom:3")));
}

TEST_CASE("Guessing maps headers through the field table, strong patterns before weak ones", "[import][seams]")
{
    const QStringList header = {QStringLiteral("Title"), QStringLiteral("Job Title"), QStringLiteral("客户ID"),
                                QStringLiteral("ID"), QStringLiteral("手机"), QStringLiteral("Status")};
    const QStringList keys = CustomerFields::guess(header, {});
    CHECK(keys == QStringList{QString(), QStringLiteral("job_title"), QString(), QStringLiteral("id"),
                              QStringLiteral("phone"), QStringLiteral("stage")});
    // Leads take their own fields from the same guess, and drop the rest.
    const QStringList leadKeys = LeadImport::guess({QStringLiteral("姓名"), QStringLiteral("意向产品"),
                                                    QStringLiteral("生日")});
    CHECK(leadKeys == QStringList{QStringLiteral("name"), QStringLiteral("product"), QString()});
    for (const ImportField &f : LeadImport::fields())
        CHECK(LeadImport::fieldKeys().contains(f.key));
}

TEST_CASE("Orders take a column mapping like customers and leads", "[import][orders][seams]")
{
    test::TestDb t;
    Customer c;
    c.name = QStringLiteral("陈明");
    REQUIRE(CustomerStore(*t.session).create(c).ok());
    const QString path = writeCsv(t, QStringLiteral("orders.csv"),
                                  QStringLiteral("Ref,Client,When,Sum,State,Notes\nA-1,陈明,2026-03-01,120.50,paid,x\n"));

    // Headers no guess knows: refused with what is missing...
    CHECK(OrderImport::guess({QStringLiteral("Ref"), QStringLiteral("订单号"), QStringLiteral("金额")})
          == QStringList{QString(), QStringLiteral("number"), QStringLiteral("amount")});
    auto refused = OrderImport::run(*t.session, path, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("order number")));
    // ...a field orders do not have is named...
    OrderImportOptions wrong;
    wrong.mapping = {QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("date"),
                     QStringLiteral("amount"), QStringLiteral("status"), QStringLiteral("tags")};
    auto bad = OrderImport::run(*t.session, path, wrong);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("“tags”")));
    // ...and mapped by hand they import.
    OrderImportOptions mapped;
    mapped.mapping = {QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("date"),
                      QStringLiteral("amount"), QStringLiteral("status")};
    auto done = OrderImport::run(*t.session, path, mapped);
    REQUIRE(done.ok());
    CHECK(done->problems.isEmpty());
    CHECK(done->created == 1);
    CHECK(test::countRows(t.session->db(), QStringLiteral("orders"), QStringLiteral("number = 'A-1' AND total_minor = 12050")) == 1);
    CHECK(OrderImport::fields().size() == 8);
}

TEST_CASE("Order headers from shops, CRMs and spreadsheets are guessed without a mapping", "[import][orders][seams]")
{
    CHECK(HeaderMatch::normalised(QStringLiteral("Order_No.")) == QStringLiteral("orderno"));
    CHECK(HeaderMatch::normalised(QStringLiteral("实付金额（元）")) == QStringLiteral("实付金额元"));
    const QStringList english = {QStringLiteral("order_no"), QStringLiteral("Customer"), QStringLiteral("ordered_at"),
                                 QStringLiteral("total"), QStringLiteral("Status"), QStringLiteral("Currency")};
    CHECK(OrderImport::guess(english) == QStringList{QStringLiteral("number"), QStringLiteral("customer"),
                                                     QStringLiteral("date"), QStringLiteral("amount"),
                                                     QStringLiteral("status"), QStringLiteral("currency")});
    const QStringList shop = {QStringLiteral("订单编号"), QStringLiteral("买家会员名"), QStringLiteral("收货人手机"),
                              QStringLiteral("下单时间"), QStringLiteral("实付金额"), QStringLiteral("订单状态"),
                              QStringLiteral("币种"), QStringLiteral("商品标题")};
    CHECK(OrderImport::guess(shop) == QStringList{QStringLiteral("number"), QStringLiteral("customer"),
                                                  QStringLiteral("customer_phone"), QStringLiteral("date"),
                                                  QStringLiteral("amount"), QStringLiteral("status"),
                                                  QStringLiteral("currency"), QString()});
    const QStringList other = {QStringLiteral("Order Number"), QStringLiteral("Order Date"),
                               QStringLiteral("Amount"), QStringLiteral("Buyer Email"), QStringLiteral("订单号"),
                               QStringLiteral("成交金额")};
    // One column a field: the first that fits; the later ones are left alone.
    CHECK(OrderImport::guess(other) == QStringList{QStringLiteral("number"), QStringLiteral("date"),
                                                   QStringLiteral("amount"), QStringLiteral("customer_email"),
                                                   QString(), QString()});
    for (const char *header : {"单号", "Order ID", "订单号"})
        CHECK(OrderImport::guess({QString::fromUtf8(header)}) == QStringList{QStringLiteral("number")});
    for (const char *header : {"order_date", "下单日期", "成交日期", "付款时间", "Order Date"})
        CHECK(OrderImport::guess({QString::fromUtf8(header)}) == QStringList{QStringLiteral("date")});
    for (const char *header : {"Total", "订单金额", "金额", "应付金额", "实付金额(元)"})
        CHECK(OrderImport::guess({QString::fromUtf8(header)}) == QStringList{QStringLiteral("amount")});
    for (const char *header : {"客户", "客户名称", "买家", "收货人", "buyer"})
        CHECK(OrderImport::guess({QString::fromUtf8(header)}) == QStringList{QStringLiteral("customer")});
}

TEST_CASE("Lead headers in Chinese and English are guessed like customers'", "[import][leads][seams]")
{
    const QStringList chinese = {QStringLiteral("姓名"), QStringLiteral("公司"), QStringLiteral("手机"),
                                 QStringLiteral("邮箱"), QStringLiteral("来源"), QStringLiteral("活动"),
                                 QStringLiteral("产品兴趣"), QStringLiteral("城市"), QStringLiteral("省份"),
                                 QStringLiteral("备注"), QStringLiteral("职务"), QStringLiteral("负责人")};
    CHECK(LeadImport::guess(chinese)
          == QStringList{QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("phone"),
                         QStringLiteral("email"), QStringLiteral("source"), QStringLiteral("campaign"),
                         QStringLiteral("product"), QStringLiteral("city"), QStringLiteral("province"),
                         QStringLiteral("notes"), QStringLiteral("job_title"), QStringLiteral("owner")});
    const QStringList english = {QStringLiteral("Full Name"), QStringLiteral("Company Name"),
                                 QStringLiteral("Mobile Phone"), QStringLiteral("E-mail Address"),
                                 QStringLiteral("Lead Source"), QStringLiteral("Campaign Name"),
                                 QStringLiteral("Product Interest"), QStringLiteral("意向产品"),
                                 QStringLiteral("Comments"), QStringLiteral("Message")};
    CHECK(LeadImport::guess(english)
          == QStringList{QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("phone"),
                         QStringLiteral("email"), QStringLiteral("source"), QStringLiteral("campaign"),
                         QStringLiteral("product"), QString(), QStringLiteral("notes"), QStringLiteral("notes")});
    // A customer file's headers a lead list may share (Google's, Outlook's)
    // come from the customers' guess.
    CHECK(LeadImport::guess({QStringLiteral("Given Name"), QStringLiteral("Phone 1 - Value"),
                             QStringLiteral("Organization 1 - Name")})
          == QStringList{QString(), QStringLiteral("phone"), QStringLiteral("company")});
}

TEST_CASE("An order file's statuses as shops write them, and its customers by their phone columns",
          "[import][orders][seams]")
{
    test::TestDb t;
    Customer c;
    c.name = QStringLiteral("陈明");
    Phone phone;
    phone.raw = QStringLiteral("13812345678");
    c.phones << phone;
    const qint64 chen = *CustomerStore(*t.session).create(c);
    const QString path = writeCsv(t, QStringLiteral("shop.csv"),
                                  QStringLiteral("订单编号,买家会员名,收货人手机,下单时间,实付金额,订单状态\n"
                                                 "T1,chen_ming88,138 1234 5678,2026-03-01 10:12:00,¥128.00,交易成功\n"
                                                 "T2,chen_ming88,13812345678,2026-03-02 11:00:00,99,卖家已发货\n"
                                                 "T3,小王,13900001111,2026-03-03 09:30:00,59.90,交易关闭\n"
                                                 "T4,小王,13900001111,2026-03-04 09:30:00,10,等待买家付款\n"));
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    OrderImportOptions options;
    options.createCustomers = true;
    auto r = OrderImport(*t.session, **source, options).run();
    REQUIRE(r.ok());
    INFO((r->problems.isEmpty() ? QString() : r->problems.first().reason).toStdString());
    CHECK(r->rejected == 0);
    CHECK(r->created == 4);
    CHECK(r->customersCreated == 1);   // 小王 once, with the phone of the row
    CHECK(r->batchId > 0);
    const auto status = [&](const char *number) {
        auto id = OrderStore(*t.session).findByNumber(QString::fromLatin1(number));
        return Orders::statusCode(OrderStore(*t.session).get(*id)->status);
    };
    CHECK(status("T1") == QStringLiteral("paid"));
    CHECK(status("T2") == QStringLiteral("delivered"));
    CHECK(status("T3") == QStringLiteral("cancelled"));
    CHECK(status("T4") == QStringLiteral("signed"));
    CHECK(test::countRows(t.session->db(), QStringLiteral("orders"),
                          QStringLiteral("customer_id = %1 AND total_minor = 12800").arg(chen)) == 1);
    auto wang = CustomerStore(*t.session).findByName(QStringLiteral("小王"));
    REQUIRE(wang->size() == 1);
    CHECK(CustomerStore(*t.session).get(wang->first())->phones.value(0).raw == QStringLiteral("13900001111"));
    CHECK(test::countRows(t.session->db(), QStringLiteral("import_batches"), QStringLiteral("entity = 'order'")) == 1);
    // A header and no rows: refused, and no empty batch in the history.
    const QString empty = writeCsv(t, QStringLiteral("empty.csv"),
                                   QStringLiteral("订单编号,买家会员名,下单时间,实付金额,订单状态\n"));
    auto none = OrderImport::run(*t.session, empty, {});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("has no orders below its header")));
    CHECK(test::countRows(t.session->db(), QStringLiteral("import_batches"), QStringLiteral("entity = 'order'")) == 1);
}

TEST_CASE("Reverting an order import cancels its orders, but for those paid since", "[import][orders][revert]")
{
    test::TestDb t;
    Customer c;
    c.name = QStringLiteral("陈明");
    REQUIRE(CustomerStore(*t.session).create(c).ok());
    const QString path = writeCsv(t, QStringLiteral("orders.csv"),
                                  QStringLiteral("订单号,客户,日期,金额,状态\nA-1,陈明,2026-03-01,100,已回款\n"
                                                 "A-2,陈明,2026-03-02,50,已签约\nA-3,陈明,2026-03-03,70,已签约\n"));
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    auto r = OrderImport(*t.session, **source, {}).run();
    REQUIRE(r.ok());
    REQUIRE(r->written);
    OrderStore orders(*t.session);
    const qint64 a3 = *orders.findByNumber(QStringLiteral("A-3"));
    Payment p;
    p.paidOn = QDate(2026, 3, 10);
    p.amountMinor = 2000;
    REQUIRE(orders.addPayment(a3, p).ok());   // money received since: A-3 stays

    auto reverted = ImportRevert::run(*t.session, r->batchId);
    REQUIRE(reverted.ok());
    CHECK(reverted->trashed == 2);
    CHECK(reverted->keptPaid == 1);
    CHECK(orders.get(*orders.findByNumber(QStringLiteral("A-1")))->status == OrderStatus::Cancelled);
    CHECK(orders.get(*orders.findByNumber(QStringLiteral("A-2")))->status == OrderStatus::Cancelled);
    CHECK(orders.get(a3)->status == OrderStatus::Signed);
    CHECK(orders.payments(*orders.findByNumber(QStringLiteral("A-1")))->isEmpty());
    CHECK_FALSE(ImportRevert::run(*t.session, r->batchId).ok());   // once only
}
