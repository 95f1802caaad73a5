// guanxi-cli orders add|list|show|import|pay|write-off|remove-payment|advance|status|from-deal, products add|list
#include "cli.h"
#include "commandargs.h"

#include "exchange/orderimport.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"
#include "text/money.h"

#include <QDir>
#include <QHash>

#include <optional>

namespace guanxi::cli {

namespace {
Table orderTable(const QList<Order> &orders)
{
    Table t{{QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("kind"), QStringLiteral("customer"),
             QStringLiteral("date"), QStringLiteral("status"), QStringLiteral("currency"), QStringLiteral("total"),
             QStringLiteral("paid"), QStringLiteral("written_off"), QStringLiteral("outstanding")},
            {Cli::tr("ID"), Cli::tr("Number"), Cli::tr("Kind"), Cli::tr("Customer"), Cli::tr("Date"), Cli::tr("Status"),
             Cli::tr("Cur"), Cli::tr("Total"), Cli::tr("Paid"), Cli::tr("Written off"), Cli::tr("Outstanding")},
            {}};
    for (const Order &o : orders)
        t.rows << QStringList{QString::number(o.id), o.number, Orders::kindCode(o.kind), o.customerName,
                              toStoredDate(o.orderDate), Orders::statusCode(o.status), o.currency, Money::plain(o.totalMinor),
                              Money::plain(o.paidMinor), Money::plain(o.writtenOffMinor), Money::plain(o.outstandingMinor())};
    return t;
}

// The order named by its ID or its number (SO-2026-00001); for
// remove-payment, the payment's ID. Returns an exit code, or -1 when found.
int idArg(Cli &cli, OrderStore &orders, const QStringList &pos, bool payment, qint64 &id)
{
    const QString arg = pos.value(2).trimmed();
    bool ok = false;
    id = arg.toLongLong(&ok);
    if (ok && id > 0)
        return -1;
    if (!payment && !arg.isEmpty()) {
        auto found = orders.findByNumber(arg);
        if (!found)
            return cli.fail(found.error());
        if (*found > 0) {
            id = *found;
            return -1;
        }
        return cli.fail(Error{Cli::tr("there is no order numbered “%1”; `guanxi-cli orders list` shows the orders.")
                                  .arg(arg),
                              {}, {}});
    }
    cli.usage(payment ? Cli::tr("name the payment by its PAYMENT_ID (a column of orders show).")
                      : Cli::tr("name the order by its ID or its number (columns of orders list)."));
    return Usage;
}
// What every action of `orders` works with.
struct OrderAction {
    Cli &cli;
    const CommandArgs &args;
    OrderStore &orders;
    QStringList pos;
    std::optional<OrderStatus> status;
};

// The order as one row, after a change to it. The change is saved already,
// so a failed read afterwards is no failure of the command (a script must not
// take it for one and pay twice).
int printOrder(OrderAction &a, qint64 id)
{
    if (auto o = a.orders.get(id))
        print(a.cli.out, orderTable({*o}), a.cli.format);
    return Ok;
}

QString description()
{
    return Cli::tr(R"(Quotes, contracts, orders and payments (商务过程).

  orders add --customer ID --amount A [--number N] [--date DATE] [--status S] [--kind quote|contract|order]
  orders list [--customer ID] [--status S] [--unpaid] [--limit N]
  orders show ID                       With lines and payments.
  orders import FILE.csv [--create-customers] [--dry-run]
                                       Columns: number, customer (id, phone, e-mail or exact
                                       name), date, amount, status; English or Chinese headers.
                                       One transaction: any bad row and nothing is imported.
  orders pay ID --amount A [--date DATE] [--method M] [--reference R] [--note TEXT]
                                       Records money received (回款).
  orders write-off ID --reason TEXT    Writes off what is still owed, saying why.
  orders remove-payment PAYMENT_ID     Removes a payment or write-off entered by mistake
                                       (the PAYMENT_ID column of orders show).
  orders advance ID                    Quote -> contract -> order (an order gets an SO- number).
  orders status ID --status S
  orders from-deal DEAL_ID             A draft order from a won deal.
  orders products [--add --sku S --name N --price P [--category C]]

Statuses: draft, signed, delivered, paid, cancelled. Only signed and delivered orders owe
money; an order becomes paid when payments (and write-offs) cover its total, so
“--status paid” is refused while money is owed. Amounts in yuan.
Receivables by customer and age: guanxi-cli report receivables.)");
}

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("customer"), Cli::tr("Customer number (add, list)."), QStringLiteral("id")},
        {QStringLiteral("amount"), Cli::tr("Amount in yuan (add, pay)."), QStringLiteral("amount")},
        {QStringLiteral("number"), Cli::tr("Order number (add; default: the next SO-YYYY-NNNNN)."), QStringLiteral("number")},
        {QStringLiteral("date"), Cli::tr("Date, YYYY-MM-DD (add, pay; default today)."), QStringLiteral("date")},
        {QStringLiteral("status"), Cli::tr("Status (add, list, status; import: of orders the file gives none)."), QStringLiteral("status")},
        {QStringLiteral("kind"), Cli::tr("quote, contract or order (add; default order)."), QStringLiteral("kind"), QStringLiteral("order")},
        {QStringLiteral("unpaid"), Cli::tr("Only orders with money outstanding (list).")},
        {QStringLiteral("limit"), Cli::tr("At most N rows (list; default 100)."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("method"), Cli::tr("How it was paid, e.g. 微信, 支付宝, 银行转账, 现金 (pay)."), QStringLiteral("method")},
        {QStringLiteral("reference"), Cli::tr("Transaction or voucher number (pay)."), QStringLiteral("reference")},
        {QStringLiteral("note"), Cli::tr("A note (pay)."), QStringLiteral("text")},
        {QStringLiteral("reason"), Cli::tr("Why the rest will not be paid (write-off)."), QStringLiteral("text")},
        {QStringLiteral("create-customers"), Cli::tr("Create customers the file names but the database does not have (import).")},
        {QStringLiteral("dry-run"), Cli::tr("Check the file and report; write nothing (import).")},
        {QStringLiteral("add"), Cli::tr("Add a product (products).")},
        {QStringLiteral("sku"), Cli::tr("SKU (products --add)."), QStringLiteral("sku")},
        {QStringLiteral("name"), Cli::tr("Name (products --add)."), QStringLiteral("name")},
        {QStringLiteral("price"), Cli::tr("Unit price in yuan (products --add)."), QStringLiteral("price")},
        {QStringLiteral("category"), Cli::tr("Category (products --add)."), QStringLiteral("category")},
    };
}

