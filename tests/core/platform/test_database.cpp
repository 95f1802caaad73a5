// Opening Guanxi files: new, old, damaged, foreign, newer, read-only and
// locked files. A file Guanxi refuses is never modified.
#include "corehelpers.h"

#include "platform/db/databasecheck.h"
#include "platform/db/migrations.h"
#include "platform/db/transaction.h"
#include "platform/changelogstore.h"
#include "team/channelstore.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace guanxi;
using namespace guanxi::test;

namespace {

QString tablesOf(RawConnection &raw)
{
    QSqlQuery q(raw.db);
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                  "WHERE type = 'table' ORDER BY name)")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Every table, index, view and trigger with its SQL, as one line each.
QStringList schemaOf(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                  "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")));
    QStringList out;
    while (q.next())
        out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString().simplified()}
                   .join(QStringLiteral(" | "));
    return out;
}

bool hasTable(Database &db, const QString &name)
{
    return countRows(db, QStringLiteral("sqlite_master"),
                     QStringLiteral("type = 'table' AND name = '%1'").arg(name))
           == 1;
}

// Opens a file Guanxi must refuse and checks the refusal: an error naming the
// file, the bytes untouched, no journal files left behind.
void requireRefusedUntouched(const QString &path, const QString &expectedWords = {}, bool walMode = false)
{
    const QByteArray before = fileBytes(path);
    const QString absolute = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    {
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        INFO("message: " << str(opened.error().message));
        CHECK(opened.error().message.contains(absolute));
        if (!expectedWords.isEmpty())
            CHECK(opened.error().message.contains(expectedWords, Qt::CaseInsensitive));
        // The same with an explicit read-only open.
        Database::Options ro;
        ro.readOnly = true;
        auto again = Database::open(path, ro);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(absolute));
    }
    CHECK(fileBytes(path) == before);
    CHECK(QFileInfo(path).size() == before.size());
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    if (walMode) {
        // SQLite's read-only look at a WAL-mode file may leave an empty -wal
        // (and a -shm index) behind; nothing may be written into them.
        CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    } else {
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    }
}

// A file at schema version `version` made by running the first steps only.
void makeFileAtVersion(const QString &path, int version)
{
    RawConnection raw(path);
    raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
    auto upgraded = Migrations::upgrade(raw.db, 0, version);
    if (!upgraded)
        FAIL(str(upgraded.error().toString()));
    REQUIRE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == version);
}

} // namespace

TEST_CASE("A new file gets the latest schema, WAL, foreign keys and the Guanxi id", "[file][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.guanxi"));
    REQUIRE_FALSE(QFile::exists(path));
    {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        Database &db = **opened;
        CHECK(QFile::exists(path)); // the missing folders were created too
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
        CHECK(Database::latestSchemaVersion() == Migrations::latestVersion());
        CHECK(Database::latestSchemaVersion() >= 3);
        CHECK_FALSE(db.isReadOnly());
        CHECK(db.readOnlyReason().isEmpty());
        CHECK(db.path() == QFileInfo(path).absoluteFilePath());

        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("wal"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == Database::applicationId);

        // Foreign keys are really enforced on this connection.
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO customer_phones (customer_id, raw, e164) "
                                          "VALUES (424242, '1', '+861')")));
        for (const QString &table : {QStringLiteral("customers"), QStringLiteral("change_log"),
                                     QStringLiteral("customer_search"), QStringLiteral("orders"),
                                     QStringLiteral("saved_views"), QStringLiteral("users")})
            CHECK(hasTable(db, table));
    }
    // What was written is in the file itself, seen by another program.
    RawConnection raw(path);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == Database::latestSchemaVersion());
    CHECK(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId);
    CHECK(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
}

TEST_CASE("Reopening a current file changes nothing about its version", "[file][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.guanxi"));
    makeGuanxiFile(path, 20);
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(countRows(**opened, QStringLiteral("customers")) == 20);
}

