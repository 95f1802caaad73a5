#include "exchange/orderimport.h"

#include "customers/customerstore.h"
#include "exchange/importjob.h"
#include "exchange/importsource.h"
#include "exchange/orderfields.h"
#include "formats/csvwriter.h"
#include "platform/session.h"
#include "sales/orderstore.h"
#include "text/phone.h"

#include <QDir>
#include <QHash>
#include <QSet>

namespace guanxi {

namespace {

using orderfields::Draft;

// One order a row. The customer is found by the row's phone, e-mail or
// reference; with createCustomers a name nobody has is added once, with the
// row's phone and e-mail.
class OrderRows : public ImportRows {
public:
    OrderRows(Session &session, const QString &path, const OrderImportOptions &options)
        : m_session(session), m_path(path), m_options(options), m_mapping(options.mapping), m_customers(session),
          m_orders(session)
    {
    }

    QString entity() const override { return QStringLiteral("order"); }
    QString mode() const override { return QStringLiteral("create"); }
    void announce(Session &s) override
    {
        s.announceNow(Session::Changed::Orders);
        if (m_options.createCustomers)
            s.announceNow(Session::Changed::Customers);
    }
    Status prepare(const QStringList &header) override;
    Status handle(const ImportRow &row, ImportJob &job) override;
    // A file with no rows below its header is refused, not a batch of nothing.
    Status finish() override
    {
        if (m_rows > 0)
            return {};
        return Error{OrderImport::tr("“%1” has no orders below its header.").arg(QDir::toNativeSeparators(m_path)), {},
                     {}};
    }

private:
    ImportProblem problem(const ImportRow &row, const QString &key, const QString &reason) const;
    // The number, whether it is new, and the order's own fields.
    void readOrder(const ImportRow &row, bool neutralised, Draft &d, QList<ImportProblem> &problems);
    // Who the customer is; 0 with a problem when nobody or several match,
    // -1 when a new one is to be added. An error stops the import.
    Result<qint64> findCustomer(const ImportRow &row, const Draft &d, QList<ImportProblem> &problems) const;
    // The customers a cell names. A reference is an id, an e-mail, a phone
    // or an exact name (then byName is set); the phone and e-mail columns
    // are only that.
    Result<QList<qint64>> lookUp(const QString &key, const QString &value, bool &byName) const;
    // Of those, the customers the session sees: another's customer is not
    // there for an import (the row gets a new customer or a problem).
    Result<QList<qint64>> visibleOnly(const QList<qint64> &ids) const;
    Result<qint64> addCustomer(const ImportRow &row, const Draft &d, ImportJob &job);

