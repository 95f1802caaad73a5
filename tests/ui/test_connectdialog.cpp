// File › Connect to Team Database: the dialog builds the server's address
// from its fields, refuses one without a database, says a refused connection
// under the fields and stays open, and never keeps a password. A team
// database in File › Open Recent is listed by its name for people.
//   GUANXI_SHOTS=/tmp/shots xvfb-run -a ./tests/ui/test-ui "[.shots]"  (a picture of the dialog)
#include "mainwindow.h"
#include "platform/db/serveraddress.h"
#include "platform/systemaccount.h"
#include "team/connectdialog.h"
#include "widgets/messagebar.h"
#include "dialogs.h"
#include "testwindow.h"
#include "typing.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::child;
using guanxi::test::typeInto;

namespace {

// A local port nothing listens on: a connection to it is refused at once.
constexpr int closedPort = 1;

void chooseEncryption(ConnectDialog *d, const QString &sslmode)
{
    auto *combo = child<QComboBox>(d, "serverEncryption");
    const int row = combo->findData(sslmode);
    REQUIRE(row >= 0);
    combo->setCurrentIndex(row);
}

// Empties the box the way a person does, then types.
void retype(ConnectDialog *d, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(d, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    REQUIRE(edit->text().isEmpty());
    typeInto(d, name, text);
}

void fill(ConnectDialog *d, const QString &host, int port, const QString &database, const QString &user,
          const QString &password)
{
    retype(d, "serverHost", host);
    child<QSpinBox>(d, "serverPort")->setValue(port);
    retype(d, "serverDatabase", database);
    retype(d, "serverUser", user);
    retype(d, "serverPassword", password);
}

// Every value in the settings, as text: where a password must never be.
QString allSettings()
{
    const QSettings settings;
    QString all;
    for (const QString &key : settings.allKeys())
        all += key + u'=' + settings.value(key).toStringList().join(u',') + settings.value(key).toString() + u'\n';
    return all;
}

QMenu *recentMenu(MainWindow &w)
{
    for (QMenu *menu : w.findChildren<QMenu *>())
        if (menu->title() == MainWindow::tr("Open &Recent"))
            return menu;
    FAIL("no Open Recent menu");
    return nullptr;
}

} // namespace

TEST_CASE("The connect dialog builds the server's address from its fields", "[connect]")
{
    QSettings().clear();
    QList<ServerAddress> tried;
    ConnectDialog d([&](const ServerAddress &a) -> Status {
        tried << a;
        return {};
    });
    d.show();

    SECTION("its first defaults: this computer, port 5432, database guanxi, my login, encryption if offered")
    {
        CHECK(child<QLineEdit>(&d, "serverHost")->text().isEmpty());
        CHECK(child<QSpinBox>(&d, "serverPort")->value() == 5432);
        CHECK(child<QLineEdit>(&d, "serverDatabase")->text() == QStringLiteral("guanxi"));
        CHECK(child<QLineEdit>(&d, "serverUser")->text() == SystemAccount::current().login);
        CHECK(child<QLineEdit>(&d, "serverPassword")->echoMode() == QLineEdit::Password);
        CHECK(child<QComboBox>(&d, "serverEncryption")->currentData().toString() == QStringLiteral("prefer"));
        CHECK(child<QPushButton>(&d, "connectButton")->text() == ConnectDialog::tr("&Connect"));
    }

    SECTION("host, port, database, user, password and encryption go into the address")
    {
        fill(&d, QStringLiteral("office-pc"), 5433, QStringLiteral("crm"), QStringLiteral("anna"), QStringLiteral("s3cret"));
        chooseEncryption(&d, QStringLiteral("require"));
        QTest::mouseClick(child<QPushButton>(&d, "connectButton"), Qt::LeftButton);
        REQUIRE(tried.size() == 1);
        CHECK(tried.at(0).toUrl(true) == QStringLiteral("postgresql://anna:s3cret@office-pc:5433/crm?sslmode=require"));
        CHECK(tried.at(0).display() == QStringLiteral("anna@office-pc:5433/crm"));
        CHECK(d.result() == QDialog::Accepted);
        CHECK_FALSE(d.isVisible());
        CHECK(child<QLineEdit>(&d, "serverPassword")->text().isEmpty());
    }

    SECTION("the default port is left out; Off is sslmode=disable; an empty server is this computer")
    {
        fill(&d, QString(), 5432, QStringLiteral("guanxi"), QStringLiteral("anna"), QString());
        chooseEncryption(&d, QStringLiteral("disable"));
        QTest::mouseClick(child<QPushButton>(&d, "connectButton"), Qt::LeftButton);
        REQUIRE(tried.size() == 1);
        CHECK(tried.at(0).host.isEmpty());
        CHECK(tried.at(0).port == 0);
        CHECK(tried.at(0).password.isEmpty());
        CHECK(tried.at(0).toUrl(false) == QStringLiteral("postgresql://anna@/guanxi?sslmode=disable"));
        const auto back = ServerAddress::parse(tried.at(0).toUrl(true));
        REQUIRE(back);
        CHECK(back->host.isEmpty());
        CHECK(back->user == QStringLiteral("anna"));
        CHECK(back->password.isEmpty());
        CHECK(tried.at(0).display() == QStringLiteral("anna@localhost/guanxi"));
    }

    SECTION("without a database name it says so under the fields and connects to nothing")
    {
        fill(&d, QStringLiteral("office-pc"), 5432, QString(), QStringLiteral("anna"), QStringLiteral("s3cret"));
        QTest::mouseClick(child<QPushButton>(&d, "connectButton"), Qt::LeftButton);
        CHECK(tried.isEmpty());
        CHECK(d.isVisible());
        auto *message = child<QLabel>(&d, "connectMessage");
        CHECK(message->isVisible());
        CHECK(message->text().contains(QStringLiteral("name of the team database")));
        CHECK(d.focusWidget() == child<QLineEdit>(&d, "serverDatabase"));
        const auto refused = d.address();
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == QStringLiteral("database"));
    }

