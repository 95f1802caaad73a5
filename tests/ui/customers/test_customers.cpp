// The first hour on the Customers page: a customer typed in twice is caught,
// a new customer the filters hide is still shown, the pane follows the list,
// Call says what happened without a calling program, and the filter lists
// and sorted columns follow pinyin.
#include "customers/customerdialog.h"
#include "customers/customerpanel.h"
#include "customers/customerspage.h"
#include "mainwindow.h"
#include "widgets/messagebar.h"
#include "platform/db/database.h"
#include "customers/customercolumns.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "team/userstore.h"
#include "dialogs.h"
#include "testwindow.h"
#include "typing.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>

using namespace guanxi;
using namespace guanxi::ui;

namespace {

using guanxi::test::answerDialog;
using guanxi::test::child;
using guanxi::test::typeInto;

// Follows the first link of a rich-text label from the keyboard, as a person
// does with Tab and Enter (the offscreen pointer cannot reach a modal dialog
// over the window, nor past the edge of the virtual screen); true when that
// link was `href`.
bool activateLink(QLabel *label, const QString &href)
{
    QTest::qWait(20); // let a message just shown get its size
    QString activated;
    const auto c = QObject::connect(label, &QLabel::linkActivated, label,
                                    [&activated](const QString &h) { activated = h; });
    label->setFocus(Qt::TabFocusReason);
    QTest::keyClick(label, Qt::Key_Tab); // onto the first link
    QTest::keyClick(label, Qt::Key_Return);
    QObject::disconnect(c);
    if (activated != href)
        WARN("activated " << activated.toStdString() << " instead of " << href.toStdString());
    return activated == href;
}

QLabel *labelOf(MessageBar *bar)
{
    auto *label = bar->findChild<QLabel *>();
    REQUIRE(label);
    return label;
}

struct Window : guanxi::test::TestWindow {
    Window() : TestWindow(QStringLiteral("customers.guanxi"), QSize(1366, 768)) {}
    CustomersPage *page() { return w.customersPage(); }
    qint64 add(const QString &name, const QString &phone = {}, const QString &city = {}, Stage stage = Stage::Lead)
    {
        Customer c;
        c.name = name;
        c.city = city;
        c.stage = stage;
        if (!phone.isEmpty())
            c.phones << Phone{QString(), phone, QString()};
        auto id = CustomerStore(session()).create(c);
        REQUIRE(id.ok());
        QTest::qWait(20);
        return *id;
    }
    // Opens the new-customer form with Ctrl+N and runs `fill` on it.
    void newCustomer(const std::function<void(CustomerDialog *)> &fill)
    {
        activate(); // again, after an earlier form closed
        answerDialog<CustomerDialog>(
            [this] {
                page()->table()->setFocus();
                QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
            },
            [&fill](CustomerDialog *d) {
                REQUIRE(QTest::qWaitForWindowExposed(d));
                fill(d);
            });
    }
};

QStringList comboItems(QComboBox *combo)
{
    QStringList items;
    for (int i = 1; i < combo->count(); ++i) // 0 is "All …"
        items << combo->itemText(i);
    return items;
}

} // namespace

