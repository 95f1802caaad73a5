#include "exchange/orderimport.h"

#include "exchange/importsource.h"
#include "platform/db/database.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"
#include "text/money.h"
#include "text/datetext.h"
#include "text/phone.h"

#include <QFileInfo>
#include <QDir>
#include <QHash>
#include <QSet>

namespace guanxi {

namespace {
enum Column { Number, CustomerRef, Date, Amount, StatusColumn, Currency, ColumnCount };

int columnFor(const QString &header)
{
    const QString h = header.trimmed().toLower().remove(u' ').remove(u'_');
    static const QList<QStringList> names = {
        {QStringLiteral("number"), QStringLiteral("ordernumber"), QStringLiteral("orderno"), QStringLiteral("order"),
         QStringLiteral("订单号"), QStringLiteral("订单编号"), QStringLiteral("单号")},
        {QStringLiteral("customer"), QStringLiteral("customerreference"), QStringLiteral("customerid"), QStringLiteral("客户"),
         QStringLiteral("客户名称"), QStringLiteral("客户编号")},
        {QStringLiteral("date"), QStringLiteral("orderdate"), QStringLiteral("日期"), QStringLiteral("下单日期"),
         QStringLiteral("订单日期")},
        {QStringLiteral("amount"), QStringLiteral("total"), QStringLiteral("金额"), QStringLiteral("总额"), QStringLiteral("订单金额")},
        {QStringLiteral("status"), QStringLiteral("状态"), QStringLiteral("订单状态")},
        {QStringLiteral("currency"), QStringLiteral("币种"), QStringLiteral("货币")},
    };
    for (int c = 0; c < names.size(); ++c)
        if (names.at(c).contains(h))
            return c;
    return -1;
}

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

} // namespace

Result<OrderImportReport> OrderImport::run(Session &session, const QString &path, const OrderImportOptions &options)
{
    auto source = ImportSource::open(path);
    if (!source)
        return source.error();
    OrderImportReport report;
    report.encoding = QString::fromLatin1((*source)->encoding());
    const QStringList header = (*source)->header();
    int index[ColumnCount];
    std::fill(std::begin(index), std::end(index), -1);
    for (int i = 0; i < header.size(); ++i)
        if (const int c = columnFor(header.at(i)); c >= 0 && index[c] < 0)
            index[c] = i;
    QStringList missing;
    const QStringList required = {tr("order number"), tr("customer"), tr("date"), tr("amount"), tr("status")};
    for (int c = Number; c <= StatusColumn; ++c)
        if (index[c] < 0)
            missing << required.at(c);
    if (!missing.isEmpty())
        return Error{tr("“%1” has no column for: %2. The first line must name the columns, e.g. "
                        "number,customer,date,amount,status (or 订单号,客户,日期,金额,状态).")
                         .arg(QDir::toNativeSeparators(path), missing.join(QStringLiteral(", "))),
                     {}, {}};

    CustomerStore customers(session);
    OrderStore orders(session);
    struct Planned {
        Order order;
        QString newCustomerName;
    };
    QList<Planned> planned;
    QSet<QString> numbersInFile;
    QHash<QString, int> newCustomers; // name -> first line
    std::optional<Error> failure;
    const Status read = (*source)->read([&](const ImportRow &row) {
        ++report.rows;
        auto cell = [&](int c) { return index[c] >= 0 ? row.cells.value(index[c]).trimmed() : QString(); };
        auto problem = [&](int c, const QString &reason) {
            report.problems << ImportProblem{row.number, row.line, header.value(index[c]), cell(c), reason};
        };
        Planned p;
        Order &o = p.order;
        o.number = cell(Number);
        if (o.number.isEmpty())
            problem(Number, tr("the order number is empty"));
        else if (numbersInFile.contains(o.number))
            problem(Number, tr("this order number appears twice in the file"));
        else if (auto existing = orders.findByNumber(o.number); existing && *existing)
            problem(Number, tr("an order with this number exists already"));
        numbersInFile.insert(o.number);
        o.orderDate = DateText::parse(cell(Date));
        if (!o.orderDate.isValid())
            problem(Date, tr("not a date; write it like 2026-03-31"));
        if (auto amount = Money::parse(cell(Amount)))
            o.totalMinor = *amount;
        else
            problem(Amount, amount.error().message);
        if (auto status = statusFrom(cell(StatusColumn)))
            o.status = *status;
        else
            problem(StatusColumn, tr("unknown status; use draft, signed, delivered, paid or cancelled (草稿/已签约/已交付/已回款/已取消)"));
        if (index[Currency] >= 0 && !cell(Currency).isEmpty()) {
            const QString c = cell(Currency).toUpper();
            static const QStringList yuan = {QStringLiteral("RMB"), QStringLiteral("人民币"), QStringLiteral("元"), QStringLiteral("¥")};
            o.currency = yuan.contains(c) ? QStringLiteral("CNY") : c;
            bool letters = o.currency.size() == 3;
            for (QChar ch : o.currency)
                letters = letters && ch >= u'A' && ch <= u'Z';
            if (!letters)
                problem(Currency, tr("not a currency code; use three letters such as CNY, USD or EUR"));
        }
        // The customer: an id, a phone, an e-mail, or an exact name.
        const QString ref = cell(CustomerRef);
        Result<QList<qint64>> found = QList<qint64>();
        bool byName = false;
        bool digits = !ref.isEmpty();
        for (QChar ch : ref)
            digits = digits && ch.isDigit();
        if (ref.isEmpty()) {
            problem(CustomerRef, tr("the customer is empty"));
            planned << p;
            return true;
        }
        if (digits && ref.size() <= 9) {
            auto c = customers.get(ref.toLongLong());
            found = c && !c->isDeleted() ? QList<qint64>{c->id} : QList<qint64>();
        } else if (ref.contains(u'@')) {
            found = customers.findByEmail(ref);
        } else if (auto e164 = PhoneNumber::toE164(ref, session.defaultCountryCode()); e164 && ref.count(u' ') < 4
                   && PhoneNumber::digits(ref).size() >= 7) {
            found = customers.findByPhone(*e164);
        } else {
            found = customers.findByName(ref);
            byName = true;
        }
        if (!found) {
            failure = found.error();
            return false;
        }
        if (found->size() > 1)
            problem(CustomerRef, tr("%1 customers match; use the customer's number, phone or e-mail").arg(found->size()));
        else if (found->size() == 1)
            o.customerId = found->first();
        else if (options.createCustomers && byName)
            p.newCustomerName = ref;
        else
            problem(CustomerRef, options.createCustomers
                                     ? tr("no such customer; a new customer needs a name, not a number, phone or e-mail")
                                     : tr("no such customer; add it first, or import with --create-customers"));
        planned << p;
        return true;
    });
    if (failure)
        return *failure;
    if (!read)
        return read.error();
    if (report.rows == 0)
        return Error{tr("“%1” has no orders below its header.").arg(QDir::toNativeSeparators(path)), {}, {}};
    if (!report.problems.isEmpty() || options.dryRun)
        return report;

    Transaction tx(session.db(), tr("importing orders from “%1”").arg(QFileInfo(path).fileName()));
    if (guanxi::Status s = tx.begin(); !s)
        return s.error();
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
            return Error{tr("Order “%1”: %2").arg(p.order.number, id.error().message), id.error().detail, {}, id.error().kind};
        ++report.created;
    }
    if (guanxi::Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace guanxi
