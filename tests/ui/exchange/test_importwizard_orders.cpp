// The import wizard for orders and for leads with a saved mapping, driven as
// a person would: choose the file, read the guess, choose the options, run;
// and Import History reverting an order import.
#include "exchange/importhistorydialog.h"
#include "exchange/importwizard.h"
#include "customers/customerstore.h"
#include "exchange/importsource.h"
#include "exchange/orderimport.h"
#include "exchange/importstore.h"
#include "leads/leadstore.h"
#include "platform/session.h"
#include "sales/orderstore.h"
#include "dialogs.h"
#include "findwidget.h"
#include "testdb.h"
#include "wizardhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::child;
using guanxi::test::waitForRun;
using guanxi::test::writeFile;

namespace {
QString field(ImportWizard &wizard, int column)
{
    return child<QComboBox>(&wizard, QStringLiteral("importField%1").arg(column).toLatin1().constData())
        ->currentData()
        .toString();
}
} // namespace

TEST_CASE("The wizard imports a shop's order export, adding the customers it names when asked",
          "[gui][import][orders]")
{
    guanxi::test::TestDb t;
    Customer chen;
    chen.name = QStringLiteral("陈明");
    Phone phone;
    phone.raw = QStringLiteral("13812345678");
    chen.phones << phone;
    const qint64 chenId = *CustomerStore(*t.session).create(chen);
    const QString path = t.dir.filePath(QStringLiteral("淘宝订单.csv"));
    writeFile(path, QStringLiteral("订单编号,买家会员名,收货人手机,下单时间,实付金额,订单状态\n"
                                   "T-1,chenming,138 1234 5678,2026-03-01 10:12:00,128.00,交易成功\n"
                                   "T-2,小王,13900001111,2026-03-02 11:00:00,59.90,卖家已发货\n"
                                   "T-3,chenming,13812345678,2026-03-03 09:30:00,10,交易关闭\n")
                        .toUtf8());
    ImportWizard wizard(*t.session);
    wizard.show();
    wizard.setFile(path);
    REQUIRE(wizard.source());
    auto *target = child<QComboBox>(&wizard, "importTargetCombo");
    target->setFocus();
    QTest::keyClick(target, Qt::Key_End);   // Orders, the last choice
    REQUIRE(wizard.target() == ImportWizard::Target::Orders);
    CHECK(wizard.windowTitle() == QStringLiteral("Import Orders"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    CHECK(field(wizard, 0) == QStringLiteral("number"));
    CHECK(field(wizard, 1) == QStringLiteral("customer"));
    CHECK(field(wizard, 2) == QStringLiteral("customer_phone"));
    CHECK(field(wizard, 3) == QStringLiteral("date"));
    CHECK(field(wizard, 4) == QStringLiteral("amount"));
    CHECK(field(wizard, 5) == QStringLiteral("status"));
    // Without the amount the page says what is missing and Next waits.
    auto *amount = child<QComboBox>(&wizard, "importField4");
    amount->setCurrentIndex(0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(&wizard, "importMappingError")->text().contains(QStringLiteral("amount")));
    amount->setCurrentIndex(amount->findData(QStringLiteral("amount")));
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    CHECK_FALSE(child<QRadioButton>(&wizard, "importMode_upsert")->isVisible());
    auto *create = child<QCheckBox>(&wizard, "importCreateCustomers");
    CHECK(create->isVisible());
    CHECK_FALSE(create->isChecked());
    CHECK(child<QComboBox>(&wizard, "importRegionCombo")->currentData().toString() == t.session->defaultRegion());

    // 小王 is nobody yet: the run refuses the file and lists the row.
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    waitForRun(wizard);
    CHECK_FALSE(wizard.report().written);
    CHECK(wizard.report().rejected == 1);
    auto *problems = child<QTableWidget>(&wizard, "importProblems");
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 1)->text() == QStringLiteral("3"));
    CHECK(problems->item(0, 4)->text().contains(QStringLiteral("no such customer")));
    CHECK(*OrderStore(*t.session).count() == 0);

    // Back to the options: add unknown customers, and it lands.
    QTest::mouseClick(child<QPushButton>(&wizard, "importChangeButton"), Qt::LeftButton);
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    create->setChecked(true);
    wizard.next();
    waitForRun(wizard);
    REQUIRE(wizard.report().written);
    CHECK(wizard.report().created == 3);
    CHECK(wizard.report().customersCreated == 1);
    CHECK(wizard.report().batchId > 0);
    const QString summary = child<QLabel>(&wizard, "importSummary")->text();
    CHECK(summary.contains(QStringLiteral("Orders added: 3")));
    CHECK(summary.contains(QStringLiteral("added for names Guanxi did not know")));
    OrderStore orders(*t.session);
    CHECK(orders.get(*orders.findByNumber(QStringLiteral("T-1")))->customerId == chenId);
    CHECK(orders.get(*orders.findByNumber(QStringLiteral("T-3")))->status == OrderStatus::Cancelled);
    auto wang = CustomerStore(*t.session).findByPhone(QStringLiteral("+8613900001111"));
    REQUIRE(wang->size() == 1);
    CHECK(CustomerStore(*t.session).get(wang->first())->name == QStringLiteral("小王"));
    auto batches = ImportStore(*t.session).batches(QStringLiteral("order"));
    REQUIRE(batches->size() == 1);
    CHECK(batches->first().created == 3);
}

