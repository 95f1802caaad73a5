// The import wizard lists the values it kept although they need checking
// (phone numbers that could not be verified) below the summary; the people
// are imported.
#include "exchange/importwizard.h"
#include "customers/customerstore.h"
#include "platform/session.h"
#include "testdb.h"
#include "findwidget.h"
#include "wizardhelpers.h"

#include <QLabel>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::child;

TEST_CASE("The wizard imports people whose phones cannot be verified and lists those numbers", "[gui][import][phone]")
{
    guanxi::test::TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("contacts.csv"));
    guanxi::test::writeFile(path, "Name,Phone\nFront Desk,801\nAnna,13812345678\nSpeed Dial,1\n");
    ImportWizard wizard(*t.session);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    wizard.next();
    wizard.next();
    guanxi::test::waitForRun(wizard);
    CHECK(wizard.report().written);
    CHECK(*CustomerStore(*t.session).countLive() == 3);
    auto *warnings = child<QTableWidget>(&wizard, "importWarnings");
    CHECK(warnings->isVisible());
    REQUIRE(warnings->rowCount() == 2);
    CHECK(warnings->item(0, 0)->text() == QStringLiteral("1"));   // the record
    CHECK(warnings->item(0, 2)->text() == QStringLiteral("Phone"));
    CHECK(warnings->item(0, 3)->text() == QStringLiteral("801"));
    CHECK(warnings->item(0, 4)->text().contains(QStringLiteral("not verified")));
    CHECK(warnings->item(1, 3)->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(&wizard, "importSummary")->text().contains(QStringLiteral("kept as written but need checking")));
}
