// Money owed (回款 and 应收): only committed orders owe; "paid" follows from
// payments and write-offs, never from a status set over a balance; old files
// are upgraded so their figures agree; receivables by customer and age.
#include "corehelpers.h"

#include "platform/db/migrations.h"
#include "analytics/receivables.h"
#include "team/sampledata.h"
#include "platform/changelogstore.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"
#include "text/money.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 addCustomer(Session &s, const QString &name)
{
    Customer c;
    c.name = name;
    auto id = CustomerStore(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

qint64 addOrder(Session &s, qint64 customer, qint64 amountMinor, OrderStatus status = OrderStatus::Signed,
                OrderKind kind = OrderKind::Order, QDate date = {})
{
    OrderStore orders(s);
    Order o;
    o.customerId = customer;
    o.kind = kind;
    o.status = status;
    o.number = *orders.nextNumber(kind);
    o.orderDate = date.isValid() ? date : s.today();
    o.lines << OrderLine{0, QStringLiteral("ERP"), 1, amountMinor, 0, 0};
    auto id = orders.create(o);
    if (!id)
        FAIL(str(id.error().message));
    return *id;
}

Payment payment(qint64 amountMinor, const QString &method = QStringLiteral("银行转账"))
{
    Payment p;
    p.amountMinor = amountMinor;
    p.method = method;
    return p;
}
} // namespace

TEST_CASE("Quotes, contracts and drafts owe nothing, signed and delivered orders owe their total", "[orders][payments]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const qint64 c = addCustomer(*t.session, QStringLiteral("华信科技"));
    const qint64 quote = addOrder(*t.session, c, 2900000, OrderStatus::Draft, OrderKind::Quote);
    const qint64 contract = addOrder(*t.session, c, 2900000, OrderStatus::Signed, OrderKind::Contract);
    const qint64 draft = addOrder(*t.session, c, 2900000, OrderStatus::Draft);
    const qint64 signed_ = addOrder(*t.session, c, 2900000, OrderStatus::Signed);
    const qint64 delivered = addOrder(*t.session, c, 2900000, OrderStatus::Delivered);
    CHECK(orders.get(quote)->outstandingMinor() == 0);
    CHECK(orders.get(contract)->outstandingMinor() == 0);
    CHECK(orders.get(draft)->outstandingMinor() == 0);
    CHECK(orders.get(signed_)->outstandingMinor() == 2900000);
    CHECK(orders.get(delivered)->outstandingMinor() == 2900000);
    OrderListQuery unpaid;
    unpaid.unpaidOnly = true;
    CHECK(*orders.count(unpaid) == 2);

    // A draft takes no payment, and says what to do.
    auto refused = orders.addPayment(draft, payment(100));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("signed")));
    CHECK_FALSE(orders.addPayment(quote, payment(100)).ok());
}

TEST_CASE("Marking an order paid never erases its balance", "[orders][payments]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const qint64 id = addOrder(*t.session, addCustomer(*t.session, QStringLiteral("李娜")), 35800000,
                               OrderStatus::Delivered);
    auto refused = orders.setStatus(id, OrderStatus::Paid);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("358000.00")));
    CHECK(orders.get(id)->status == OrderStatus::Delivered);
    CHECK(orders.get(id)->outstandingMinor() == 35800000);

    // Nor through an edit of the whole order.
    Order edited = *orders.get(id);
    edited.status = OrderStatus::Paid;
    CHECK_FALSE(orders.update(edited).ok());
    CHECK(orders.get(id)->status == OrderStatus::Delivered);

    // A quote cannot be paid at all.
    const qint64 quote = addOrder(*t.session, orders.get(id)->customerId, 100, OrderStatus::Draft, OrderKind::Quote);
    CHECK_FALSE(orders.setStatus(quote, OrderStatus::Paid).ok());
}

