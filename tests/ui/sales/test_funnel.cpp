// The funnel board: a card dragged to another stage moves the deal, the
// column headers follow, and Ctrl+Z moves it back.
#include "clicklink.h"
#include "sales/dealdialog.h"
#include "sales/funnelpage.h"
#include "widgets/messagebar.h"
#include "mainwindow.h"
#include "sales/dealcolumnmodel.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"
#include "testwindow.h"

#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;

namespace {
struct AddedDeal {
    Deal deal;
    qint64 id;
};

// A company, 华信科技, with one deal in the first stage: ERP 升级 for ¥120,000.
AddedDeal addDeal(Session &session)
{
    Customer c;
    c.name = QStringLiteral("华信科技");
    c.kind = CustomerKind::Company;
    Deal d;
    d.customerId = *CustomerStore(session).create(c);
    d.title = QStringLiteral("ERP 升级");
    d.amountMinor = 12000000;
    const qint64 id = *DealStore(session).create(d);
    return {d, id};
}
} // namespace

TEST_CASE("Dragging a deal card to another stage moves it, and undo moves it back", "[gui][funnel]")
{
    guanxi::test::TestWindow window(QStringLiteral("funnel.guanxi"));
    MainWindow &w = window.w;
    Session &session = window.session();
    const auto [d, dealId] = addDeal(session);

    auto *page = w.findChild<FunnelPage *>();
    REQUIRE(page);
    page->show();
    QApplication::processEvents();
    const QList<DealColumnModel *> columns = page->columns();
    REQUIRE(columns.size() == 6);
    DealColumnModel *from = columns.at(0);
    DealColumnModel *to = columns.at(2); // proposal
    while (from->canFetchMore({}))
        from->fetchMore({});
    REQUIRE(from->rowCount() == 1);
    CHECK(from->total() == 1);

    // Drop the card's drag data on the third column.
    std::unique_ptr<QMimeData> mime(from->mimeData({from->index(0)}));
    QListView *target = page->columnView(2);
    const QPoint at = target->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);

    CHECK(DealStore(session).get(dealId)->stageId == to->stage().id);
    CHECK(to->total() == 1);
    CHECK(from->total() == 0);
    CHECK(page->findChild<QLabel *>(QStringLiteral("stageHeader%1").arg(to->stage().id))->text().contains(QStringLiteral("1")));
    auto history = DealStore(session).stageHistory(dealId);
    REQUIRE(history->size() == 2);

    QTest::keySequence(&w, QKeySequence::Undo);
    CHECK(DealStore(session).get(dealId)->stageId == from->stage().id);
    CHECK(from->total() == 1);
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    CHECK(DealStore(session).get(dealId)->stageId == to->stage().id);
}

TEST_CASE("The deal dialog shows what is wrong under each field and saves nothing until it is right", "[gui][funnel]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("dealdialog.guanxi")), true).ok());
    Session &session = *w.session();
    Customer c;
    c.name = QStringLiteral("华信科技");
    c.kind = CustomerKind::Company;
    const qint64 customerId = *CustomerStore(session).create(c);

    DealDialog d(session, customerId, &w);
    d.show();
    auto *title = d.findChild<QLineEdit *>(QStringLiteral("dealTitleEdit"));
    auto *amount = d.findChild<QLineEdit *>(QStringLiteral("dealAmountEdit"));
    auto *save = d.findChild<QPushButton *>(QStringLiteral("saveDealButton"));
    REQUIRE(title);
    REQUIRE(amount);
    REQUIRE(save);
    amount->setText(QStringLiteral("十万"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(d.isVisible());
    auto *amountError = d.findChild<QLabel *>(QStringLiteral("deal_amountError"));
    REQUIRE(amountError);
    CHECK(amountError->isVisible());
    CHECK_FALSE(amountError->text().isEmpty());
    CHECK(d.dealId() == 0);
    CHECK(DealStore(session).forCustomer(customerId)->isEmpty());

    // Amount fixed, title still empty: the amount's message goes, the title's comes.
    amount->setText(QStringLiteral("100000"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(d.isVisible());
    CHECK_FALSE(amountError->isVisible());
    CHECK(d.findChild<QLabel *>(QStringLiteral("deal_titleError"))->isVisible());
    CHECK(DealStore(session).forCustomer(customerId)->isEmpty());

    title->setText(QStringLiteral("ERP 升级"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(d.isVisible());
    REQUIRE(d.dealId() != 0);
    auto deals = DealStore(session).forCustomer(customerId);
    REQUIRE(deals->size() == 1);
    CHECK(deals->first().title == QStringLiteral("ERP 升级"));
    CHECK(deals->first().amountMinor == 10000000);
}

TEST_CASE("Won! The message bar's link creates the order from the deal when clicked", "[gui][funnel]")
{
    guanxi::test::TestWindow window(QStringLiteral("won.guanxi"), QSize(1366, 768));
    MainWindow &w = window.w;
    Session &session = window.session();
    const auto [d, dealId] = addDeal(session);

    auto *page = w.findChild<FunnelPage *>();
    REQUIRE(page);
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_5));
    REQUIRE(page->isVisible());
    qint64 won = 0;
    for (DealColumnModel *m : page->columns())
        if (m->stage().kind == StageKind::Won)
            won = m->stage().id;
    REQUIRE(won != 0);
    REQUIRE(page->moveDeals({dealId}, won));

    auto *bar = page->findChild<MessageBar *>();
    REQUIRE(bar);
    REQUIRE(bar->isVisible());
    CHECK(OrderStore(session).forCustomer(d.customerId)->isEmpty());
    REQUIRE(guanxi::test::clickLink(bar->findChild<QLabel *>(), QStringLiteral("order")));
    auto orders = OrderStore(session).forCustomer(d.customerId);
    REQUIRE(orders);
    CHECK(orders->size() == 1);
    CHECK(bar->text().contains(QStringLiteral("Orders")));
}