TEST_CASE("An older file is upgraded to the latest version and keeps its data", "[file][database][migrations]")
{
    const int latest = Database::latestSchemaVersion();
    for (int version = 1; version < latest; ++version) {
        DYNAMIC_SECTION("from schema version " << version)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.guanxi"));
            {
                makeFileAtVersion(path, version);
                RawConnection raw(path);
                // Only the tables of the steps so far exist.
                CHECK(tablesOf(raw).contains(QStringLiteral("orders")) == (version >= 3));
                CHECK(tablesOf(raw).contains(QStringLiteral("saved_views")) == (version >= 2));
                raw.exec(QStringLiteral(
                    "INSERT INTO users (id, login, display_name, role, created_at) "
                    "VALUES (1, 'old', 'Old User', 'admin', '2020-01-01T00:00:00Z')"));
                raw.exec(QStringLiteral(
                    "INSERT INTO customers (id, kind, name, name_sort, city, stage, owner_id, created_at, "
                    "updated_at) VALUES (7, 'person', '张三', 'zhang san', '北京', 'customer', 1, "
                    "'2020-01-01T00:00:00Z', '2020-01-02T00:00:00Z')"));
                raw.exec(QStringLiteral("INSERT INTO customer_phones (customer_id, raw, e164) "
                                        "VALUES (7, '138 1234 5678', '+8613812345678')"));
            }
            auto opened = Database::open(path);
            if (!opened)
                FAIL(str(opened.error().toString()));
            Database &db = **opened;
            CHECK(db.schemaVersion() == latest);
            CHECK(hasTable(db, QStringLiteral("orders")));
            CHECK(hasTable(db, QStringLiteral("saved_views")));

            FixedClock clock(fixedNow());
            Session session(db, clock);
            session.setUserId(1);
            auto c = CustomerStore(session).get(7);
            REQUIRE(c.ok());
            CHECK(c->name == QStringLiteral("张三"));
            CHECK(c->city == QStringLiteral("北京"));
            CHECK(c->stage == Stage::Customer);
            REQUIRE(c->phones.size() == 1);
            CHECK(c->phones.first().e164 == QStringLiteral("+8613812345678"));

            // The new tables work with the old rows: an order for the old customer.
            QSqlQuery q(db.connection());
            CHECK(q.exec(QStringLiteral(
                "INSERT INTO orders (number, customer_id, order_date, total_minor, created_at, updated_at) "
                "VALUES ('SO-1', 7, '2026-01-01', 100, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        }
    }
}

TEST_CASE("Files that are not Guanxi databases are refused and left untouched", "[file][database][badfiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("random bytes")
    {
        const QString path = dir.filePath(QStringLiteral("random.guanxi"));
        QByteArray bytes(8192, '\0');
        QRandomGenerator rng(12345);
        for (char &b : bytes)
            b = char(rng.bounded(256));
        writeFile(path, bytes);
        requireRefusedUntouched(path, QStringLiteral("not an SQLite file"));
    }
    SECTION("random bytes after a valid SQLite header")
    {
        const QString path = dir.filePath(QStringLiteral("header.guanxi"));
        QByteArray bytes("SQLite format 3\0", 16);
        QRandomGenerator rng(777);
        while (bytes.size() < 4096)
            bytes.append(char(rng.bounded(256)));
        writeFile(path, bytes);
        requireRefusedUntouched(path);
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.guanxi"));
        writeFile(path, QByteArray());
        requireRefusedUntouched(path, QStringLiteral("empty"));
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, QStringLiteral("姓名,电话\n张三,13812345678\n").toUtf8());
        requireRefusedUntouched(path);
    }
    SECTION("a folder")
    {
        const QString path = dir.filePath(QStringLiteral("folder.guanxi"));
        REQUIRE(QDir().mkpath(path));
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(QDir(path).isEmpty());
    }
    SECTION("a truncated Guanxi file")
    {
        const QString good = dir.filePath(QStringLiteral("good.guanxi"));
        makeGuanxiFile(good, 300, 200);
        const QByteArray whole = fileBytes(good);
        REQUIRE(whole.size() > 64 * 1024);
        REQUIRE(whole.size() % 4096 == 0);

        const QString half = dir.filePath(QStringLiteral("half.guanxi"));
        writeFile(half, whole.left(whole.size() / 2));
        requireRefusedUntouched(half, QStringLiteral("damaged"));

        const QString ragged = dir.filePath(QStringLiteral("ragged.guanxi"));
        writeFile(ragged, whole.left(whole.size() / 2 + 123));
        requireRefusedUntouched(ragged, QStringLiteral("damaged"));

        const QString headerOnly = dir.filePath(QStringLiteral("header-only.guanxi"));
        writeFile(headerOnly, whole.left(60));
        requireRefusedUntouched(headerOnly, QStringLiteral("damaged"));

        // The original is still fine.
        auto opened = Database::open(good);
        REQUIRE(opened.ok());
        CHECK(countRows(**opened, QStringLiteral("customers")) == 300);
    }
    SECTION("a file from a newer Guanxi")
    {
        const QString path = dir.filePath(QStringLiteral("newer.guanxi"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
            raw.exec(QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)"));
            raw.exec(QStringLiteral("INSERT INTO future_things (what) VALUES ('hover boards')"));
            raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
        }
        requireRefusedUntouched(path, QStringLiteral("newer version"));
    }
    SECTION("a WAL-mode Guanxi file from a newer Guanxi")
    {
        const QString path = dir.filePath(QStringLiteral("newer-wal.guanxi"));
        makeGuanxiFile(path, 30);
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
        }
        REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        requireRefusedUntouched(path, QStringLiteral("newer version"), true);
    }
    SECTION("an SQLite database of another program")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)"));
            raw.exec(QStringLiteral("INSERT INTO bookmarks (url) VALUES ('https://example.com')"));
        }
        RawConnection check(path);
        REQUIRE(check.scalar(QStringLiteral("PRAGMA application_id")).toInt() == 0);
        requireRefusedUntouched(path, QStringLiteral("another program"));
    }
    SECTION("an SQLite database of another program that uses user_version")
    {
        const QString path = dir.filePath(QStringLiteral("other2.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
            raw.exec(QStringLiteral("PRAGMA user_version = 1"));
        }
        requireRefusedUntouched(path, QStringLiteral("another program"));
    }
}

