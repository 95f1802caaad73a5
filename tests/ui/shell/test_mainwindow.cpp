// The main window as a salesperson uses it: add a customer through the form by
// typing, find it with the search box, see errors under their field, undo.
#include "customers/customerdialog.h"
#include "customers/customerspage.h"
#include "mainwindow.h"
#include "widgets/messagebar.h"
#include "platform/db/database.h"
#include "platform/db/migrations.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "customers/customertablemodel.h"
#include "dialogs.h"
#include "testwindow.h"
#include "typing.h"

#include <QApplication>
#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;

namespace {

using guanxi::test::answerDialog;
using guanxi::test::child;
using guanxi::test::typeInto;

int visibleRows(MainWindow &w)
{
    return w.customersPage()->table()->model()->rowCount();
}

void search(MainWindow &w, const QString &text)
{
    QLineEdit *box = w.searchBox();
    box->setFocus();
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Backspace);
    guanxi::test::typeText(box, text);
    QTest::qWait(250); // the search waits for typing to pause
}

} // namespace

TEST_CASE("A salesperson adds a customer in the form and finds it by searching", "[gui]")
{
    guanxi::test::TestWindow window(QStringLiteral("gui.guanxi"));
    MainWindow &w = window.w;

    // An empty file opens on the welcome page; "Start empty" opens the form.
    auto *start = child<QAbstractButton>(&w, "startEmptyButton");
    REQUIRE(start->isVisible());

    SECTION("valid input is saved and found by name, pinyin initials and phone digits")
    {
        answerDialog<CustomerDialog>([start] { QTest::mouseClick(start, Qt::LeftButton); }, [](CustomerDialog *d) {
            typeInto(d, "nameEdit", QStringLiteral("张伟"));
            typeInto(d, "phonesEdit", QStringLiteral("138 1234 5678"));
            typeInto(d, "emailsEdit", QStringLiteral("zhang.wei@example.com"));
            typeInto(d, "cityEdit", QStringLiteral("杭州"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        REQUIRE(QApplication::activeModalWidget() == nullptr);
        REQUIRE(visibleRows(w) == 1);
        CHECK(w.customersPage()->table()->model()->index(0, 0).data().toString() == QStringLiteral("张伟"));

        search(w, QStringLiteral("zw"));
        CHECK(visibleRows(w) == 1);
        search(w, QStringLiteral("5678"));
        CHECK(visibleRows(w) == 1);
        search(w, QStringLiteral("张伟"));
        CHECK(visibleRows(w) == 1);
        search(w, QStringLiteral("李四"));
        CHECK(visibleRows(w) == 0);
        auto *noMatches = child<QLabel>(&w, "noMatchesLabel");
        CHECK(noMatches->isVisible());
        CHECK(noMatches->text().contains(QStringLiteral("李四")));

        // Undo the add: the customer leaves the list (for the trash); redo brings it back.
        search(w, QString());
        REQUIRE(visibleRows(w) == 1);
        w.customersPage()->table()->setFocus(); // in the search box Ctrl+Z undoes typing
        QApplication::setActiveWindow(&w); // as the window manager does when the form closes
        QTest::keySequence(w.customersPage()->table(), QKeySequence::Undo);
        CHECK(visibleRows(w) == 0);
        QTest::keySequence(w.customersPage()->table(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        CHECK(visibleRows(w) == 1);
    }

    SECTION("a bad e-mail is shown under its field and nothing is saved")
    {
        bool sawError = false;
        answerDialog<CustomerDialog>([start] { QTest::mouseClick(start, Qt::LeftButton); }, [&sawError](CustomerDialog *d) {
            typeInto(d, "nameEdit", QStringLiteral("Bad Mail"));
            typeInto(d, "emailsEdit", QStringLiteral("not-an-address"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
            auto *error = child<QLabel>(d, "emailsError");
            sawError = error->isVisible() && error->text().contains(QStringLiteral("not-an-address"));
            CHECK(d->isVisible()); // the form stays open to fix the field
            d->reject();
        });
        CHECK(sawError);
        CHECK(visibleRows(w) == 0);
    }
}

TEST_CASE("Opening another file replaces every page, a refused file keeps the current one", "[gui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.guanxi"));
    const QString second = dir.filePath(QStringLiteral("second.guanxi"));
    MainWindow w;
    w.show();
    REQUIRE(w.openDatabase(first, true).ok());
    Customer c;
    c.name = QStringLiteral("只在第一个文件");
    REQUIRE(CustomerStore(*w.session()).create(c).ok());
    REQUIRE(w.openDatabase(second, true).ok());
    CHECK(w.customersPage()->totalCount() == 0);
    // A file that is not a database is refused and the window keeps the second file.
    const QString junk = dir.filePath(QStringLiteral("junk.guanxi"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto refused = w.openDatabase(junk, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("junk.guanxi")));
    CHECK(w.findChild<MessageBar *>(QStringLiteral("noticeBar"))->text().contains(QStringLiteral("junk.guanxi")));
    REQUIRE(w.openDatabase(first, false).ok());
    CHECK(w.customersPage()->totalCount() == 1);
    CHECK(w.windowTitle().startsWith(QStringLiteral("first.guanxi")));
}

TEST_CASE("A file whose log of recent changes is damaged is offered read-only, never opened for writing", "[gui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.guanxi"));
    const QString copy = dir.filePath(QStringLiteral("copy.guanxi"));
    {
        MainWindow creator;
        REQUIRE(creator.openDatabase(source, true).ok());
    }
    {
        // Commits still in the log, as a program killed before closing leaves them.
        MainWindow writer;
        REQUIRE(writer.openDatabase(source, false).ok());
        for (int i = 0; i < 20; ++i) {
            Customer c;
            c.name = QStringLiteral("客户%1").arg(i);
            REQUIRE(CustomerStore(*writer.session()).create(c).ok());
        }
        REQUIRE(QFile::copy(source, copy));
        REQUIRE(QFile::copy(source + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    {
        QFile wal(copy + QStringLiteral("-wal"));
        REQUIRE(wal.open(QIODevice::ReadWrite));
        REQUIRE(wal.seek(32 + 3 * (24 + 4096) + 24 + 200)); // inside frame 4's page
        wal.write(QByteArray(32, '\x5a'));
    }
    const QByteArray damagedLog = [&] {
        QFile f(copy + QStringLiteral("-wal"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    MainWindow w;
    w.show();
    guanxi::test::MessageBoxAnswers answers({QMessageBox::Yes}); // Open Read-Only
    const Status opened = w.openDatabase(copy, false);
    INFO((opened.ok() ? std::string() : opened.error().toString().toStdString()));
    REQUIRE(opened.ok());
    CHECK(answers.allGiven());
    CHECK(answers.lastTitle() == MainWindow::tr("Damaged Changes Log"));
    CHECK(answers.lastText().contains(QStringLiteral("damaged")));
    CHECK(w.session()->db().isReadOnly());
    CHECK(w.findChild<MessageBar *>(QStringLiteral("noticeBar"))->text().contains(QStringLiteral("damaged")));
    CHECK(w.customersPage()->totalCount() >= 0);
    QFile after(copy + QStringLiteral("-wal"));
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == damagedLog);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("copy.guanxi-wal.damaged-*")}).size() == 1);
}

TEST_CASE("A file of an older version is upgraded off the UI thread behind a busy dialog, then opens", "[gui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.guanxi"));
    {
        // As Guanxi of data version 17 left it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-version"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        REQUIRE(Migrations::upgrade(raw, 0, 17).ok());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-version"));
    REQUIRE(Database::needsUpgrade(path));

    MainWindow w;
    w.show();
    // The window's event loop runs while the upgrade does: the busy dialog
    // is there to be seen, without a Cancel button.
    QString shown;
    bool cancellable = true;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (auto *busy = w.findChild<QProgressDialog *>(); busy && shown.isEmpty()) {
            shown = busy->labelText();
            cancellable = busy->findChild<QPushButton *>() != nullptr;
        }
    });
    watch.start(0);
    REQUIRE(w.openDatabase(path, false).ok());
    watch.stop();
    CHECK(shown.startsWith(QStringLiteral("Upgrading “")));
    CHECK_FALSE(cancellable);
    CHECK_FALSE(Database::needsUpgrade(path));
    CHECK(w.session()->db().schemaVersion() == Database::latestSchemaVersion());
    CHECK_FALSE(w.session()->db().isReadOnly());
}
