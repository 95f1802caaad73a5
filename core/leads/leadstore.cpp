#include "leads/leadstore.h"

#include "customers/phonemask.h"

#include "platform/changelogstore.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "text/companyname.h"
#include "text/pinyin.h"
#include "platform/clock.h"

#include <QSet>
#include <QSqlQuery>

namespace guanxi {

using sql::nullable;
using sql::run;

namespace {

const QString selectLead = QStringLiteral(
    "SELECT l.id, l.name, l.company, l.job_title, l.phone_raw, l.phone_e164, l.email, l.province, l.city, "
    "l.industry, l.source_id, l.campaign, l.product_interest, l.notes, l.status, l.disqualify_reason, "
    "l.owner_id, u.display_name, l.customer_id, l.created_at, l.owned_since, l.phone_problem, l.row_version "
    "FROM leads l LEFT JOIN users u ON u.id = l.owner_id ");

Lead leadFrom(const QSqlQuery &q)
{
    Lead l;
    l.id = q.value(0).toLongLong();
    l.name = q.value(1).toString();
    l.company = q.value(2).toString();
    l.jobTitle = q.value(3).toString();
    l.phone = q.value(4).toString();
    l.phoneE164 = q.value(5).toString();
    l.email = q.value(6).toString();
    l.province = q.value(7).toString();
    l.city = q.value(8).toString();
    l.industry = q.value(9).toString();
    l.sourceId = q.value(10).toLongLong();
    l.campaign = q.value(11).toString();
    l.productInterest = q.value(12).toString();
    l.notes = q.value(13).toString();
    l.status = Leads::statusFromCode(q.value(14).toString()).value_or(LeadStatus::New);
    l.disqualifyReason = q.value(15).toString();
    l.ownerId = q.value(16).toLongLong();
    l.ownerName = q.value(17).toString();
    l.customerId = q.value(18).toLongLong();
    l.createdAt = fromStoredTime(q.value(19).toString());
    l.ownedSince = fromStoredTime(q.value(20).toString());
    l.phoneProblem = q.value(21).toString();
    l.version = q.value(22).toLongLong();
    return l;
}

// A pool lead as someone but an administrator sees it until they claim it:
// the phone masked (138****5678), no e-mail.
void mask(const Session &session, Lead &lead)
{
    if (!PhoneMask::applies(session, lead.ownerId))
        return;
    lead.phone = PhoneMask::mask(lead.phone, lead.phoneE164);
    lead.phoneE164.clear();
    lead.email.clear();
}

QString whereFor(const LeadListQuery &query, const Session &session, QVariantList &values)
{
    // Only the leads this session sees: its own, its team's, the pool's.
    QStringList parts = {session.visibleOwner(QStringLiteral("l.owner_id"))};
    if (query.status) {
        parts << QStringLiteral("l.status = ?");
        values << Leads::statusCode(*query.status);
    }
    switch (query.owner) {
    case LeadListQuery::Owner::Anyone: break;
    case LeadListQuery::Owner::Me:
        parts << QStringLiteral("l.owner_id = ?");
        values << session.userId();
        break;
    case LeadListQuery::Owner::Pool: parts << QStringLiteral("l.owner_id IS NULL"); break;
    case LeadListQuery::Owner::User:
        parts << QStringLiteral("l.owner_id = ?");
        values << query.userId;
        break;
    }
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> LeadStore::create(Lead l)
{
    if (const QList<Error> problems = Leads::validate(l, m_session.defaultRegion()); !problems.isEmpty())
        return problems.first();
    // A lead for someone else is an assignment: within the team this session sees.
    if (!m_session.seesOwner(l.ownerId))
        return Error{tr("You can give leads only to yourself or the members of your team; leave the owner empty to "
                        "put the lead in the public pool."),
                     {}, QStringLiteral("owner"), ErrorKind::Denied};
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    const QString now = toStoredTime(m_session.now());
    QSqlQuery q(m_session.db().connection());
    const QVariantList values = {l.name, Pinyin::sortKey(l.name, PinyinText::PersonName), nullable(l.company), nullable(l.jobTitle),
                                 nullable(l.phone), nullable(l.phoneE164), nullable(l.email), nullable(l.province),
                                 nullable(l.city), nullable(l.industry), nullable(l.sourceId), nullable(l.campaign),
                                 nullable(l.productInterest), nullable(l.notes), nullable(l.ownerId),
                                 l.ownerId ? QVariant(now) : QVariant(), now, nullable(m_session.userId()), now,
                                 nullable(m_session.userId()), nullable(l.phoneProblem)};
    if (!run(q, QStringLiteral("INSERT INTO leads (name, name_sort, company, job_title, phone_raw, phone_e164, email, "
                               "province, city, industry, source_id, campaign, product_interest, notes, owner_id, "
                               "owned_since, created_at, created_by, updated_at, updated_by, phone_problem) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             values)
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not save the lead “%1”.").arg(l.name));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Status s = ChangeLogStore(m_session).record(Change::created(QStringLiteral("lead"), id, l.name)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_session.announce(Session::Changed::Leads, {id});
    return id;
}

Result<Lead> LeadStore::get(qint64 id) const
{
    auto lead = read(id);
    if (lead)
        mask(m_session, lead.value());
    return lead;
}

Result<Lead> LeadStore::read(qint64 id) const
{
    // A lead this session does not see reads as one that is not there.
    QSqlQuery q(m_session.db().connection());
    if (!run(q, selectLead + QStringLiteral("WHERE l.id = ? AND ") + m_session.visibleOwner(QStringLiteral("l.owner_id")),
             {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read lead %1.").arg(id));
    if (!q.next())
        return Error{tr("There is no lead with number %1.").arg(id), {}, {}, ErrorKind::NotFound};
    return leadFrom(q);
}

Result<qint64> LeadStore::count(const LeadListQuery &query) const
{
    QVariantList values;
    const QString where = whereFor(query, m_session, values);
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT count(*) FROM leads l") + where, values) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the leads."));
    return q.value(0).toLongLong();
}

Result<QList<Lead>> LeadStore::list(const LeadListQuery &query, qint64 offset, int limit) const
{
    QVariantList values;
    const QString where = whereFor(query, m_session, values);
    values << limit << offset;
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, selectLead + where + QStringLiteral(" ORDER BY l.created_at DESC, l.id DESC LIMIT ? OFFSET ?"), values))
        return SqlErrors::from(q.lastError(), tr("Could not read the leads."));
    QList<Lead> out;
    while (q.next()) {
        out << leadFrom(q);
        mask(m_session, out.last());
    }
    return out;
}

Status LeadStore::setStatus(qint64 id, LeadStatus status, const QString &reason, const QString &batch, qint64 version)
{
    auto lead = read(id);
    if (!lead)
        return lead.error();
    if (lead->status == LeadStatus::Converted)
        return Error{tr("“%1” was converted into a customer already; work with the customer instead.").arg(lead->name),
                     {}, QStringLiteral("status")};
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE leads SET status = ?, disqualify_reason = ?, updated_at = ?, updated_by = ?, "
                               "row_version = row_version + 1 WHERE id = ? AND (CAST(? AS bigint) = 0 OR row_version = ?)"),
             {Leads::statusCode(status), status == LeadStatus::Disqualified ? QVariant(reason) : QVariant(),
              toStoredTime(m_session.now()), nullable(m_session.userId()), id, version, version}))
        return SqlErrors::from(q.lastError(), tr("Could not change the lead “%1”.").arg(lead->name));
    // Checked and written in one statement; the lead was read just now.
    if (q.numRowsAffected() == 0)
        return ChangeLogStore(m_session).conflict(QStringLiteral("lead"), id);
    Change c;
    c.entity = QStringLiteral("lead");
    c.entityId = id;
    c.action = QStringLiteral("update");
    c.field = QStringLiteral("status");
    c.oldValue = Leads::statusCode(lead->status);
    c.newValue = Leads::statusCode(status) + (reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
    c.batch = batch;
    return ChangeLogStore(m_session).record(c);
}

Status LeadStore::qualify(qint64 id, qint64 version)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = setStatus(id, LeadStatus::Qualified, QString(), ChangeLogStore::newBatch(), version); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Leads, {id});
    return {};
}

Status LeadStore::disqualify(qint64 id, const QString &reason, qint64 version)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the lead is disqualified (e.g. no budget, wrong contact, competitor)."), {},
                     QStringLiteral("reason")};
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = setStatus(id, LeadStatus::Disqualified, reason.simplified(), ChangeLogStore::newBatch(), version); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Leads, {id});
    return {};
}