TEST_CASE("A missing file is an error when creating is not allowed", "[file][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.guanxi"));
    Database::Options o;
    o.createIfMissing = false;
    auto opened = Database::open(path, o);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFile::exists(path));

    Database::Options ro;
    ro.readOnly = true;
    auto readOnly = Database::open(path, ro);
    REQUIRE_FALSE(readOnly.ok());
    CHECK(readOnly.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("A read-only file opens for reading and refuses changes", "[file][database][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.guanxi"));
    makeGuanxiFile(path, 25);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileBytes(path);
    {
        auto opened = Database::open(path);
        if (!opened)
            FAIL(str(opened.error().toString()));
        Database &db = **opened;
        CHECK(db.isReadOnly());
        CHECK_FALSE(db.readOnlyReason().isEmpty());
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());

        FixedClock clock(fixedNow());
        Session session(db, clock);
        auto user = UserStore(session).ensureDefault(QStringLiteral("x"), QStringLiteral("X"));
        REQUIRE(user.ok());
        CHECK(*user != 0); // the existing user, not a new one
        session.setUserId(*user);
        CustomerStore store(session);
        auto live = store.countLive();
        REQUIRE(live.ok());
        CHECK(*live == 25);

        Customer c;
        c.name = QStringLiteral("李四");
        auto created = store.create(c);
        REQUIRE_FALSE(created.ok());
        CHECK_FALSE(created.error().message.isEmpty());
        // Code tells a refused write from bad input by its kind (an import
        // stops instead of rejecting every row).
        CHECK(created.error().kind == ErrorKind::Denied);
        CHECK_FALSE(created.error().isAboutInput());
        CHECK(store.moveToTrash({1}).ok() == false);
        CHECK(*store.countLive() == 25);
    }
    CHECK(fileBytes(path) == before);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

TEST_CASE("Opening read-only on request never writes", "[file][database][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.guanxi"));
    makeGuanxiFile(path, 10);
    const QByteArray before = fileBytes(path);
    {
        Database::Options o;
        o.readOnly = true;
        auto opened = Database::open(path, o);
        REQUIRE(opened.ok());
        CHECK((*opened)->isReadOnly());
        CHECK_FALSE((*opened)->readOnlyReason().isEmpty());
        FixedClock clock(fixedNow());
        Session session(**opened, clock);
        session.setUserId(1);
        Customer c;
        c.name = QStringLiteral("李四");
        CHECK_FALSE(CustomerStore(session).create(c).ok());
    }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A second, read-only connection sees a new file whose pages are all still in the WAL",
          "[file][database][readonly]")
{
    // The worker threads (reports, duplicates, export) open the file again
    // read-only while the window's connection holds it: a brand-new file
    // then lives in its -wal file, and must not look like an empty one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.guanxi"));
    auto writer = Database::open(path);
    REQUIRE(writer.ok());
    FixedClock clock(fixedNow());
    Session session(**writer, clock);
    Customer c;
    c.name = QStringLiteral("王五");
    REQUIRE(CustomerStore(session).create(c).ok());
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    Database::Options o;
    o.readOnly = true;
    o.createIfMissing = false;
    auto reader = Database::open(path, o);
    INFO((reader ? QString() : reader.error().toString()).toStdString());
    REQUIRE(reader.ok());
    Session readSession(**reader, clock);
    CHECK(CustomerStore(readSession).liveIds().value_or({}).size() == 1);
}

