#pragma once

#include "customers/followupcolumns.h"
#include "leads/lead.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// Which leads a list shows.
struct LeadListQuery {
    enum class Owner { Anyone, Me, Pool, User };
    std::optional<LeadStatus> status;   // none: every status
    Owner owner = Owner::Anyone;
    qint64 userId = 0;                  // for Owner::User
};

// An existing customer a lead may be the same as, and why we think so.
struct DuplicateCandidate {
    qint64 customerId = 0;
    QString name;
    QString companyName;
    QString reason;
};

struct ConversionOptions {
    qint64 linkToCustomerId = 0;   // link to this existing customer instead of creating one
    bool createCompany = true;     // create (or reuse) the lead's company as a company customer
    QString dealTitle;             // not empty: also open a deal (first funnel stage) for the customer
    qint64 dealAmountMinor = 0;
};

struct ConversionResult {
    qint64 personId = 0;
    qint64 companyId = 0;
    bool linked = false;
    qint64 dealId = 0;
};

// Leads: capture, screening and conversion. Conversion is one transaction:
// the company, the person and the lead's new state land together or not at all.
class LeadStore {
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
public:
    explicit LeadStore(Session &session) : m_session(session) {}

    Result<qint64> create(Lead lead);
    // Leads this session sees (its own, its team's, the pool's); another's
    // reads as not there. A pool lead's phone is masked and its e-mail left
    // out for anyone but an administrator (PhoneMask).
    Result<Lead> get(qint64 id) const;
    Result<qint64> count(const LeadListQuery &query) const;
    Result<QList<Lead>> list(const LeadListQuery &query, qint64 offset, int limit) const;

    // version, when not 0, is the lead's version as read (Lead::version): a
    // lead changed since by someone else is refused with
    // ChangeLogStore::conflict()'s Error and left as it is.
    Status qualify(qint64 id, qint64 version = 0);
    Status disqualify(qint64 id, const QString &reason, qint64 version = 0);
    // Customers with the same normalised phone or e-mail, or the same company
    // name once legal forms are stripped.
    Result<QList<DuplicateCandidate>> duplicates(const Lead &lead) const;
    // Leads (any status) this session sees with this normalised phone, or this
    // e-mail in any case.
    Result<QList<qint64>> findByPhone(const QString &e164) const;
    Result<QList<qint64>> findByEmail(const QString &email) const;
    Result<ConversionResult> convert(qint64 id, const ConversionOptions &options = {});
    // The follow-up columns (no next action for leads), which FollowUpStore
    // keeps in step with the follow-ups it logs (inside its transaction).
    Status setFollowUpColumns(qint64 id, const FollowUpColumns &columns, const QString &failure);

private:
    // The lead as stored (contact details unmasked), if this session sees it.
    Result<Lead> read(qint64 id) const;
    Status setStatus(qint64 id, LeadStatus status, const QString &reason, const QString &batch, qint64 version = 0);
    // Conversion: to a customer in the file already, or to a new person (and
    // company, unless one by that name exists).
    Status linkTo(qint64 customerId, ConversionResult &result) const;
    Status createCustomers(const Lead &lead, bool createCompany, const QString &batch, ConversionResult &result);
    Session &m_session;
};

} // namespace guanxi