int addOrder(OrderAction &a)
{
    Order o;
    if (auto stop = a.args.id(QStringLiteral("customer"), o.customerId, Cli::tr("orders add needs --customer ID.")))
        return *stop;
    const auto kind = Orders::kindFromCode(a.args.value(QStringLiteral("kind")));
    if (!kind)
        return a.cli.usage(Cli::tr("--kind must be quote, contract or order."));
    o.kind = *kind;
    qint64 amount = 0;
    if (auto stop = a.args.money(QStringLiteral("amount"), amount))
        return *stop;
    o.lines << OrderLine{0, QStringLiteral("-"), 1, amount, 0, 0};
    o.lines.first().description = QStringLiteral("Order");
    o.orderDate = a.args.isSet(QStringLiteral("date")) ? QDate::fromString(a.args.value(QStringLiteral("date")), Qt::ISODate)
                                                  : a.cli.session().today();
    if (!o.orderDate.isValid())
        return a.cli.usage(Cli::tr("--date needs YYYY-MM-DD."));
    o.status = a.status.value_or(OrderStatus::Draft);
    // Paid follows from money recorded; `orders import` brings in paid history.
    if (o.status == OrderStatus::Paid)
        return a.cli.usage(Cli::tr("an order becomes paid when payments cover it: add it as signed or delivered, "
                                 "then record the money with “orders pay ID --amount A”."));
    if (a.args.isSet(QStringLiteral("number"))) {
        o.number = a.args.value(QStringLiteral("number"));
    } else {
        auto n = a.orders.nextNumber(o.kind);
        if (!n)
            return a.cli.fail(n.error());
        o.number = *n;
    }
    auto id = a.orders.create(o);
    if (!id)
        return a.cli.fail(id.error());
    a.cli.out << *id << '\n';
    return Ok;
}

