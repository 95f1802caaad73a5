// The Today page as a salesperson starts the day: overdue and due follow-ups
// listed, Ctrl+L logs one through the form, snooze moves one to later.
#include "customers/customerspage.h"
#include "activities/dashboardstrip.h"
#include "activities/followupdialog.h"
#include "mainwindow.h"
#include "activities/todaypage.h"
#include "dialogs.h"
#include "testwindow.h"
#include "typing.h"
#include "activities/todaymodel.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "activities/followupstore.h"
#include "team/userstore.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <functional>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::answerDialog;
using guanxi::test::child;

TEST_CASE("The Today page lists due follow-ups, Ctrl+L logs one and it leaves the list", "[gui][today]")
{
    guanxi::test::TestWindow window(QStringLiteral("today.guanxi"));
    MainWindow &w = window.w;
    Session &session = *w.session();
    const QDate today = session.today();
    for (auto [name, days] : {std::pair{QStringLiteral("欠跟进客户"), -2}, std::pair{QStringLiteral("今天的客户"), 0},
                              std::pair{QStringLiteral("Next Week Co"), 5}}) {
        Customer c;
        c.name = name;
        c.nextFollowUp = today.addDays(days);
        REQUIRE(CustomerStore(session).create(c).ok());
    }
    w.showToday();
    TodayPage *page = w.todayPage();
    REQUIRE(page->isVisible());
    TodayModel *model = page->model();
    CHECK(model->count(TodayModel::Overdue) == 1);
    CHECK(model->count(TodayModel::DueToday) == 1);
    CHECK(model->count(TodayModel::Upcoming) == 1);
    CHECK(page->findChild<QLabel *>(QStringLiteral("todaySummary"))->text().contains(QStringLiteral("1")));
    // The first overdue follow-up is selected, ready for Ctrl+L.
    REQUIRE(page->currentCustomerId() != 0);

    answerDialog<FollowUpDialog>(
        [page] {
            page->view()->setFocus();
            QTest::keySequence(page->view(), QKeySequence(Qt::CTRL | Qt::Key_L));
        },
        [](FollowUpDialog *d) {
            // Saving an empty summary shows the error under the field and keeps the form open.
            QTest::mouseClick(child<QPushButton>(d, "saveFollowUpButton"), Qt::LeftButton);
            CHECK(d->isVisible());
            CHECK(child<QLabel>(d, "summaryError")->isVisible());
            auto *summary = child<QPlainTextEdit>(d, "summaryEdit");
            summary->setFocus();
            guanxi::test::typeText(summary, QStringLiteral("called, sent the quote"));
            QTest::mouseClick(child<QPushButton>(d, "saveFollowUpButton"), Qt::LeftButton);
        });
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    // Logged without a next date: the overdue one is done.
    CHECK(model->count(TodayModel::Overdue) == 0);
    CHECK(model->pending() == 1);

    // Snooze today's one for a week: nothing is due now.
    page->view()->setCurrentIndex(model->index(0, 0, model->index(TodayModel::DueToday, 0)));
    page->snooze(7);
    CHECK(model->pending() == 0);
    CHECK(model->count(TodayModel::Upcoming) == 2);
}

namespace {
// Logs a follow-up through the form that `open` opens.
void logThroughForm(const std::function<void()> &open, const QString &summary)
{
    answerDialog<FollowUpDialog>(open, [summary](FollowUpDialog *d) {
        auto *edit = child<QPlainTextEdit>(d, "summaryEdit");
        edit->setFocus();
        guanxi::test::typeText(edit, summary);
        QTest::mouseClick(child<QPushButton>(d, "saveFollowUpButton"), Qt::LeftButton);
    });
    REQUIRE(QApplication::activeModalWidget() == nullptr);
}

// Logs a follow-up on the Today page's current row through the form (Ctrl+L).
void logThroughForm(TodayPage *page, const QString &summary)
{
    logThroughForm(
        [page] {
            page->view()->setFocus();
            QTest::keySequence(page->view(), QKeySequence(Qt::CTRL | Qt::Key_L));
        },
        summary);
    // The window is active again once the form has closed (offscreen, say so).
    QApplication::setActiveWindow(page->window());
    REQUIRE(QTest::qWaitForWindowActive(page->window()));
}

QAction *undoAction(MainWindow &w)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (a->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
            return a;
    return nullptr;
}
} // namespace

