// A phone number that cannot be verified (an internal extension, a foreign
// number without +) is saved as written: the form says so next to the field
// while it is typed, and the customer's pane marks it "not verified".
#include "customers/customerdialog.h"
#include "customers/customerpanel.h"
#include "customers/customerspage.h"
#include "mainwindow.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "dialogs.h"
#include "testwindow.h"
#include "typing.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::answerDialog;
using guanxi::test::child;
using guanxi::test::typeInto;

TEST_CASE("An unverified phone is noted in the form, saved as written, and marked in the pane", "[gui][customers][phone]")
{
    guanxi::test::TestWindow win(QStringLiteral("phones.guanxi"), QSize(1366, 768));
    CustomersPage *page = win.w.customersPage();
    win.activate();
    QString note;
    bool noteShown = false;
    bool noteGoneForGoodNumber = false;
    answerDialog<CustomerDialog>(
        [&] {
            page->table()->setFocus();
            QTest::keyClick(&win.w, Qt::Key_N, Qt::ControlModifier);
        },
        [&](CustomerDialog *d) {
            REQUIRE(QTest::qWaitForWindowExposed(d));
            typeInto(d, "nameEdit", QStringLiteral("前台"));
            auto *label = child<QLabel>(d, "phonesNote");
            typeInto(d, "phonesEdit", QStringLiteral("138 1234 5678"));
            noteGoneForGoodNumber = !label->isVisible();
            typeInto(d, "phonesEdit", QStringLiteral("138 1234 5678, 801"));
            noteShown = label->isVisible();
            note = label->text();
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
    CHECK(noteGoneForGoodNumber);
    CHECK(noteShown);
    CHECK(note.contains(QStringLiteral("“801”")));
    CHECK(note.contains(QStringLiteral("not verified")));
    CHECK_FALSE(note.contains(QStringLiteral("138 1234 5678")));
    // Saved, not refused: the form closed and the customer has both numbers.
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    REQUIRE(page->totalCount() == 1);
    auto saved = CustomerStore(win.session()).get(page->currentId());
    REQUIRE(saved.ok());
    REQUIRE(saved->phones.size() == 2);
    CHECK(saved->phones.at(0).verified());
    CHECK(saved->phones.at(1).raw == QStringLiteral("801"));
    CHECK_FALSE(saved->phones.at(1).verified());

    auto *panel = child<CustomerPanel>(&win.w, "customerPanel");
    auto *details = panel->findChild<QTextBrowser *>();
    REQUIRE(details);
    const QString shown = details->toPlainText();
    CHECK(shown.contains(QStringLiteral("801 not verified")));
    CHECK(shown.contains(QStringLiteral("too short")));
    CHECK_FALSE(shown.contains(QStringLiteral("138 1234 5678 not verified")));
}
