#include "team/channelstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/enumtable.h"
#include "platform/session.h"

#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {

// The built-in channels' names; a channel the user added keeps its own.
constexpr BuiltInName builtInChannels[] = {
    {"website", QT_TRANSLATE_NOOP("ChannelStore", "Website form")},
    {"social", QT_TRANSLATE_NOOP("ChannelStore", "Social / WeChat")},
    {"exhibition", QT_TRANSLATE_NOOP("ChannelStore", "Exhibition")},
    {"visit", QT_TRANSLATE_NOOP("ChannelStore", "Visit")},
    {"referral", QT_TRANSLATE_NOOP("ChannelStore", "Referral")},
    {"third_party", QT_TRANSLATE_NOOP("ChannelStore", "Third-party list")},
    {"other", QT_TRANSLATE_NOOP("ChannelStore", "Other")},
};

// A unique constraint refused the name: SQLite's extended code, PostgreSQL's SQLSTATE.
bool isUnique(const QSqlError &error)
{
    return error.nativeErrorCode() == QStringLiteral("2067") || error.nativeErrorCode() == QStringLiteral("23505");
}

} // namespace

QString ChannelStore::displayName(const SourceChannel &c)
{
    return builtInName("ChannelStore", builtInChannels, c.code, c.name);
}

Result<QList<SourceChannel>> ChannelStore::list(bool includeArchived) const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name, archived FROM source_channels %1 "
                               "ORDER BY position, id")
                    .arg(includeArchived ? QString() : QStringLiteral("WHERE archived = 0"))))
        return SqlErrors::from(q.lastError(), tr("Could not read the source channels."));
    QList<SourceChannel> out;
    while (q.next())
        out << SourceChannel{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toBool()};
    return out;
}

Result<qint64> ChannelStore::add(const QString &name)
{
    if (Status s = m_session.require(Permission::EditStagesChannels); !s)
        return s.error();
    return insert(name);
}

Result<qint64> ChannelStore::findOrAddNamed(const QString &name)
{
    auto found = find(name);
    if (found || !found.error().isAboutInput())
        return found;
    return insert(name);
}

Result<qint64> ChannelStore::insert(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return Error{tr("Enter a name for the source channel."), {}, QStringLiteral("name")};
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO source_channels (name, position) "
                               "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM source_channels)) RETURNING id"),
             {n})
        || !q.next()) {
        if (isUnique(q.lastError()))
            return Error{tr("A source channel named “%1” exists already.").arg(n), {}, QStringLiteral("name")};
        return SqlErrors::from(q.lastError(), tr("Could not add the source channel."));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    m_session.announce(Session::Changed::Lookups);
    return id;
}

Status ChannelStore::rename(qint64 id, const QString &name)
{
    if (Status s = m_session.require(Permission::EditStagesChannels); !s)
        return s;
    const QString n = name.simplified();
    if (n.isEmpty())
        return Error{tr("Enter a name for the source channel."), {}, QStringLiteral("name")};
    QSqlQuery q(m_session.db().connection());
    // A renamed built-in channel is the user's own from now on: drop the code
    // so the new name shows instead of the translation.
    if (!run(q, QStringLiteral("UPDATE source_channels SET name = ?, code = NULL WHERE id = ?"), {n, id})) {
        if (isUnique(q.lastError()))
            return Error{tr("A source channel named “%1” exists already.").arg(n), {}, QStringLiteral("name")};
        return SqlErrors::from(q.lastError(), tr("Could not rename the source channel."));
    }
    m_session.announce(Session::Changed::Lookups);
    return {};
}

Status ChannelStore::setArchived(qint64 id, bool archived)
{
    if (Status s = m_session.require(Permission::EditStagesChannels); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE source_channels SET archived = ? WHERE id = ?"), {archived ? 1 : 0, id}))
        return SqlErrors::from(q.lastError(), tr("Could not change the source channel."));
    m_session.announce(Session::Changed::Lookups);
    return {};
}

Result<qint64> ChannelStore::find(const QString &codeOrName) const
{
    auto all = list(true);
    if (!all)
        return all.error();
    for (const SourceChannel &c : *all)
        if (c.code == codeOrName || c.name.compare(codeOrName, Qt::CaseInsensitive) == 0
            || displayName(c) == codeOrName)
            return c.id;
    QStringList names;
    for (const SourceChannel &c : *all)
        names << (c.code.isEmpty() ? c.name : c.code);
    return Error{tr("There is no source channel “%1”. Known channels: %2.")
                     .arg(codeOrName, names.join(QStringLiteral(", "))),
                 {}, QStringLiteral("source")};
}

} // namespace guanxi
