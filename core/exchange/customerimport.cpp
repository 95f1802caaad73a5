#include "exchange/customerimport.h"

#include "text/han.h"
#include "platform/db/database.h"
#include "platform/db/transaction.h"
#include "formats/csvwriter.h"
#include "exchange/customerfields.h"
#include "exchange/customerjson.h"
#include "exchange/importsource.h"
#include "exchange/customerrow.h"
#include "exchange/importjob.h"
#include "platform/session.h"
#include "platform/changelogstore.h"
#include "team/channelstore.h"
#include "customers/customerstore.h"
#include "customers/customfieldstore.h"
#include "exchange/importstore.h"
#include "team/userstore.h"
#include "text/companyname.h"
#include "text/datetext.h"
#include "text/phone.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace guanxi {

namespace {
// A store refusal that belongs to the row (a bad value, a missing link)
// rather than to the file: storage failures stop the whole import, since
// SQLite may have given up the transaction.
bool isRowProblem(const Error &e)
{
    return e.isAboutInput();
}

// An update fills what the row has and keeps the rest: a field the row gave
// replaces the stored one; phones, e-mails, tags and custom values are added.
Customer filled(const Customer &stored, const Customer &c, const QSet<QString> &present)
{
    Customer target = stored;
    auto take = [&](const char *key, auto member) {
        if (present.contains(QString::fromLatin1(key)))
            target.*member = c.*member;
    };
    take("name", &Customer::name);
    take("kind", &Customer::kind);
    take("job_title", &Customer::jobTitle);
    take("province", &Customer::province);
    take("city", &Customer::city);
    take("address", &Customer::address);
    take("industry", &Customer::industry);
    take("source", &Customer::sourceId);
    take("stage", &Customer::stage);
    take("owner", &Customer::ownerId);
    take("notes", &Customer::notes);
    take("birthday", &Customer::birthday);
    take("next_follow_up", &Customer::nextFollowUp);
    Customers::addContacts(target, c);
    for (auto it = c.customValues.cbegin(); it != c.customValues.cend(); ++it)
        target.customValues.insert(it.key(), it.value());
    return target;
}
} // namespace

// The state of one run: lookups cached for the whole file, the counts, and
// the rows it could not take.
struct CustomerImport::Impl : ImportRows {
    Session &session;
    const CustomerImportOptions &options;
    ImportJob &job;
    ImportReport &report;
    CustomerStore store;
    ImportStore imports;
    QStringList header;
    QStringList mapping;
    QList<CustomField> customFields;
    QHash<QString, qint64> companyByKey;      // CompanyName::key -> id
    QHash<QString, qint64> ownerByName;
    std::optional<CustomerRowReader> reader;
    QHash<qint64, qint64> createdByRecord;    // customer id -> record that created it
    QSet<qint64> seenInBatch;                 // customers already recorded in the batch
    // The row's company phones and address, for the company it names when
    // that company is added (see CustomerFields: "company_phone").
    QList<Phone> rowCompanyPhones;
    QString rowCompanyAddress;

    Impl(Session &s, const CustomerImportOptions &o, ImportJob &j)
        : session(s), options(o), job(j), report(j.report()), store(s), imports(s)
    {
    }

    QString entity() const override { return QStringLiteral("customer"); }
    QString mode() const override { return modeCode(options.mode); }
    // One transaction for the whole file, no savepoint per row (see
    // CustomerStore::beginBulkLoading): every failure ends the import.
    void begin() override { store.beginBulkLoading(); }
    Status finish() override { return store.endBulkLoading(); }
    void announce(Session &s) override { s.announceNow(Session::Changed::Customers); }
    Status handle(const ImportRow &row, ImportJob &) override { return handleRow(row); }

    Status prepare(const QStringList &fileHeader) override;
    Status handleRow(const ImportRow &row);
    Result<qint64> companyFor(const QString &name, const Customer &person);
    Status fillCompany(qint64 id);
    Result<bool> matchesHidden(const Customer &c, qint64 idCell, const QList<qint64> &ids);
    Result<QList<qint64>> match(const Customer &c, qint64 idCell, const QString &companyText, QString &matchedKey);
    Status write(const ImportRow &row, Customer c, const QSet<QString> &present, qint64 existingId,
                 QList<ImportProblem> &problems);
    void reject(const ImportRow &row, const QList<ImportProblem> &problems);
    void warnAboutPhones(const ImportRow &row, const CustomerRow &read);
};

CustomerImport::CustomerImport(Session &session, ImportSource &source, CustomerImportOptions options)
    : m_session(session), m_source(source), m_options(std::move(options))
{
}