TEST_CASE("A read-only file that needs upgrading is refused and untouched", "[file][database][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old-ro.guanxi"));
    makeFileAtVersion(path, 1);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileBytes(path);
    {
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QDir::toNativeSeparators(path)));
    }
    CHECK(fileBytes(path) == before);
    RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
}

TEST_CASE("A file another program is writing to opens read-only", "[file][database][locked]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.guanxi"));
    makeGuanxiFile(path, 15);
    const QByteArray before = fileBytes(path);
    {
        RawConnection other(path);
        other.exec(QStringLiteral("BEGIN IMMEDIATE"));
        other.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('held by the other program')"));
        {
            Database::Options o;
            o.busyTimeoutMs = 300;
            auto opened = Database::open(path, o);
            if (!opened)
                FAIL(str(opened.error().toString()));
            Database &db = **opened;
            // Database::configure probes the write lock, finds it taken and
            // Database::open falls back to a visible read-only open.
            CHECK(db.isReadOnly());
            CHECK(db.readOnlyReason().contains(QStringLiteral("Another program")));
            CHECK(db.schemaVersion() == Database::latestSchemaVersion());

            FixedClock clock(fixedNow());
            Session session(db, clock);
            session.setUserId(1);
            CustomerStore store(session);
            CHECK(*store.countLive() == 15); // reads work
            Customer c;
            c.name = QStringLiteral("王五");
            CHECK_FALSE(store.create(c).ok()); // writes are refused, no crash
            // The other program's uncommitted row is not visible.
            CHECK(countRows(db, QStringLiteral("tags"), QStringLiteral("name = 'held by the other program'")) == 0);
        }
        other.exec(QStringLiteral("ROLLBACK"));
    }
    CHECK(fileBytes(path) == before);
    // Once the other program is gone, the file opens for writing again.
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK_FALSE((*opened)->isReadOnly());
}

TEST_CASE("Migrations::statements splits scripts into whole statements", "[file][migrations]")
{
    const QString script = QStringLiteral(
        "-- a comment line; with a semicolon\n"
        "\n"
        "CREATE TABLE a (\n"
        "    x INTEGER,      -- the x; still inside the statement\n"
        "    note TEXT DEFAULT 'semi;colon'\n"
        ");\n"
        "CREATE TABLE b (y INTEGER);\n"
        "\n"
        "CREATE TRIGGER a_to_b AFTER INSERT ON a\n"
        "BEGIN\n"
        "    INSERT INTO b (y) VALUES (new.x);\n"
        "    UPDATE b SET y = y + 1 WHERE y = new.x;\n"
        "END;\n"
        "INSERT INTO a (x) VALUES (41);\n");
    const QStringList statements = Migrations::statements(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(statements.at(0).contains(QStringLiteral("'semi;colon'")));
    CHECK(statements.at(1) == QStringLiteral("CREATE TABLE b (y INTEGER);"));
    CHECK(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER a_to_b")));
    CHECK(statements.at(2).contains(QStringLiteral("INSERT INTO b (y) VALUES (new.x);")));
    CHECK(statements.at(2).contains(QStringLiteral("UPDATE b SET y = y + 1 WHERE y = new.x;")));
    CHECK(statements.at(2).endsWith(QStringLiteral("END;")));
    CHECK(statements.at(3) == QStringLiteral("INSERT INTO a (x) VALUES (41);"));

    // Each piece runs on its own through Qt's driver, and the trigger fires.
    RawConnection raw(QStringLiteral(":memory:"));
    for (const QString &s : statements) {
        INFO(str(s));
        raw.exec(s);
    }
    CHECK(raw.scalar(QStringLiteral("SELECT y FROM b")).toInt() == 42);
}

TEST_CASE("Migrations::statements keeps a statement without a final newline", "[file][migrations]")
{
    const QStringList statements = Migrations::statements(QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);"));
    REQUIRE(statements.size() == 2);
    CHECK(statements.at(1) == QStringLiteral("CREATE TABLE b (y);"));
    CHECK(Migrations::statements(QStringLiteral("-- only a comment\n\n")).isEmpty());
}

TEST_CASE("Every shipped migration step runs on its own", "[file][migrations]")
{
    RawConnection raw(QStringLiteral(":memory:"));
    for (int v = 1; v <= Migrations::latestVersion(); ++v) {
        INFO("step " << v);
        auto s = Migrations::upgrade(raw.db, v - 1, v);
        if (!s)
            FAIL(str(s.error().toString()));
        CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == v);
    }
    // Upgrading an up-to-date file is a no-op.
    CHECK(Migrations::upgrade(raw.db, Migrations::latestVersion()).ok());
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == Migrations::latestVersion());
}

