// The Data Quality page: reached with its shortcut, it shows the score with
// its formula and a row per check; a check's customers open in the customer
// form, and fixing one there raises the score.
#include "reports/dataqualitypage.h"

#include "customers/customerdialog.h"
#include "customers/customerstore.h"
#include "dialogs.h"
#include "findwidget.h"
#include "testwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::child;

namespace {

void addCustomers(Session &session)
{
    CustomerStore store(session);
    Customer company;
    company.kind = CustomerKind::Company;
    company.name = QStringLiteral("深圳华创科技有限公司");
    company.city = QStringLiteral("深圳");
    company.phones << Phone{{}, QStringLiteral("0755 1234 5678"), {}};
    REQUIRE(store.create(company).ok());
    Customer person; // nothing to reach him by
    person.name = QStringLiteral("张伟");
    person.city = QStringLiteral("深圳");
    REQUIRE(store.create(person).ok());
}

int rowOfCheck(QTableWidget *checks, const QString &key)
{
    for (int r = 0; r < checks->rowCount(); ++r)
        if (checks->item(r, 1)->data(Qt::UserRole).toString() == key)
            return r;
    FAIL("no row for " << key.toStdString());
    return -1;
}

void waitFor(QSignalSpy &spy)
{
    if (spy.isEmpty())
        REQUIRE(spy.wait(20000));
    spy.clear();
}

} // namespace

TEST_CASE("Data quality page: the score, its formula, and the customers a check lists opened to fix", "[gui][quality]")
{
    test::TestWindow tw(QStringLiteral("quality.guanxi"));
    addCustomers(tw.session());
    auto *page = tw.w.findChild<DataQualityPage *>();
    REQUIRE(page);
    QSignalSpy refreshed(page, &DataQualityPage::refreshed);
    QTest::keySequence(&tw.w, QKeySequence(Qt::CTRL | Qt::Key_0));
    REQUIRE(tw.w.findChild<QStackedWidget *>()->currentWidget() == page);
    waitFor(refreshed);

    const QualityFigures &team = page->report().team;
    CHECK(team.customers == 2);
    CHECK(child<QLabel>(page, "qualityScore")->text() == QLocale().toString(team.score, 'f', 1));
    CHECK(child<QLabel>(page, "qualityFormula")->text().contains(QStringLiteral("30 × completeness")));
    auto *checks = child<QTableWidget>(page, "qualityChecks");
    REQUIRE(checks->rowCount() == DataQuality::checkKeys().size());
    const int contact = rowOfCheck(checks, QStringLiteral("contact"));
    CHECK(checks->item(contact, 3)->text() == QStringLiteral("1"));
    CHECK(checks->item(contact, 2)->text() == QLocale().toString(50.0, 'f', 1) + u'%');
    const double before = team.score;

    // The check's customers, then the one to fix in the customer form.
    QSignalSpy shown(page, &DataQualityPage::recordsShown);
    checks->selectRow(contact);
    QTest::mouseClick(child<QPushButton>(page, "qualityShowRecords"), Qt::LeftButton);
    waitFor(shown);
    auto *records = child<QTableWidget>(page, "qualityRecords");
    REQUIRE(records->rowCount() == 1);
    CHECK(records->item(0, 1)->text() == QStringLiteral("张伟"));
    test::answerDialog<CustomerDialog>([&] { page->openRecord(0); }, [](CustomerDialog *dialog) {
        CHECK(dialog->customer().name == QStringLiteral("张伟"));
        child<QLineEdit>(dialog, "phonesEdit")->setText(QStringLiteral("138 1234 5678"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    // The save is seen: the checks run again and nobody fails "contact" now.
    waitFor(refreshed);
    checks = child<QTableWidget>(page, "qualityChecks");
    CHECK(checks->item(rowOfCheck(checks, QStringLiteral("contact")), 3)->text() == QStringLiteral("0"));
    CHECK(page->report().team.score > before);
    waitFor(shown);
    CHECK(records->rowCount() == 0);
}

TEST_CASE("Data quality page: an empty file says what to do instead of scoring nothing", "[gui][quality]")
{
    test::TestWindow tw(QStringLiteral("empty.guanxi"));
    auto *page = tw.w.findChild<DataQualityPage *>();
    REQUIRE(page);
    QSignalSpy refreshed(page, &DataQualityPage::refreshed);
    QTest::keySequence(&tw.w, QKeySequence(Qt::CTRL | Qt::Key_0));
    waitFor(refreshed);
    CHECK(child<QLabel>(page, "qualityEmpty")->isVisible());
    CHECK_FALSE(child<QTableWidget>(page, "qualityChecks")->isVisible());
}