int listOrders(OrderAction &a)
{
    OrderListQuery q;
    q.status = a.status;
    q.customerId = a.args.value(QStringLiteral("customer")).toLongLong();
    q.unpaidOnly = a.args.isSet(QStringLiteral("unpaid"));
    int limit = 0;
    if (auto stop = a.args.number(QStringLiteral("limit"), limit, 1, Cli::tr("--limit needs a positive whole number.")))
        return *stop;
    auto list = a.orders.list(q, 0, limit);
    if (!list)
        return a.cli.fail(list.error());
    print(a.cli.out, orderTable(*list), a.cli.format);
    return Ok;
}

int importOrders(OrderAction &a)
{
    const QString file = a.pos.value(2);
    if (file.isEmpty())
        return a.cli.usage(Cli::tr("orders import needs the CSV file."));
    return importOrderFile(a.cli, file, a.args.isSet(QStringLiteral("create-customers")),
                           a.args.isSet(QStringLiteral("dry-run")), {}, a.status);
}

int products(OrderAction &a)
{
    if (a.args.isSet(QStringLiteral("add"))) {
        Product pr;
        pr.sku = a.args.value(QStringLiteral("sku"));
        pr.name = a.args.value(QStringLiteral("name"));
        pr.category = a.args.value(QStringLiteral("category"));
        if (auto stop = a.args.money(QStringLiteral("price"), pr.unitPriceMinor))
            return *stop;
        auto id = a.orders.addProduct(pr);
        if (!id)
            return a.cli.fail(id.error());
        a.cli.out << *id << '\n';
        return Ok;
    }
    auto list = a.orders.products();
    if (!list)
        return a.cli.fail(list.error());
    Table t{{QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("price")},
            {Cli::tr("ID"), Cli::tr("SKU"), Cli::tr("Name"), Cli::tr("Category"), Cli::tr("Price")},
            {}};
    for (const Product &pr : *list)
        t.rows << QStringList{QString::number(pr.id), pr.sku, pr.name, pr.category, Money::plain(pr.unitPriceMinor)};
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

int showOrder(OrderAction &a, qint64 id)
{
    auto o = a.orders.get(id);
    if (!o)
        return a.cli.fail(o.error());
    print(a.cli.out, orderTable({*o}), a.cli.format);
    if (a.cli.format == Format::Table) {
        a.cli.out << '\n';
        Table lines{{QStringLiteral("description"), QStringLiteral("quantity"), QStringLiteral("unit_price"),
                     QStringLiteral("discount"), QStringLiteral("total")},
                    {Cli::tr("Line"), Cli::tr("Qty"), Cli::tr("Unit price"), Cli::tr("Discount"), Cli::tr("Total")},
                    {}};
        for (const OrderLine &l : o->lines)
            lines.rows << QStringList{l.description, QString::number(l.quantity), Money::plain(l.unitPriceMinor),
                                      Money::plain(l.discountMinor), Money::plain(l.totalMinor)};
        print(a.cli.out, lines, a.cli.format);
        auto pays = a.orders.payments(id);
        if (!pays)
            return a.cli.fail(pays.error());
        if (!pays->isEmpty()) {
            a.cli.out << '\n';
            Table pt{{QStringLiteral("payment_id"), QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("amount"),
                      QStringLiteral("method"), QStringLiteral("reference"), QStringLiteral("note"),
                      QStringLiteral("recorded_by")},
                     {Cli::tr("Payment ID"), Cli::tr("Paid on"), Cli::tr("Kind"), Cli::tr("Amount"), Cli::tr("Method"),
                      Cli::tr("Reference"), Cli::tr("Note"), Cli::tr("Recorded by")},
                     {}};
            for (const Payment &pay : *pays)
                pt.rows << QStringList{QString::number(pay.id), toStoredDate(pay.paidOn), Orders::paymentKindLabel(pay.kind),
                                       Money::plain(pay.amountMinor), pay.method, pay.reference, pay.note,
                                       pay.recordedBy};
            print(a.cli.out, pt, a.cli.format);
        }
    }
    return Ok;
}

int payOrder(OrderAction &a, qint64 id)
{
    Payment pay;
    if (auto stop = a.args.money(QStringLiteral("amount"), pay.amountMinor))
        return *stop;
    if (auto stop = a.args.date(QStringLiteral("date"), pay.paidOn, Cli::tr("--date needs YYYY-MM-DD.")))
        return *stop;
    pay.method = a.args.value(QStringLiteral("method"));
    pay.reference = a.args.value(QStringLiteral("reference"));
    pay.note = a.args.value(QStringLiteral("note"));
    auto r = a.orders.addPayment(id, pay);
    if (!r)
        return a.cli.fail(r.error());
    return printOrder(a, id);
}

int writeOffOrder(OrderAction &a, qint64 id)
{
    auto r = a.orders.writeOff(id, a.args.value(QStringLiteral("reason")));
    if (!r)
        return a.cli.fail(r.error());
    return printOrder(a, id);
}

int removePayment(OrderAction &a, qint64 id)
{
    if (Status s = a.orders.removePayment(id); !s)
        return a.cli.fail(s.error());
    a.cli.err << Cli::tr("Removed payment %1.").arg(id) << '\n';
    return Ok;
}

int orderFromDeal(OrderAction &a, qint64 id)
{
    auto made = a.orders.createFromDeal(id);
    if (!made)
        return a.cli.fail(made.error());
    a.cli.out << *made << '\n';
    return Ok;
}

int advanceOrSetStatus(OrderAction &a, qint64 id, bool advance)
{
    if (!advance && !a.status)
        return a.cli.usage(Cli::tr("orders status ID --status S"));
    const Status s = advance ? a.orders.advance(id) : a.orders.setStatus(id, *a.status);
    if (!s)
        return a.cli.fail(s.error());
    return printOrder(a, id);
}
} // namespace

