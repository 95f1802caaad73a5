#include "platform/session.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace guanxi {

Session::Session(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

namespace {
// The channel every Guanxi on a team database listens to, and the payload's
// words: "customers 12,15" (ids optional).
const QString channel = QStringLiteral("guanxi");
const std::pair<Session::Changed, const char16_t *> changeWords[] = {
    {Session::Changed::Customers, u"customers"}, {Session::Changed::Leads, u"leads"},
    {Session::Changed::Deals, u"deals"},         {Session::Changed::Orders, u"orders"},
    {Session::Changed::Notifications, u"notifications"}, {Session::Changed::Lookups, u"lookups"},
};
// pg_notify takes at most 8000 bytes; beyond that, "anything may have changed".
constexpr qsizetype maxPayload = 7900;
} // namespace

void Session::announce(Changed what, const QList<qint64> &ids)
{
    if (m_quiet)
        return;
    tellServer(what, ids);
    m_db.afterCommit([this, what, ids] { emitChanged(what, ids); });
}

void Session::announceNow(Changed what, const QList<qint64> &ids)
{
    tellServer(what, ids);
    emitChanged(what, ids);
}

void Session::emitChanged(Changed what, const QList<qint64> &ids)
{
    switch (what) {
    case Changed::Customers: emit customersChanged(ids); break;
    case Changed::Leads: emit leadsChanged(ids); break;
    case Changed::Deals: emit dealsChanged(ids); break;
    case Changed::Orders: emit ordersChanged(ids); break;
    case Changed::Notifications: emit notificationsChanged(); break;
    case Changed::Lookups: emit lookupsChanged(); break;
    }
}

void Session::tellServer(Changed what, const QList<qint64> &ids)
{
    if (!m_db.isServer())
        return;
    QString payload;
    for (const auto &[change, word] : changeWords)
        if (change == what)
            payload = QString::fromUtf16(word);
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    const QString listed = numbers.join(u',');
    if (!listed.isEmpty() && payload.size() + 1 + listed.size() <= maxPayload)
        payload += u' ' + listed;
    // Inside a transaction the server holds it until the commit and drops it
    // on a rollback; outside one it goes at once. A lost notification only
    // delays others' refresh: not worth failing the change for.
    QSqlQuery q(m_db.connection());
    if (q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"))) {
        q.bindValue(0, channel);
        q.bindValue(1, payload);
        q.exec();
    }
}

Status Session::hearOthers()
{
    if (!m_db.isServer())
        return {};
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver->subscribeToNotification(channel))
        return SqlErrors::from(driver->lastError(), tr("Could not listen for the team's changes."));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == channel && source == QSqlDriver::OtherSource)
                    heard(payload.toString());
            });
    return {};
}

void Session::heard(const QString &payload)
{
    const QString word = payload.section(u' ', 0, 0);
    QList<qint64> ids;
    for (const QString &number : payload.section(u' ', 1).split(u',', Qt::SkipEmptyParts))
        if (const qint64 id = number.toLongLong(); id > 0)
            ids << id;
    for (const auto &[change, w] : changeWords)
        if (word == QStringView(w))
            emitChanged(change, ids);
}

Status Session::setAccess(Access access)
{
    if (!access.seesAll) {
        // Per connection, in memory (temp_store = MEMORY): a worker's
        // connection fills its own from the WorkerSpec.
        QSqlQuery q(m_db.connection());
        // Unqualified, the name finds the temporary table first on both
        // backends.
        // A server connection has it from the start (see serverconnection.cpp).
        if ((!m_db.isServer()
             && !q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS guanxi_visible_owners "
                                       "(user_id bigint PRIMARY KEY)")))
            || !q.exec(QStringLiteral("DELETE FROM guanxi_visible_owners")))
            return SqlErrors::from(q.lastError(), tr("Could not prepare what this user may see."));
        if (!q.prepare(QStringLiteral("INSERT INTO guanxi_visible_owners (user_id) VALUES (?) ON CONFLICT DO NOTHING")))
            return SqlErrors::from(q.lastError(), tr("Could not prepare what this user may see."));
        for (qint64 owner : std::as_const(access.visibleOwners)) {
            q.bindValue(0, owner);
            if (!q.exec())
                return SqlErrors::from(q.lastError(), tr("Could not prepare what this user may see."));
        }
    }
    m_userId = access.userId;
    m_access = std::move(access);
    return {};
}

Status Session::require(Permission permission) const
{
    if (m_access.can(permission))
        return {};
    return Error{tr("Your role (%1) does not have the permission “%2”; ask an administrator to grant it.")
                     .arg(Roles::label(m_access.role), Permissions::label(permission)),
                 {}, Permissions::code(permission), ErrorKind::Denied};
}

QString Session::visibleOwner(const QString &column) const
{
    if (m_access.seesAll)
        return everything();
    return QStringLiteral("(%1 IS NULL OR %1 IN %2)").arg(column, visibleOwners());
}

QString Session::visibleOwners() const
{
    // SQLite reads a table after IN directly; PostgreSQL needs the subquery.
    return m_db.isServer() ? QStringLiteral("(SELECT user_id FROM guanxi_visible_owners)")
                           : QStringLiteral("temp.guanxi_visible_owners");
}

} // namespace guanxi
