// The customer panel for someone who is not an administrator (issue 16): a
// pool customer's phone masked, no e-mail, and "Reveal Numbers" only for a
// role that may reveal them, which shows them in full and is logged.
#include "../../core/customers/customeraccessfixture.h"

#include "customers/customerpanel.h"
#include "platform/auditstore.h"

#include <QApplication>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

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

TEST_CASE("Restore This Value on a history row puts the field's earlier value back", "[gui][customers][history]")
{
    TeamFile f;
    CustomerStore store(f.session());
    Customer c = store.get(f.lisCustomer).value();
    c.city = QStringLiteral("宁波");
    REQUIRE(store.update(c).ok());
    ui::CustomerPanel panel(f.session());
    panel.resize(700, 500);
    panel.show();
    panel.showCustomer(f.lisCustomer);
    auto *history = panel.findChild<QTableWidget *>(QStringLiteral("historyTable"));
    REQUIRE(history);
    int row = -1;
    for (int r = 0; r < history->rowCount(); ++r)
        if (history->item(r, 3)->text().contains(QStringLiteral("宁波")))
            row = r;
    REQUIRE(row >= 0);

    bool offered = false;
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        poll.stop();
        if (auto *restore = menu->findChild<QAction *>(QStringLiteral("restoreValueAction"))) {
            offered = true;
            restore->trigger();
        }
        menu->close();
    });
    poll.start();
    emit history->customContextMenuRequested(history->visualItemRect(history->item(row, 0)).center());
    poll.stop();
    REQUIRE(offered);
    CHECK(store.get(f.lisCustomer).value().city == QStringLiteral("杭州"));
    CHECK(history->item(0, 3)->text().contains(QStringLiteral("杭州")));
}
