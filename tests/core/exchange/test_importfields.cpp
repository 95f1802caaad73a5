// The import field tables: every field the mapping page offers has a way into
// the record, and guessing reads the same table the labels come from.
#include "corehelpers.h"

#include "exchange/customerfields.h"
#include "exchange/customerrow.h"
#include "customers/customerstore.h"
#include "exchange/leadimport.h"
#include "exchange/orderimport.h"

using namespace guanxi;

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
    const QString path = t.dir.filePath(QStringLiteral("orders.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Ref,Client,When,Sum,State,Notes\nA-1,陈明,2026-03-01,120.50,paid,x\n");
    f.close();

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
    CHECK(OrderImport::fields().size() == 6);
}
