#include "exchange/orderimport.h"

#include "customers/customerstore.h"
#include "exchange/importsource.h"
#include "platform/db/database.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "sales/orderstore.h"
#include "text/datetext.h"
#include "text/money.h"
#include "text/phone.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace guanxi {

namespace {

// An order as read from its row, and the customer to add for it (by name)
// when the import may create customers.
struct Planned {
    Order order;
    QString customerRef;
    QString newCustomerName;
};

// One field an order column can fill: its key, its label (OrderImport's
// context; also what a missing column is called), whether the file must have
// it, the headers it is guessed from (normalised: lower case, no spaces or
// underscores), and how a cell (possibly empty) fills the order; apply
// returns why the cell is refused, or nothing.
struct OrderField {
    const char *key;
    const char *label;
    bool required;
    QStringList headers;
    QString (*apply)(Planned &, const QString &cell);
};

std::optional<OrderStatus> statusFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (auto s = Orders::statusFromCode(t))
        return s;
    static const QHash<QString, OrderStatus> chinese = {
        {QStringLiteral("草稿"), OrderStatus::Draft},      {QStringLiteral("已签约"), OrderStatus::Signed},
        {QStringLiteral("已签订"), OrderStatus::Signed},   {QStringLiteral("已交付"), OrderStatus::Delivered},
        {QStringLiteral("已发货"), OrderStatus::Delivered}, {QStringLiteral("已回款"), OrderStatus::Paid},
        {QStringLiteral("已付款"), OrderStatus::Paid},     {QStringLiteral("已取消"), OrderStatus::Cancelled},
    };
    auto it = chinese.constFind(t);
    return it == chinese.constEnd() ? std::nullopt : std::optional<OrderStatus>(*it);
}

QString currencyInto(Planned &p, const QString &cell)
{
    if (cell.isEmpty())
        return {};
    const QString c = cell.toUpper();
    static const QStringList yuan = {QStringLiteral("RMB"), QStringLiteral("人民币"), QStringLiteral("元"),
                                     QStringLiteral("¥")};
    p.order.currency = yuan.contains(c) ? QStringLiteral("CNY") : c;
    bool letters = p.order.currency.size() == 3;
    for (QChar ch : std::as_const(p.order.currency))
        letters = letters && ch >= u'A' && ch <= u'Z';
    return letters ? QString() : OrderImport::tr("not a currency code; use three letters such as CNY, USD or EUR");
}

const QList<OrderField> &orderFields()
{
    static const QList<OrderField> list = {
        {"number", QT_TRANSLATE_NOOP("OrderImport", "order number"), true,
         {QStringLiteral("number"), QStringLiteral("ordernumber"), QStringLiteral("orderno"), QStringLiteral("order"),
          QStringLiteral("订单号"), QStringLiteral("订单编号"), QStringLiteral("单号")},
         [](Planned &p, const QString &c) {
             p.order.number = c;
             return c.isEmpty() ? OrderImport::tr("the order number is empty") : QString();
         }},
        {"customer", QT_TRANSLATE_NOOP("OrderImport", "customer"), true,
         {QStringLiteral("customer"), QStringLiteral("customerreference"), QStringLiteral("customerid"),
          QStringLiteral("客户"), QStringLiteral("客户名称"), QStringLiteral("客户编号")},
         [](Planned &p, const QString &c) {
             p.customerRef = c;
             return c.isEmpty() ? OrderImport::tr("the customer is empty") : QString();
         }},
        {"date", QT_TRANSLATE_NOOP("OrderImport", "date"), true,
         {QStringLiteral("date"), QStringLiteral("orderdate"), QStringLiteral("日期"), QStringLiteral("下单日期"),
          QStringLiteral("订单日期")},
         [](Planned &p, const QString &c) {
             p.order.orderDate = DateText::parse(c);
             return p.order.orderDate.isValid() ? QString() : OrderImport::tr("not a date; write it like 2026-03-31");
         }},
        {"amount", QT_TRANSLATE_NOOP("OrderImport", "amount"), true,
         {QStringLiteral("amount"), QStringLiteral("total"), QStringLiteral("金额"), QStringLiteral("总额"),
          QStringLiteral("订单金额")},
         [](Planned &p, const QString &c) {
             auto amount = Money::parse(c);
             if (!amount)
                 return amount.error().message;
             p.order.totalMinor = *amount;
             return QString();
         }},
        {"status", QT_TRANSLATE_NOOP("OrderImport", "status"), true,
         {QStringLiteral("status"), QStringLiteral("状态"), QStringLiteral("订单状态")},
         [](Planned &p, const QString &c) {
             if (auto status = statusFrom(c)) {
                 p.order.status = *status;
                 return QString();
             }
             return OrderImport::tr("unknown status; use draft, signed, delivered, paid or cancelled "
                                    "(草稿/已签约/已交付/已回款/已取消)");
         }},
        {"currency", QT_TRANSLATE_NOOP("OrderImport", "currency"), false,
         {QStringLiteral("currency"), QStringLiteral("币种"), QStringLiteral("货币")}, currencyInto},
    };
    return list;
}