TEST_CASE("Payments settle an order, removing one brings the balance and the status back", "[orders][payments]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const qint64 id = addOrder(*t.session, addCustomer(*t.session, QStringLiteral("王芳")), 100000,
                               OrderStatus::Delivered);
    Payment first = payment(40000, QStringLiteral("微信"));
    first.reference = QStringLiteral("WX-8812");
    first.note = QStringLiteral("首付款");
    first.paidOn = t.session->today().addDays(-3);
    REQUIRE(orders.addPayment(id, first).ok());
    CHECK(orders.get(id)->outstandingMinor() == 60000);
    CHECK(orders.get(id)->status == OrderStatus::Delivered);
    auto second = orders.addPayment(id, payment(60000));
    REQUIRE(second.ok());
    auto paid = orders.get(id);
    CHECK(paid->status == OrderStatus::Paid);
    CHECK(paid->paidMinor == 100000);
    CHECK(paid->outstandingMinor() == 0);

    auto list = orders.payments(id);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).method == QStringLiteral("微信"));
    CHECK(list->at(0).reference == QStringLiteral("WX-8812"));
    CHECK(list->at(0).note == QStringLiteral("首付款"));
    CHECK(list->at(0).paidOn == t.session->today().addDays(-3));
    CHECK(list->at(0).recordedBy == QStringLiteral("Tester"));
    CHECK(list->at(0).kind == PaymentKind::Received);

    // Paid in full: the status stays paid until a payment goes.
    CHECK_FALSE(orders.setStatus(id, OrderStatus::Delivered).ok());
    REQUIRE(orders.removePayment(*second).ok());
    CHECK(orders.get(id)->status == OrderStatus::Delivered);
    CHECK(orders.get(id)->outstandingMinor() == 60000);
    CHECK_FALSE(orders.removePayment(*second).ok());
}

TEST_CASE("An order with money received cannot be cancelled until the payments are removed", "[orders][payments]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const qint64 c = addCustomer(*t.session, QStringLiteral("华信科技"));
    const qint64 id = addOrder(*t.session, c, 100000, OrderStatus::Delivered);
    auto paid = orders.addPayment(id, payment(40000));
    REQUIRE(paid.ok());
    const Status refused = orders.setStatus(id, OrderStatus::Cancelled);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("400.00")));
    CHECK(orders.get(id)->status == OrderStatus::Delivered);
    CHECK(orders.get(id)->outstandingMinor() == 60000);
    // Refunded (the payment removed), it may be cancelled and then owes nothing.
    REQUIRE(orders.removePayment(*paid).ok());
    REQUIRE(orders.setStatus(id, OrderStatus::Cancelled).ok());
    CHECK(orders.get(id)->outstandingMinor() == 0);
    // Nothing received: a signed order may be cancelled (the customer withdrew).
    const qint64 other = addOrder(*t.session, c, 5000, OrderStatus::Signed);
    CHECK(orders.setStatus(other, OrderStatus::Cancelled).ok());
}

TEST_CASE("A write-off settles the rest and records who and why", "[orders][payments]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const qint64 id = addOrder(*t.session, addCustomer(*t.session, QStringLiteral("陈静")), 50000);
    REQUIRE(orders.addPayment(id, payment(45000)).ok());
    auto noReason = orders.writeOff(id, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    CHECK(orders.get(id)->outstandingMinor() == 5000);

    REQUIRE(orders.writeOff(id, QStringLiteral("尾款让利")).ok());
    auto o = orders.get(id);
    CHECK(o->status == OrderStatus::Paid);
    CHECK(o->outstandingMinor() == 0);
    CHECK(o->paidMinor == 45000);
    CHECK(o->writtenOffMinor == 5000);
    auto list = orders.payments(id);
    REQUIRE(list->size() == 2);
    CHECK(list->at(1).kind == PaymentKind::WriteOff);
    CHECK(list->at(1).note == QStringLiteral("尾款让利"));
    CHECK(list->at(1).recordedBy == QStringLiteral("Tester"));
    CHECK_FALSE(orders.writeOff(id, QStringLiteral("again")).ok());
}

TEST_CASE("A write-off is refused when the balance changed since the user looked", "[orders][payments]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const qint64 c = addCustomer(*t.session, QStringLiteral("华信科技"));
    const qint64 id = addOrder(*t.session, c, 100000, OrderStatus::Delivered);
    const qint64 shown = orders.get(id)->outstandingMinor();   // the dialog shows 1,000.00
    REQUIRE(orders.addPayment(id, payment(30000)).ok());        // someone else records 300.00
    auto refused = orders.writeOff(id, QStringLiteral("客户倒闭"), shown);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("700.00")));
    CHECK(orders.get(id)->outstandingMinor() == 70000);
    CHECK(orders.writeOff(id, QStringLiteral("客户倒闭"), 70000).ok());
    CHECK(orders.get(id)->status == OrderStatus::Paid);
}

TEST_CASE("An order entered as paid carries a settlement that says so", "[orders][payments]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const qint64 id = addOrder(*t.session, addCustomer(*t.session, QStringLiteral("刘洋")), 120050, OrderStatus::Paid);
    auto o = orders.get(id);
    CHECK(o->status == OrderStatus::Paid);
    CHECK(o->paidMinor == 120050);
    auto list = orders.payments(id);
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).kind == PaymentKind::MarkedPaid);
    CHECK(list->at(0).amountMinor == 120050);
}

