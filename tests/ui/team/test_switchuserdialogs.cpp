// Dialogs left open when another person takes the window: someone who logs
// in after a lock, or through File › Switch User, never sees the records the
// previous person had open; the one who locked gets theirs back on unlock.
#include "customers/customerdialog.h"
#include "team/lockscreen.h"
#include "teamfile.h"

#include <QAction>
#include <QApplication>
#include <QPointer>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::child;

namespace {

// Wang's customer open in a dialog that is not modal, as a form left open
// beside the window.
QPointer<CustomerDialog> openWangsCustomer(MainWindow &w)
{
    auto ids = CustomerStore(*w.session()).findByName(QStringLiteral("王芳的客户甲"));
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 1);
    auto customer = CustomerStore(*w.session()).get(ids->first());
    REQUIRE(customer.ok());
    auto *dialog = new CustomerDialog(
        *w.session(), [](const Customer &, const Customer &) { return Result<qint64>(qint64(0)); }, &w);
    dialog->load(*customer);
    dialog->show();
    REQUIRE(dialog->isVisible());
    return dialog;
}

// The dialogs anyone at the screen can see now.
int visibleDialogs()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    int n = 0;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(top) && top->isVisible())
            ++n;
    return n;
}

LockScreen *lockScreen(MainWindow &w)
{
    auto *screen = qobject_cast<LockScreen *>(w.centralWidget());
    REQUIRE(screen);
    return screen;
}

} // namespace

TEST_CASE("Logging in as someone else at the lock screen closes the previous person's open dialogs",
          "[gui][team][lock]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("wang"));
    QPointer<CustomerDialog> dialog = openWangsCustomer(w);
    w.lock();
    CHECK_FALSE(dialog->isVisible());

    guanxi::test::answerDialog<LoginDialog>(
        [&] { QTest::mouseClick(child<QPushButton>(lockScreen(w), "lockSwitchUser"), Qt::LeftButton); },
        [&](LoginDialog *d) { guanxi::test::logInWith(d, QStringLiteral("li"), QStringLiteral("li-password")); });
    CHECK_FALSE(w.isLocked());
    CHECK(w.session()->userId() == file.li);
    CHECK(visibleDialogs() == 0);
    CHECK(dialog.isNull()); // deleted, so no later unlock can show it
}

TEST_CASE("Unlocking as the same person brings back the dialogs the lock hid", "[gui][team][lock]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("wang"));
    QPointer<CustomerDialog> dialog = openWangsCustomer(w);
    w.lock();
    CHECK_FALSE(dialog->isVisible());

    SECTION("with the password")
    {
        LockScreen *screen = lockScreen(w);
        guanxi::test::typeText(child<QLineEdit>(screen, "unlockPassword"), QStringLiteral("wang-password"));
        QTest::mouseClick(child<QPushButton>(screen, "unlockButton"), Qt::LeftButton);
    }
    SECTION("through Log In as Someone Else, as herself")
    {
        guanxi::test::answerDialog<LoginDialog>(
            [&] { QTest::mouseClick(child<QPushButton>(lockScreen(w), "lockSwitchUser"), Qt::LeftButton); },
            [&](LoginDialog *d) { guanxi::test::logInWith(d, QStringLiteral("wang"), QStringLiteral("wang-password")); });
    }
    CHECK_FALSE(w.isLocked());
    REQUIRE_FALSE(dialog.isNull());
    CHECK(dialog->isVisible());
    CHECK(visibleDialogs() == 1);
}

TEST_CASE("File › Switch User to someone else closes the previous person's open dialogs", "[gui][team][lock]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("wang"));
    QPointer<CustomerDialog> dialog = openWangsCustomer(w);

    guanxi::test::answerDialog<LoginDialog>(
        [&] { child<QAction>(&w, "switchUserAction")->trigger(); },
        [&](LoginDialog *d) { guanxi::test::logInWith(d, QStringLiteral("li"), QStringLiteral("li-password")); });
    CHECK(w.session()->userId() == file.li);
    CHECK(visibleDialogs() == 0);
    CHECK(dialog.isNull());
}
