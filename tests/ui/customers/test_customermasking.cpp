// The customer panel for someone who is not an administrator (issue 16): a
// pool customer's phone masked, no e-mail, and "Reveal Numbers" only for a
// role that may reveal them, which shows them in full and is logged.
#include "../../core/customers/customeraccessfixture.h"

#include "customers/customerpanel.h"
#include "platform/auditstore.h"

#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::test;

namespace {
QString details(ui::CustomerPanel &panel)
{
    for (QTextBrowser *b : panel.findChildren<QTextBrowser *>())
        return b->toPlainText();
    return {};
}
} // namespace

TEST_CASE("The panel masks a pool customer's number and offers to reveal it only with the permission",
          "[gui][customers][masking]")
{
    TeamFile f;
    ui::CustomerPanel panel(f.session());
    panel.resize(700, 500);
    panel.show();
    auto *reveal = panel.findChild<QPushButton *>(QStringLiteral("panelRevealButton"));
    REQUIRE(reveal);

    f.as(f.li); // a salesperson: masked, and no way to reveal
    panel.showCustomer(f.poolCustomer);
    CHECK(details(panel).contains(QStringLiteral("137****5678")));
    CHECK_FALSE(details(panel).contains(QStringLiteral("13712345678")));
    CHECK_FALSE(details(panel).contains(QStringLiteral("zs@example.cn")));
    CHECK_FALSE(reveal->isVisible());
    panel.showCustomer(f.lisCustomer); // their own: in full
    CHECK(details(panel).contains(QStringLiteral("13812345678")));
    CHECK_FALSE(reveal->isVisible());

    f.as(f.boss); // a manager may reveal
    panel.showCustomer(f.poolCustomer);
    CHECK(details(panel).contains(QStringLiteral("137****5678")));
    REQUIRE(reveal->isVisible());
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(details(panel).contains(QStringLiteral("13712345678")));
    CHECK_FALSE(reveal->isVisible());

    f.asAdmin();
    AuditStore::Filter filter;
    filter.action = AuditAction::PhoneRevealed;
    auto events = AuditStore(f.session()).list(filter).value();
    REQUIRE(events.size() == 1);
    CHECK(events.first().userId == f.boss);
    CHECK(events.first().entityId == f.poolCustomer);
}