TEST_CASE("A quote advanced to an order gets an order number and is signed", "[orders][payments]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const qint64 c = addCustomer(*t.session, QStringLiteral("赵磊"));
    addOrder(*t.session, c, 100);   // SO-2026-00001 is taken
    const qint64 id = addOrder(*t.session, c, 2900000, OrderStatus::Draft, OrderKind::Quote);
    CHECK(orders.get(id)->number == QStringLiteral("QT-2026-00001"));
    REQUIRE(orders.advance(id).ok());
    CHECK(orders.get(id)->number == QStringLiteral("CT-2026-00001"));
    CHECK(orders.get(id)->outstandingMinor() == 0);
    REQUIRE(orders.advance(id).ok());
    auto o = orders.get(id);
    CHECK(o->kind == OrderKind::Order);
    CHECK(o->number == QStringLiteral("SO-2026-00002"));
    CHECK(o->status == OrderStatus::Signed);
    CHECK(o->outstandingMinor() == 2900000);
    // The old number stays in the history.
    auto history = ChangeLogStore(*t.session).history(QStringLiteral("order"), id);
    CHECK(std::any_of(history->cbegin(), history->cend(), [](const Change &ch) {
        return ch.field == QStringLiteral("number") && ch.oldValue == QStringLiteral("QT-2026-00001");
    }));

    // A number the user chose is kept.
    Order custom;
    custom.customerId = c;
    custom.kind = OrderKind::Contract;
    custom.number = QStringLiteral("HT-客户-7");
    custom.orderDate = t.session->today();
    custom.lines << OrderLine{0, QStringLiteral("x"), 1, 100, 0, 0};
    const qint64 mine = *orders.create(custom);
    REQUIRE(orders.advance(mine).ok());
    CHECK(orders.get(mine)->number == QStringLiteral("HT-客户-7"));
}

TEST_CASE("An automatic quote, contract or order number is never given twice", "[orders][payments]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const qint64 c = addCustomer(*t.session, QStringLiteral("赵磊"));
    const qint64 first = addOrder(*t.session, c, 100, OrderStatus::Draft, OrderKind::Quote);
    CHECK(orders.get(first)->number == QStringLiteral("QT-2026-00001"));
    REQUIRE(orders.advance(first).ok());   // QT-2026-00001 becomes CT-2026-00001
    REQUIRE(orders.advance(first).ok());   // and SO-2026-00001
    CHECK(orders.get(first)->number == QStringLiteral("SO-2026-00001"));
    // The next quote and contract do not reuse the numbers the first one had.
    const qint64 second = addOrder(*t.session, c, 200, OrderStatus::Draft, OrderKind::Quote);
    CHECK(orders.get(second)->number == QStringLiteral("QT-2026-00002"));
    REQUIRE(orders.advance(second).ok());
    CHECK(orders.get(second)->number == QStringLiteral("CT-2026-00002"));
    // A number typed by hand past the sequence is skipped, and raises it.
    Order typed;
    typed.customerId = c;
    typed.kind = OrderKind::Order;
    typed.number = QStringLiteral("SO-2026-00007");
    typed.orderDate = t.session->today();
    typed.lines << OrderLine{0, QStringLiteral("x"), 1, 100, 0, 0};
    REQUIRE(orders.create(typed).ok());
    CHECK(*orders.nextNumber(OrderKind::Order) == QStringLiteral("SO-2026-00008"));
    // The next quote follows the highest quote number ever issued.
    CHECK(*orders.nextNumber(OrderKind::Quote) == QStringLiteral("QT-2026-00003"));
}

namespace {
// A file at an old schema version, with one user (1) and one company (1, 华信).
void oldFileWithOneCustomer(RawConnection &raw, int version)
{
    raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
    REQUIRE(Migrations::upgrade(raw.db, 0, version).ok());
    raw.exec(QStringLiteral("INSERT INTO users (id, login, display_name, created_at) VALUES "
                            "(1, 'me', 'Me', '2026-01-01T00:00:00.000Z')"));
    raw.exec(QStringLiteral("INSERT INTO customers (id, name, name_sort, kind, stage, created_at, updated_at) VALUES "
                            "(1, '华信', 'huaxin', 'company', 'customer', '2026-01-01T00:00:00.000Z', "
                            "'2026-01-01T00:00:00.000Z')"));
}
} // namespace