TEST_CASE("Logging a follow-up and snoozing one are undone with Ctrl+Z and redone with Ctrl+Shift+Z", "[gui][today]")
{
    guanxi::test::TestWindow window(QStringLiteral("undo.guanxi"));
    MainWindow &w = window.w;
    Session &session = *w.session();
    const QDate today = session.today();
    Customer c;
    c.name = QStringLiteral("欠跟进客户");
    c.nextFollowUp = today.addDays(-2);
    const qint64 id = *CustomerStore(session).create(c);
    w.showToday();
    TodayPage *page = w.todayPage();
    TodayModel *model = page->model();
    REQUIRE(model->count(TodayModel::Overdue) == 1);
    QAction *undo = undoAction(w);
    REQUIRE(undo);
    CHECK_FALSE(undo->isEnabled());

    logThroughForm(page, QStringLiteral("called, sent the quote"));
    CHECK(model->count(TodayModel::Overdue) == 0);
    CHECK(FollowUpStore(session).forCustomer(id)->size() == 1);
    REQUIRE(undo->isEnabled());

    QTest::keySequence(&w, QKeySequence::Undo);
    CHECK(model->count(TodayModel::Overdue) == 1);
    CHECK(FollowUpStore(session).forCustomer(id)->isEmpty());
    auto back = CustomerStore(session).get(id);
    REQUIRE(back);
    CHECK(back->nextFollowUp == today.addDays(-2));

    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    CHECK(model->count(TodayModel::Overdue) == 0);
    CHECK(FollowUpStore(session).forCustomer(id)->size() == 1);
    QTest::keySequence(&w, QKeySequence::Undo);
    REQUIRE(model->count(TodayModel::Overdue) == 1);

    // Snooze the overdue one for a week, then take it back.
    page->view()->setCurrentIndex(model->index(0, 0, model->index(TodayModel::Overdue, 0)));
    page->snooze(7);
    CHECK(model->count(TodayModel::Overdue) == 0);
    CHECK(model->count(TodayModel::Upcoming) == 1);
    REQUIRE(undo->isEnabled());
    QTest::keySequence(&w, QKeySequence::Undo);
    CHECK(model->count(TodayModel::Overdue) == 1);
    CHECK(CustomerStore(session).get(id)->nextFollowUp == today.addDays(-2));
}

TEST_CASE("The dashboard says whose figures it shows and follows a logged follow-up", "[gui][today]")
{
    guanxi::test::TestWindow window(QStringLiteral("cards.guanxi"));
    MainWindow &w = window.w;
    Session &session = *w.session();
    const QDate today = session.today();
    // Two overdue follow-ups: one the user's, one a colleague's.
    User colleague;
    colleague.login = QStringLiteral("wangfang");
    colleague.displayName = QStringLiteral("王芳");
    colleague.role = Role::Sales;
    const qint64 colleagueId = *UserStore(session).create(colleague);
    for (auto [name, owner] : {std::pair{QStringLiteral("我的客户"), session.userId()},
                               std::pair{QStringLiteral("同事的客户"), colleagueId}}) {
        Customer c;
        c.name = name;
        c.ownerId = owner;
        c.nextFollowUp = today.addDays(-3);
        REQUIRE(CustomerStore(session).create(c).ok());
    }
    w.showToday();
    TodayPage *page = w.todayPage();
    DashboardStrip *strip = page->dashboard();
    QSignalSpy refreshed(strip, &DashboardStrip::refreshed);
    if (refreshed.isEmpty())
        REQUIRE(refreshed.wait(10000));
    auto *overdueCard = strip->findChild<QToolButton *>(QStringLiteral("kpi5"));
    REQUIRE(overdueCard);
    // The administrator's cards are the team's, the list below is theirs.
    CHECK(overdueCard->text().endsWith(QStringLiteral("\n2")));
    CHECK(overdueCard->text().contains(QStringLiteral("team")));
    CHECK(strip->findChild<QLabel *>(QStringLiteral("dashboardScope"))->text().contains(QStringLiteral("team")));
    CHECK(page->findChild<QLabel *>(QStringLiteral("todaySummary"))->text().startsWith(QStringLiteral("Your follow-ups: 1 overdue")));

    refreshed.clear();
    logThroughForm(page, QStringLiteral("visited"));
    CHECK(page->model()->count(TodayModel::Overdue) == 0);
    REQUIRE(refreshed.wait(10000));
    CHECK(overdueCard->text().endsWith(QStringLiteral("\n1")));
}

TEST_CASE("A follow-up logged from the customer list is undone with Ctrl+Z too", "[gui][today]")
{
    guanxi::test::TestWindow window(QStringLiteral("undo-list.guanxi"));
    MainWindow &w = window.w;
    Session &session = *w.session();
    Customer c;
    c.name = QStringLiteral("王芳");
    c.nextFollowUp = session.today().addDays(-1);
    const qint64 id = *CustomerStore(session).create(c);
    w.showCustomers();
    w.customersPage()->selectCustomer(id);
    logThroughForm([&w] { w.customersPage()->logFollowUp(); }, QStringLiteral("visited the factory"));
    REQUIRE(FollowUpStore(session).forCustomer(id)->size() == 1);
    CHECK_FALSE(CustomerStore(session).get(id)->nextFollowUp.isValid());
    window.activate();
    QTest::keySequence(&w, QKeySequence::Undo);
    CHECK(FollowUpStore(session).forCustomer(id)->isEmpty());
    CHECK(CustomerStore(session).get(id)->nextFollowUp == session.today().addDays(-1));
}
