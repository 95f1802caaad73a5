// Find Duplicates for someone who is not an administrator (issue 16): two pool
// customers compared side by side with their phones masked and no e-mail,
// while a merge keeps the numbers and addresses as stored.
#include "../../core/customers/customeraccessfixture.h"

#include "customers/duplicatesdialog.h"
#include "customers/duplicatestore.h"

#include <QPushButton>
#include <QRadioButton>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::test;
using namespace guanxi::ui;

namespace {
// Every value the comparison shows, one per line.
QString compared(DuplicatesDialog &dialog)
{
    QStringList texts;
    for (QRadioButton *b : dialog.findChildren<QRadioButton *>())
        texts << b->text();
    return texts.join(u'\n');
}

QList<DuplicateGroup> groupsOf(TeamFile &f)
{
    auto groups = DuplicateStore(f.session()).find();
    REQUIRE(groups.ok());
    REQUIRE(groups->size() == 1);
    return *groups;
}
} // namespace

TEST_CASE("Find Duplicates compares pool customers masked for a manager and merges them as stored",
          "[gui][customers][masking][duplicates]")
{
    TeamFile f;
    const qint64 twin = f.add(QStringLiteral("张三丰"), 0, QStringLiteral("137 1234 5678"), QStringLiteral("zs3@example.cn"));

    f.asAdmin();
    {
        DuplicatesDialog full(f.session(), groupsOf(f));
        CHECK(compared(full).contains(QStringLiteral("zs3@example.cn")));
    }

    f.as(f.boss);   // a manager: may merge, sees the pool masked
    DuplicatesDialog dialog(f.session(), groupsOf(f));
    dialog.show();
    const QString shown = compared(dialog);
    CHECK(shown.contains(QStringLiteral("137****5678")));
    CHECK_FALSE(shown.contains(QStringLiteral("12345678")));
    CHECK_FALSE(shown.contains(QStringLiteral("1234 5678")));
    CHECK_FALSE(shown.contains(QStringLiteral("@example.cn")));

    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    REQUIRE(merge);
    REQUIRE(merge->isEnabled());
    merge->click();
    f.asAdmin();
    auto kept = CustomerStore(f.session()).get(f.poolCustomer);
    REQUIRE(kept.ok());
    QStringList phones, emails;
    for (const Phone &p : kept->phones)
        phones << p.e164;
    for (const Email &e : kept->emails)
        emails << e.address;
    CHECK(phones.contains(QStringLiteral("+8613712345678")));
    CHECK(emails.contains(QStringLiteral("zs@example.cn")));
    CHECK(emails.contains(QStringLiteral("zs3@example.cn")));
    CHECK(CustomerStore(f.session()).get(twin)->isDeleted());
}