Result<QList<DuplicateCandidate>> LeadStore::duplicates(const Lead &input) const
{
    Lead lead = input;
    (void)Leads::validate(lead, m_session.defaultRegion()); // for the E.164 form only
    QList<DuplicateCandidate> out;
    QSet<qint64> seen;
    QSqlQuery q(m_session.db().connection());
    auto collect = [&](const QString &reason) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            out << DuplicateCandidate{id, q.value(1).toString(), q.value(2).toString(), reason};
        }
    };
    const QString select = QStringLiteral("SELECT c.id, c.name, co.name FROM customers c "
                                          "LEFT JOIN customers co ON co.id = c.company_id ");
    // Only customers this session sees: the others' stay unrevealed.
    const QString visible = QStringLiteral(" AND ") + m_session.visibleOwner(QStringLiteral("c.owner_id"));
    if (!lead.phoneE164.isEmpty()) {
        if (!run(q, select + QStringLiteral("JOIN customer_phones p ON p.customer_id = c.id "
                                            "WHERE p.e164 = ? AND c.deleted_at IS NULL") + visible + QStringLiteral(" LIMIT 20"),
                 {lead.phoneE164}))
            return SqlErrors::from(q.lastError(), tr("Could not look for duplicates."));
        collect(tr("same phone %1").arg(lead.phoneE164));
    }
    if (!lead.email.isEmpty()) {
        if (!run(q, select + QStringLiteral("JOIN customer_emails e ON e.customer_id = c.id "
                                            "WHERE lower(e.email) = lower(?) AND c.deleted_at IS NULL") + visible
                     + QStringLiteral(" LIMIT 20"),
                 {lead.email}))
            return SqlErrors::from(q.lastError(), tr("Could not look for duplicates."));
        collect(tr("same e-mail %1").arg(lead.email.toLower()));
    }
    const QString key = CompanyName::key(lead.company);
    if (!key.isEmpty()) {
        // The search index narrows to companies whose name holds the core
        // words; the keys then decide.
        auto ids = CustomerStore(m_session).search(CompanyName::core(lead.company), 200);
        if (!ids)
            return ids.error();
        for (qint64 id : *ids) {
            if (seen.contains(id))
                continue;
            auto c = CustomerStore(m_session).get(id);
            if (!c || c->isDeleted() || c->kind != CustomerKind::Company || CompanyName::key(c->name) != key
                || !m_session.seesOwner(c->ownerId))
                continue;
            seen.insert(id);
            out << DuplicateCandidate{id, c->name, QString(), tr("same company name")};
        }
    }
    return out;
}