int runOrders(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"),
                            Cli::tr("add, list, show, import, pay, write-off, remove-payment, advance, status, from-deal "
                                    "or products"));
    if (!cli.parse(p, args, description(), options()))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    std::optional<OrderStatus> status;
    if (p.isSet(QStringLiteral("status"))) {
        status = Orders::statusFromCode(p.value(QStringLiteral("status")));
        if (!status)
            return cli.usage(Cli::tr("--status must be draft, signed, delivered, paid or cancelled."));
    }
    if (!cli.open())
        return DataError;
    OrderStore orders(cli.session());
    const CommandArgs options(cli, p);
    OrderAction a{cli, options, orders, pos, status};

    using Plain = int (*)(OrderAction &);
    using OnOrder = int (*)(OrderAction &, qint64);
    static const QHash<QString, Plain> plain = {
        {QStringLiteral("add"), addOrder}, {QStringLiteral("list"), listOrders},
        {QStringLiteral("import"), importOrders}, {QStringLiteral("products"), products}};
    static const QHash<QString, OnOrder> onOrder = {
        {QStringLiteral("show"), showOrder}, {QStringLiteral("pay"), payOrder},
        {QStringLiteral("write-off"), writeOffOrder}, {QStringLiteral("remove-payment"), removePayment},
        {QStringLiteral("from-deal"), orderFromDeal},
        {QStringLiteral("advance"), [](OrderAction &x, qint64 id) { return advanceOrSetStatus(x, id, true); }},
        {QStringLiteral("status"), [](OrderAction &x, qint64 id) { return advanceOrSetStatus(x, id, false); }}};
    if (const Plain run = plain.value(action))
        return run(a);
    const OnOrder run = onOrder.value(action);
    if (!run)
        return cli.usage(Cli::tr("unknown action “orders %1”.").arg(action));
    qint64 id = 0;
    if (const int code = idArg(cli, orders, pos, action == QStringLiteral("remove-payment"), id); code >= 0)
        return code;
    return run(a, id);
}

} // namespace guanxi::cli
