// Leads as a salesperson works them: capture through the form, see the
// duplicate warning when converting, link to the existing customer.
#include "leads/convertleaddialog.h"
#include "leads/leaddialog.h"
#include "leads/leadspage.h"
#include "mainwindow.h"
#include "dialogs.h"
#include "testwindow.h"
#include "typing.h"
#include "leads/leadtablemodel.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "leads/leadstore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::answerDialog;
using guanxi::test::child;

TEST_CASE("A lead is captured in the form and converted after the duplicate check", "[gui][leads]")
{
    guanxi::test::TestWindow window(QStringLiteral("leads.guanxi"));
    MainWindow &w = window.w;
    Session &session = window.session();
    Customer existing;
    existing.name = QStringLiteral("张伟");
    existing.phones << Phone{QString(), QStringLiteral("138 1234 5678"), QString()};
    const qint64 existingId = *CustomerStore(session).create(existing);

    auto *page = w.findChild<LeadsPage *>();
    REQUIRE(page);
    answerDialog<LeadDialog>([page] { page->addLead(); }, [](LeadDialog *d) {
        // A phone that cannot be verified gets a note while it is typed, not
        // an error: it would be saved as written.
        auto *phone = child<QLineEdit>(d, "lead_phone");
        auto *name = child<QLineEdit>(d, "lead_name");
        name->setFocus();
        guanxi::test::typeText(name, QStringLiteral("张先生"));
        phone->setFocus();
        guanxi::test::typeText(phone, QStringLiteral("12ab"));
        auto *note = child<QLabel>(d, "lead_phoneNote");
        CHECK(note->isVisible());
        CHECK(note->text().contains(QStringLiteral("“12ab”")));
        CHECK(note->text().contains(QStringLiteral("not verified")));
        CHECK_FALSE(child<QLabel>(d, "lead_phoneError")->isVisible());
        phone->clear();
        guanxi::test::typeText(phone, QStringLiteral("13812345678"));
        CHECK_FALSE(note->isVisible());
        QTest::mouseClick(child<QPushButton>(d, "saveLeadButton"), Qt::LeftButton);
    });
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    REQUIRE(page->model()->rowCount() == 1); // "My leads": captured leads are the author's
    CHECK(page->model()->index(0, LeadTableModel::Name).data().toString() == QStringLiteral("张先生"));

    page->table()->setCurrentIndex(page->model()->index(0, 0));
    bool sawDuplicate = false;
    const qint64 customersBefore = *CustomerStore(session).countLive();
    answerDialog<ConvertLeadDialog>([page] { page->convert(); }, [&sawDuplicate](ConvertLeadDialog *d) {
        auto *candidates = child<QListWidget>(d, "candidateList");
        sawDuplicate = candidates->count() == 1 && candidates->item(0)->text().contains(QStringLiteral("+8613812345678"));
        CHECK(child<QRadioButton>(d, "linkRadio")->isChecked()); // linking is the default
        QTest::mouseClick(child<QPushButton>(d, "convertButton"), Qt::LeftButton);
    });
    CHECK(sawDuplicate);
    CHECK(*CustomerStore(session).countLive() == customersBefore); // linked, not duplicated
    auto leads = LeadStore(session).list({}, 0, 10);
    REQUIRE(leads->size() == 1);
    CHECK(leads->first().status == LeadStatus::Converted);
    CHECK(leads->first().customerId == existingId);
}

TEST_CASE("A lead's phone that is not verified is marked in its details", "[gui][leads][phone]")
{
    guanxi::test::TestWindow window(QStringLiteral("leadphone.guanxi"));
    Session &session = window.session();
    Lead l;
    l.name = QStringLiteral("前台");
    l.phone = QStringLiteral("801");
    l.ownerId = session.userId();
    REQUIRE(LeadStore(session).create(l).ok());
    auto *page = window.w.findChild<LeadsPage *>();
    REQUIRE(page);
    for (int i = 0; i < 50 && page->model()->rowCount() == 0; ++i) // the page follows leadsChanged
        QTest::qWait(20);
    REQUIRE(page->model()->rowCount() == 1);
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    const QString details = child<QTextBrowser>(&window.w, "leadDetails")->toPlainText();
    CHECK(details.contains(QStringLiteral("801 (not verified: “801” is too short")));
}
