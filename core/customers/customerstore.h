#pragma once

#include "customers/customer.h"
#include "customers/customersearchindex.h"
#include "customers/followupcolumns.h"
#include "platform/change.h"
#include "platform/db/sqldialect.h"
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
    // customer.version, when not 0, is the version the caller read: a
    // customer saved since by someone else is not written, and the Error is
    // ChangeLogStore::conflict()'s (ErrorKind::Conflict). savedVersion, when
    // given, receives the version this save left (for an undo to carry).
    Status update(Customer customer, const QString &batch = {}, const Customer *current = nullptr,
                  qint64 *savedVersion = nullptr);
    // The customer as stored, for changing it: NotFound, as for a customer
    // that does not exist, when this session does not see its owner.
    Result<Customer> get(qint64 id) const;
    // The customer as the panel, the form and exports show it: get(), with a
    // pool record's phones masked and e-mails left out for anyone but an
    // administrator (see PhoneMask). update() keeps the hidden ones.
    Result<Customer> read(qint64 id) const;
    // The full numbers of a customer this session sees masked or does not
    // own; needs RevealPhone, and is logged in the audit trail.
    Result<QList<Phone>> revealPhones(qint64 id);
    // The customer's change history, newest first; NotFound for a customer
    // this session does not see.
    Result<QList<Change>> history(qint64 id, int limit = 500) const;
    // Puts back the value a field had before the change changeId of this
    // customer's history, as a new change (logged like an edit, and in the
    // audit trail). The owner changes through the pool instead.
    Status restoreValue(qint64 customerId, qint64 changeId);
    // Many at once, in the order given, a few queries per hundreds of
    // customers (for exports); ids that do not exist, or that this session
    // does not see, are left out. Not masked (see PhoneMask::apply).
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
    // Deleting needs the Delete permission, purging Purge; a customer this
    // session does not see is refused as one that does not exist.
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

    // For a session that does not see everyone: NotFound for the first id
    // that does not exist or that it does not see (the same message either
    // way). Ok when all are seen, and always for a session that sees all.
    Status checkVisible(const QList<qint64> &ids) const;
    static Error notFound(qint64 id);
    // The condition on owner_id (of the table alias given, "c.") that keeps
    // the customers this session sees.
    QString visible(QStringView alias = {}) const;
    // "column = ?" for a tag's name, compared without case as the tags'
    // unique index compares: SQLite's tags.name is COLLATE NOCASE, and = takes
    // that index; PostgreSQL's index is on lower(name), and it takes that.
    static QString tagNameIs(const SqlDialect &dialect, const QString &column);

private:
    void maskHistory(qint64 id, QList<Change> &changes) const;
    friend struct CustomerMerge; // trashes the merged record under Merge, not Delete
    static const char *const columns;
    // In bulk loading, and inside the caller's transaction (else as usual).
    bool bulkNow() const;
    Status stillInTransaction() const;
    static void readColumns(const QSqlQuery &q, int first, Customer &c);
    // c came from a masked read of before: its masked phones become the
    // numbers they stand for, and before's e-mails, which it did not show,
    // stay ahead of any it adds.
    static void keepHiddenContacts(Customer &c, const Customer &before);
    // The field's value put on c from its text in the change log.
    Status setFieldText(Customer &c, const QString &field, const QString &text) const;
    // previousCompanyId: a link the customer already has may stay even when
    // that company is in the trash.
    // companyName: where to put the linked company's name, when it is looked up.
    Status checkRefs(const Customer &c, qint64 previousCompanyId = 0, QString *companyName = nullptr) const;
    Status writeChildren(const Customer &c, bool fresh = false);
    Status logDiff(const Customer &before, const Customer &after, const QString &batch);
    Status setDeleted(const QList<qint64> &ids, bool deleted);
    QString sourceName(qint64 id) const;

    Session &m_session;
    CustomerSearchIndex m_index;
    bool m_bulk = false;
    // In bulk loading: companies known to be live, with their names, so
    // each person's row does not look its company up again.
    mutable QHash<qint64, QString> m_liveCompanies;
};

} // namespace guanxi