TEST_CASE("Migrations::statements: comments after a statement and two statements on a line", "[file][migrations]")
{
    const QStringList statements = Migrations::statements(QStringLiteral(
        "CREATE TABLE a (x INTEGER); -- the a table\n"
        "CREATE TABLE b (y INTEGER); CREATE TABLE c (z INTEGER);\n"));
    RawConnection raw(QStringLiteral(":memory:"));
    for (const QString &s : statements) {
        INFO(str(s));
        raw.exec(s);
    }
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).toInt() == 3);
}

TEST_CASE("Transactions nest with savepoints and roll back what is not committed", "[database][transaction]")
{
    TestDb t;
    Database &db = *t.db;
    auto tags = [&] { return countRows(db, QStringLiteral("tags")); };
    auto insert = [&](const QString &name) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
        q.addBindValue(name);
        REQUIRE(q.exec());
    };
    {
        Transaction outer(db);
        REQUIRE(outer.begin().ok());
        insert(QStringLiteral("outer"));
        {
            Transaction inner(db);
            REQUIRE(inner.begin().ok());
            insert(QStringLiteral("inner, rolled back"));
            inner.rollback();
        }
        {
            Transaction inner(db);
            REQUIRE(inner.begin().ok());
            insert(QStringLiteral("inner, committed"));
            REQUIRE(inner.commit().ok());
        }
        {
            Transaction forgotten(db);
            REQUIRE(forgotten.begin().ok());
            insert(QStringLiteral("inner, never committed"));
        } // the guard rolls back
        REQUIRE(outer.commit().ok());
    }
    CHECK(tags() == 2);
    CHECK(countRows(db, QStringLiteral("tags"), QStringLiteral("name = 'outer'")) == 1);
    CHECK(countRows(db, QStringLiteral("tags"), QStringLiteral("name = 'inner, committed'")) == 1);
    CHECK(db.transactionDepth() == 0);
    {
        Transaction dropped(db);
        REQUIRE(dropped.begin().ok());
        insert(QStringLiteral("dropped"));
    }
    CHECK(tags() == 2);
    CHECK(db.transactionDepth() == 0);
    // A failed customer write inside an outer transaction does not end it.
    {
        Transaction outer(db);
        REQUIRE(outer.begin().ok());
        insert(QStringLiteral("kept"));
        Customer bad;
        bad.name = QStringLiteral("张三");
        bad.customValues = {{999, QStringLiteral("x")}}; // no such field: the insert fails
        CHECK_FALSE(CustomerStore(*t.session).create(bad).ok());
        REQUIRE(outer.commit().ok());
    }
    CHECK(countRows(db, QStringLiteral("tags"), QStringLiteral("name = 'kept'")) == 1);
    CHECK(countRows(db, QStringLiteral("customers")) == 0);
}

