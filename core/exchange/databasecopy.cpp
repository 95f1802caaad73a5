#include "exchange/databasecopy.h"

#include "customers/customersearchindex.h"
#include "platform/db/database.h"
#include "platform/db/schemacatalog.h"
#include "platform/db/sqlerror.h"
#include "platform/db/transaction.h"
#include "platform/session.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace guanxi {

namespace {
// Tables a new database may hold rows in before the copy (its seed rows:
// stages, channels, permissions), which the copy replaces.
const QStringList dataTables = {QStringLiteral("users"), QStringLiteral("customers"), QStringLiteral("leads"),
                                QStringLiteral("deals"), QStringLiteral("orders"), QStringLiteral("change_log")};

// Rows per INSERT: fewer round trips to a server; well below both engines'
// limits on parameters.
constexpr int valuesPerInsert = 2000;

QByteArray canonical(const QVariant &v)
{
    if (v.isNull())
        return QByteArrayLiteral("\x01");
    switch (v.typeId()) {
    case QMetaType::QByteArray: return "x" + v.toByteArray().toHex();
    case QMetaType::Double:
    case QMetaType::Float: return QByteArray::number(v.toDouble(), 'g', 17);
    default: return v.toString().toUtf8();
    }
}

QString orderedSelect(const SchemaCatalog::Table &t)
{
    QStringList order;
    for (qsizetype i = 1; i <= t.columns.size(); ++i)
        order << QString::number(i) + QStringLiteral(" NULLS FIRST");
    return QStringLiteral("SELECT ") + t.columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + t.name
           + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
}

QString insertFor(const SchemaCatalog::Table &t, int rows)
{
    const QString one = QLatin1Char('(') + QStringList(t.columns.size(), QStringLiteral("?")).join(u',')
                        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO ") + t.name + QStringLiteral(" (") + t.columns.join(QStringLiteral(", "))
           + QStringLiteral(") VALUES ") + QStringList(rows, one).join(u',');
}

Error failed(const QSqlQuery &q, const QString &table)
{
    return SqlErrors::from(q.lastError(), DatabaseCopy::tr("Could not copy the table %1; the target was left as it "
                                                           "was.")
                                              .arg(table));
}

// Reads a consistent snapshot of the source for as long as it lives.
struct Snapshot {
    QSqlQuery q;
    explicit Snapshot(Database &db) : q(db.connection()) {}
    Status begin(Database &db)
    {
        const QString sql = db.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                          : QStringLiteral("BEGIN");
        if (!q.exec(sql))
            return SqlErrors::from(q.lastError(), DatabaseCopy::tr("Could not read the source database."));
        active = true;
        return {};
    }
    // Once everything is read: a server would end a transaction left idle
    // through the target's long index rebuild.
    void end()
    {
        if (active)
            q.exec(QStringLiteral("ROLLBACK"));
        active = false;
    }
    ~Snapshot() { end(); }
    bool active = false;
};

struct TableCopy {
    Database &source;
    Database &target;
    const SchemaCatalog::Table &table;
    DatabaseCopy::Progress progress;
    const std::atomic_bool *cancel;
    qint64 &done;
    qint64 total;

    Result<DatabaseCopy::TableReport> run()
    {
        DatabaseCopy::TableReport report{table.name, 0, {}};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery read(source.connection());
        read.setForwardOnly(true);
        if (!read.exec(orderedSelect(table)))
            return failed(read, table.name);
        const qsizetype columns = table.columns.size();
        const int perInsert = qMax(1, valuesPerInsert / int(columns));
        QList<qsizetype> selfLinkColumns;
        for (const QString &link : table.selfLinks)
            selfLinkColumns << table.columns.indexOf(link);
        const qsizetype idColumn = table.columns.indexOf(QStringLiteral("id"));
        // Links within the table (a person's company) are set once every row
        // is in: the company may come after the person.
        QList<std::pair<QVariant, QVariantList>> links;
        QVariantList batch;
        int batchRows = 0;
        auto flush = [&]() -> Status {
            if (batchRows == 0)
                return {};
            QSqlQuery &ins = target.prepared(insertFor(table, batchRows));
            for (qsizetype i = 0; i < batch.size(); ++i)
                ins.bindValue(int(i), batch.at(i));
            if (!ins.exec())
                return failed(ins, table.name);
            batch.clear();
            batchRows = 0;
            return {};
        };
        while (read.next()) {
            if (cancel && cancel->load())
                return Error{DatabaseCopy::tr("The copy was stopped; the target was left as it was."), {}, {},
                             ErrorKind::Cancelled};
            QVariantList selfValues;
            bool anyLink = false;
            for (qsizetype c = 0; c < columns; ++c) {
                const QVariant v = read.value(int(c));
                hash.addData(canonical(v));
                hash.addData(QByteArrayView("\x1f", 1));
                if (selfLinkColumns.contains(c)) {
                    selfValues << v;
                    anyLink = anyLink || !v.isNull();
                    batch << QVariant();
                } else {
                    batch << v;
                }
            }
            hash.addData(QByteArrayView("\x1e", 1));
            if (anyLink && idColumn >= 0)
                links.append({read.value(int(idColumn)), selfValues});
            ++report.rows;
            if (++batchRows == perInsert)
                if (Status s = flush(); !s)
                    return s.error();
            if (progress && ++done % 5000 == 0)
                progress(done, total);
        }
        if (read.lastError().isValid())
            return failed(read, table.name);
        if (Status s = flush(); !s)
            return s.error();
        for (const auto &[id, values] : std::as_const(links)) {
            QStringList sets;
            for (const QString &link : table.selfLinks)
                sets << link + QStringLiteral(" = ?");
            QSqlQuery &upd = target.prepared(QStringLiteral("UPDATE ") + table.name + QStringLiteral(" SET ")
                                             + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
            int i = 0;
            for (const QVariant &v : values)
                upd.bindValue(i++, v);
            upd.bindValue(i, id);
            if (!upd.exec())
                return failed(upd, table.name);
        }
        report.checksum = QString::fromLatin1(hash.result().toHex());
        return report;
    }
};

// The same digest over the target's rows, read back inside its transaction.
Result<QString> checksum(Database &db, const SchemaCatalog::Table &table, qint64 &rows)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(orderedSelect(table)))
        return failed(q, table.name);
    rows = 0;
    while (q.next()) {
        for (int c = 0; c < table.columns.size(); ++c) {
            hash.addData(canonical(q.value(c)));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
        ++rows;
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status sameTables(const QList<SchemaCatalog::Table> &a, const QList<SchemaCatalog::Table> &b)
{
    for (const SchemaCatalog::Table &t : a) {
        const auto other = std::find_if(b.cbegin(), b.cend(), [&](const SchemaCatalog::Table &o) { return o.name == t.name; });
        if (other == b.cend() || QSet<QString>(t.columns.cbegin(), t.columns.cend())
                                     != QSet<QString>(other->columns.cbegin(), other->columns.cend()))
            return Error{DatabaseCopy::tr("The two databases do not have the same tables (%1 differs); open both with "
                                          "this version of Guanxi first.")
                             .arg(t.name),
                         {}, {}};
    }
    return {};
}
} // namespace

Result<DatabaseCopy::Report> DatabaseCopy::copy(Session &source, Session &target, const Progress &progress,
                                                const std::atomic_bool *cancel)
{
    Database &from = source.db();
    Database &to = target.db();
    if (from.schemaVersion() != to.schemaVersion())
        return Error{tr("The source is at data version %1 and the target at %2; open both with this version of Guanxi "
                        "first.")
                         .arg(from.schemaVersion())
                         .arg(to.schemaVersion()),
                     {}, {}};
    auto tables = SchemaCatalog::tables(from);
    if (!tables)
        return tables.error();
    auto targetTables = SchemaCatalog::tables(to);
    if (!targetTables)
        return targetTables.error();
    if (Status s = sameTables(*tables, *targetTables); !s)
        return s.error();

    Snapshot snapshot(from);
    if (Status s = snapshot.begin(from); !s)
        return s.error();
    qint64 total = 0;
    QSqlQuery q(from.connection());
    for (const SchemaCatalog::Table &t : std::as_const(*tables)) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + t.name) || !q.next())
            return failed(q, t.name);
        total += q.value(0).toLongLong();
    }
    q.finish();

