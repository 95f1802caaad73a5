// The main window as a salesperson uses it: add a customer through the form by
// typing, find it with the search box, see errors under their field, undo.
#include "customerdialog.h"
#include "customerspage.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "services/session.h"
#include "stores/customerstore.h"
#include "models/customertablemodel.h"
#include "typing.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace guanxi;
using namespace guanxi::ui;

namespace {

// Runs `answer` on the modal dialog that the next action opens.
void whenDialogOpens(const std::function<void(CustomerDialog *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        auto *dialog = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        answer(dialog);
    });
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->setFocus();
    edit->selectAll();
    guanxi::test::typeText(edit, text);
}

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
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("gui.guanxi")), true).ok());

    // An empty file opens on the welcome page; "Start empty" opens the form.
    auto *start = child<QCommandLinkButton>(&w, "startEmptyButton");
    REQUIRE(start->isVisible());

    SECTION("valid input is saved and found by name, pinyin initials and phone digits")
    {
        whenDialogOpens([](CustomerDialog *d) {
            typeInto(d, "nameEdit", QStringLiteral("张伟"));
            typeInto(d, "phonesEdit", QStringLiteral("138 1234 5678"));
            typeInto(d, "emailsEdit", QStringLiteral("zhang.wei@example.com"));
            typeInto(d, "cityEdit", QStringLiteral("杭州"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        QTest::mouseClick(start, Qt::LeftButton);
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
        whenDialogOpens([&sawError](CustomerDialog *d) {
            typeInto(d, "nameEdit", QStringLiteral("Bad Mail"));
            typeInto(d, "emailsEdit", QStringLiteral("not-an-address"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
            auto *error = child<QLabel>(d, "emailsError");
            sawError = error->isVisible() && error->text().contains(QStringLiteral("not-an-address"));
            CHECK(d->isVisible()); // the form stays open to fix the field
            d->reject();
        });
        QTest::mouseClick(start, Qt::LeftButton);
        CHECK(sawError);
        CHECK(visibleRows(w) == 0);
    }
}

TEST_CASE("Opening another file replaces every page; a refused file keeps the current one", "[gui]")
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