TEST_CASE("A write while another program holds the lock fails with advice", "[file][database][locked]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.guanxi"));
    makeGuanxiFile(path, 3);
    Database::Options o;
    o.busyTimeoutMs = 200;
    auto opened = Database::open(path, o);
    REQUIRE(opened.ok());
    REQUIRE_FALSE((*opened)->isReadOnly());
    FixedClock clock(fixedNow());
    Session session(**opened, clock);
    session.setUserId(1);
    CustomerStore store(session);
    {
        RawConnection other(path);
        other.exec(QStringLiteral("BEGIN IMMEDIATE"));
        Customer c;
        c.name = QStringLiteral("王五");
        const auto refused = store.create(c);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("another program")));
        CHECK(refused.error().kind == ErrorKind::Busy);
        other.exec(QStringLiteral("ROLLBACK"));
    }
    // Once the lock is gone the same write works.
    Customer c;
    c.name = QStringLiteral("王五");
    CHECK(store.create(c).ok());
    CHECK(*store.countLive() == 4);
}

TEST_CASE("openAnother gives a second connection to the same file", "[database]")
{
    TestDb t;
    auto other = t.db->openAnother();
    REQUIRE(other.ok());
    CHECK((*other)->path() == t.db->path());
    CHECK_FALSE((*other)->isReadOnly());
    Customer c;
    c.name = QStringLiteral("张三");
    REQUIRE(CustomerStore(*t.session).create(c).ok());
    CHECK(countRows(**other, QStringLiteral("customers")) == 1);
}

TEST_CASE("DatabaseCheck reports broken links and passes a good file", "[file][database][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("check.guanxi"));
    makeGuanxiFile(path, 40, 40);
    {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        auto report = DatabaseCheck::run(**opened);
        REQUIRE(report.ok());
        CHECK(report->ok());
        CHECK(report->schemaVersion == Database::latestSchemaVersion());
        CHECK(report->latestSchemaVersion == Database::latestSchemaVersion());
    }
    {
        RawConnection raw(path); // foreign keys are off on a plain connection
        raw.exec(QStringLiteral("INSERT INTO customer_phones (customer_id, raw, e164) VALUES (424242, '1', '+861')"));
    }
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    auto report = DatabaseCheck::run(**opened);
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok());
    REQUIRE(report->foreignKeyProblems.size() == 1);
    CHECK(report->foreignKeyProblems.first().contains(QStringLiteral("customer_phones")));
    CHECK(report->integrityProblems.isEmpty());
}

