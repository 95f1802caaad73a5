#include "exchange/importstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "platform/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace guanxi {

using sql::nullable;

namespace {
const QString batchColumns = QStringLiteral(
    "b.id, b.batch, b.entity, b.file_name, b.format, b.encoding, b.mode, b.rows_read, b.created, b.updated, "
    "b.skipped, b.rejected, u.display_name, b.imported_at, b.reverted_at "
    "FROM import_batches b LEFT JOIN users u ON u.id = b.user_id ");

ImportBatch batchFrom(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.batch = q.value(1).toString();
    b.entity = q.value(2).toString();
    b.fileName = q.value(3).toString();
    b.format = q.value(4).toString();
    b.encoding = q.value(5).toString();
    b.mode = q.value(6).toString();
    b.rowsRead = q.value(7).toLongLong();
    b.created = q.value(8).toLongLong();
    b.updated = q.value(9).toLongLong();
    b.skipped = q.value(10).toLongLong();
    b.rejected = q.value(11).toLongLong();
    b.userName = q.value(12).toString();
    b.importedAt = fromStoredTime(q.value(13).toString());
    b.revertedAt = q.value(14).isNull() ? QDateTime() : fromStoredTime(q.value(14).toString());
    return b;
}
} // namespace

Result<qint64> ImportStore::addBatch(const ImportBatch &b)
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO import_batches (batch, entity, file_name, format, encoding, mode, user_id, "
                                 "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {b.batch, b.entity, b.fileName, b.format, nullable(b.encoding), b.mode, nullable(m_session.userId()),
                   toStoredTime(m_session.now())})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not record the import of “%1”.").arg(b.fileName));
    return q.value(0).toLongLong();
}

Status ImportStore::finishBatch(const ImportBatch &b)
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("UPDATE import_batches SET rows_read = ?, created = ?, updated = ?, skipped = ?, "
                                 "rejected = ? WHERE id = ?"),
                  {b.rowsRead, b.created, b.updated, b.skipped, b.rejected, b.id}))
        return SqlErrors::from(q.lastError(), tr("Could not record the import of “%1”.").arg(b.fileName));
    return {};
}

Status ImportStore::addRecord(qint64 batchId, const ImportedRecord &r)
{
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO import_records (batch_id, entity_id, action, before) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (batch_id, entity_id) DO NOTHING"));
    q.bindValue(0, batchId);
    q.bindValue(1, r.entityId);
    q.bindValue(2, r.created ? QStringLiteral("create") : QStringLiteral("update"));
    q.bindValue(3, r.before.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(r.before)));
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not record an imported record."));
    return {};
}

Result<QList<ImportBatch>> ImportStore::batches(const QString &entity) const
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT ") + batchColumns
                      + QStringLiteral("WHERE (? = 0 OR b.entity = ?) AND ") + m_session.visibleOwner(QStringLiteral("b.user_id"))
                      + QStringLiteral(" ORDER BY b.id DESC"),
                  {entity.isEmpty() ? 0 : 1, entity}))
        return SqlErrors::from(q.lastError(), tr("Could not read the list of imports."));
    QList<ImportBatch> out;
    while (q.next())
        out << batchFrom(q);
    return out;
}

Result<ImportBatch> ImportStore::batch(qint64 id) const
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT ") + batchColumns + QStringLiteral("WHERE b.id = ? AND ")
                      + m_session.visibleOwner(QStringLiteral("b.user_id")),
                  {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read import %1.").arg(id));
    if (!q.next())
        return Error{tr("There is no import %1. List the imports to see their numbers.").arg(id), {}, {}};
    return batchFrom(q);
}

Result<QList<ImportedRecord>> ImportStore::records(qint64 batchId) const
{
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT entity_id, action, before FROM import_records WHERE batch_id = ? "
                                 "ORDER BY entity_id"),
                  {batchId}))
        return SqlErrors::from(q.lastError(), tr("Could not read the records of import %1.").arg(batchId));
    QList<ImportedRecord> out;
    while (q.next())
        out << ImportedRecord{q.value(0).toLongLong(), q.value(1).toString() == u"create",
                              q.value(2).toString().toUtf8()};
    return out;
}

Status ImportStore::markReverted(qint64 batchId)
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q, QStringLiteral("UPDATE import_batches SET reverted_at = ?, reverted_by = ? WHERE id = ?"),
                  {toStoredTime(m_session.now()), nullable(m_session.userId()), batchId}))
        return SqlErrors::from(q.lastError(), tr("Could not mark import %1 as reverted.").arg(batchId));
    return {};
}

