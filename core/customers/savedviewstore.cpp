#include "customers/savedviewstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "platform/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace guanxi {

using sql::run;

QString SavedViewStore::encode(const CustomerListQuery &q)
{
    QJsonObject o;
    if (q.stage)
        o.insert(QStringLiteral("stage"), Customers::stageCode(*q.stage));
    if (q.ownerId)
        o.insert(QStringLiteral("owner"), q.ownerId);
    if (q.sourceId)
        o.insert(QStringLiteral("source"), q.sourceId);
    if (!q.tag.isEmpty())
        o.insert(QStringLiteral("tag"), q.tag);
    if (!q.city.isEmpty())
        o.insert(QStringLiteral("city"), q.city);
    if (!q.province.isEmpty())
        o.insert(QStringLiteral("province"), q.province);
    if (!q.industry.isEmpty())
        o.insert(QStringLiteral("industry"), q.industry);
    if (!q.search.isEmpty())
        o.insert(QStringLiteral("search"), q.search);
    o.insert(QStringLiteral("sort"), q.sortColumn);
    o.insert(QStringLiteral("descending"), q.sortOrder == Qt::DescendingOrder);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

CustomerListQuery SavedViewStore::decode(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    CustomerListQuery q;
    q.stage = Customers::stageFromCode(o.value(QStringLiteral("stage")).toString());
    q.ownerId = o.value(QStringLiteral("owner")).toInteger();
    q.sourceId = o.value(QStringLiteral("source")).toInteger();
    q.tag = o.value(QStringLiteral("tag")).toString();
    q.city = o.value(QStringLiteral("city")).toString();
    q.province = o.value(QStringLiteral("province")).toString();
    q.industry = o.value(QStringLiteral("industry")).toString();
    q.search = o.value(QStringLiteral("search")).toString();
    q.sortColumn = o.value(QStringLiteral("sort")).toInt();
    q.sortOrder = o.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
    return q;
}

Result<QList<SavedView>> SavedViewStore::list() const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT id, name, definition FROM saved_views WHERE entity = 'customer' "
                               "AND (owner_id = ? OR owner_id IS NULL) ORDER BY position, id"),
             {m_session.userId()}))
        return SqlErrors::from(q.lastError(), tr("Could not read the saved views."));
    QList<SavedView> out;
    while (q.next())
        out << SavedView{q.value(0).toLongLong(), q.value(1).toString(), decode(q.value(2).toString())};
    return out;
}

Result<qint64> SavedViewStore::save(const QString &name, const CustomerListQuery &query)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return Error{tr("Enter a name for the view."), {}, QStringLiteral("name")};
    QSqlQuery q(m_session.db().connection());
    const QVariant owner = m_session.userId() ? QVariant(m_session.userId()) : QVariant();
    if (!run(q, QStringLiteral(
            "INSERT INTO saved_views (entity, name, definition, owner_id, position, created_at) "
            "VALUES ('customer', ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM saved_views), ?) "
            "ON CONFLICT (entity, owner_id, name) DO UPDATE SET definition = excluded.definition"),
             {n, encode(query), owner, toStoredTime(m_session.now())}))
        return SqlErrors::from(q.lastError(), tr("Could not save the view “%1”.").arg(n));
    QSqlQuery id(m_session.db().connection());
    if (!run(id, QStringLiteral("SELECT id FROM saved_views WHERE entity = 'customer' AND name = ? AND owner_id IS NOT DISTINCT FROM ?"),
             {n, owner})
        || !id.next())
        return SqlErrors::from(id.lastError(), tr("Could not save the view “%1”.").arg(n));
    return id.value(0).toLongLong();
}

Status SavedViewStore::remove(qint64 id)
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id}))
        return SqlErrors::from(q.lastError(), tr("Could not remove the view."));
    return {};
}

} // namespace guanxi