Status CustomerImport::Impl::prepare(const QStringList &fileHeader)
{
    header = fileHeader;
    auto fields = CustomFieldStore(session).list();
    if (!fields)
        return fields.error();
    customFields = *fields;
    mapping = options.mapping.isEmpty() ? CustomerFields::guess(header, customFields) : options.mapping;
    while (mapping.size() < header.size())
        mapping << QString();
    const QList<ImportField> known = CustomerFields::all(customFields);
    for (int i = 0; i < mapping.size(); ++i) {
        const QString &key = mapping.at(i);
        if (key.isEmpty())
            continue;
        if (std::none_of(known.begin(), known.end(), [&](const ImportField &f) { return f.key == key; }))
            return Error{tr("Column %1 (“%2”) is mapped to “%3”, which is not a customer field. Choose a field from "
                            "the list or ignore the column.")
                             .arg(i + 1)
                             .arg(header.value(i), key),
                         {}, {}};
    }
    if (!mapping.contains(QStringLiteral("name")) && !mapping.contains(QStringLiteral("given_name"))
        && !mapping.contains(QStringLiteral("family_name")) && !mapping.contains(QStringLiteral("company"))
        && options.mode != ImportMode::Update)
        return Error{tr("No column is mapped to the name (or the company). Map the column that holds customers' "
                        "names, then import again."),
                     {}, {}};
    if (options.mode != ImportMode::Create && options.keys.isEmpty())
        return Error{tr("Choose at least one field that identifies the customers to update."), {}, {}};
    auto companies = store.allCompanies();
    if (!companies)
        return companies.error();
    // Companies another salesperson owns are not this import's to link to
    // or fill: a row naming one adds a company of its own.
    QList<qint64> companyIds;
    for (const CompanyRef &c : *companies)
        companyIds << c.id;
    auto hidden = imports.hiddenCustomers(companyIds);
    if (!hidden)
        return hidden.error();
    for (const CompanyRef &c : *companies)
        if (!hidden->contains(c.id))
            companyByKey.insert(CompanyName::key(c.name), c.id);
    auto users = UserStore(session).list(true);
    if (!users)
        return users.error();
    for (const User &u : *users) {
        ownerByName.insert(u.login.toLower(), u.id);
        ownerByName.insert(u.displayName.toLower(), u.id);
    }
    reader.emplace(session, header, mapping, customFields, ownerByName);
    return {};
}

Result<qint64> CustomerImport::Impl::companyFor(const QString &name, const Customer &person)
{
    const QString key = CompanyName::key(name);
    if (key.isEmpty())
        return 0;
    if (auto it = companyByKey.constFind(key); it != companyByKey.constEnd()) {
        // Updates fill what the file has, on the company as on the person.
        if (options.mode != ImportMode::Create)
            if (Status s = fillCompany(*it); !s)
                return s.error();
        return *it;
    }
    Customer company;
    company.kind = CustomerKind::Company;
    company.name = name;
    // What the row says about where and what the company is; the person's
    // own phones and e-mails stay theirs.
    company.phones = rowCompanyPhones;
    company.address = rowCompanyAddress;
    company.province = person.province;
    company.city = person.city;
    company.industry = person.industry;
    company.sourceId = person.sourceId;
    company.ownerId = person.ownerId;
    auto id = store.create(company, job.changeBatch());
    if (!id)
        return id.error();
    companyByKey.insert(key, *id);
    ++report.companiesCreated;
    seenInBatch.insert(*id);
    if (Status s = job.recordWritten(ImportedRecord{*id, true, {}}); !s)
        return s.error();
    return *id;
}

Status CustomerImport::Impl::fillCompany(qint64 id)
{
    if (rowCompanyPhones.isEmpty() && rowCompanyAddress.isEmpty())
        return {};
    auto existing = store.get(id);
    if (!existing)
        return existing.error();
    Customer target = *existing;
    for (const Phone &p : std::as_const(rowCompanyPhones))
        if (std::none_of(target.phones.begin(), target.phones.end(), [&](const Phone &t) { return t.sameNumber(p); }))
            target.phones << p;
    if (!rowCompanyAddress.isEmpty())
        target.address = rowCompanyAddress;
    if (target.phones.size() == existing->phones.size() && target.address == existing->address)
        return {};
    const QByteArray before = CustomerJson::write(*existing);
    if (Status s = store.update(target, job.changeBatch(), &*existing); !s)
        return s;
    if (seenInBatch.contains(id))
        return {};
    seenInBatch.insert(id);
    ++report.updated;
    return job.recordWritten(ImportedRecord{id, false, before});
}

