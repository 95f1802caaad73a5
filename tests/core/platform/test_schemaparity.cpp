// The PostgreSQL migration set against SQLite's: version for version the
// same tables and columns, in the same order, with matching types and NOT
// NULLs. Only the search index differs by design (FTS5 on SQLite, token
// tables on PostgreSQL), and guanxi_meta holds what SQLite keeps in its
// header.
#include "corehelpers.h"
#include "testserver.h"

#include "platform/db/migrations.h"

#include <QDir>
#include <QMap>

using namespace guanxi;
using namespace guanxi::test;

namespace {
struct Column {
    QString name;
    QString type;
    bool notNull = false;
    bool operator==(const Column &o) const { return name == o.name && type == o.type && notNull == o.notNull; }
};
using Schema = QMap<QString, QList<Column>>;

bool searchIndex(const QString &table)
{
    return table.startsWith(QStringLiteral("customer_search"));
}

// SQLite's declared types, in PostgreSQL's words.
QString serverType(const QString &sqliteType)
{
    const QString t = sqliteType.toUpper();
    if (t == u"INTEGER")
        return QStringLiteral("bigint");
    if (t == u"TEXT" || t.isEmpty())
        return QStringLiteral("text");
    if (t == u"REAL")
        return QStringLiteral("double precision");
    if (t == u"BLOB")
        return QStringLiteral("bytea");
    return sqliteType;
}

Schema fileSchema(Database &db)
{
    Schema out;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (searchIndex(table))
            continue;
        QSqlQuery columns(db.connection());
        REQUIRE(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        while (columns.next())
            out[table].append({columns.value(1).toString(), serverType(columns.value(2).toString()),
                               columns.value(3).toBool() || columns.value(5).toInt() > 0});
    }
    return out;
}

Schema serverSchema(Database &db)
{
    Schema out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT c.table_name, c.column_name, c.data_type, c.is_nullable = 'NO' "
                                  "FROM information_schema.columns c JOIN information_schema.tables t "
                                  "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                                  "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                                  "ORDER BY c.table_name, c.ordinal_position")));
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (searchIndex(table) || table == u"guanxi_meta")
            continue;
        out[table].append({q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    }
    return out;
}

QString describe(const QList<Column> &columns)
{
    QStringList parts;
    for (const Column &c : columns)
        parts << c.name + u' ' + c.type + (c.notNull ? QStringLiteral(" NOT NULL") : QString());
    return parts.join(QStringLiteral(", "));
}
} // namespace

TEST_CASE("The PostgreSQL schema has the same tables and columns as the file's", "[.server][database]")
{
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("parity.guanxi")));
    REQUIRE(file.ok());
    const QString address = newServerDatabase();
    Schema onServer;
    {
        auto server = Database::open(address);
        REQUIRE(server.ok());
        CHECK(server.value()->schemaVersion() == Migrations::latestVersion());
        onServer = serverSchema(*server.value());
    }
    dropServerDatabase(address);
    const Schema onFile = fileSchema(*file.value());

    REQUIRE_FALSE(onFile.isEmpty());
    CHECK(onServer.keys() == onFile.keys());
    for (auto it = onFile.cbegin(); it != onFile.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(describe(onServer.value(it.key())) == describe(it.value()));
    }
}

TEST_CASE("Both migration sets end at the same version", "[database]")
{
    int serverLatest = 0;
    for (const QString &name : QDir(QStringLiteral(":/guanxi/migrations-pg")).entryList({QStringLiteral("*.sql")}))
        serverLatest = qMax(serverLatest, name.left(4).toInt());
    CHECK(serverLatest == Migrations::latestVersion());
}

TEST_CASE("PostgreSQL scripts split at semicolons outside quotes and function bodies", "[database]")
{
    const QStringList statements = Migrations::serverStatements(QStringLiteral(
        "CREATE TABLE a (x text DEFAULT 'a;b'); -- a comment; with a semicolon\n"
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no; never'; END; $$;\n"
        "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;\n"
        "/* only; a comment */"));
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0) == u"CREATE TABLE a (x text DEFAULT 'a;b')");
    CHECK(statements.at(1).endsWith(QStringLiteral("END; $$")));
    CHECK(statements.at(2).endsWith(QStringLiteral("$body$ SELECT 1; $body$")));
}
