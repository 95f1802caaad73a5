// The Orders page as a salesperson records money coming in: Record Payment
// asks for date, method, reference and note; a write-off says why; every
// order can be reached page by page; an order saves as a PDF for the customer.
#include "mainwindow.h"
#include "sales/orderdocument.h"
#include "sales/orderspage.h"
#include "sales/paymentdialog.h"
#include "reports/reportpanel.h"
#include "reports/reportspage.h"
#include "dialogs.h"
#include "testwindow.h"
#include "typing.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;
using guanxi::test::answerDialog;
using guanxi::test::child;

namespace {
qint64 addOrder(Session &s, qint64 customer, qint64 amountMinor, OrderStatus status, const QDate &date)
{
    OrderStore orders(s);
    Order o;
    o.customerId = customer;
    o.status = status;
    o.number = *orders.nextNumber(OrderKind::Order, date.year());
    o.orderDate = date;
    o.lines << OrderLine{0, QStringLiteral("ERP 实施"), 1, amountMinor, 0, 0};
    auto id = orders.create(o);
    REQUIRE(id.ok());
    return *id;
}

qint64 addCustomer(Session &s, const QString &name)
{
    Customer c;
    c.name = name;
    auto id = CustomerStore(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

void selectOrder(OrdersPage *page, qint64 id)
{
    QTableWidget *table = page->table();
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            table->setCurrentCell(r, 0);
            return;
        }
    FAIL("order " << id << " is not on the page");
}
} // namespace

TEST_CASE("Record Payment asks for date, method, reference and note, a write-off needs a reason",
          "[gui][orders][payments]")
{
    guanxi::test::TestWindow window(QStringLiteral("orders.guanxi"));
    MainWindow &w = window.w;
    Session &session = window.session();
    const qint64 customer = addCustomer(session, QStringLiteral("华信科技"));
    const qint64 id = addOrder(session, customer, 3580000, OrderStatus::Delivered, session.today().addDays(-10));
    auto *page = w.findChild<OrdersPage *>();
    REQUIRE(page);
    page->reload();
    selectOrder(page, id);
    auto *pay = page->findChild<QPushButton *>(QStringLiteral("payButton"));
    REQUIRE(pay->isEnabled());

    bool sawForm = false;
    answerDialog<PaymentDialog>([pay] { QTest::mouseClick(pay, Qt::LeftButton); }, [&sawForm, &session](PaymentDialog *d) {
        auto *amount = child<QLineEdit>(d, "paymentAmountEdit");
        auto *method = child<QComboBox>(d, "paymentMethodCombo");
        sawForm = amount->text() == QStringLiteral("35800.00") && method->isEditable() && method->count() == 5;
        // Too much: the error shows under the amount and the dialog stays.
        amount->selectAll();
        guanxi::test::typeText(amount, QStringLiteral("40000"));
        QTest::keyClick(d, Qt::Key_Return);
        CHECK(d->isVisible());
        CHECK(child<QLabel>(d, "amountError")->isVisible());
        amount->selectAll();
        guanxi::test::typeText(amount, QStringLiteral("10000"));
        child<QDateEdit>(d, "paymentDateEdit")->setDate(session.today().addDays(-2));
        method->setCurrentText(QStringLiteral("对公转账"));
        guanxi::test::typeText(child<QLineEdit>(d, "paymentReferenceEdit"), QStringLiteral("HX-77"));
        guanxi::test::typeText(child<QLineEdit>(d, "paymentNoteEdit"), QStringLiteral("首付"));
        QTest::keyClick(d, Qt::Key_Return);
    });
    CHECK(sawForm);
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    auto pays = OrderStore(session).payments(id);
    REQUIRE(pays->size() == 1);
    CHECK(pays->at(0).amountMinor == 1000000);
    CHECK(pays->at(0).method == QStringLiteral("对公转账"));
    CHECK(pays->at(0).reference == QStringLiteral("HX-77"));
    CHECK(pays->at(0).note == QStringLiteral("首付"));
    CHECK(pays->at(0).paidOn == session.today().addDays(-2));
    CHECK(OrderStore(session).get(id)->outstandingMinor() == 2580000);

    // The rest is written off with a reason; without one the dialog says so.
    auto *writeOff = page->findChild<QPushButton *>(QStringLiteral("writeOffButton"));
    REQUIRE(writeOff->isEnabled());
    answerDialog<WriteOffDialog>([writeOff] { QTest::mouseClick(writeOff, Qt::LeftButton); }, [](WriteOffDialog *d) {
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(d->isVisible());
        CHECK(child<QLabel>(d, "reasonError")->isVisible());
        child<QPlainTextEdit>(d, "writeOffReasonEdit")->setPlainText(QStringLiteral("客户破产"));
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    auto settled = OrderStore(session).get(id);
    CHECK(settled->status == OrderStatus::Paid);
    CHECK(settled->writtenOffMinor == 2580000);
    CHECK_FALSE(pay->isEnabled());   // nothing owed any more
}

TEST_CASE("The Orders page pages through every order", "[gui][orders]")
{
    guanxi::test::TestWindow window(QStringLiteral("many.guanxi"));
    MainWindow &w = window.w;
    Session &session = window.session();
    const qint64 customer = addCustomer(session, QStringLiteral("李娜"));
    const int total = OrdersPage::pageSize + 20;
    qint64 oldest = 0;
    for (int i = 0; i < total; ++i) {
        const qint64 id = addOrder(session, customer, 10000 + i, OrderStatus::Signed,
                                   session.today().addDays(-i));
        if (i == total - 1)
            oldest = id;
    }
    auto *page = w.findChild<OrdersPage *>();
    page->reload();
    CHECK(page->table()->rowCount() == OrdersPage::pageSize);
    auto *older = page->findChild<QPushButton *>(QStringLiteral("ordersOlderButton"));
    auto *newer = page->findChild<QPushButton *>(QStringLiteral("ordersNewerButton"));
    CHECK_FALSE(newer->isEnabled());
    REQUIRE(older->isEnabled());
    QTest::mouseClick(older, Qt::LeftButton);
    CHECK(page->table()->rowCount() == 20);
    CHECK(page->table()->item(19, 0)->data(Qt::UserRole).toLongLong() == oldest);
    CHECK(page->findChild<QLabel *>(QStringLiteral("ordersSummary"))->text().contains(QStringLiteral("520")));
    CHECK_FALSE(older->isEnabled());
    QTest::mouseClick(newer, Qt::LeftButton);
    CHECK(page->table()->rowCount() == OrdersPage::pageSize);
}

TEST_CASE("An order saves as a PDF the customer can read", "[gui][orders]")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("pdf.guanxi")), true).ok());
    Session &session = *w.session();
    const qint64 id = addOrder(session, addCustomer(session, QStringLiteral("北京华信科技有限公司")), 2900000,
                               OrderStatus::Signed, session.today());
    auto html = OrderDocument::html(session, id);
    REQUIRE(html.ok());
    const QString number = OrderStore(session).get(id)->number;
    CHECK(html->contains(number));
    CHECK(html->contains(QStringLiteral("北京华信科技有限公司")));
    CHECK(html->contains(QStringLiteral("ERP 实施")));
    CHECK(html->contains(QStringLiteral("29,000.00")));
    const QString pdf = dir.filePath(OrderDocument::suggestedFileName(number));
    REQUIRE(OrderDocument::writePdf(session, id, pdf).ok());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 2000);
    // Never over the open database.
    CHECK_FALSE(OrderDocument::writePdf(session, id, session.db().path()).ok());
}

