// Purging from the trash asks first, through the window's message box:
// Cancel keeps the customer, Discard removes it for good.
#include "customers/customerstore.h"
#include "customers/trashpage.h"
#include "dialogs.h"
#include "findwidget.h"
#include "testwindow.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::child;

TEST_CASE("Purging from the trash asks first, and only Discard removes the customer for good",
          "[gui][customers][trash]")
{
    guanxi::test::TestWindow window(QStringLiteral("trash.guanxi"));
    Customer c;
    c.name = QStringLiteral("王芳");
    auto id = CustomerStore(window.session()).create(c);
    REQUIRE(id.ok());
    REQUIRE(CustomerStore(window.session()).moveToTrash({*id}).ok());
    auto *page = window.w.findChild<TrashPage *>();
    REQUIRE(page);
    REQUIRE(page->count() == 1);
    auto *table = child<QTableWidget>(page, "trashTable");
    auto *purge = child<QPushButton>(page, "purgeButton");
    table->selectRow(0);

    {
        guanxi::test::MessageBoxAnswers answers({QMessageBox::Cancel});
        QTest::mouseClick(purge, Qt::LeftButton);
        CHECK(answers.allGiven());
        CHECK(answers.lastTitle() == TrashPage::tr("Purge customers"));
        CHECK(answers.lastText().contains(QStringLiteral("cannot be undone")));
    }
    CHECK(page->count() == 1);
    CHECK(CustomerStore(window.session()).get(*id).ok());

    table->selectRow(0);
    {
        guanxi::test::MessageBoxAnswers answers({QMessageBox::Discard});
        QTest::mouseClick(purge, Qt::LeftButton);
        CHECK(answers.allGiven());
    }
    CHECK(page->count() == 0);
    CHECK_FALSE(CustomerStore(window.session()).get(*id).ok());
}
