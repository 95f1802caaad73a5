// Duplicates of a pool customer, as someone who is not an administrator finds
// them: the shared phone masked and the shared e-mail not named in the
// group's reasons (issue 16); an administrator, and the owner of both
// records, read the full key.
#include "customeraccessfixture.h"

#include "customers/duplicatestore.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
// The reasons of the group holding both customers.
QStringList reasonsOf(TeamFile &f, qint64 a, qint64 b)
{
    auto groups = DuplicateStore(f.session()).find();
    REQUIRE(groups.ok());
    for (const DuplicateGroup &g : *groups)
        if (g.ids.contains(a) && g.ids.contains(b))
            return g.reasons;
    FAIL("no group holds customers " << a << " and " << b);
    return {};
}

bool names(const QStringList &reasons, const QString &text)
{
    return reasons.join(u'\n').contains(text);
}
} // namespace

TEST_CASE("Duplicates in the pool name no full phone or e-mail to a salesperson", "[masking][duplicates]")
{
    TeamFile f;
    // Shares the pool customer's phone and e-mail.
    const qint64 twin = f.add(QStringLiteral("张三丰"), 0, QStringLiteral("137 1234 5678"), QStringLiteral("ZS@example.cn"));

    f.as(f.li);
    const QStringList shown = reasonsOf(f, f.poolCustomer, twin);
    CHECK(shown.contains(QStringLiteral("Same phone: 137****5678")));
    CHECK(shown.contains(QStringLiteral("Same e-mail")));
    CHECK_FALSE(names(shown, QStringLiteral("12345678")));
    CHECK_FALSE(names(shown, QStringLiteral("zs@example.cn")));

    f.asAdmin();
    const QStringList full = reasonsOf(f, f.poolCustomer, twin);
    CHECK(full.contains(QStringLiteral("Same phone: +8613712345678")));
    CHECK(full.contains(QStringLiteral("Same e-mail: zs@example.cn")));
}

TEST_CASE("One pool record in a group masks its key, and a salesperson's own pair shows it in full",
          "[masking][duplicates]")
{
    TeamFile f;
    // Li's second record of 王小明, and one of Li's sharing the pool's phone.
    const qint64 again = f.add(QStringLiteral("王小明"), f.li, QStringLiteral("13812345678"), {});
    const qint64 withPool = f.add(QStringLiteral("张三"), f.li, QStringLiteral("13712345678"), {});

    f.as(f.li);
    CHECK(reasonsOf(f, f.lisCustomer, again).contains(QStringLiteral("Same phone: +8613812345678")));
    const QStringList mixed = reasonsOf(f, f.poolCustomer, withPool);
    CHECK(mixed.contains(QStringLiteral("Same phone: 137****5678")));
    CHECK_FALSE(names(mixed, QStringLiteral("13712345678")));
}
