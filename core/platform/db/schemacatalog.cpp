#include "platform/db/schemacatalog.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace guanxi {

namespace {
bool copied(const QString &table)
{
    return !table.startsWith(QStringLiteral("customer_search")) && !table.startsWith(QStringLiteral("sqlite_"))
           && table != u"guanxi_meta";
}

Error readFailed(const QSqlQuery &q)
{
    return SqlErrors::from(q.lastError(), SchemaCatalog::tr("Could not read the list of tables."));
}

Result<QList<SchemaCatalog::Table>> fileTables(Database &db)
{
    QList<SchemaCatalog::Table> out;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return readFailed(q);
    QStringList names;
    while (q.next())
        if (copied(q.value(0).toString()))
            names << q.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        SchemaCatalog::Table t;
        t.name = name;
        // Names come from the catalog itself, never from input.
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name)))
            return readFailed(q);
        while (q.next()) {
            t.columns << q.value(1).toString();
            if (q.value(1).toString() == u"id" && q.value(5).toInt() == 1
                && q.value(2).toString().compare(QStringLiteral("INTEGER"), Qt::CaseInsensitive) == 0)
                t.identity = true;
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(name)))
            return readFailed(q);
        while (q.next()) {
            const QString parent = q.value(2).toString();
            if (parent == name)
                t.selfLinks << q.value(3).toString();
            else if (!t.parents.contains(parent))
                t.parents << parent;
        }
        out << t;
    }
    return out;
}

Result<QList<SchemaCatalog::Table>> serverTables(Database &db)
{
    QMap<QString, SchemaCatalog::Table> byName;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT c.table_name, c.column_name, c.is_identity = 'YES' FROM information_schema.columns c "
                               "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
                               "AND t.table_name = c.table_name WHERE c.table_schema = current_schema() "
                               "AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position")))
        return readFailed(q);
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (!copied(table))
            continue;
        SchemaCatalog::Table &t = byName[table];
        t.name = table;
        t.columns << q.value(1).toString();
        if (q.value(1).toString() == u"id" && q.value(2).toBool())
            t.identity = true;
    }
    if (!q.exec(QStringLiteral(
            "SELECT child.relname, parent.relname, a.attname FROM pg_constraint k "
            "JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid "
            "JOIN pg_namespace n ON n.oid = child.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
            "WHERE k.contype = 'f' AND n.nspname = current_schema()")))
        return readFailed(q);
    while (q.next()) {
        const QString child = q.value(0).toString();
        const QString parent = q.value(1).toString();
        if (!byName.contains(child))
            continue;
        SchemaCatalog::Table &t = byName[child];
        if (parent == child)
            t.selfLinks << q.value(2).toString();
        else if (!t.parents.contains(parent))
            t.parents << parent;
    }
    return QList<SchemaCatalog::Table>(byName.cbegin(), byName.cend());
}
} // namespace

Result<QList<SchemaCatalog::Table>> SchemaCatalog::tables(Database &db)
{
    auto found = db.isServer() ? serverTables(db) : fileTables(db);
    if (!found)
        return found;
    // Parents first; names in order among equals, so the order is the same
    // on both backends.
    QList<Table> pending = *found;
    std::sort(pending.begin(), pending.end(), [](const Table &a, const Table &b) { return a.name < b.name; });
    QList<Table> ordered;
    QSet<QString> placed;
    while (!pending.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const Table &t = pending.at(i);
            bool ready = true;
            for (const QString &parent : t.parents)
                ready = ready && (placed.contains(parent) || !std::any_of(pending.cbegin(), pending.cend(),
                                                                         [&](const Table &p) { return p.name == parent; }));
            if (ready) {
                placed.insert(t.name);
                ordered << t;
                pending.removeAt(i);
                progress = true;
                break;
            }
        }
        if (!progress)
            return Error{tr("The tables point to each other in a circle (%1); they cannot be copied in order.")
                             .arg(pending.constFirst().name),
                         {}, {}};
    }
    return ordered;
}

} // namespace guanxi