TEST_CASE("A lead list with headers no guess knows imports with a mapping saved before", "[gui][import][leads]")
{
    guanxi::test::TestDb t;
    REQUIRE(ImportStore(*t.session)
                .saveProfile(QStringLiteral("lead"), QStringLiteral("展会名单"),
                             {{QStringLiteral("访客"), QStringLiteral("name")},
                              {QStringLiteral("单位全称"), QStringLiteral("company")},
                              {QStringLiteral("联络"), QStringLiteral("phone")}})
                .ok());
    // A customer mapping of the same name is not offered for leads.
    REQUIRE(ImportStore(*t.session)
                .saveProfile(QStringLiteral("customer"), QStringLiteral("客户表"), {{QStringLiteral("访客"),
                                                                                   QStringLiteral("name")}})
                .ok());
    const QString path = t.dir.filePath(QStringLiteral("expo.csv"));
    writeFile(path, QStringLiteral("访客,单位全称,联络\n赵敏,明教贸易有限公司,13812345678\n"
                                   "周芷若,峨眉科技有限公司,13900001111\n")
                        .toUtf8());
    ImportWizard wizard(*t.session, ImportWizard::Target::Leads);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    CHECK(field(wizard, 0).isEmpty());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());   // no name yet
    auto *profiles = child<QComboBox>(&wizard, "importProfileCombo");
    REQUIRE(profiles->count() == 2);   // "(as guessed)" and the lead mapping only
    const int saved = profiles->findText(QStringLiteral("展会名单"));
    REQUIRE(saved == 1);
    profiles->setCurrentIndex(saved);
    emit profiles->activated(saved);   // as when chosen from the list
    CHECK(field(wizard, 0) == QStringLiteral("name"));
    CHECK(field(wizard, 1) == QStringLiteral("company"));
    CHECK(field(wizard, 2) == QStringLiteral("phone"));
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    CHECK_FALSE(child<QCheckBox>(&wizard, "importCreateCustomers")->isVisible());
    CHECK(child<QComboBox>(&wizard, "importRegionCombo")->isVisible());
    wizard.next();
    waitForRun(wizard);
    REQUIRE(wizard.report().written);
    CHECK(wizard.report().created == 2);
    auto leads = LeadStore(*t.session).list({}, 0, 10);
    REQUIRE(leads->size() == 2);
    QStringList companies;
    for (const Lead &l : *leads)
        companies << l.company;
    companies.sort();
    CHECK(companies == QStringList{QStringLiteral("峨眉科技有限公司"), QStringLiteral("明教贸易有限公司")});
}

TEST_CASE("A .vcf file that holds CSV is previewed as CSV, and the page says so", "[gui][import]")
{
    guanxi::test::TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("contacts.vcf"));
    writeFile(path, "Name,Phone\nAnna,13812345678\n");
    ImportWizard wizard(*t.session);
    wizard.show();
    wizard.setFile(path);
    REQUIRE(wizard.source());
    CHECK(wizard.source()->format() == QStringLiteral("csv"));
    auto *note = child<QLabel>(&wizard, "importKindNote");
    CHECK(note->isVisible());
    CHECK(note->text() == wizard.source()->kindNote());
    CHECK(note->text().contains(QStringLiteral("CSV")));
    CHECK(child<QTableWidget>(&wizard, "importPreview")->rowCount() == 1);
}