Status LeadStore::linkTo(qint64 customerId, ConversionResult &result) const
{
    auto existing = CustomerStore(m_session).get(customerId);
    if (!existing)
        return existing.error();
    if (!m_session.seesOwner(existing->ownerId))
        return Error{tr("There is no customer with number %1.").arg(customerId), {}, QStringLiteral("customer"),
                     ErrorKind::NotFound};
    if (existing->isDeleted())
        return Error{tr("“%1” is in the trash; restore it before linking a lead to it.").arg(existing->name), {},
                     QStringLiteral("customer")};
    result.personId = existing->id;
    result.companyId = existing->kind == CustomerKind::Company ? existing->id : existing->companyId;
    result.linked = true;
    return {};
}

Status LeadStore::createCustomers(const Lead &lead, bool createCompany, const QString &batch,
                                  ConversionResult &result)
{
    CustomerStore customers(m_session);
    const qint64 owner = lead.ownerId ? lead.ownerId : m_session.userId();
    if (createCompany && !lead.company.isEmpty()) {
        // Reuse a company already in the file under the same name.
        Lead companyOnly;
        companyOnly.company = lead.company;
        auto dupes = duplicates(companyOnly);
        if (!dupes)
            return dupes.error();
        if (!dupes->isEmpty()) {
            result.companyId = dupes->first().customerId;
        } else {
            Customer company;
            company.kind = CustomerKind::Company;
            company.name = lead.company;
            company.province = lead.province;
            company.city = lead.city;
            company.industry = lead.industry;
            company.sourceId = lead.sourceId;
            company.stage = Stage::Prospect;
            company.ownerId = owner;
            auto made = customers.create(company, batch);
            if (!made)
                return made.error();
            result.companyId = *made;
        }
    }
    Customer person;
    person.kind = CustomerKind::Person;
    person.name = lead.name;
    person.companyId = result.companyId;
    person.jobTitle = lead.jobTitle;
    if (!lead.phone.isEmpty())
        person.phones << Phone{QString(), lead.phone, lead.phoneE164, lead.phoneProblem};   // as checked then
    if (!lead.email.isEmpty())
        person.emails << Email{QString(), lead.email};
    person.province = lead.province;
    person.city = lead.city;
    person.industry = lead.industry;
    person.sourceId = lead.sourceId;
    person.stage = Stage::Prospect;
    person.ownerId = owner;
    QStringList notes;
    if (!lead.notes.isEmpty())
        notes << lead.notes;
    if (!lead.campaign.isEmpty())
        notes << tr("Campaign: %1").arg(lead.campaign);
    if (!lead.productInterest.isEmpty())
        notes << tr("Interested in: %1").arg(lead.productInterest);
    person.notes = notes.join(u'\n');
    auto made = customers.create(person, batch);
    if (!made)
        return made.error();
    result.personId = *made;
    return {};
}

