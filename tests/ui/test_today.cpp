// The Today page as a salesperson starts the day: overdue and due follow-ups
// listed, Ctrl+L logs one through the form, snooze moves one to later.
#include "followupdialog.h"
#include "mainwindow.h"
#include "todaypage.h"
#include "typing.h"
#include "models/todaymodel.h"
#include "services/session.h"
#include "stores/customerstore.h"
#include "stores/followupstore.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;

TEST_CASE("The Today page lists due follow-ups; Ctrl+L logs one and it leaves the list", "[gui][today]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("today.guanxi"));
    MainWindow w;
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
    REQUIRE(w.openDatabase(path, true).ok());
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

    QTimer::singleShot(0, [] {
        auto *d = qobject_cast<FollowUpDialog *>(QApplication::activeModalWidget());
        REQUIRE(d);
        // Saving an empty summary shows the error under the field and keeps the form open.
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("saveFollowUpButton")), Qt::LeftButton);
        CHECK(d->isVisible());
        CHECK(d->findChild<QLabel *>(QStringLiteral("summaryError"))->isVisible());
        auto *summary = d->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
        summary->setFocus();
        guanxi::test::typeText(summary, QStringLiteral("called, sent the quote"));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("saveFollowUpButton")), Qt::LeftButton);
    });
    page->view()->setFocus();
    QTest::keySequence(page->view(), QKeySequence(Qt::CTRL | Qt::Key_L));
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
