// The import wizard and the duplicates dialog, driven as a person would:
// choose a file, read the preview, fix a column, check first, import, merge.
#include "customers/duplicatesdialog.h"
#include "exchange/importwizard.h"
#include "exchange/importsource.h"
#include "customers/customermerge.h"
#include "team/sampledata.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "customers/duplicatestore.h"
#include "customers/mergestore.h"
#include "dialogs.h"
#include "findwidget.h"
#include "testdb.h"
#include "wizardhelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::child;

namespace {
using guanxi::test::waitForRun;
using guanxi::test::writeFile;

void writeGbk(const QString &path, const QString &text)
{
    QStringEncoder gbk("GB18030");
    writeFile(path, gbk(text));
}
} // namespace

TEST_CASE("The wizard reads a GBK file, lets a column be fixed, checks it, then imports", "[gui][import]")
{
    guanxi::test::TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("客户名单.csv"));
    writeGbk(path, QStringLiteral("客户名单\r\n姓名,手机,城市,内部编码\r\n张伟,13812345678,北京,A-1\r\n"
                                  "李娜,13900001111,上海,A-2\r\n王芳,13700002222,广州,A-3\r\n"));
    ImportWizard wizard(*t.session);
    wizard.show();
    wizard.setFile(path);
    REQUIRE(wizard.source());
    CHECK(child<QLabel>(&wizard, "importDetectedLabel")->text().contains(QStringLiteral("GB18030")));
    CHECK(child<QComboBox>(&wizard, "importEncodingCombo")->currentData().toByteArray() == "GB18030");
    auto *preview = child<QTableWidget>(&wizard, "importPreview");
    CHECK(preview->columnCount() == 4);
    CHECK(preview->rowCount() == 3);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("张伟"));
    CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("3"));   // physical line, below the title

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    auto *name = child<QComboBox>(&wizard, "importField0");
    CHECK(name->currentData().toString() == QStringLiteral("name"));
    CHECK(child<QComboBox>(&wizard, "importField1")->currentData().toString() == QStringLiteral("phone"));
    auto *code = child<QComboBox>(&wizard, "importField3");
    CHECK(code->currentData().toString().isEmpty());   // not a field Guanxi knows: ignored
    // Mapping nothing that names or identifies a customer blocks Next and says why.
    auto *phone = child<QComboBox>(&wizard, "importField1");
    name->setCurrentIndex(0);
    phone->setCurrentIndex(0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(&wizard, "importMappingError")->isVisible());
    // A phone alone can update customers, but cannot add them.
    phone->setCurrentIndex(phone->findData(QStringLiteral("phone")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    name->setCurrentIndex(name->findData(QStringLiteral("name")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    child<QCheckBox>(&wizard, "importDryRun")->setChecked(true);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    waitForRun(wizard);
    CHECK(wizard.report().dryRun);
    CHECK(wizard.report().created == 3);
    CHECK_FALSE(wizard.report().written);
    CHECK(*CustomerStore(*t.session).countLive() == 0);
    auto *importNow = child<QPushButton>(&wizard, "importNowButton");
    REQUIRE(importNow->isVisible());

    QTest::mouseClick(importNow, Qt::LeftButton);
    waitForRun(wizard);
    CHECK(wizard.report().written);
    CHECK_FALSE(child<QCheckBox>(&wizard, "importDryRun")->isChecked());   // the options page follows
    CHECK(*CustomerStore(*t.session).countLive() == 3);
    CHECK(child<QLabel>(&wizard, "importSummary")->text().contains(QStringLiteral("Created: 3")));
}

TEST_CASE("Without a name column the options page refuses to add customers, and says why", "[gui][import]")
{
    guanxi::test::TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("phones.csv"));
    writeFile(path, "Phone,City\n13812345678,Beijing\n");
    ImportWizard wizard(*t.session);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    REQUIRE(child<QComboBox>(&wizard, "importField0")->currentData().toString() == QStringLiteral("phone"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    {
        guanxi::test::MessageBoxAnswers answers({QMessageBox::Ok});
        wizard.next();
        CHECK(answers.allGiven());
        CHECK(answers.lastTitle() == ImportWizard::tr("Import"));
        CHECK(answers.lastText().contains(QStringLiteral("No column goes to the name")));
    }
    CHECK(wizard.currentId() == ImportWizard::OptionsPageId);
    // Only updating needs no name.
    child<QRadioButton>(&wizard, "importMode_update")->click();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    waitForRun(wizard);
    CHECK(*CustomerStore(*t.session).countLive() == 0);
}

TEST_CASE("The wizard imports what the mapping shows when the file box had the focus", "[gui][import]")
{
    // As the screenshot tool drives it: an active window whose focus is in the
    // file box, a file set, then Next three times. Turning the page takes the
    // focus from the box; that used to read the file again and forget the
    // mapping, so the combos showed Name and the options page refused it.
    guanxi::test::TestDb t;
    SampleData::Options o;
    o.customers = 20;
    o.orders = 40;
    REQUIRE(SampleData::generate(*t.session, o).ok());
    const QString path = t.dir.filePath(QStringLiteral("客户名单.csv"));
    writeGbk(path, QStringLiteral("2026年客户名单\r\n客户名称,联系电话,电子邮箱,单位,城市,备注\r\n"
                                  "赵敏,13811112222,zm@example.com,华信科技有限公司,北京,展会\r\n"
                                  "钱进,1381111,qj@,华信科技有限公司,上海,\r\n"
                                  "孙丽,13933334444,,东方电子,广州,老客户介绍\r\n"));
    ImportWizard wizard(*t.session);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    auto *file = child<QLineEdit>(&wizard, "importFileEdit");
    REQUIRE(file->hasFocus());
    wizard.setFile(path);
    REQUIRE(wizard.source());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    QApplication::processEvents();
    const QStringList expected = {QStringLiteral("name"),    QStringLiteral("phone"), QStringLiteral("email"),
                                  QStringLiteral("company"), QStringLiteral("city"),  QStringLiteral("notes")};
    for (int i = 0; i < expected.size(); ++i) {
        const QByteArray name = "importField" + QByteArray::number(i);
        CHECK(child<QComboBox>(&wizard, name.constData())->currentData().toString() == expected.at(i));
    }
    CHECK(wizard.currentPage()->isComplete());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK_FALSE(child<QLabel>(&wizard, "importMappingError")->isVisible());

    {
        // Answers for refusals, should any come: one then fails the test
        // instead of waiting for a click.
        guanxi::test::MessageBoxAnswers refusals({QMessageBox::Ok, QMessageBox::Ok});
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
        wizard.next();
        INFO("refused: " << refusals.lastText().toStdString());
        CHECK(MessageBox::pendingAnswers() == 2);
    }
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    waitForRun(wizard);
    CHECK(wizard.report().rejected == 1);   // 钱进's phone and e-mail
    CHECK_FALSE(wizard.report().written);
    wizard.hide();
}

TEST_CASE("Next after typing another path reads that file first", "[gui][import]")
{
    guanxi::test::TestDb t;
    const QString first = t.dir.filePath(QStringLiteral("first.csv"));
    const QString second = t.dir.filePath(QStringLiteral("second.csv"));
    writeFile(first, "Name,Phone\nAnna,13812345678\n");
    writeFile(second, "Email,Name,City\nbo@example.com,Bo,Xi'an\n");
    ImportWizard wizard(*t.session);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    wizard.setFile(first);
    auto *file = child<QLineEdit>(&wizard, "importFileEdit");
    file->setFocus();
    file->selectAll();
    QTest::keyClicks(file, second);
    // Next from the keyboard while the box still has the focus: the wizard
    // reads the typed file and stays to show it.
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::SourcePageId);
    REQUIRE(wizard.source());
    CHECK(wizard.source()->path() == second);
    CHECK(child<QTableWidget>(&wizard, "importPreview")->columnCount() == 3);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    QApplication::processEvents();
    CHECK(wizard.source()->path() == second);
    CHECK(child<QComboBox>(&wizard, "importField0")->currentData().toString() == QStringLiteral("email"));
    CHECK(child<QComboBox>(&wizard, "importField1")->currentData().toString() == QStringLiteral("name"));
    CHECK(wizard.currentPage()->isComplete());
    wizard.hide();
}

TEST_CASE("The wizard lists every bad row with its line and imports nothing", "[gui][import]")
{
    guanxi::test::TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("bad.csv"));
    // Bob's phone "12" is kept as written, not verified; his e-mail refuses the
    // row. The last row has nobody in it, only a city.
    writeFile(path, "Name,Phone,Email,City\nAnna,13812345678,anna@example.com,\nBob,12,bob@,\n,,,Beijing\n");
    ImportWizard wizard(*t.session);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    wizard.next();
    wizard.next();
    waitForRun(wizard);
    CHECK_FALSE(wizard.report().written);
    CHECK(wizard.report().rejected == 2);
    auto *problems = child<QTableWidget>(&wizard, "importProblems");
    REQUIRE(problems->rowCount() >= 2);
    CHECK(problems->item(0, 1)->text() == QStringLiteral("3"));   // Bob's line
    CHECK(problems->item(0, 2)->text() == QStringLiteral("Email"));
    CHECK(problems->item(problems->rowCount() - 1, 1)->text() == QStringLiteral("4"));
    CHECK(child<QLabel>(&wizard, "importSummary")->text().contains(QStringLiteral("Nothing was imported")));
    CHECK(*CustomerStore(*t.session).countLive() == 0);

    // Back to the options, import the valid rows this time.
    QTest::mouseClick(child<QPushButton>(&wizard, "importChangeButton"), Qt::LeftButton);
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    child<QCheckBox>(&wizard, "importSkipInvalid")->setChecked(true);
    wizard.next();
    waitForRun(wizard);
    CHECK(wizard.report().written);
    CHECK(*CustomerStore(*t.session).countLive() == 1);
    CHECK(QFile::exists(t.dir.filePath(QStringLiteral("bad-rejected.csv"))));
    CHECK(child<QLabel>(&wizard, "importSummary")->text().contains(QStringLiteral("bad-rejected.csv")));

    // A file that is not there says so on the first page.
    ImportWizard second(*t.session);
    second.show();
    second.setFile(t.dir.filePath(QStringLiteral("missing.csv")));
    CHECK_FALSE(second.button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(&second, "importSourceError")->text().contains(QStringLiteral("missing.csv")));
}

TEST_CASE("The duplicates dialog merges with the chosen values and records the merge", "[gui][merge]")
{
    guanxi::test::TestDb t;
    CustomerStore store(*t.session);
    Customer a;
    a.name = QStringLiteral("张伟");
    a.city = QStringLiteral("北京");
    a.phones << Phone{{}, QStringLiteral("13812345678"), {}};
    const qint64 keep = *store.create(a);
    Customer b;
    b.name = QStringLiteral("张伟（深圳）");
    b.city = QStringLiteral("深圳");
    b.phones << Phone{{}, QStringLiteral("+86 138 1234 5678"), {}};
    b.emails << Email{{}, QStringLiteral("zw@example.com")};
    const qint64 other = *store.create(b);

    auto groups = DuplicateStore(*t.session).find();
    REQUIRE(groups.ok());
    DuplicatesDialog dialog(*t.session, *groups);
    dialog.show();
    auto *compare = child<QTableWidget>(&dialog, "duplicateCompare");
    REQUIRE(compare->rowCount() > 6);
    // Take the other record's city (row 6: City), keep the rest.
    QRadioButton *city = child<QRadioButton>(&dialog, "take_6");
    CHECK(city->text() == QStringLiteral("深圳"));
    city->click();
    QTest::mouseClick(child<QPushButton>(&dialog, "mergeButton"), Qt::LeftButton);
    const Customer merged = *store.get(keep);
    CHECK(merged.name == QStringLiteral("张伟"));
    CHECK(merged.city == QStringLiteral("深圳"));
    CHECK(merged.emails.value(0).address == QStringLiteral("zw@example.com"));
    CHECK(store.get(other)->isDeleted());
    CHECK(child<QTableWidget>(&dialog, "mergeHistory")->rowCount() == 1);
    CHECK(child<QLabel>(&dialog, "duplicateMessage")->text().contains(QStringLiteral("Merged")));
}

TEST_CASE("The wizard imports leads with lead fields and no matching options", "[gui][import][leads]")
{
    guanxi::test::TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("leads.csv"));
    writeFile(path, "Name,Company,Mobile,Campaign\nAnna,Acme,13812345678,Expo\nBob,Beta,13900001111,Web\n");
    ImportWizard wizard(*t.session, ImportWizard::Target::Leads);
    wizard.show();
    CHECK(wizard.windowTitle() == QStringLiteral("Import Leads"));
    wizard.setFile(path);
    wizard.next();
    CHECK(child<QComboBox>(&wizard, "importField3")->currentData().toString() == QStringLiteral("campaign"));
    wizard.next();
    CHECK_FALSE(child<QRadioButton>(&wizard, "importMode_upsert")->isVisible());
    wizard.next();
    waitForRun(wizard);
    CHECK(wizard.report().written);
    CHECK(wizard.report().created == 2);
    CHECK(*CustomerStore(*t.session).countLive() == 0);
}

TEST_CASE("Leads chosen on the first page retitle the wizard and offer lead fields", "[gui][import][leads]")
{
    guanxi::test::TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("leads.csv"));
    writeFile(path, "Name,Company,Mobile,Campaign\nAnna,Acme,13812345678,Expo\n");
    ImportWizard wizard(*t.session);
    wizard.show();
    CHECK(wizard.windowTitle() == QStringLiteral("Import Customers"));
    wizard.setFile(path);
    auto *target = child<QComboBox>(&wizard, "importTargetCombo");
    target->setFocus();
    QTest::keyClick(target, Qt::Key_Down);   // a user's choice: activated
    CHECK(wizard.target() == ImportWizard::Target::Leads);
    CHECK(wizard.windowTitle() == QStringLiteral("Import Leads"));
    wizard.next();
    CHECK(child<QComboBox>(&wizard, "importField3")->currentData().toString() == QStringLiteral("campaign"));
    wizard.next();
    CHECK_FALSE(child<QRadioButton>(&wizard, "importMode_upsert")->isVisible());
}