Result<ConversionResult> LeadStore::convert(qint64 id, const ConversionOptions &options)
{
    // Read the lead inside the write transaction, so two windows converting
    // the same lead cannot both see it open (on a server, its row locked
    // first: the second waits for the first to commit, then reads it converted).
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    {
        QSqlQuery lock(m_session.db().connection());
        if (!run(lock, QStringLiteral("SELECT id FROM leads WHERE id = ?") + m_session.db().dialect().forUpdate(), {id}))
            return SqlErrors::from(lock.lastError(), tr("Could not read lead %1.").arg(id));
    }
    auto lead = read(id);
    if (!lead)
        return lead.error();
    if (lead->status == LeadStatus::Converted)
        return Error{tr("“%1” was converted already (customer %2).").arg(lead->name).arg(lead->customerId), {},
                     QStringLiteral("status")};
    if (lead->status == LeadStatus::Disqualified)
        return Error{tr("“%1” is disqualified (%2). Qualify it again before converting.")
                         .arg(lead->name, lead->disqualifyReason),
                     {}, QStringLiteral("status")};
    CustomerStore customers(m_session);
    ConversionResult result;
    const QString batch = ChangeLogStore::newBatch();
    if (Status s = options.linkToCustomerId ? linkTo(options.linkToCustomerId, result)
                                            : createCustomers(*lead, options.createCompany, batch, result);
        !s)
        return s.error();
    if (!options.dealTitle.trimmed().isEmpty()) {
        Deal deal;
        deal.customerId = result.personId;
        deal.title = options.dealTitle;
        deal.amountMinor = options.dealAmountMinor;
        deal.products = lead->productInterest;
        deal.ownerId = lead->ownerId ? lead->ownerId : m_session.userId();
        auto dealId = DealStore(m_session).create(deal);
        if (!dealId)
            return dealId.error();
        result.dealId = *dealId;
    }
    QSqlQuery q(m_session.db().connection());
    // The lead's follow-ups become the customer's, and so does its next one.
    if (!run(q, QStringLiteral("UPDATE interactions SET customer_id = ? WHERE lead_id = ? AND customer_id IS NULL"),
             {result.personId, id}))
        return SqlErrors::from(q.lastError(), tr("Could not convert the lead “%1”.").arg(lead->name));
    if (Status s = customers.takeOverLeadFollowUp(result.personId, id,
                                                  tr("Could not convert the lead “%1”.").arg(lead->name));
        !s)
        return s.error();
    if (!run(q, QStringLiteral("UPDATE leads SET status = 'converted', customer_id = ?, updated_at = ?, updated_by = ?, "
                               "row_version = row_version + 1 WHERE id = ?"),
             {result.personId, toStoredTime(m_session.now()), nullable(m_session.userId()), id}))
        return SqlErrors::from(q.lastError(), tr("Could not convert the lead “%1”.").arg(lead->name));
    Change c;
    c.entity = QStringLiteral("lead");
    c.entityId = id;
    c.action = QStringLiteral("update");
    c.field = QStringLiteral("status");
    c.oldValue = Leads::statusCode(lead->status);
    c.newValue = QStringLiteral("converted: customer %1").arg(result.personId);
    c.batch = batch;
    if (Status s = ChangeLogStore(m_session).record(c); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_session.announce(Session::Changed::Leads, {id});
    m_session.announce(Session::Changed::Customers, {result.personId});
    return result;
}

Status LeadStore::setFollowUpColumns(qint64 id, const FollowUpColumns &columns, const QString &failure)
{
    return FollowUpColumnsSql::write(m_session, QStringLiteral("leads"), id, columns, failure);
}

Result<QList<qint64>> LeadStore::findByPhone(const QString &e164) const
{
    if (e164.isEmpty())
        return QList<qint64>(); // a number not verified is nobody else's number
    QSqlQuery &q = m_session.db().prepared(QStringLiteral("SELECT id FROM leads l WHERE phone_e164 = ? AND ")
                                           + m_session.visibleOwner(QStringLiteral("l.owner_id"))
                                           + QStringLiteral(" LIMIT 10"));
    q.bindValue(0, e164);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not look up leads by phone."));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<qint64>> LeadStore::findByEmail(const QString &email) const
{
    QSqlQuery &q = m_session.db().prepared(
        QStringLiteral("SELECT id FROM leads l WHERE lower(email) = lower(?) AND email IS NOT NULL AND ")
        + m_session.visibleOwner(QStringLiteral("l.owner_id")) + QStringLiteral(" LIMIT 10"));
    q.bindValue(0, email.trimmed());
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not look up leads by e-mail."));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace guanxi