    SECTION("a refusal is said under the fields, the field it names focused, and the dialog stays open")
    {
        ConnectDialog refusing([&](const ServerAddress &a) -> Status {
            tried << a;
            return Error{QStringLiteral("The database server did not accept the user name or password."),
                         QStringLiteral("FATAL: password authentication failed"), QStringLiteral("password"),
                         ErrorKind::Denied};
        });
        refusing.show();
        fill(&refusing, QStringLiteral("office-pc"), 5432, QStringLiteral("guanxi"), QStringLiteral("anna"),
             QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(&refusing, "connectButton"), Qt::LeftButton);
        REQUIRE(tried.size() == 1);
        CHECK(refusing.isVisible());
        CHECK(refusing.result() != QDialog::Accepted);
        CHECK(child<QLabel>(&refusing, "connectMessage")->text()
              == QStringLiteral("The database server did not accept the user name or password."));
        CHECK(refusing.focusWidget() == child<QLineEdit>(&refusing, "serverPassword"));
        CHECK(child<QLineEdit>(&refusing, "serverPassword")->selectedText() == QStringLiteral("wrong"));
    }
}

TEST_CASE("The connect dialog remembers the last connection's fields but never its password", "[connect]")
{
    QSettings().clear();
    {
        ConnectDialog d([](const ServerAddress &) -> Status {
            return Error{QStringLiteral("no server here"), {}, QStringLiteral("host"), ErrorKind::Io};
        });
        d.show();
        fill(&d, QStringLiteral("office-pc"), 5433, QStringLiteral("crm"), QStringLiteral("anna"),
             QStringLiteral("pa55-never-kept"));
        chooseEncryption(&d, QStringLiteral("require"));
        QTest::mouseClick(child<QPushButton>(&d, "connectButton"), Qt::LeftButton);
        CHECK(d.focusWidget() == child<QLineEdit>(&d, "serverHost"));
    }
    CHECK_FALSE(allSettings().contains(QStringLiteral("pa55-never-kept")));
    ConnectDialog again([](const ServerAddress &) -> Status { return {}; });
    again.show();
    CHECK(child<QLineEdit>(&again, "serverHost")->text() == QStringLiteral("office-pc"));
    CHECK(child<QSpinBox>(&again, "serverPort")->value() == 5433);
    CHECK(child<QLineEdit>(&again, "serverDatabase")->text() == QStringLiteral("crm"));
    CHECK(child<QLineEdit>(&again, "serverUser")->text() == QStringLiteral("anna"));
    CHECK(child<QLineEdit>(&again, "serverPassword")->text().isEmpty());
    CHECK(child<QComboBox>(&again, "serverEncryption")->currentData().toString() == QStringLiteral("require"));
    CHECK(again.focusWidget() == child<QLineEdit>(&again, "serverPassword"));
}