TEST_CASE("Receivables in Reports list what each customer owes, by age", "[gui][orders][reports]")
{
    guanxi::test::TestWindow window(QStringLiteral("owed.guanxi"));
    MainWindow &w = window.w;
    Session &session = window.session();
    const qint64 a = addCustomer(session, QStringLiteral("华信科技"));
    const qint64 b = addCustomer(session, QStringLiteral("李娜"));
    addOrder(session, a, 500000, OrderStatus::Delivered, session.today().addDays(-100));
    addOrder(session, b, 120000, OrderStatus::Signed, session.today().addDays(-3));
    addOrder(session, b, 990000, OrderStatus::Draft, session.today().addDays(-3));   // owes nothing
    auto *page = w.findChild<ReportsPage *>();
    REQUIRE(page);
    REQUIRE(page->reportNames().contains(QStringLiteral("receivables")));
    page->showReport(QStringLiteral("receivables"));
    REQUIRE(page->hasReport());
    const Report &report = page->panel()->report();
    const ReportTable &byCustomer = report.tables.first();
    REQUIRE(byCustomer.rows.size() == 2);
    CHECK(byCustomer.rows.at(0).at(byCustomer.column(QStringLiteral("customer"))).toString() == QStringLiteral("华信科技"));
    CHECK(byCustomer.rows.at(0).at(byCustomer.column(QStringLiteral("days_over_90"))).toLongLong() == 500000);
    CHECK(byCustomer.rows.at(1).at(byCustomer.column(QStringLiteral("days_0_30"))).toLongLong() == 120000);
    QTemporaryDir out;
    REQUIRE(page->exportTo(out.filePath(QStringLiteral("应收.xlsx"))).ok());
}