Result<QList<qint64>> CustomerImport::Impl::match(const Customer &c, qint64 idCell, const QString &companyText,
                                                  QString &matchedKey)
{
    for (MatchKey key : options.keys) {
        QSet<qint64> found;
        auto add = [&](const Result<QList<qint64>> &ids, const QString &what) -> Status {
            if (!ids)
                return ids.error();
            for (qint64 id : *ids)
                found.insert(id);
            if (!ids->isEmpty() && matchedKey.isEmpty())
                matchedKey = what;
            return {};
        };
        Status s;
        switch (key) {
        case MatchKey::Id:
            if (idCell > 0) {
                auto existing = store.get(idCell);
                if (existing && !existing->isDeleted())
                    s = add(QList<qint64>{idCell}, QStringLiteral("ID %1").arg(idCell));
            }
            break;
        case MatchKey::Phone:
            for (const Phone &p : c.phones)
                if (s && !p.e164.isEmpty())
                    s = add(store.findByPhone(p.e164), p.e164);
            break;
        case MatchKey::Email:
            for (const Email &e : c.emails)
                if (s)
                    s = add(store.findByEmail(e.address), e.address.toLower());
            break;
        case MatchKey::CompanyName:
            if (c.kind == CustomerKind::Company)
                if (auto it = companyByKey.constFind(CompanyName::key(c.name)); it != companyByKey.constEnd())
                    s = add(QList<qint64>{*it}, c.name);
            break;
        case MatchKey::NameAndCompany:
            if (c.kind == CustomerKind::Person && !companyText.isEmpty())
                if (auto it = companyByKey.constFind(CompanyName::key(companyText)); it != companyByKey.constEnd())
                    s = add(store.findByNameAndCompany(c.name, *it), c.name + QStringLiteral(" / ") + companyText);
            break;
        case MatchKey::Name:
            if (!c.name.isEmpty())
                s = add(store.findByName(c.name), c.name);
            break;
        }
        if (!s)
            return s.error();
        if (!found.isEmpty()) {
            QList<qint64> ids(found.begin(), found.end());
            std::sort(ids.begin(), ids.end());
            return ids;
        }
        matchedKey.clear();
    }
    return QList<qint64>{};
}

// Whether the row names (by the keys chosen) or matched a customer the
// session does not see: such a row is not applied, and nothing of that
// customer is read.
Result<bool> CustomerImport::Impl::matchesHidden(const Customer &c, qint64 idCell, const QList<qint64> &ids)
{
    if (session.access().seesAll)
        return false;
    QStringList phones, emails;
    if (options.keys.contains(MatchKey::Phone))
        for (const Phone &p : c.phones)
            if (!p.e164.isEmpty())
                phones << p.e164;
    if (options.keys.contains(MatchKey::Email))
        for (const Email &e : c.emails)
            emails << e.address;
    auto named = imports.hiddenCustomerHas(phones, emails, options.keys.contains(MatchKey::Id) ? idCell : 0);
    if (!named || *named)
        return named;
    auto hidden = imports.hiddenCustomers(ids);
    if (!hidden)
        return hidden.error();
    return !hidden->isEmpty();
}

Status CustomerImport::Impl::write(const ImportRow &row, Customer c, const QSet<QString> &present,
                                   qint64 existingId, QList<ImportProblem> &problems)
{
    QString companyText = c.companyName;
    c.companyName.clear();
    Customer target = c;
    if (!existingId && target.kind == CustomerKind::Company)
        companyText.clear();   // a new company links to no company
    QByteArray before;
    Customer stored;
    if (existingId) {
        auto existing = store.get(existingId);
        if (!existing)
            return existing.error();
        stored = *existing;
        before = CustomerJson::write(stored);
        target = filled(stored, c, present);
    }
    const QList<Error> errors = Customers::validate(target, session.defaultRegion(), session.today());
    for (const Error &e : errors) {
        QString field = e.field;
        if (field == CustomerField::Phones)
            field = QStringLiteral("phone");
        else if (field == CustomerField::Emails)
            field = QStringLiteral("email");
        problems << reader->problemAt(row, field, e.message);
    }
    if (!problems.isEmpty())
        return {};
    // Only a valid row may create the company it names.
    if (target.kind == CustomerKind::Person && !companyText.isEmpty()) {
        auto company = companyFor(companyText, target);
        if (!company) {
            if (!isRowProblem(company.error()))
                return company.error();
            problems << reader->problemAt(row, QStringLiteral("company"), company.error().message);
            return {};
        }
        target.companyId = *company;
    }
    if (existingId) {
        if (Status s = store.update(target, job.changeBatch(), &stored); !s) {
            if (!isRowProblem(s.error()))
                return s;
            problems << reader->problemAt(row, s.error().field, s.error().message);
            return {};
        }
        ++report.updated;
        if (!seenInBatch.contains(existingId)) {
            seenInBatch.insert(existingId);
            if (Status s = job.recordWritten(ImportedRecord{existingId, false, before}); !s)
                return s;
        }
        return {};
    }
    // An owner column left empty means nobody: the public pool, as exported.
    const bool toPool = reader->maps(QStringLiteral("owner")) && !present.contains(QStringLiteral("owner"));
    auto id = store.create(target, job.changeBatch(),
                           toPool ? CustomerStore::NoOwner::PublicPool : CustomerStore::NoOwner::CurrentUser);
    if (!id) {
        if (!isRowProblem(id.error()))
            return id.error();
        problems << reader->problemAt(row, id.error().field, id.error().message);
        return {};
    }
    ++report.created;
    createdByRecord.insert(*id, row.number);
    seenInBatch.insert(*id);
    if (target.kind == CustomerKind::Company)
        companyByKey.insert(CompanyName::key(target.name), *id);
    return job.recordWritten(ImportedRecord{*id, true, {}});
}

