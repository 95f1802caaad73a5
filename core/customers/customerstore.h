#pragma once

#include "customers/customer.h"
#include "customers/customersearchindex.h"
#include "customers/followupcolumns.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <optional>

class QSqlQuery;

namespace guanxi {

class Session;

struct CompanyRef {
    qint64 id = 0;
    QString name;
};

struct TrashEntry {
    qint64 id = 0;
    QString name;
    CustomerKind kind = CustomerKind::Person;
    QDateTime deletedAt;
    QString deletedBy;
};

// A customer's own rows: create, read, update and the trash, with the search
// index (CustomerSearchIndex) kept in step (the list, duplicates, merges and
// other features have their own stores; owners change through the pool). Every write is one transaction that also writes the change log and
// the search keys, then announces the ids through Session::customersChanged.
class CustomerStore {
    Q_DECLARE_TR_FUNCTIONS(CustomerStore)
public:
    explicit CustomerStore(Session &session) : m_session(session), m_index(session) {}

    // Who owns a new customer whose ownerId is 0.
    enum class NoOwner { CurrentUser, PublicPool };

    // Validates (see Customers::validate) and saves. On a validation error the
    // Error's field names the input; nothing is written.
    Result<qint64> create(Customer customer, const QString &batch = {}, NoOwner noOwner = NoOwner::CurrentUser);
    // current: the customer as stored, when the caller has just read it
    // (inside the same transaction); else it is read here.
    Status update(Customer customer, const QString &batch = {}, const Customer *current = nullptr);
    Result<Customer> get(qint64 id) const;
    // Many at once, in the order given, a few queries per hundreds of
    // customers (for exports); ids that do not exist are left out.
    Result<QList<Customer>> getMany(const QList<qint64> &ids) const;
    Result<QList<CompanyRef>> companies(const QString &namePrefix, int limit = 50) const;
    Result<qint64> companyByName(const QString &name) const; // 0 when none
    // Live customers matching a reference exactly (for imports): normalised
    // phone, e-mail (case-insensitive) or full name.
    Result<QList<qint64>> findByPhone(const QString &e164) const;
    Result<QList<qint64>> findByEmail(const QString &email) const;
    Result<QList<qint64>> findByName(const QString &name) const;
    Result<QList<qint64>> findByNameAndCompany(const QString &name, qint64 companyId) const;
    // Every live company, for matching company names by their key.
    Result<QList<CompanyRef>> allCompanies() const;
    // Every live customer's id, oldest first (for exporting all).
    Result<QList<qint64>> liveIds() const;
    Result<QStringList> cities() const;
    Result<QStringList> tagNames() const;
    Result<qint64> countLive() const;

    // The follow-up columns, which FollowUpStore keeps in step with the
    // follow-ups it logs (inside its transaction).
    Status setFollowUpColumns(qint64 id, const FollowUpColumns &columns, const QString &failure);
    // A converted lead's follow-up dates carried over to the customer it
    // became: the later last contact, and the customer's own next follow-up
    // or else the lead's (inside LeadStore::convert's transaction).
    Status takeOverLeadFollowUp(qint64 customerId, qint64 leadId, const QString &failure);

    // The trash: soft delete, restore and purge, each for many at once.
    Status moveToTrash(const QList<qint64> &ids);
    Status restore(const QList<qint64> &ids);
    Status purge(const QList<qint64> &ids);
    Result<QList<TrashEntry>> trash() const;

    // Customer ids whose search keys match what the user typed, at most limit.
    Result<QList<qint64>> search(const QString &query, int limit) const { return m_index.search(query, limit); }
    Status rebuildSearchIndex() { return m_index.rebuild(); }
    // New search keys for customers whose company changed behind their back
    // (a merge moved them to another company).
    Status refreshSearchKeys(const QList<qint64> &ids) { return m_index.refresh(ids); }
    // Adds one tag to many live customers in one transaction (a saved RFM
    // segment, a campaign list), logging each customer's new tag list like an
    // edit would. Returns how many customers gained the tag; customers that
    // had it, or are in the trash, are left as they were.
    Result<qint64> addTag(const QList<qint64> &ids, const QString &tag, const std::atomic_bool *cancel = nullptr);
    // Bulk loading (imports), between these two calls and inside a
    // transaction the caller holds open: create() and update() write without
    // a savepoint of their own. All their checks come before their first
    // write, so a customer they refuse leaves nothing behind; a failure after
    // that is a database error, and the caller must then give up its whole
    // transaction. Search keys, new and changed, are held back and written a
    // few thousand at a time: FTS5 flushes its pending terms into a new index
    // segment at every savepoint, and SQLite opens one for most statements,
    // so a search row between each customer's other rows would cost a segment
    // per customer. endBulkLoading() writes what is still held; call it
    // before committing.
    void beginBulkLoading()
    {
        m_bulk = true;
        m_liveCompanies.clear();
    }
    Status endBulkLoading();

private:
    static const char *const columns;
    // In bulk loading, and inside the caller's transaction (else as usual).
    bool bulkNow() const;
    Status stillInTransaction() const;
    static void readColumns(const QSqlQuery &q, int first, Customer &c);
    // previousCompanyId: a link the customer already has may stay even when
    // that company is in the trash.
    // companyName: where to put the linked company's name, when it is looked up.
    Status checkRefs(const Customer &c, qint64 previousCompanyId = 0, QString *companyName = nullptr) const;
    Status writeChildren(const Customer &c, bool fresh = false);
    Status logDiff(const Customer &before, const Customer &after, const QString &batch);
    Status setDeleted(const QList<qint64> &ids, bool deleted);
    QString ownerName(qint64 id) const;
    QString sourceName(qint64 id) const;

    Session &m_session;
    CustomerSearchIndex m_index;
    bool m_bulk = false;
    // In bulk loading: companies known to be live, with their names, so
    // each person's row does not look its company up again.
    mutable QHash<qint64, QString> m_liveCompanies;
};

} // namespace guanxi