TEST_CASE("Upgrading to numbered sequences remembers numbers renamed away before", "[orders][payments][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v15.guanxi"));
    {
        RawConnection raw(path);
        oldFileWithOneCustomer(raw, 15);
        // Quotes 1–3 were advanced to contracts and renamed; only the log remembers them.
        raw.exec(QStringLiteral(
            "INSERT INTO orders (id, number, customer_id, order_date, status, total_minor, created_at, updated_at, kind) "
            "VALUES (1, 'CT-2026-00001', 1, '2026-02-01', 'draft', 100, '2026-02-01T08:00:00.000Z', "
            "'2026-02-01T08:00:00.000Z', 'contract'), (2, 'SO-2025-00041', 1, '2025-02-01', 'signed', 100, "
            "'2025-02-01T08:00:00.000Z', '2025-02-01T08:00:00.000Z', 'order')"));
        raw.exec(QStringLiteral("INSERT INTO change_log (entity, entity_id, action, field, old_value, new_value, "
                                "changed_at) VALUES ('order', 1, 'update', 'number', 'QT-2026-00003', 'CT-2026-00001', "
                                "'2026-02-02T08:00:00.000Z')"));
    }
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    FixedClock clock{fixedNow()};
    Session session(**opened, clock);
    OrderStore orders(session);
    CHECK(*orders.nextNumber(OrderKind::Quote) == QStringLiteral("QT-2026-00004"));
    CHECK(*orders.nextNumber(OrderKind::Contract) == QStringLiteral("CT-2026-00002"));
    CHECK(*orders.nextNumber(OrderKind::Order) == QStringLiteral("SO-2026-00001"));
    CHECK(*orders.nextNumber(OrderKind::Order, 2025) == QStringLiteral("SO-2025-00042"));
}

TEST_CASE("Upgrading a file settles its paid orders visibly and leaves balances honest", "[orders][payments][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v13.guanxi"));
    {
        RawConnection raw(path);
        oldFileWithOneCustomer(raw, 13);
        const QString order = QStringLiteral(
            "INSERT INTO orders (id, number, customer_id, order_date, status, total_minor, created_at, updated_at, "
            "updated_by, kind) VALUES (%1, '%2', 1, '2026-02-01', '%3', %4, '2026-02-01T08:00:00.000Z', "
            "'2026-02-10T08:00:00.000Z', 1, '%5')");
        raw.exec(order.arg(1).arg(QStringLiteral("SO-1"), QStringLiteral("paid")).arg(35800000).arg(QStringLiteral("order")));
        raw.exec(order.arg(2).arg(QStringLiteral("SO-2"), QStringLiteral("paid")).arg(100000).arg(QStringLiteral("order")));
        raw.exec(order.arg(3).arg(QStringLiteral("SO-3"), QStringLiteral("delivered")).arg(50000).arg(QStringLiteral("order")));
        raw.exec(order.arg(4).arg(QStringLiteral("QT-1"), QStringLiteral("paid")).arg(900).arg(QStringLiteral("quote")));
        raw.exec(QStringLiteral("INSERT INTO payments (order_id, paid_on, amount_minor, created_at) VALUES "
                                "(2, '2026-02-05', 30000, '2026-02-05T00:00:00.000Z'), "
                                "(3, '2026-02-06', 50000, '2026-02-06T00:00:00.000Z')"));
    }
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    FixedClock clock{fixedNow()};
    Session session(**opened, clock);
    OrderStore orders(session);
    // Paid without payments: one "marked paid" settlement of the whole total.
    auto first = orders.get(1);
    CHECK(first->status == OrderStatus::Paid);
    CHECK(first->outstandingMinor() == 0);
    auto firstPays = orders.payments(1);
    REQUIRE(firstPays->size() == 1);
    CHECK(firstPays->at(0).kind == PaymentKind::MarkedPaid);
    CHECK(firstPays->at(0).amountMinor == 35800000);
    CHECK(firstPays->at(0).paidOn == QDate(2026, 2, 10));
    // Partly paid: the rest is marked paid, the real payment kept.
    auto secondPays = orders.payments(2);
    REQUIRE(secondPays->size() == 2);
    CHECK(secondPays->at(0).kind == PaymentKind::Received);
    CHECK(secondPays->at(1).amountMinor == 70000);
    // Delivered and covered by payments: now paid.
    CHECK(orders.get(3)->status == OrderStatus::Paid);
    // A "paid" quote owes nothing and is no longer paid.
    CHECK(orders.get(4)->status == OrderStatus::Signed);
    CHECK(orders.payments(4)->isEmpty());
}