void CustomerImport::Impl::reject(const ImportRow &row, const QList<ImportProblem> &problems)
{
    job.reject(row, problems);
}

// A written row's numbers that could not be verified: kept as written, and
// listed so they can be checked.
void CustomerImport::Impl::warnAboutPhones(const ImportRow &row, const CustomerRow &read)
{
    const auto warn = [&](const QList<Phone> &phones, const QString &field) {
        for (const Phone &p : phones)
            if (!p.verified()) {
                // Name the column the number is in when several map to the
                // field (Google's "Phone 1 - Value", "Phone 2 - Value").
                ImportProblem w = reader->problemAt(row, field, p.problem);
                for (int i = 0; i < row.cells.size(); ++i)
                    if (mapping.value(i) == field && row.cells.at(i).contains(p.raw)) {
                        w.column = header.value(i);
                        break;
                    }
                w.value = p.raw;
                report.addWarning(w);
            }
    };
    warn(read.customer.phones, QStringLiteral("phone"));
    warn(read.companyPhones, QStringLiteral("company_phone"));
}

Status CustomerImport::Impl::handleRow(const ImportRow &row)
{
    ++report.rowsRead;
    CustomerRow read = reader->read(row, job.source().format() != u"vcard");
    if (reader->fatal())
        return *reader->fatal();
    QList<ImportProblem> &problems = read.problems;
    if (!problems.isEmpty()) {
        reject(row, problems);
        return {};
    }
    const Customer &c = read.customer;
    const QSet<QString> &present = read.present;
    rowCompanyPhones = read.companyPhones;
    rowCompanyAddress = read.companyAddress;
    QString matchedKey;
    auto matches = match(c, read.idCell, c.companyName, matchedKey);
    if (!matches)
        return matches.error();
    const QList<qint64> &ids = *matches;
    auto hidden = matchesHidden(c, read.idCell, ids);
    if (!hidden)
        return hidden.error();
    if (*hidden) {
        reject(row, {ImportProblem{row.number, row.line, {}, {},
                                   tr("Matches a customer another salesperson owns; ask them or a manager.")}});
        return {};
    }
    if (ids.size() > 1) {
        QStringList list;
        for (qint64 id : ids)
            list << QString::number(id);
        reject(row, {ImportProblem{row.number, row.line, {}, matchedKey,
                                   tr("Matches %1 customers (IDs %2). Merge them under Tools → Find Duplicates, or "
                                      "choose other fields to match on.")
                                       .arg(ids.size())
                                       .arg(list.join(QStringLiteral(", ")))}});
        return {};
    }
    const qint64 existing = ids.value(0);
    if (existing && options.mode == ImportMode::Create) {
        ++report.skipped;
        if (report.duplicates.size() < ImportReport::maxListed)
            report.duplicates << ImportDuplicate{row.number, row.line, matchedKey, existing,
                                                 createdByRecord.value(existing)};
        return {};
    }
    if (!existing && options.mode == ImportMode::Update) {
        reject(row, {ImportProblem{row.number, row.line, {}, {},
                                   tr("No customer matches this row, and the import only updates. Choose “create "
                                      "and update” to add new customers too.")}});
        return {};
    }
    if (Status s = write(row, c, present, existing, problems); !s)
        return s;
    if (!problems.isEmpty()) {
        reject(row, problems);
        return {};
    }
    warnAboutPhones(row, read);
    // A name made up from the e-mail address or phone (see CustomerRowReader).
    for (const ImportProblem &w : std::as_const(read.warnings))
        report.addWarning(w);
    return {};
}

Result<ImportReport> CustomerImport::run(const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    // The rows, the checks and the store all read the region from the session.
    Session::RegionOverride region(m_session, m_options.region);
    ImportJob job(m_session, m_source, {m_options.dryRun, m_options.skipInvalid, m_options.rejectsPath});
    Impl rows(m_session, m_options, job);
    return job.run(rows, tr("importing customers from “%1”"), progress, cancel);
}

} // namespace guanxi