const OrderField *orderField(const QString &key)
{
    for (const OrderField &f : orderFields())
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

// Reads every row into a planned order, listing each problem; nothing is
// written.
class OrderPlanner {
public:
    OrderPlanner(Session &session, const QStringList &header, const QStringList &mapping,
                 const OrderImportOptions &options, OrderImportReport &report)
        : m_session(session), m_header(header), m_mapping(mapping), m_options(options), m_report(report),
          m_customers(session), m_orders(session)
    {
    }

    // false when a database failure stops the read (then failure() says why).
    bool plan(const ImportRow &row);
    const std::optional<Error> &failure() const { return m_failure; }
    QList<Planned> &planned() { return m_planned; }

private:
    void problem(const ImportRow &row, const QString &key, const QString &reason);
    // The customer: an id, a phone, an e-mail, or an exact name.
    bool findCustomer(const ImportRow &row, Planned &p);

    Session &m_session;
    const QStringList &m_header;
    const QStringList &m_mapping;
    const OrderImportOptions &m_options;
    OrderImportReport &m_report;
    CustomerStore m_customers;
    OrderStore m_orders;
    QList<Planned> m_planned;
    QSet<QString> m_numbersInFile;
    std::optional<Error> m_failure;
};

void OrderPlanner::problem(const ImportRow &row, const QString &key, const QString &reason)
{
    const int column = int(m_mapping.indexOf(key));
    m_report.problems << ImportProblem{row.number, row.line, m_header.value(column),
                                       row.cells.value(column).trimmed(), reason};
}

bool OrderPlanner::plan(const ImportRow &row)
{
    ++m_report.rows;
    Planned p;
    const auto apply = [&](const OrderField &f) {
        const int column = int(m_mapping.indexOf(QLatin1String(f.key)));
        if (column < 0)
            return;
        if (const QString why = f.apply(p, row.cells.value(column).trimmed()); !why.isEmpty())
            problem(row, QLatin1String(f.key), why);
    };
    // A row's problems in the order of its checks: the number (and whether
    // it is new), the order's own fields, then who the customer is.
    const OrderField &customer = *orderField(QStringLiteral("customer"));
    for (const OrderField &f : orderFields()) {
        if (&f == &customer)
            continue;
        apply(f);
        if (qstrcmp(f.key, "number") != 0 || p.order.number.isEmpty())
            continue;
        if (m_numbersInFile.contains(p.order.number))
            problem(row, QStringLiteral("number"), OrderImport::tr("this order number appears twice in the file"));
        else if (auto existing = m_orders.findByNumber(p.order.number); existing && *existing)
            problem(row, QStringLiteral("number"), OrderImport::tr("an order with this number exists already"));
    }
    m_numbersInFile.insert(p.order.number);
    apply(customer);
    const bool found = p.customerRef.isEmpty() || findCustomer(row, p);
    m_planned << p;
    return found;
}

bool OrderPlanner::findCustomer(const ImportRow &row, Planned &p)
{
    const QString &ref = p.customerRef;
    Result<QList<qint64>> found = QList<qint64>();
    bool byName = false;
    bool digits = true;
    for (QChar ch : ref)
        digits = digits && ch.isDigit();
    if (digits && ref.size() <= 9) {
        auto c = m_customers.get(ref.toLongLong());
        found = c && !c->isDeleted() ? QList<qint64>{c->id} : QList<qint64>();
    } else if (ref.contains(u'@')) {
        found = m_customers.findByEmail(ref);
    } else if (auto e164 = PhoneNumber::toE164(ref, m_session.defaultCountryCode()); e164 && ref.count(u' ') < 4
               && PhoneNumber::digits(ref).size() >= 7) {
        found = m_customers.findByPhone(*e164);
    } else {
        found = m_customers.findByName(ref);
        byName = true;
    }
    if (!found) {
        m_failure = found.error();
        return false;
    }
    const QString customer = QStringLiteral("customer");
    if (found->size() > 1)
        problem(row, customer, OrderImport::tr("%1 customers match; use the customer's number, phone or e-mail").arg(found->size()));
    else if (found->size() == 1)
        p.order.customerId = found->first();
    else if (m_options.createCustomers && byName)
        p.newCustomerName = ref;
    else
        problem(row, customer, m_options.createCustomers
                                   ? OrderImport::tr("no such customer; a new customer needs a name, not a number, phone or e-mail")
                                   : OrderImport::tr("no such customer; add it first, or import with --create-customers"));
    return true;
}

// Writes the planned orders, adding the customers they name once each.
Status writePlanned(Session &session, const QString &path, QList<Planned> &planned, OrderImportReport &report)
{
    CustomerStore customers(session);
    OrderStore orders(session);
    Transaction tx(session.db(), OrderImport::tr("importing orders from “%1”").arg(QFileInfo(path).fileName()));
    if (Status s = tx.begin(); !s)
        return s;
    QHash<QString, qint64> created;
    for (Planned &p : planned) {
        if (!p.newCustomerName.isEmpty()) {
            if (!created.contains(p.newCustomerName)) {
                Customer c;
                c.name = p.newCustomerName;
                c.stage = Stage::Customer;
                auto id = customers.create(c);
                if (!id)
                    return id.error();
                created.insert(p.newCustomerName, *id);
                ++report.customersCreated;
            }
            p.order.customerId = created.value(p.newCustomerName);
        }
        auto id = orders.create(p.order);
        if (!id)
            return Error{OrderImport::tr("Order “%1”: %2").arg(p.order.number, id.error().message), id.error().detail,
                         {}, id.error().kind};
        ++report.created;
    }
    return tx.commit();
}

} // namespace