TEST_CASE("Import History reverts an order import: its orders are cancelled, and the boxes say so",
          "[gui][import][orders][revert]")
{
    guanxi::test::TestDb t;
    Customer chen;
    chen.name = QStringLiteral("陈明");
    REQUIRE(CustomerStore(*t.session).create(chen).ok());
    const QString path = t.dir.filePath(QStringLiteral("orders.csv"));
    writeFile(path, QStringLiteral("order_no,customer,order_date,total,status\nA-1,陈明,2026-03-01,100,paid\n"
                                   "A-2,陈明,2026-03-02,50,signed\n")
                        .toUtf8());
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    REQUIRE(OrderImport(*t.session, **source, {}).run()->written);

    ImportHistoryDialog dialog(*t.session);
    dialog.show();
    auto *table = child<QTableWidget>(&dialog, "importHistoryTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Orders"));
    test::MessageBoxAnswers answers{QMessageBox::Yes, QMessageBox::Ok};
    QTest::mouseClick(child<QPushButton>(&dialog, "revertImportButton"), Qt::LeftButton);
    CHECK(answers.allGiven());
    CHECK(answers.lastText() == QStringLiteral("Reverted. Orders cancelled: 2. Orders kept because money was "
                                               "received or written off since: 0."));
    OrderStore orders(*t.session);
    CHECK(orders.get(*orders.findByNumber(QStringLiteral("A-1")))->status == OrderStatus::Cancelled);
    CHECK(orders.get(*orders.findByNumber(QStringLiteral("A-2")))->status == OrderStatus::Cancelled);
    CHECK_FALSE(table->item(0, 9)->text().isEmpty());   // the reverted time
}

TEST_CASE("A shop export without a status column imports once the wizard is told the orders' status",
          "[gui][import][orders][status]")
{
    guanxi::test::TestDb t;
    Customer chen;
    chen.name = QStringLiteral("陈明");
    REQUIRE(CustomerStore(*t.session).create(chen).ok());
    const QString path = t.dir.filePath(QStringLiteral("店铺订单.csv"));
    writeFile(path, QStringLiteral("订单编号,客户,下单时间,实付金额\nS-1,陈明,2026-03-01,128.00\n"
                                   "S-2,陈明,2026-03-05,59.90\n")
                        .toUtf8());
    ImportWizard wizard(*t.session);
    wizard.show();
    wizard.setFile(path);
    REQUIRE(wizard.source());
    auto *target = child<QComboBox>(&wizard, "importTargetCombo");
    target->setFocus();
    QTest::keyClick(target, Qt::Key_End);   // Orders
    REQUIRE(wizard.target() == ImportWizard::Target::Orders);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    // No column for the status, and the mapping page lets it through.
    CHECK(field(wizard, 3) == QStringLiteral("amount"));
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    auto *status = child<QComboBox>(&wizard, "importDefaultStatus");
    CHECK(status->isVisible());
    CHECK(status->currentText() == QStringLiteral("(none: the file must say)"));

    // Left at none, Next says what to do and stays; nothing is written.
    {
        test::MessageBoxAnswers answers{QMessageBox::Ok};
        wizard.next();
        CHECK(answers.allGiven());
        CHECK(answers.lastText().contains(QStringLiteral("has no status column")));
        CHECK(answers.lastText().contains(QStringLiteral("Status for orders without one")));
    }
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    CHECK(*OrderStore(*t.session).count() == 0);

    // Paid: the orders land paid, settled in full.
    status->setCurrentIndex(status->findText(Orders::statusLabel(OrderStatus::Paid)));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    waitForRun(wizard);
    REQUIRE(wizard.report().written);
    CHECK(wizard.report().created == 2);
    OrderStore orders(*t.session);
    const auto s1 = orders.get(*orders.findByNumber(QStringLiteral("S-1")));
    CHECK(s1->status == OrderStatus::Paid);
    CHECK(s1->paidMinor == 12800);
    CHECK(s1->outstandingMinor() == 0);
    CHECK(orders.get(*orders.findByNumber(QStringLiteral("S-2")))->status == OrderStatus::Paid);
}