TEST_CASE("A pre-filled address keeps settings the dialog has no field for", "[connect]")
{
    QSettings().clear();
    QList<ServerAddress> tried;
    ConnectDialog d([&](const ServerAddress &a) -> Status {
        tried << a;
        return {};
    });
    auto address = ServerAddress::parse(
        QStringLiteral("postgresql://anna@office-pc/guanxi?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
    REQUIRE(address);
    d.setAddress(*address);
    CHECK(child<QComboBox>(&d, "serverEncryption")->currentData().toString() == QStringLiteral("verify-full"));
    typeInto(&d, "serverPassword", QStringLiteral("x"));
    QTest::mouseClick(child<QPushButton>(&d, "connectButton"), Qt::LeftButton);
    REQUIRE(tried.size() == 1);
    CHECK(tried.at(0).option(QStringLiteral("sslrootcert")) == QStringLiteral("/etc/ca.pem"));
    CHECK(tried.at(0).option(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
}

TEST_CASE("File › Connect to Team Database: a server that cannot be reached is said in the dialog", "[connect]")
{
    guanxi::test::TestWindow t(QStringLiteral("mine.guanxi"));
    const QString title = t.w.windowTitle();
    const int port = closedPort;
    bool stayedOpen = false;
    QString said;
    qint64 took = 0;
    guanxi::test::answerDialog<ConnectDialog>([&] { child<QAction>(&t.w, "connectServerAction")->trigger(); },
                                              [&](ConnectDialog *d) {
                                                  fill(d, QStringLiteral("127.0.0.1"), port, QStringLiteral("guanxi"),
                                                       QStringLiteral("anna"), QStringLiteral("secret-word"));
                                                  chooseEncryption(d, QStringLiteral("disable"));
                                                  QElapsedTimer timer;
                                                  timer.start();
                                                  QTest::mouseClick(child<QPushButton>(d, "connectButton"),
                                                                    Qt::LeftButton);
                                                  took = timer.elapsed();
                                                  stayedOpen = d->isVisible();
                                                  auto *message = child<QLabel>(d, "connectMessage");
                                                  said = message->isVisible() ? message->text() : QString();
                                                  d->reject();
                                              });
    CHECK(stayedOpen);
    CHECK_FALSE(said.isEmpty());
    CHECK(said.startsWith(QStringLiteral("Cannot connect to the database server at anna@127.0.0.1:1/guanxi")));
    CHECK(took < 10000);
    // The window keeps its file, and no password went anywhere.
    REQUIRE(t.w.session());
    CHECK(t.w.windowTitle() == title);
    CHECK_FALSE(child<MessageBar>(&t.w, "noticeBar")->isVisible());
    CHECK_FALSE(allSettings().contains(QStringLiteral("secret-word")));
}

TEST_CASE("A team database in Open Recent is named for people, and opens without asking when it can", "[connect]")
{
    QSettings().clear();
    const int port = closedPort;
    const QString url = QStringLiteral("postgresql://anna@127.0.0.1:%1/guanxi?sslmode=disable").arg(port);
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{url});
    MainWindow w;
    w.show();
    QMenu *recent = recentMenu(w);
    REQUIRE(recent->actions().size() == 1);
    QAction *entry = recent->actions().constFirst();
    CHECK(entry->text() == MainWindow::tr("Team: %1").arg(QStringLiteral("anna@127.0.0.1:%1/guanxi").arg(port)));
    // No password is wanted yet: the server is not there, and the window says so (no dialog).
    entry->trigger();
    CHECK_FALSE(QApplication::activeModalWidget());
    auto *bar = child<MessageBar>(&w, "noticeBar");
    CHECK(bar->isVisible());
    CHECK(bar->text().contains(QStringLiteral("anna@127.0.0.1")));
    CHECK(QSettings().value(QStringLiteral("recentFiles")).toStringList() == QStringList{url});
}

TEST_CASE("Picture of the connect dialog", "[.shots]")
{
    REQUIRE(!qEnvironmentVariable("GUANXI_SHOTS").isEmpty());
    QSettings().clear();
    ConnectDialog d([](const ServerAddress &a) -> Status {
        return Error{QStringLiteral("Cannot connect to the database server at %1. Check the address and that the "
                                    "server is running and reachable from this computer.")
                         .arg(a.display()),
                     {}, QStringLiteral("host"), ErrorKind::Io};
    });
    d.show();
    const auto shoot = [&](const QString &name) {
        QApplication::processEvents();
        QTest::qWait(100);
        REQUIRE(d.grab().save(qEnvironmentVariable("GUANXI_SHOTS") + u'/' + name + QStringLiteral(".png")));
    };
    shoot(QStringLiteral("connect-dialog"));
    fill(&d, QStringLiteral("office-pc"), 5432, QStringLiteral("guanxi"), QStringLiteral("anna"), QStringLiteral("pw"));
    QTest::mouseClick(child<QPushButton>(&d, "connectButton"), Qt::LeftButton);
    shoot(QStringLiteral("connect-dialog-error"));
}

// Not run by default: needs a server where the user must give a password.
//   GUANXI_CONNECT_SERVER=postgresql://anna@127.0.0.1:55432/guanxi GUANXI_CONNECT_PASSWORD=… ./tests/ui/test-ui "[.server]"
TEST_CASE("A team database from Open Recent asks for the password it needs, and is remembered without it", "[.server]")
{
    const QString url = qEnvironmentVariable("GUANXI_CONNECT_SERVER");
    const QString password = qEnvironmentVariable("GUANXI_CONNECT_PASSWORD");
    REQUIRE_FALSE(url.isEmpty());
    REQUIRE_FALSE(password.isEmpty());
    const auto address = ServerAddress::parse(url);
    REQUIRE(address);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{address->toUrl(false)});
    MainWindow w;
    w.show();
    guanxi::test::answerDialog<ConnectDialog>([&] { recentMenu(w)->actions().constFirst()->trigger(); },
                                              [&](ConnectDialog *d) {
                                                  CHECK(child<QLineEdit>(d, "serverHost")->text() == address->host);
                                                  CHECK(d->focusWidget() == child<QLineEdit>(d, "serverPassword"));
                                                  typeInto(d, "serverPassword", password);
                                                  QTest::mouseClick(child<QPushButton>(d, "connectButton"),
                                                                    Qt::LeftButton);
                                                  INFO(child<QLabel>(d, "connectMessage")->text().toStdString());
                                                  CHECK_FALSE(d->isVisible());
                                                  if (d->isVisible())
                                                      d->reject();
                                              });
    REQUIRE(w.session());
    CHECK(w.windowTitle() == address->display() + QStringLiteral(" — Guanxi"));
    CHECK(QSettings().value(QStringLiteral("recentFiles")).toStringList().constFirst() == address->toUrl(false));
    CHECK(recentMenu(w)->actions().constFirst()->text() == MainWindow::tr("Team: %1").arg(address->display()));
    CHECK_FALSE(allSettings().contains(password));
}
