// Not run by default ([.shots]): pictures of the login dialog, the lock
// screen, Team Members and the Audit page in Chinese, for a person to look at.
//   GUANXI_SHOTS=/tmp/shots xvfb-run -a ./tests/ui/test-ui "[.shots]"
#include "team/auditpage.h"
#include "team/lockscreen.h"
#include "team/usersdialog.h"
#include "team/idlelock.h"
#include "teamfile.h"

#include <QAction>
#include <QListWidget>
#include <QTabWidget>
#include "team/login.h"
#include <QTranslator>

using namespace guanxi;
using namespace guanxi::ui;

namespace {
void shoot(QWidget *w, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(100);
    const QString path = qEnvironmentVariable("GUANXI_SHOTS") + u'/' + name + QStringLiteral(".png");
    REQUIRE(w->grab().save(path));
}
} // namespace

TEST_CASE("Pictures of login, lock, Team Members and Audit in Chinese", "[.shots]")
{
    REQUIRE(!qEnvironmentVariable("GUANXI_SHOTS").isEmpty());
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/guanxi_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    // (the texts are Chinese; dates keep the system locale)
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.resize(1400, 860);
    w.show();
    guanxi::test::answerDialog<LoginDialog>([&] { REQUIRE(w.openDatabase(file.path, false).ok()); },
                                            [&](LoginDialog *d) {
                                                guanxi::test::logInWith(d, QStringLiteral("wang"), QStringLiteral("wrong"));
                                                shoot(d, QStringLiteral("zh_CN-login-wrong"));
                                                guanxi::test::logInWith(d, QStringLiteral("boss"), QStringLiteral("boss-password"));
                                            });
    w.lock();
    shoot(&w, QStringLiteral("zh_CN-locked"));
    guanxi::test::typeText(guanxi::test::child<QLineEdit>(&w, "unlockPassword"), QStringLiteral("boss-password"));
    QTest::mouseClick(guanxi::test::child<QPushButton>(&w, "unlockButton"), Qt::LeftButton);
    REQUIRE_FALSE(w.isLocked());
    guanxi::test::answerDialog<UsersDialog>([&] { guanxi::test::child<QAction>(&w, "teamMembersAction")->trigger(); },
                                            [&](UsersDialog *d) {
                                                d->selectLogin(QStringLiteral("wang"));
                                                shoot(d, QStringLiteral("zh_CN-team"));
                                                auto *tabs = d->findChild<QTabWidget *>();
                                                tabs->setCurrentIndex(1);
                                                shoot(d, QStringLiteral("zh_CN-permissions"));
                                                d->reject();
                                            });
    auto *audit = w.findChild<AuditPage *>();
    guanxi::test::child<QListWidget>(&w, "navigation")->setCurrentRow(int(w.pages().indexOf(audit)));
    shoot(&w, QStringLiteral("zh_CN-audit"));
    QCoreApplication::removeTranslator(&zh);
}