Result<qint64> ImportStore::createdBy(const QString &entity, qint64 entityId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT b.id FROM import_records r JOIN import_batches b ON b.id = r.batch_id "
                                 "WHERE r.entity_id = ? AND r.action = 'create' AND b.entity = ? LIMIT 1"),
                  {entityId, entity}))
        return SqlErrors::from(q.lastError(), tr("Could not read where the record came from."));
    return q.next() ? q.value(0).toLongLong() : 0;
}

ImportStore::ImportStore(Session &session) : m_session(session) {}

ImportStore::~ImportStore() = default;

Result<QSet<qint64>> ImportStore::hiddenCustomers(const QList<qint64> &ids) const
{
    if (m_session.access().seesAll || ids.isEmpty())
        return QSet<qint64>();
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT c.id FROM customers c WHERE c.id IN ") + m_session.db().dialect().idsIn()
                      + QStringLiteral(" AND c.deleted_at IS NULL AND NOT ")
                      + m_session.visibleOwner(QStringLiteral("c.owner_id")),
                  {SqlDialect::idArray(ids)}))
        return SqlErrors::from(q.lastError(), tr("Could not check whose customers the import names."));
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

Result<bool> ImportStore::hiddenCustomerHas(const QStringList &e164s, const QStringList &emails, qint64 id) const
{
    if (m_session.access().seesAll)
        return false;
    // One index probe per number, address and id (customer_phones_by_e164,
    // customer_emails_by_email, the key), each statement prepared once.
    static const char *const probes[] = {
        "SELECT 1 FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE p.e164 = ?",
        "SELECT 1 FROM customer_emails e JOIN customers c ON c.id = e.customer_id WHERE lower(e.email) = lower(?)",
        "SELECT 1 FROM customers c WHERE c.id = ?",
    };
    const auto probe = [&](int which, const QVariant &value) -> Result<bool> {
        std::unique_ptr<QSqlQuery> &q = m_hiddenHas[which];
        if (!q) {
            q = std::make_unique<QSqlQuery>(m_session.db().connection());
            if (!q->prepare(QString::fromLatin1(probes[which]) + QStringLiteral(" AND c.deleted_at IS NULL AND NOT ")
                            + m_session.visibleOwner(QStringLiteral("c.owner_id")) + QStringLiteral(" LIMIT 1"))) {
                const QSqlError error = q->lastError();
                q.reset();
                return SqlErrors::from(error, tr("Could not check whose customers the import names."));
            }
        }
        q->bindValue(0, value);
        if (!q->exec())
            return SqlErrors::from(q->lastError(), tr("Could not check whose customers the import names."));
        const bool found = q->next();
        q->finish();
        return found;
    };
    QList<std::pair<int, QVariant>> keys;
    for (const QString &e : e164s)
        keys.append({0, e});
    for (const QString &e : emails)
        keys.append({1, e});
    if (id > 0)
        keys.append({2, id});
    for (const auto &[which, value] : std::as_const(keys)) {
        auto found = probe(which, value);
        if (!found || *found)
            return found;
    }
    return false;
}

Result<QList<ImportProfile>> ImportStore::profiles(const QString &entity) const
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q, QStringLiteral("SELECT id, name, mapping FROM import_profiles WHERE entity = ? ORDER BY name"),
                  {entity}))
        return SqlErrors::from(q.lastError(), tr("Could not read the saved column mappings."));
    QList<ImportProfile> out;
    while (q.next()) {
        ImportProfile p{q.value(0).toLongLong(), q.value(1).toString(), {}};
        const QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            p.mapping.insert(it.key(), it.value().toString());
        out << p;
    }
    return out;
}

Status ImportStore::saveProfile(const QString &entity, const QString &name, const QMap<QString, QString> &mapping)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return Error{tr("Enter a name for the column mapping."), {}, QStringLiteral("name")};
    QJsonObject o;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        o.insert(it.key(), it.value());
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO import_profiles (entity, name, mapping, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (entity, name) DO UPDATE SET mapping = excluded.mapping, "
                                 "updated_at = excluded.updated_at"),
                  {entity, n, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
                   toStoredTime(m_session.now())}))
        return SqlErrors::from(q.lastError(), tr("Could not save the column mapping “%1”.").arg(n));
    return {};
}

Status ImportStore::removeProfile(qint64 id)
{
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM import_profiles WHERE id = ?"), {id}))
        return SqlErrors::from(q.lastError(), tr("Could not delete the column mapping."));
    return {};
}

} // namespace guanxi