TEST_CASE("Committed data still in the WAL survives a crash", "[file][database]")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("crashed.guanxi"));
    {
        TestDb t;
        // Work in the temporary file of TestDb, then copy its files while it is
        // open, as a crash would leave them.
        CustomerStore store(*t.session);
        for (int i = 0; i < 20; ++i) {
            Customer c;
            c.name = QStringLiteral("客户%1").arg(i);
            REQUIRE(store.create(c).ok());
        }
        REQUIRE(QFileInfo(t.path + QStringLiteral("-wal")).size() > 0);
        REQUIRE(QFile::copy(t.path, copy));
        REQUIRE(QFile::copy(t.path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    auto opened = Database::open(copy);
    if (!opened)
        FAIL(str(opened.error().toString()));
    CHECK(countRows(**opened, QStringLiteral("customers")) == 20);
    auto report = DatabaseCheck::run(**opened);
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("Golden files of every older version open, upgraded, with all their data", "[file][database][migrations][golden]")
{
    // tests/data/schema/vN-*.guanxi: files as Guanxi of schema version N wrote
    // them (see make-golden.sh there). Each holds the records of basic-data.sql.
    const QDir folder(QStringLiteral(GUANXI_TEST_DATA "/schema"));
    const QStringList files = folder.entryList({QStringLiteral("v*.guanxi")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 2);
    for (const QString &file : files) {
        DYNAMIC_SECTION(str(file))
        {
            const int version = file.mid(1, file.indexOf(u'-') - 1).toInt();
            REQUIRE(version >= 1);
            REQUIRE(version <= Database::latestSchemaVersion());
            QTemporaryDir dir;
            const QString path = dir.filePath(file);
            REQUIRE(QFile::copy(folder.filePath(file), path));
            REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
            {
                RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
                REQUIRE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == version);
            }
            auto opened = Database::open(path);
            if (!opened)
                FAIL(str(opened.error().toString()));
            Database &db = **opened;
            CHECK(db.schemaVersion() == Database::latestSchemaVersion());
            FixedClock clock(fixedNow());
            Session session(db, clock);
            session.setUserId(1);
            CustomerStore store(session);

            const auto zs = store.get(2);
            REQUIRE(zs.ok());
            CHECK(zs->name == QStringLiteral("张三"));
            CHECK(zs->companyName == QStringLiteral("华兴科技有限公司"));
            CHECK(zs->stage == Stage::Prospect);
            CHECK(zs->birthday == QDate(1988, 2, 29));
            CHECK(zs->nextFollowUp == QDate(2025, 7, 1));
            CHECK(zs->createdAt == QDateTime(QDate(2025, 6, 1), QTime(8, 5), Qt::UTC));
            REQUIRE(zs->phones.size() == 1);
            CHECK(zs->phones.first().e164 == QStringLiteral("+8613812345678"));
            REQUIRE(zs->emails.size() == 1);
            CHECK(zs->tags == QStringList{QStringLiteral("VIP")});
            CHECK(zs->customValues.value(1) == QStringLiteral("A"));
            CHECK(*ChannelStore(session).find(QStringLiteral("exhibition")) == zs->sourceId);

            const auto history = ChangeLogStore(session).history(QStringLiteral("customer"), 2);
            REQUIRE(history.ok());
            REQUIRE(history->size() == 2);
            CHECK(history->at(0).field == QStringLiteral("stage"));
            CHECK(history->at(0).userName == QStringLiteral("王芳"));

            // The old search index still answers, and so does a rebuilt one.
            for (int pass = 0; pass < 2; ++pass) {
                INFO((pass == 0 ? "index written by the old version" : "rebuilt index"));
                for (const QString &q : {QStringLiteral("zs"), QStringLiteral("5678"), QStringLiteral("张三"),
                                         QStringLiteral("展会"), QStringLiteral("zhangsan@example")}) {
                    INFO("search " << str(q));
                    CHECK(*store.search(q, 10) == QList<qint64>{2});
                }
                CHECK(store.search(QStringLiteral("华兴"), 10)->size() == 2);
                REQUIRE(store.rebuildSearchIndex().ok());
            }

            // The upgraded file takes new work: an edit with its history, an order.
            Customer edit = *zs;
            edit.stage = Stage::Customer;
            REQUIRE(store.update(edit).ok());
            CHECK(ChangeLogStore(session).history(QStringLiteral("customer"), 2)->size() == 3);
            Order order;
            order.number = QStringLiteral("SO-1");
            order.customerId = 2;
            order.orderDate = QDate(2026, 3, 1);
            order.totalMinor = 123400;
            CHECK(OrderStore(session).create(order).ok());
            auto report = DatabaseCheck::run(db);
            REQUIRE(report.ok());
            CHECK(report->ok());

            // The upgraded file has exactly the tables, indexes and triggers of
            // a new file: a shipped migration script was not edited afterwards.
            const QString freshPath = dir.filePath(QStringLiteral("fresh.guanxi"));
            auto fresh = Database::open(freshPath);
            REQUIRE(fresh.ok());
            const QStringList upgraded = schemaOf(db);
            const QStringList created = schemaOf(**fresh);
            for (const QString &item : created)
                if (!upgraded.contains(item))
                    FAIL_CHECK("a new file has, the upgraded file lacks: " << str(item));
            for (const QString &item : upgraded)
                if (!created.contains(item))
                    FAIL_CHECK("the upgraded file has, a new file lacks: " << str(item));
        }
    }
}

TEST_CASE("Save a copy never overwrites the open file and replaces an older copy whole", "[file][database]")
{
    TestDb t;
    auto same = t.db->saveCopy(t.path);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().message.contains(QStringLiteral("open")));
    const QString copy = t.dir.filePath(QStringLiteral("copy.guanxi"));
    REQUIRE(t.db->saveCopy(copy).ok());
    REQUIRE(t.db->saveCopy(copy).ok()); // again over the first copy
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral(".saving")));
    auto opened = Database::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Cancel stops a long statement on a watched connection, and only while it is set", "[file][database][cancel]")
{
    TestDb t;
    std::atomic_bool cancel{true};
    t.db->watchCancel(&cancel);
    const QString longCount = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000) SELECT count(*) FROM n");
    QSqlQuery q(t.db->connection());
    CHECK_FALSE(q.exec(longCount));
    CHECK(q.lastError().text().contains(QStringLiteral("interrupt"), Qt::CaseInsensitive));
    cancel = false;
    REQUIRE(q.exec(longCount));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 2000000);
    cancel = true;
    t.db->watchCancel(nullptr);   // no longer watched: the flag is ignored
    REQUIRE(q.exec(longCount));
}