    Session &m_session;
    QString m_path;
    const OrderImportOptions &m_options;
    QStringList m_mapping;
    QStringList m_header;
    CustomerStore m_customers;
    OrderStore m_orders;
    QSet<QString> m_numbersInFile;
    QHash<QString, qint64> m_created;   // name -> customer added by this import
    qint64 m_rows = 0;
};

Status OrderRows::prepare(const QStringList &header)
{
    m_header = header;
    if (m_mapping.isEmpty())
        m_mapping = OrderImport::guess(header);
    while (m_mapping.size() < header.size())
        m_mapping << QString();
    QStringList keys;
    for (const orderfields::Field &f : orderfields::all())
        keys << QString::fromLatin1(f.key);
    for (int i = 0; i < m_mapping.size(); ++i)
        if (!m_mapping.at(i).isEmpty() && !orderfields::find(m_mapping.at(i)))
            return Error{OrderImport::tr("Column %1 (“%2”) is mapped to “%3”, which orders do not have. Use one of: %4.")
                             .arg(i + 1)
                             .arg(header.value(i), m_mapping.at(i), keys.join(QStringLiteral(", "))),
                         {}, {}};
    QStringList missing;
    for (const orderfields::Field &f : orderfields::all())
        if (f.required && !m_mapping.contains(QLatin1String(f.key)))
            missing << OrderImport::tr(f.label);
    const QStringList customer = orderfields::customerKeys();
    if (std::none_of(customer.begin(), customer.end(), [&](const QString &k) { return m_mapping.contains(k); }))
        missing << OrderImport::tr("customer");
    if (!missing.isEmpty())
        return Error{OrderImport::tr("“%1” has no column for: %2. The first line must name the columns, e.g. "
                                     "number,customer,date,amount,status (or 订单号,客户,日期,金额,状态), or map "
                                     "them by hand.")
                         .arg(QDir::toNativeSeparators(m_path), missing.join(QStringLiteral(", "))),
                     {}, {}};
    if (!m_options.defaultStatus && !m_mapping.contains(QStringLiteral("status")))
        return Error{OrderImport::noStatusText(m_path), {}, {}};
    return {};
}

ImportProblem OrderRows::problem(const ImportRow &row, const QString &key, const QString &reason) const
{
    const int column = int(m_mapping.indexOf(key));
    return ImportProblem{row.number, row.line, m_header.value(column), row.cells.value(column).trimmed(), reason};
}

void OrderRows::readOrder(const ImportRow &row, bool neutralised, Draft &d, QList<ImportProblem> &problems)
{
    // A row's problems in the order of its checks: the number (and whether
    // it is new), the order's own fields, then who the customer is. The
    // chosen status stands in for a missing status column or an empty cell.
    if (m_options.defaultStatus)
        d.order.status = *m_options.defaultStatus;
    for (const orderfields::Field &f : orderfields::all()) {
        const int column = int(m_mapping.indexOf(QLatin1String(f.key)));
        if (column < 0)
            continue;
        const QString raw = row.cells.value(column).trimmed();
        const QString cell = neutralised ? CsvWriter::unneutralised(raw) : raw;
        if (m_options.defaultStatus && cell.isEmpty() && qstrcmp(f.key, "status") == 0)
            continue;
        if (const QString why = f.apply(d, cell); !why.isEmpty())
            problems << problem(row, QLatin1String(f.key), why);
        if (qstrcmp(f.key, "number") != 0 || d.order.number.isEmpty())
            continue;
        if (m_numbersInFile.contains(d.order.number))
            problems << problem(row, QStringLiteral("number"), OrderImport::tr("this order number appears twice in the file"));
        else if (auto existing = m_orders.findByNumber(d.order.number); existing && *existing)
            problems << problem(row, QStringLiteral("number"), OrderImport::tr("an order with this number exists already"));
        m_numbersInFile.insert(d.order.number);
    }
}

Status OrderRows::handle(const ImportRow &row, ImportJob &job)
{
    ++m_rows;
    ++job.report().rowsRead;
    Draft d;
    QList<ImportProblem> problems;
    readOrder(row, job.source().format() != u"vcard", d, problems);
    auto customer = findCustomer(row, d, problems);
    if (!customer)
        return customer.error();
    if (!problems.isEmpty()) {
        job.reject(row, problems);
        return {};
    }
    if (*customer < 0) {
        customer = addCustomer(row, d, job);
        if (!customer)
            return customer.error();
    }
    d.order.customerId = *customer;
    auto id = m_orders.create(d.order);
    if (!id)
        return Error{OrderImport::tr("Order “%1”: %2").arg(d.order.number, id.error().message), id.error().detail,
                     {}, id.error().kind};
    ++job.report().created;
    return job.recordWritten(ImportedRecord{*id, true, {}});
}

Result<QList<qint64>> OrderRows::lookUp(const QString &key, const QString &value, bool &byName) const
{
    byName = false;
    const bool any = key == u"customer";
    bool digits = true;
    for (QChar ch : value)
        digits = digits && ch.isDigit();
    if (any && digits && value.size() <= 9) {
        auto c = m_customers.get(value.toLongLong());
        return c && !c->isDeleted() ? QList<qint64>{c->id} : QList<qint64>();
    }
    if (key == u"customer_email" || (any && value.contains(u'@')))
        return m_customers.findByEmail(value);
    const bool phoneLike = value.count(u' ') < 4 && PhoneNumber::digits(value).size() >= 7;
    if (key == u"customer_phone" || (any && phoneLike)) {
        // The import's region: run() puts it on the session.
        const PhoneCheck phone = PhoneNumber::check(value, m_session.defaultRegion());
        if (phone.verified() && phoneLike)
            return m_customers.findByPhone(phone.e164);
        if (!any)
            return QList<qint64>();
    }
    byName = true;
    return m_customers.findByName(value);
}

Result<QList<qint64>> OrderRows::visibleOnly(const QList<qint64> &ids) const
{
    if (m_session.access().seesAll)
        return ids;
    QList<qint64> out;
    for (qint64 id : ids) {
        auto c = m_customers.get(id);
        if (!c && c.error().kind != ErrorKind::NotFound)
            return c.error();
        if (c && m_session.seesOwner(c->ownerId))
            out << id;
    }
    return out;
}

Result<qint64> OrderRows::findCustomer(const ImportRow &row, const Draft &d, QList<ImportProblem> &problems) const
{
    // The row's phone first, then its e-mail, then the reference.
    const QList<std::pair<QString, QString>> refs = {{QStringLiteral("customer_phone"), d.phone},
                                                     {QStringLiteral("customer_email"), d.email},
                                                     {QStringLiteral("customer"), d.customerRef}};
    QString tried;
    bool unknownName = false;
    for (const auto &[key, value] : refs) {
        if (value.isEmpty())
            continue;
        bool byName = false;
        auto found = lookUp(key, value, byName);
        if (found)
            found = visibleOnly(*found);
        if (!found)
            return found.error();
        if (found->size() == 1)
            return found->first();
        if (found->size() > 1) {
            problems << problem(row, key, OrderImport::tr("%1 customers match; use the customer's number, phone or "
                                                          "e-mail").arg(found->size()));
            return 0;
        }
        tried = key;
        unknownName = byName;
    }
    if (tried.isEmpty()) {
        const QStringList keys = orderfields::customerKeys();
        const auto mapped = std::find_if(keys.begin(), keys.end(), [&](const QString &k) { return m_mapping.contains(k); });
        problems << problem(row, *mapped, OrderImport::tr("the customer is empty"));
        return 0;
    }
    if (m_options.createCustomers && unknownName)
        return -1;
    problems << problem(row, tried, m_options.createCustomers
                                        ? OrderImport::tr("no such customer; a new customer needs a name, not a "
                                                          "number, phone or e-mail")
                                        : OrderImport::tr("no such customer; add it first, or import with "
                                                          "--create-customers"));
    return 0;
}

Result<qint64> OrderRows::addCustomer(const ImportRow &row, const Draft &d, ImportJob &job)
{
    if (auto it = m_created.constFind(d.customerRef); it != m_created.constEnd())
        return *it;
    Customer c;
    c.name = d.customerRef;
    c.stage = Stage::Customer;
    if (!d.phone.isEmpty()) {
        Phone phone;
        phone.raw = d.phone;
        c.phones << phone;
    }
    if (!d.email.isEmpty()) {
        Email email;
        email.address = d.email;
        c.emails << email;
    }
    auto id = m_customers.create(c, job.changeBatch());
    if (!id)
        return Error{OrderImport::tr("Customer “%1”: %2").arg(c.name, id.error().message), id.error().detail, {},
                     id.error().kind};
    m_created.insert(d.customerRef, *id);
    ++job.report().customersCreated;
    // Kept as written, like a customer import's: listed for checking.
    if (!d.phone.isEmpty())
        if (const QString why = PhoneNumber::check(d.phone, m_session.defaultRegion()).problem; !why.isEmpty())
            job.report().addWarning(problem(row, QStringLiteral("customer_phone"), why));
    return *id;
}

} // namespace

OrderImport::OrderImport(Session &session, ImportSource &source, OrderImportOptions options)
    : m_session(session), m_source(source), m_options(std::move(options))
{
}

Result<ImportReport> OrderImport::run(const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    // Customers the rows add read their phones in the import's region too.
    Session::RegionOverride region(m_session, m_options.region);
    ImportJob job(m_session, m_source, {m_options.dryRun, m_options.skipInvalid, m_options.rejectsPath});
    OrderRows rows(m_session, m_source.path(), m_options);
    return job.run(rows, tr("importing orders from “%1”"), progress, cancel);
}

QString OrderImport::noStatusText(const QString &path)
{
    return tr("“%1” has no status column. Map one, or choose the status these orders get (--status paid, or "
              "“Status for orders without one” in the wizard).")
        .arg(QDir::toNativeSeparators(path));
}

Result<OrderImportReport> OrderImport::run(Session &session, const QString &path, const OrderImportOptions &options)
{
    auto source = ImportSource::open(path);
    if (!source)
        return source.error();
    auto r = OrderImport(session, **source, options).run();
    if (!r)
        return r.error();
    if (r->rowsRead == 0)
        return Error{tr("“%1” has no orders below its header.").arg(QDir::toNativeSeparators(path)), {}, {}};
    OrderImportReport out;
    out.encoding = r->encoding;
    out.rows = int(r->rowsRead);
    out.created = r->written ? int(r->created) : 0;
    out.customersCreated = r->written ? int(r->customersCreated) : 0;
    out.problems = r->problems;
    return out;
}

} // namespace guanxi
