// guanxi-cli backup --encrypt and restore of an encrypted backup, with the
// passphrase from GUANXI_BACKUP_PASSPHRASE; the audit trail's lines; and the
// owner-only modes of what the CLI writes.
#include "clienv.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <sys/stat.h>

using namespace guanxi::test::cli;

namespace {

QString count(const CliEnv &env)
{
    const QList<QStringList> rows = parseCsv(env.ok({S("customers"), S("list"), S("--format"), S("csv")}));
    return QString::number(rows.size() - 1);
}

int mode(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

// The audit trail's actions and details, oldest first, read straight from the file.
QStringList auditLines(const QString &db)
{
    QStringList lines;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(S("QSQLITE"), name);
        raw.setDatabaseName(db);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(S("SELECT action || ' ' || coalesce(detail, '') FROM audit_events ORDER BY id")));
        while (q.next())
            lines << q.value(0).toString();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

// The last audit line of an action ("backup", "restore"), empty if none.
QString lastAudit(const QString &db, const QString &action)
{
    const QStringList lines = auditLines(db);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (it->startsWith(action + u' '))
            return *it;
    return {};
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("guanxi-cli backup --encrypt and restore with GUANXI_BACKUP_PASSPHRASE", "[cli][backup][crypto][file]")
{
    CliEnv env;
    env.seeded(20, 10);
    const QString sealed = env.path(S("sealed.guanxi"));
    env.environment.insert(S("GUANXI_BACKUP_PASSPHRASE"), S("long enough 密码"));
    env.ok({S("backup"), sealed, S("--encrypt")});
    CHECK(fileBytes(sealed).startsWith("GUANXI-ENC\x01"));
    CHECK(mode(sealed) == 0600);
    const QString backedUp = lastAudit(env.db, S("backup"));
    CHECK(backedUp.contains(S("\"encrypted\":true")));
    CHECK(backedUp.contains(S("sealed.guanxi")));

    env.ok({S("customers"), S("add"), S("--name"), S("新客户")});
    CHECK(count(env) == S("21"));

    SECTION("a wrong passphrase exits non-zero and leaves the file")
    {
        env.environment.insert(S("GUANXI_BACKUP_PASSPHRASE"), S("long enough 密码!"));
        const QByteArray before = fileBytes(env.db);
        const Run wrong = env.onDb({S("restore"), sealed});
        CHECK(wrong.code == 2);
        CHECK(wrong.err.contains(S("The passphrase does not open this backup")));
        CHECK(fileBytes(env.db) == before);
        CHECK(count(env) == S("21"));
    }
    SECTION("a backup with one byte changed exits non-zero and leaves the file")
    {
        QByteArray bytes = fileBytes(sealed);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x40);
        const QString altered = env.path(S("altered.guanxi"));
        writeBytes(altered, bytes);
        const QByteArray before = fileBytes(env.db);
        const Run refused = env.onDb({S("restore"), altered});
        CHECK(refused.code == 2);
        CHECK(refused.err.contains(S("was changed or damaged after it was written")));
        CHECK(fileBytes(env.db) == before);
        CHECK(count(env) == S("21"));
    }
    SECTION("without a passphrase and no terminal it says how to give one")
    {
        env.environment.insert(S("GUANXI_BACKUP_PASSPHRASE"), QString());
        const Run none = env.onDb({S("restore"), sealed});
        CHECK(none.code == 1);
        CHECK(none.err.contains(S("GUANXI_BACKUP_PASSPHRASE")));
        CHECK(count(env) == S("21"));
    }
    SECTION("the right one restores, and the restored file records it")
    {
        const QString out = env.ok({S("restore"), sealed});
        CHECK(out.contains(S(".before-restore-")));
        CHECK(count(env) == S("20"));
        CHECK(mode(env.db) == 0600);
        const QString restored = lastAudit(env.db, S("restore"));
        CHECK(restored.contains(S("\"encrypted\":true")));
        CHECK(restored.contains(S("sealed.guanxi")));
    }
}

TEST_CASE("guanxi-cli refuses a short backup passphrase and writes nothing", "[cli][backup][crypto][file]")
{
    CliEnv env;
    env.seeded(5, 0);
    env.environment.insert(S("GUANXI_BACKUP_PASSPHRASE"), S("short"));
    const QString target = env.path(S("short.guanxi"));
    const Run refused = env.onDb({S("backup"), target, S("--encrypt")});
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(S("passphrase")));
    CHECK_FALSE(QFile::exists(target));
}

TEST_CASE("What guanxi-cli creates is readable by its owner only", "[cli][backup][modes][file]")
{
    CliEnv env;
    const mode_t old = ::umask(022); // inherited by guanxi-cli, which must not rely on it
    env.seeded(10, 5);
    const QString plain = env.path(S("plain.guanxi"));
    const QString exported = env.path(S("customers.csv"));
    env.ok({S("backup"), plain});
    env.ok({S("backup"), S("--folder"), env.path(S("auto"))});
    env.environment.insert(S("GUANXI_BACKUP_PASSPHRASE"), S("long enough 密码"));
    env.ok({S("backup"), S("--folder"), env.path(S("auto")), S("--encrypt"), S("--now"), S("2031-01-01T00:00:00Z")});
    const QList<QStringList> listed =
        parseCsv(env.ok({S("backup"), S("--list"), S("--folder"), env.path(S("auto")), S("--format"), S("csv")}));
    REQUIRE(listed.size() == 3);
    CHECK(listed.at(0).at(3) == S("encrypted"));
    CHECK(listed.at(1).at(3) == S("yes")); // newest first
    CHECK(listed.at(2).at(3) == S("no"));
    env.ok({S("export"), S("customers"), S("-o"), exported});
    ::umask(old);
    CHECK(mode(env.db) == 0600);
    if (QFile::exists(env.db + S("-wal")))
        CHECK(mode(env.db + S("-wal")) == 0600);
    CHECK(mode(plain) == 0600);
    CHECK(mode(exported) == 0600);
    const QStringList automatic = QDir(env.path(S("auto"))).entryList(QDir::Files);
    REQUIRE(automatic.size() == 2);
    for (const QString &name : automatic)
        CHECK(mode(env.path(S("auto/")) + name) == 0600);
}

TEST_CASE("Backing up or restoring a team database points to the server's own tools", "[cli][backup]")
{
    CliEnv env;
    // Refused before any connection: the address need not reach a server.
    const QString server = S("postgresql://guanxi@127.0.0.1:1/guanxi");
    const Run backup = env.run({S("-d"), server, S("backup"), env.path(S("copy.guanxi"))});
    CHECK(backup.code == 1);
    CHECK(backup.err.contains(S("pg_dump")));
    CHECK(backup.err.contains(S("db copy")));
    CHECK_FALSE(QFileInfo::exists(env.path(S("copy.guanxi"))));
    const Run restore = env.run({S("-d"), server, S("restore"), env.path(S("old.guanxi"))});
    CHECK(restore.code == 1);
    CHECK(restore.err.contains(S("pg_restore")));
}