QList<ImportField> OrderImport::fields()
{
    QList<ImportField> out;
    for (const OrderField &f : orderFields())
        out << ImportField{QString::fromLatin1(f.key), tr(f.label), false};
    return out;
}

QStringList OrderImport::guess(const QStringList &header)
{
    QStringList out(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower().remove(u' ').remove(u'_');
        for (const OrderField &f : orderFields())
            if (f.headers.contains(h) && !out.contains(QLatin1String(f.key))) {
                out[i] = QString::fromLatin1(f.key);
                break;
            }
    }
    return out;
}

Result<OrderImportReport> OrderImport::run(Session &session, const QString &path, const OrderImportOptions &options)
{
    auto source = ImportSource::open(path);
    if (!source)
        return source.error();
    OrderImportReport report;
    report.encoding = QString::fromLatin1((*source)->encoding());
    const QStringList header = (*source)->header();
    QStringList mapping = options.mapping.isEmpty() ? guess(header) : options.mapping;
    while (mapping.size() < header.size())
        mapping << QString();
    for (int i = 0; i < mapping.size(); ++i)
        if (!mapping.at(i).isEmpty() && !orderField(mapping.at(i))) {
            QStringList keys;
            for (const OrderField &f : orderFields())
                keys << QString::fromLatin1(f.key);
            return Error{tr("Column %1 (“%2”) is mapped to “%3”, which orders do not have. Use one of: %4.")
                             .arg(i + 1)
                             .arg(header.value(i), mapping.at(i), keys.join(QStringLiteral(", "))),
                         {}, {}};
        }
    QStringList missing;
    for (const OrderField &f : orderFields())
        if (f.required && !mapping.contains(QLatin1String(f.key)))
            missing << tr(f.label);
    if (!missing.isEmpty())
        return Error{tr("“%1” has no column for: %2. The first line must name the columns, e.g. "
                        "number,customer,date,amount,status (or 订单号,客户,日期,金额,状态).")
                         .arg(QDir::toNativeSeparators(path), missing.join(QStringLiteral(", "))),
                     {}, {}};

    OrderPlanner planner(session, header, mapping, options, report);
    const Status read = (*source)->read([&](const ImportRow &row) { return planner.plan(row); });
    if (planner.failure())
        return *planner.failure();
    if (!read)
        return read.error();
    if (report.rows == 0)
        return Error{tr("“%1” has no orders below its header.").arg(QDir::toNativeSeparators(path)), {}, {}};
    if (!report.problems.isEmpty() || options.dryRun)
        return report;
    if (Status s = writePlanned(session, path, planner.planned(), report); !s)
        return s.error();
    return report;
}

} // namespace guanxi
