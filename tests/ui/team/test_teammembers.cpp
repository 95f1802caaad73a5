// Tools › Team Members as an administrator uses it: add a colleague, hand a
// leaver's customers to someone else; and the Audit page listing logins.
#include "customers/customerspage.h"
#include "team/auditpage.h"
#include "team/deactivatedialog.h"
#include "team/usereditdialog.h"
#include "team/usersdialog.h"
#include "team/userstore.h"
#include "teamfile.h"

#include <QAction>
#include <QComboBox>
#include <QSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableWidget>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::answerDialog;
using guanxi::test::child;

TEST_CASE("Team Members adds a colleague and deactivates one, handing their customers over", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("boss"));
    auto *action = child<QAction>(&w, "teamMembersAction");
    REQUIRE(action->isVisible());
    answerDialog<UsersDialog>([&] { action->trigger(); }, [&](UsersDialog *users) {
        CHECK(users->table()->rowCount() == 3);
        answerDialog<UserEditDialog>([&] { child<QPushButton>(users, "addMemberButton")->click(); },
                                     [&](UserEditDialog *d) {
                                         guanxi::test::typeInto(d, "memberLogin", QStringLiteral("zhao"));
                                         guanxi::test::typeInto(d, "memberName", QStringLiteral("赵敏"));
                                         guanxi::test::typeInto(d, "memberPassword", QStringLiteral("zhao-password"));
                                         guanxi::test::typeInto(d, "memberPasswordRepeat", QStringLiteral("zhao-password"));
                                         d->accept();
                                     });
        CHECK(users->table()->rowCount() == 4);

        // 王芳 leaves: her two customers go to 李强.
        users->selectLogin(QStringLiteral("wang"));
        QString counts;
        answerDialog<DeactivateDialog>([&] { child<QPushButton>(users, "deactivateButton")->click(); },
                                       [&](DeactivateDialog *d) {
                                           counts = child<QLabel>(d, "deactivateCounts")->text();
                                           d->handTo(file.li);
                                           d->accept();
                                       });
        INFO(counts.toStdString());
        CHECK(counts.contains(QStringLiteral("2 customer")));
        users->reject();
    });
    auto zhao = UserStore(*w.session()).byLogin(QStringLiteral("zhao"));
    REQUIRE(zhao.ok());
    CHECK(zhao->displayName == QStringLiteral("赵敏"));
    CHECK(zhao->hasPassword);
    auto wang = UserStore(*w.session()).byId(file.wang);
    REQUIRE(wang.ok());
    CHECK_FALSE(wang->active);

    // 李强 now has five customers, and 王芳 cannot log in.
    guanxi::test::answerDialog<LoginDialog>([&] { child<QAction>(&w, "switchUserAction")->trigger(); },
                                            [&](LoginDialog *d) {
                                                CHECK(child<QComboBox>(d, "loginCombo")->findData(QStringLiteral("wang")) < 0);
                                                guanxi::test::logInWith(d, QStringLiteral("li"), QStringLiteral("li-password"));
                                            });
    CHECK(w.customersPage()->totalCount() == 6); // his five and the pool's one
}

TEST_CASE("The Audit page lists logins, for those allowed to read it", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("boss"));
    auto *audit = w.findChild<AuditPage *>();
    REQUIRE(audit);
    const int row = int(w.pages().indexOf(audit));
    auto *nav = child<QListWidget>(&w, "navigation");
    REQUIRE_FALSE(nav->item(row)->isHidden());
    nav->setCurrentRow(row);
    REQUIRE(audit->isVisible());
    QTableWidget *table = audit->table();
    const auto hasRow = [&](const QString &user, const QString &action) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1)->text() == user && table->item(r, 2)->text() == action)
                return true;
        return false;
    };
    CHECK(hasRow(QStringLiteral("Boss"), AuditActions::label(AuditAction::Login)));

    // Filtered to failed logins: none yet.
    auto *action = child<QComboBox>(audit, "auditActionFilter");
    action->setCurrentIndex(action->findData(AuditActions::code(AuditAction::LoginFailed)));
    CHECK(audit->rowCount() == 0);
    action->setCurrentIndex(0);
    REQUIRE(audit->rowCount() > 0);

    // Filtered by the record an event is about: logins are about a team
    // member, none about a customer; a number no member has finds nothing.
    auto *record = child<QComboBox>(audit, "auditRecordFilter");
    auto *number = child<QSpinBox>(audit, "auditRecordNumber");
    record->setCurrentIndex(record->findData(QStringLiteral("customer")));
    CHECK(audit->rowCount() == 0);
    record->setCurrentIndex(record->findData(QStringLiteral("user")));
    CHECK(audit->rowCount() > 0);
    number->setValue(99999);
    CHECK(audit->rowCount() == 0);
    number->setValue(0);
    record->setCurrentIndex(0);
    REQUIRE(audit->rowCount() > 0);

    // Exported to CSV, and the export itself is in the trail.
    const QString csv = file.dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(audit->exportTo(csv).ok());
    CHECK(QFileInfo(csv).size() > 0);
    audit->reload();
    CHECK(hasRow(QStringLiteral("Boss"), AuditActions::label(AuditAction::Export)));
}

TEST_CASE("A salesperson has no Audit page and cannot export it", "[gui][team]")
{
    guanxi::test::LoginTeamFile file;
    MainWindow w;
    w.show();
    guanxi::test::openAs(w, file.path, QStringLiteral("wang"));
    auto *audit = w.findChild<AuditPage *>();
    REQUIRE(audit);
    const int row = int(w.pages().indexOf(audit));
    CHECK(child<QListWidget>(&w, "navigation")->item(row)->isHidden());
    auto exported = audit->exportTo(file.dir.filePath(QStringLiteral("audit.csv")));
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().kind == ErrorKind::Denied);
    CHECK_FALSE(QFileInfo::exists(file.dir.filePath(QStringLiteral("audit.csv"))));
}
