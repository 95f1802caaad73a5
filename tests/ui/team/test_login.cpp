// Logging in at the window: a shared file asks who is working, a wrong
// password is said in the dialog, and the right one shows that person's
// customers only; a single-user file opens as before.
#include "customers/customerspage.h"
#include "activities/dashboardstrip.h"
#include "activities/todaypage.h"
#include "analytics/dashboard.h"
#include "customers/customerdialog.h"
#include "reports/reportpanel.h"
#include "widgets/messagebar.h"
#include "settingsdialog.h"
#include <QComboBox>
#include <QSpinBox>
#include "reports/reportspage.h"
#include "team/auditpage.h"
#include "team/lockscreen.h"
#include "team/login.h"
#include "team/idlelock.h"
#include "teamfile.h"
#include "testwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTableView>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::child;

namespace {

int visibleRows(MainWindow &w)
{
    return w.customersPage()->table()->model()->rowCount();
}

} // namespace

TEST_CASE("A single-user file without a password opens without a login dialog", "[gui][team]")
{
    guanxi::test::TestWindow window(QStringLiteral("alone.guanxi"));
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    CHECK(window.w.session()->userId() != 0);
    CHECK_FALSE(child<QAction>(&window.w, "switchUserAction")->isEnabled());
    CHECK(child<QAction>(&window.w, "exportAllAction")->isVisible());
}

TEST_CASE("A shared file asks who is working, says a wrong password, and shows that salesperson's customers only",
          "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    bool wrongSaid = false;
    bool waitShown = false;
    guanxi::test::answerDialog<LoginDialog>([&] { REQUIRE(w.openDatabase(file.path, false).ok()); },
                                            [&](LoginDialog *d) {
                                                guanxi::test::logInWith(d, QStringLiteral("wang"), QStringLiteral("nope"));
                                                auto *message = child<QLabel>(d, "loginMessage");
                                                wrongSaid = message->isVisible() && message->text().contains(QStringLiteral("wrong"));
                                                // The next try waits: the button counts down, then comes back.
                                                auto *button = child<QPushButton>(d, "loginButton");
                                                waitShown = !button->isEnabled();
                                                REQUIRE(QTest::qWaitFor([&] { return button->isEnabled(); }, 5000));
                                                guanxi::test::logInWith(d, QStringLiteral("wang"), QStringLiteral("wang-password"));
                                            });
    CHECK(wrongSaid);
    CHECK(waitShown);
    REQUIRE(w.session()->userId() == file.wang);
    CHECK(child<QLabel>(&w, "userLabel")->text().contains(QStringLiteral("王芳")));

    // Customers: hers and the pool's, not 李强's.
    CHECK(w.customersPage()->totalCount() == 3);
    CHECK(visibleRows(w) == 3);
    // Search: 李强's customers are not found.
    w.customersPage()->setSearchText(QStringLiteral("李强的客户"));
    REQUIRE(QTest::qWaitFor([&] { return w.customersPage()->totalCount() == 0; }, 2000));
    w.customersPage()->setSearchText(QStringLiteral("王芳的客户"));
    REQUIRE(QTest::qWaitFor([&] { return w.customersPage()->totalCount() == 2; }, 2000));

    // What a salesperson may not do is not offered.
    CHECK_FALSE(child<QAction>(&w, "exportAllAction")->isVisible());
    CHECK_FALSE(child<QAction>(&w, "exportViewAction")->isVisible());
    CHECK_FALSE(child<QAction>(&w, "teamMembersAction")->isVisible());
    CHECK(child<QAction>(&w, "importCustomersAction")->isVisible());
    CHECK_FALSE(child<QWidget>(&w, "exportReport")->isVisibleTo(&w));
    auto *nav = child<QListWidget>(&w, "navigation");
    const int auditRow = int(w.pages().indexOf(w.findChild<AuditPage *>()));
    REQUIRE(auditRow >= 0);
    CHECK(nav->item(auditRow)->isHidden());

    // Reports: the RFM analysis counts her two buyers, not 李强's three.
    auto *reports = w.findChild<ReportsPage *>();
    REQUIRE(reports);
    nav->setCurrentRow(int(w.pages().indexOf(reports)));
    reports->showReport(QStringLiteral("rfm"));
    REQUIRE(reports->hasReport());
    const ReportTable *rfm = reports->panel()->report().table(QStringLiteral("rfm"));
    REQUIRE(rfm);
    CHECK(rfm->rows.size() == 2);
}

TEST_CASE("Cancelling the login leaves the file closed and says so", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    Status opened;
    guanxi::test::answerDialog<LoginDialog>([&] { opened = w.openDatabase(file.path, false); },
                                            [&](LoginDialog *d) { d->reject(); });
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Cancelled);
    CHECK(w.session() == nullptr);
    CHECK(w.pages().isEmpty());
}

