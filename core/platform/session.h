#pragma once

#include "platform/clock.h"
#include "platform/workersession.h"
#include "team/access.h"

#include <QDate>
#include <QObject>

#include <functional>

namespace guanxi {

class Database;

// Who is working, on which file, at what time: what every store needs to
// stamp a change. Stores announce committed changes through its signals so
// that models and views refresh.
class Session : public QObject {
    Q_OBJECT
public:
    Session(Database &db, const Clock &clock, QObject *parent = nullptr);

    Database &db() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    QDateTime now() const { return m_clock.nowUtc(); }
    QDate today() const { return m_clock.nowUtc().toLocalTime().date(); }

    qint64 userId() const { return m_userId; }
    void setUserId(qint64 id)
    {
        m_userId = id;
        m_access.userId = id;
    }

    // Who the session acts as and what they may do; everything until set
    // (a file without login, maintenance, tests not about access).
    const Access &access() const { return m_access; }
    // Also the session's user. Writes the visible owners into this
    // connection's temp.guanxi_visible_owners, which visibleOwner() reads.
    Status setAccess(Access access);
    // Ok, or a Denied error naming the permission the role lacks.
    Status require(Permission permission) const;
    // An SQL condition on an owner column ("c.owner_id"): true for the
    // records this session sees, those without an owner (the pool) included.
    // Constant text, no values: it joins any query's WHERE.
    QString visibleOwner(const QString &column) const;
    // What visibleOwner() gives for someone who sees everything: TRUE.
    static QString everything() { return QStringLiteral("TRUE"); }
    // The visible owners' ids as the right side of an IN.
    QString visibleOwners() const;
    // The same for a record's owner already read.
    bool seesOwner(qint64 ownerId) const { return m_access.seesOwner(ownerId); }
    // ISO 3166 region ("CN", "GB") for phone numbers written without +.
    QString defaultRegion() const { return m_region; }
    // What changed, for the signals below and for other computers.
    enum class Changed { Customers, Leads, Deals, Orders, Notifications, Lookups };
    // Says that records changed (no ids: perhaps any of them). This
    // session's signal is emitted once the change is committed (see
    // Database::afterCommit), never if it rolls back. On a team database the
    // others hear of it too: pg_notify is sent in the same transaction, so
    // the server delivers it only on commit; the payload holds ids, never
    // names. Dropped while quiet: bulk work announces once when it is done.
    void announce(Changed what, const QList<qint64> &ids = {});
    // The same for work that kept quiet and has committed: said now, quiet
    // or not.
    void announceNow(Changed what, const QList<qint64> &ids = {});
    // On a team database: from now on, changes other computers announce are
    // emitted through this session's signals as if made here, so lists,
    // boards and the dashboard refresh by themselves. Needs an event loop on
    // this thread. Does nothing on a file.
    Status hearOthers();
    struct QuietGuard {
        explicit QuietGuard(Session &s) : session(s), was(s.m_quiet) { s.m_quiet = true; }
        ~QuietGuard() { session.m_quiet = was; }
        QuietGuard(const QuietGuard &) = delete;
        QuietGuard &operator=(const QuietGuard &) = delete;
        Session &session;
        bool was;
    };
    void setDefaultRegion(const QString &region) { m_region = region; }
    // A region of its own for one piece of work, such as an import's, on a
    // session no other thread reads (a worker's, the command line's); an
    // empty region keeps the session's.
    struct RegionOverride {
        RegionOverride(Session &s, const QString &region) : session(s), was(s.m_region)
        {
            if (!region.isEmpty())
                s.m_region = region.toUpper();
        }
        ~RegionOverride() { session.m_region = was; }
        RegionOverride(const RegionOverride &) = delete;
        RegionOverride &operator=(const RegionOverride &) = delete;
        Session &session;
        QString was;
    };
    // What a worker thread needs to open its own connection as this session
    // (WorkerSpec::open on that thread); never open the file by its path.
    WorkerSpec worker() const { return WorkerSpec(*this); }

signals:
    void customersChanged(const QList<qint64> &ids);
    void leadsChanged(const QList<qint64> &ids);
    void dealsChanged(const QList<qint64> &ids);
    void ordersChanged(const QList<qint64> &ids);
    void notificationsChanged();
    void lookupsChanged();

private:
    void emitChanged(Changed what, const QList<qint64> &ids);
    void tellServer(Changed what, const QList<qint64> &ids);
    void heard(const QString &payload);

    Database &m_db;
    const Clock &m_clock;
    qint64 m_userId = 0;
    Access m_access = Access::everything();
    QString m_region = QStringLiteral("CN");
    bool m_quiet = false;
};

} // namespace guanxi