TEST_CASE("The wizard imports a phone's vCard export, photo and all", "[gui][import]")
{
    guanxi::test::TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("通讯录.vcf"));
    writeFile(path, QStringLiteral("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:张;伟\r\nFN;CHARSET=UTF-8:张伟\r\n"
                                   "ORG;CHARSET=UTF-8:华信科技有限公司\r\nTEL;CELL:138 1234 5678\r\n"
                                   "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
                                   "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
                                   "\r\nEND:VCARD\r\n"
                                   "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Li;Na;;;\r\nFN:Li Na\r\nEMAIL;TYPE=INTERNET:lina@example.com\r\n"
                                   "ADR;TYPE=WORK:;;88 Jianguo Rd;北京;北京;;中国\r\nEND:VCARD\r\n")
                        .toUtf8());
    ImportWizard wizard(*t.session);
    wizard.show();
    wizard.setFile(path);
    REQUIRE(wizard.source());
    auto *preview = child<QTableWidget>(&wizard, "importPreview");
    CHECK(preview->rowCount() == 2);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    waitForRun(wizard);
    CHECK(wizard.report().written);
    CHECK(wizard.report().created == 2);
    CHECK(wizard.report().companiesCreated == 1);
    // The photo is passed over, and the summary says so.
    CHECK(wizard.report().notes == QStringList{QStringLiteral("Photos were not imported (1 contact(s) had one).")});
    CHECK(child<QLabel>(&wizard, "importSummary")->text().contains(QStringLiteral("Photos were not imported")));
    CustomerStore store(*t.session);
    auto ids = store.findByPhone(QStringLiteral("+8613812345678"));
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 1);
    const Customer zw = *store.get(ids->first());
    CHECK(zw.name == QStringLiteral("张伟"));
    CHECK(zw.companyName == QStringLiteral("华信科技有限公司"));
    auto li = store.findByEmail(QStringLiteral("lina@example.com"));
    REQUIRE(li.ok());
    REQUIRE(li->size() == 1);
    CHECK(store.get(li->first())->city == QStringLiteral("北京"));
}