TEST_CASE("Switch User shows the other person's customers and what their role may do", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("li"));
    CHECK(w.customersPage()->totalCount() == 4);
    auto *switchUser = child<QAction>(&w, "switchUserAction");
    REQUIRE(switchUser->isEnabled());
    guanxi::test::answerDialog<LoginDialog>([&] { switchUser->trigger(); }, [&](LoginDialog *d) {
        guanxi::test::logInWith(d, QStringLiteral("boss"), QStringLiteral("boss-password"));
    });
    CHECK(w.session()->userId() == file.admin);
    CHECK(w.customersPage()->totalCount() == 6);
    CHECK(child<QAction>(&w, "exportAllAction")->isVisible());
    CHECK(child<QAction>(&w, "teamMembersAction")->isVisible());
}

TEST_CASE("The idle lock hides the data until the password is typed again", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("wang"));
    w.idleLock()->setInterval(150);
    w.idleLock()->restart();
    REQUIRE(QTest::qWaitFor([&] { return w.isLocked(); }, 3000));
    auto *screen = qobject_cast<LockScreen *>(w.centralWidget());
    REQUIRE(screen);
    CHECK_FALSE(w.customersPage()->isVisibleTo(&w));
    CHECK_FALSE(child<QAction>(&w, "newCustomerAction")->isEnabled());

    auto *password = child<QLineEdit>(screen, "unlockPassword");
    guanxi::test::typeText(password, QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(screen, "unlockButton"), Qt::LeftButton);
    CHECK(w.isLocked());
    CHECK(child<QLabel>(screen, "unlockMessage")->isVisibleTo(screen));

    REQUIRE(QTest::qWaitFor([&] { return Login(*w.session()).secondsToWait(QStringLiteral("wang")).value_or(1) == 0; }, 5000));
    password->clear();
    guanxi::test::typeText(password, QStringLiteral("wang-password"));
    QTest::mouseClick(child<QPushButton>(screen, "unlockButton"), Qt::LeftButton);
    CHECK_FALSE(w.isLocked());
    CHECK(w.centralWidget() != screen);
    CHECK(child<QAction>(&w, "newCustomerAction")->isEnabled());
    w.showCustomers();
    CHECK(w.customersPage()->isVisibleTo(&w));
    CHECK(w.customersPage()->totalCount() == 3);
}

TEST_CASE("Today's figures, logged in as a salesperson, count her buyers only", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("wang"));
    w.showToday();
    DashboardStrip *dashboard = w.todayPage()->dashboard();
    dashboard->refresh();
    REQUIRE(QTest::qWaitFor([&] { return !dashboard->isComputing() && dashboard->kpis().generated.isValid(); }, 10000));
    CHECK(dashboard->kpis().purchasers12 == 2); // of five buyers in the file
}

TEST_CASE("Settings on a shared file: no 'I am' choice, and the lock's minutes set the idle lock", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("wang"));
    CHECK(w.idleLock()->interval() == 15 * 60 * 1000); // the default
    guanxi::test::answerDialog<SettingsDialog>([&] { child<QAction>(&w, "settingsAction")->trigger(); },
                                               [&](SettingsDialog *d) {
                                                   CHECK_FALSE(child<QComboBox>(d, "userCombo")->isVisibleTo(d));
                                                   child<QSpinBox>(d, "lockMinutesSpin")->setValue(5);
                                                   d->accept();
                                               });
    CHECK(w.idleLock()->interval() == 5 * 60 * 1000);
    CHECK(w.session()->userId() == file.wang); // still her
}

TEST_CASE("Locking cancels an open form, so no data stays on screen", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("wang"));
    const qint64 before = w.customersPage()->totalCount();
    guanxi::test::answerDialog<CustomerDialog>([&] { child<QAction>(&w, "newCustomerAction")->trigger(); },
                                               [&](CustomerDialog *d) {
                                                   guanxi::test::typeInto(d, "nameEdit", QStringLiteral("未保存"));
                                                   w.lock();
                                               });
    CHECK(w.isLocked());
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(w.customersPage()->totalCount() == before); // cancelled, not saved
}

TEST_CASE("A role without Import and Delete is not offered them, and a page's Import button says why", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    {
        auto db = Database::open(file.path);
        REQUIRE(db.ok());
        SystemClock clock;
        Session admin(**db, clock);
        REQUIRE(AccessStore(admin).setPermissions(Role::Sales, {}).ok());
    }
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("wang"));
    CHECK_FALSE(child<QAction>(&w, "importCustomersAction")->isVisible());
    CHECK_FALSE(child<QAction>(&w, "trashAction")->isVisible());
    emit w.customersPage()->importRequested();
    auto *notice = child<MessageBar>(&w, "noticeBar");
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(Permissions::label(Permission::Import)));
}