TEST_CASE("Receivables list what is owed by customer and by age", "[orders][payments][reports]")
{
    TestDb t;
    OrderStore orders(*t.session);
    const QDate today = t.session->today();
    const qint64 a = addCustomer(*t.session, QStringLiteral("华信科技"));
    const qint64 b = addCustomer(*t.session, QStringLiteral("李娜"));
    addOrder(*t.session, a, 10000, OrderStatus::Signed, OrderKind::Order, today.addDays(-30));      // 0–30
    addOrder(*t.session, a, 20000, OrderStatus::Delivered, OrderKind::Order, today.addDays(-31));   // 31–60
    const qint64 part = addOrder(*t.session, b, 50000, OrderStatus::Delivered, OrderKind::Order, today.addDays(-91));
    REQUIRE(orders.addPayment(part, payment(15000)).ok());                                          // 35000 over 90
    addOrder(*t.session, b, 70000, OrderStatus::Paid, OrderKind::Order, today.addDays(-70));        // settled
    addOrder(*t.session, b, 99900, OrderStatus::Draft, OrderKind::Quote, today.addDays(-70));       // owes nothing
    addOrder(*t.session, b, 88800, OrderStatus::Cancelled, OrderKind::Order, today.addDays(-65));   // owes nothing

    SalesFilter f;
    auto r = Receivables::run(*t.session, f);
    REQUIRE(r.ok());
    CHECK(r->totalMinor == 65000);
    CHECK(r->buckets[0] == 10000);
    CHECK(r->buckets[1] == 20000);
    CHECK(r->buckets[2] == 0);
    CHECK(r->buckets[3] == 35000);
    REQUIRE(r->customers.size() == 2);
    CHECK(r->customers.at(0).name == QStringLiteral("李娜"));   // most owed first
    CHECK(r->customers.at(0).oldestDays == 91);
    CHECK(r->customers.at(1).orders == 2);

    const Report report = Receivables::toReport(*r);
    CHECK(report.tables.first().name == QStringLiteral("by_customer"));
    const ReportTable *ages = report.table(QStringLiteral("ages"));
    REQUIRE(ages);
    CHECK(ages->rows.size() == 4);
    CHECK(ages->rows.at(3).at(2).toLongLong() == 35000);
    CHECK(report.filters.join(u'\n').contains(QStringLiteral("650.00")));
}

TEST_CASE("Receivables that add up past 64 bits are refused, never shown wrapped", "[orders][payments][reports]")
{
    TestDb t;
    const qint64 c = addCustomer(*t.session, QStringLiteral("华信科技"));
    // 9,300 signed orders of the largest amount an order may have: 9.3e18 fen.
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9300) "
                                  "INSERT INTO orders (number, customer_id, order_date, status, total_minor, created_at, "
                                  "updated_at, kind) SELECT 'BIG-' || i, %1, '%2', 'signed', %3, '%4', '%4', 'order' "
                                  "FROM n")
                       .arg(c)
                       .arg(t.session->today().toString(Qt::ISODate))
                       .arg(Money::maxMinor)
                       .arg(QStringLiteral("2026-01-01T00:00:00.000Z"))));
    auto r = Receivables::run(*t.session, SalesFilter{});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("more than Guanxi can count")));
}

TEST_CASE("Sample orders carry SO-year numbers and are paid by recorded payments", "[orders][payments][sample]")
{
    TestDb t;
    SampleData::Options options;
    options.customers = 80;
    options.orders = 400;
    REQUIRE(SampleData::generate(*t.session, options).ok());
    OrderStore orders(*t.session);
    auto all = orders.list({}, 0, 1000);
    REQUIRE(all->size() == 400);
    static const QRegularExpression number(QStringLiteral("^SO-(\\d{4})-\\d{5}$"));
    int paid = 0, partPaid = 0, owing = 0;
    QSet<QString> methods;
    for (const Order &o : *all) {
        const auto m = number.match(o.number);
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1).toInt() == o.orderDate.year());
        CHECK(o.totalMinor > 0);
        auto pays = orders.payments(o.id);
        qint64 received = 0;
        for (const Payment &p : *pays) {
            CHECK(p.kind == PaymentKind::Received);   // real payments, never "marked paid"
            CHECK(p.paidOn >= o.orderDate);
            CHECK(p.paidOn <= t.session->today());
            received += p.amountMinor;
            methods.insert(p.method);
        }
        if (o.status == OrderStatus::Paid) {
            ++paid;
            CHECK(received == o.totalMinor);
        } else if (received > 0) {
            ++partPaid;
        }
        if (o.outstandingMinor() > 0)
            ++owing;
    }
    CHECK(paid > 200);
    CHECK(partPaid > 0);
    CHECK(owing > 0);
    CHECK(methods.contains(QStringLiteral("微信")));
    CHECK(methods.contains(QStringLiteral("银行转账")));
    auto receivables = Receivables::run(*t.session, SalesFilter{});
    CHECK(receivables->orders.size() == owing);
}
