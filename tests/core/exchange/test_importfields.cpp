// The import field tables: every field the mapping page offers has a way into
// the record, and guessing reads the same table the labels come from.
#include "corehelpers.h"

#include "exchange/customerfields.h"
#include "exchange/customerrow.h"
#include "exchange/leadimport.h"

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