TEST_CASE("A sheet of customers and their contact people shows and imports both, linked", "[gui][import][contacts]")
{
    guanxi::test::TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("联系人.csv"));
    writeGbk(path, QStringLiteral("客户名称,联系人,手机,公司电话\r\n华信科技有限公司,张伟,13812345678,010-62345678\r\n"
                                  "华信科技有限公司,李娜,13900001111,010-62345678\r\n"));
    ImportWizard wizard(*t.session);
    wizard.show();
    wizard.setFile(path);
    REQUIRE(wizard.source());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    CHECK(child<QComboBox>(&wizard, "importField0")->currentData().toString() == QStringLiteral("company"));
    CHECK(child<QComboBox>(&wizard, "importField1")->currentData().toString() == QStringLiteral("name"));
    CHECK(child<QComboBox>(&wizard, "importField3")->currentData().toString() == QStringLiteral("company_phone"));
    // The page says both are made, and stops saying it when the people go.
    auto *plan = child<QLabel>(&wizard, "importMappingPlan");
    CHECK(plan->isVisible());
    CHECK(plan->text().contains(QStringLiteral("person")));
    auto *person = child<QComboBox>(&wizard, "importField1");
    person->setCurrentIndex(0);
    CHECK_FALSE(plan->isVisible());
    person->setCurrentIndex(person->findData(QStringLiteral("name")));
    CHECK(plan->isVisible());

    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    waitForRun(wizard);
    REQUIRE(wizard.report().written);
    CHECK(wizard.report().created == 2);
    CHECK(wizard.report().companiesCreated == 1);
    CustomerStore store(*t.session);
    CHECK(*store.countLive() == 3);
    const Customer zw = *store.get(store.findByPhone(QStringLiteral("+8613812345678"))->first());
    CHECK(zw.companyName == QStringLiteral("华信科技有限公司"));
    CHECK(store.get(zw.companyId)->phones.value(0).e164 == QStringLiteral("+861062345678"));
}