TEST_CASE("Adding a customer with the phone of one already in the file warns and offers to open it",
          "[gui][customers][duplicates]")
{
    Window win;
    const qint64 existing = win.add(QStringLiteral("张伟"), QStringLiteral("138 1234 5678"));
    win.add(QStringLiteral("李娜"));

    SECTION("Save again adds it anyway")
    {
        QString warning;
        bool stillOpen = false;
        win.newCustomer([&](CustomerDialog *d) {
            typeInto(d, "nameEdit", QStringLiteral("张伟 (新)"));
            typeInto(d, "phonesEdit", QStringLiteral("13812345678"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
            warning = child<MessageBar>(d, "messageBar")->text();
            stillOpen = d->isVisible();
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        CHECK(stillOpen);
        CHECK(warning.contains(QStringLiteral("张伟")));
        CHECK(warning.contains(QStringLiteral("+8613812345678")));
        CHECK(warning.contains(QStringLiteral("open:%1").arg(existing)));
        CHECK(QApplication::activeModalWidget() == nullptr);
        CHECK(win.page()->totalCount() == 3);
    }
    SECTION("the link opens the customer already there, and nothing is added")
    {
        win.newCustomer([&](CustomerDialog *d) {
            typeInto(d, "nameEdit", QStringLiteral("Zhang Wei"));
            typeInto(d, "phonesEdit", QStringLiteral("+86 138-1234-5678"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
            auto *bar = child<MessageBar>(d, "messageBar");
            REQUIRE(bar->isVisible());
            REQUIRE(activateLink(labelOf(bar), QStringLiteral("open:%1").arg(existing)));
        });
        CHECK(QApplication::activeModalWidget() == nullptr);
        CHECK(win.page()->totalCount() == 2);
        CHECK(win.page()->currentId() == existing);
        CHECK(child<QLabel>(&win.w, "panelTitle")->text() == QStringLiteral("张伟"));
    }
    SECTION("the same e-mail in another case, and the same name at the same company, warn too")
    {
        Customer company;
        company.kind = CustomerKind::Company;
        company.name = QStringLiteral("华兴科技");
        auto companyId = CustomerStore(win.session()).create(company);
        REQUIRE(companyId.ok());
        Customer wang;
        wang.name = QStringLiteral("王芳");
        wang.companyId = *companyId;
        wang.emails << Email{QString(), QStringLiteral("wang@huaxing.cn")};
        REQUIRE(CustomerStore(win.session()).create(wang).ok());
        QTest::qWait(20);
        QString byEmail, byName;
        win.newCustomer([&](CustomerDialog *d) {
            typeInto(d, "nameEdit", QStringLiteral("Fang Wang"));
            typeInto(d, "emailsEdit", QStringLiteral("WANG@huaxing.cn"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
            byEmail = child<MessageBar>(d, "messageBar")->text();
            d->reject();
        });
        win.newCustomer([&](CustomerDialog *d) {
            typeInto(d, "nameEdit", QStringLiteral("王芳"));
            typeInto(d, "companyEdit", QStringLiteral("华兴科技"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
            byName = child<MessageBar>(d, "messageBar")->text();
            d->reject();
        });
        CHECK(byEmail.contains(QStringLiteral("wang@huaxing.cn")));
        CHECK(byName.contains(QStringLiteral("王芳")));
        CHECK(byName.contains(QStringLiteral("华兴科技")));
        CHECK(win.page()->totalCount() == 4);
    }
    SECTION("a customer like no other is saved at the first click")
    {
        win.newCustomer([&](CustomerDialog *d) {
            typeInto(d, "nameEdit", QStringLiteral("赵磊"));
            typeInto(d, "phonesEdit", QStringLiteral("139 0000 1111"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        CHECK(QApplication::activeModalWidget() == nullptr);
        CHECK(win.page()->totalCount() == 3);
    }
}

TEST_CASE("A new customer the active filter hides is shown in the pane, with a notice and a way out",
          "[gui][customers]")
{
    Window win;
    win.add(QStringLiteral("上海客户"), {}, QStringLiteral("上海"));
    win.add(QStringLiteral("北京客户"), {}, QStringLiteral("北京"));
    auto *city = child<QComboBox>(&win.w, "cityFilter");
    city->setCurrentIndex(city->findText(QStringLiteral("上海")));
    REQUIRE(win.page()->totalCount() == 1);

    win.newCustomer([&](CustomerDialog *d) {
        typeInto(d, "nameEdit", QStringLiteral("广州新客户"));
        typeInto(d, "cityEdit", QStringLiteral("广州"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    CHECK(win.page()->totalCount() == 1); // still filtered to 上海
    CHECK(child<QLabel>(&win.w, "panelTitle")->text() == QStringLiteral("广州新客户"));
    CHECK(child<QWidget>(&win.w, "customerPanel")->findChild<QWidget *>(QStringLiteral("panelTitle"))->isVisible());
    auto *bar = win.page()->messageBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(QStringLiteral("广州新客户")));
    CHECK(bar->text().contains(QStringLiteral("filters")));
    REQUIRE(activateLink(labelOf(bar), QStringLiteral("clear")));
    CHECK(win.page()->totalCount() == 3);
    CHECK(city->currentIndex() == 0);
}

TEST_CASE("When the search finds nobody the pane shows nobody", "[gui][customers]")
{
    Window win;
    win.add(QStringLiteral("张伟"));
    QTest::qWait(20);
    auto *title = child<QLabel>(&win.w, "panelTitle");
    REQUIRE(title->isVisible());
    REQUIRE(title->text() == QStringLiteral("张伟"));
    QLineEdit *box = win.w.searchBox();
    box->setFocus();
    guanxi::test::typeText(box, QStringLiteral("nobodyhere"));
    QTest::qWait(300);
    REQUIRE(win.page()->totalCount() == 0);
    CHECK_FALSE(title->isVisible());
    // Clearing the search brings the same customer back.
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Backspace);
    QTest::qWait(300);
    CHECK(win.page()->totalCount() == 1);
    CHECK(title->isVisible());
    CHECK(title->text() == QStringLiteral("张伟"));
}

TEST_CASE("Call without a program for tel: links says so and offers to copy the number", "[gui][customers]")
{
    // The offscreen platform has no URL handlers, like a desktop without a
    // softphone: QDesktopServices::openUrl() fails for tel:.
    Window win;
    win.add(QStringLiteral("张伟"), QStringLiteral("138 1234 5678"));
    QTest::qWait(20);
    auto *panel = child<CustomerPanel>(&win.w, "customerPanel");
    QPushButton *call = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->text() == CustomerPanel::tr("Call"))
            call = b;
    REQUIRE(call);
    REQUIRE(call->isEnabled());
    auto *notice = panel->findChild<MessageBar *>();
    REQUIRE(notice);
    REQUIRE_FALSE(notice->isVisible());
    QTest::mouseClick(call, Qt::LeftButton);
    REQUIRE(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("tel:")));
    CHECK(notice->text().contains(QStringLiteral("138 1234 5678")));
    QApplication::clipboard()->clear();
    REQUIRE(activateLink(labelOf(notice), QStringLiteral("copy:138 1234 5678")));
    CHECK(QApplication::clipboard()->text() == QStringLiteral("138 1234 5678"));
    CHECK(notice->text().contains(QStringLiteral("138 1234 5678")));
}

TEST_CASE("City and owner filters list their values in pinyin order, and the City column sorts so",
          "[gui][customers][pinyin]")
{
    Window win;
    for (const auto &[login, name] : {std::pair{"zhao", "赵磊"}, std::pair{"an", "安娜"}, std::pair{"li", "李明"}}) {
        User u;
        u.login = QString::fromLatin1(login);
        u.displayName = QString::fromUtf8(name);
        REQUIRE(UserStore(win.session()).create(u).ok());
    }
    // Code point order: 上海 4E0A, 北京 5317, 广州 5E7F, 成都 6210.
    win.add(QStringLiteral("甲"), {}, QStringLiteral("上海"));
    win.add(QStringLiteral("乙"), {}, QStringLiteral("北京"));
    win.add(QStringLiteral("丙"), {}, QStringLiteral("广州"));
    win.add(QStringLiteral("丁"), {}, QStringLiteral("成都"));
    win.page()->reloadLookups();
    CHECK(comboItems(child<QComboBox>(&win.w, "cityFilter"))
          == QStringList({QStringLiteral("北京"), QStringLiteral("成都"), QStringLiteral("广州"), QStringLiteral("上海")}));
    const QStringList owners = comboItems(child<QComboBox>(&win.w, "ownerFilter"));
    CHECK(owners.indexOf(QStringLiteral("安娜")) < owners.indexOf(QStringLiteral("李明")));
    CHECK(owners.indexOf(QStringLiteral("李明")) < owners.indexOf(QStringLiteral("赵磊")));

    QTableView *table = win.page()->table();
    QHeaderView *header = table->horizontalHeader();
    const int cityColumn = int(CustomerColumn::City);
    REQUIRE_FALSE(table->isColumnHidden(cityColumn));
    const int x = header->sectionViewportPosition(cityColumn) + header->sectionSize(cityColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, header->height() / 2));
    QTest::qWait(20);
    REQUIRE(header->sortIndicatorSection() == cityColumn);
    QStringList shown;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        shown << table->model()->index(r, cityColumn).data().toString();
    const QStringList pinyin = {QStringLiteral("北京"), QStringLiteral("成都"), QStringLiteral("广州"), QStringLiteral("上海")};
    if (header->sortIndicatorOrder() == Qt::AscendingOrder)
        CHECK(shown == pinyin);
    else
        CHECK(shown == QStringList(pinyin.crbegin(), pinyin.crend()));
}