    Transaction tx(to, tr("copying a database into it"));
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery w(to.connection());
    for (const QString &table : dataTables) {
        if (!w.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !w.next())
            return failed(w, table);
        if (w.value(0).toLongLong() > 0)
            return Error{tr("The target %1 holds data already (%2); copy only into a new database.")
                             .arg(to.path(), table),
                         {}, QStringLiteral("target"), ErrorKind::Conflict};
    }
    // A new database's seed rows (stages, channels, permissions) make way
    // for the source's, children first.
    for (auto it = tables->crbegin(); it != tables->crend(); ++it)
        if (!w.exec(QStringLiteral("DELETE FROM ") + it->name))
            return failed(w, it->name);
    w.finish();

    Report report;
    qint64 done = 0;
    for (const SchemaCatalog::Table &t : std::as_const(*tables)) {
        TableCopy copier{from, to, t, progress, cancel, done, total};
        auto copied = copier.run();
        if (!copied)
            return copied.error();
        report.tables << *copied;
        report.rows += copied->rows;
    }
    snapshot.end();
    // Ids keep their numbers; a server's next number follows the largest.
    if (to.isServer())
        for (const SchemaCatalog::Table &t : std::as_const(*tables))
            if (t.identity
                && !w.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                          "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                               .arg(t.name)))
                return failed(w, t.name);
    if (Status s = CustomerSearchIndex(target).rebuild(); !s)
        return s.error();
    for (const TableReport &copied : std::as_const(report.tables)) {
        const auto table = std::find_if(tables->cbegin(), tables->cend(),
                                         [&](const SchemaCatalog::Table &t) { return t.name == copied.name; });
        qint64 rows = 0;
        auto sum = checksum(to, *table, rows);
        if (!sum)
            return sum.error();
        if (rows != copied.rows || *sum != copied.checksum)
            return Error{tr("The copy of %1 does not match the source (%2 rows read, %3 written); nothing was saved.")
                             .arg(copied.name)
                             .arg(copied.rows)
                             .arg(rows),
                         QStringLiteral("checksum %1 vs %2").arg(copied.checksum, *sum), {}, ErrorKind::Storage};
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(total, total);
    return report;
}

} // namespace guanxi
