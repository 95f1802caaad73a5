// Backups through SQLite's online backup API: checked, owner-only, rotating;
// restore checks the backup and keeps the current file aside.
#include "corehelpers.h"

#include "platform/db/backup.h"
#include "customers/customerstore.h"

#include <QDir>

using namespace guanxi;
using namespace guanxi::test;

TEST_CASE("A backup of an open file is a checked copy only its owner can read", "[file][backup]")
{
    TestDb t;
    makeGuanxiFile(t.dir.filePath(QStringLiteral("unused.guanxi")));   // a second file nearby must not matter
    Customer c;
    c.name = QStringLiteral("张伟");
    REQUIRE(CustomerStore(*t.session).create(c).ok());
    const QString target = t.dir.filePath(QStringLiteral("copy.guanxi"));
    double last = 0;
    REQUIRE(Backup::write(*t.db, target, [&](double p) { last = p; }).ok());
    CHECK(last == 1.0);
    CHECK(Backup::check(target).ok());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFile::permissions(target) & others) == QFileDevice::Permissions());
    CHECK(QFile::permissions(target).testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".part")));
    CHECK_FALSE(QFile::exists(target + QStringLiteral("-wal")));
    {
        RawConnection copy(target);
        CHECK(copy.scalar(QStringLiteral("SELECT name FROM customers")).toString() == QStringLiteral("张伟"));
    }
    // The open file itself is refused as a target.
    auto self = Backup::write(*t.db, t.path);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.contains(QStringLiteral("open")));
}

TEST_CASE("Automatic backups are named by time and the oldest beyond N are removed", "[file][backup]")
{
    TestDb t;
    const QString folder = t.dir.filePath(QStringLiteral("backups"));
    CHECK(Backup::isDue(folder, fixedNow()));
    QDateTime when = fixedNow();
    for (int i = 0; i < 4; ++i) {
        auto path = Backup::rotate(*t.db, folder, 3, when);
        REQUIRE(path.ok());
        when = when.addDays(1);
    }
    const QList<BackupFile> files = Backup::list(folder);
    REQUIRE(files.size() == 3);
    CHECK(files.first().written == fixedNow().addDays(3));
    CHECK(QFileInfo(files.first().path).fileName() == QStringLiteral("guanxi-20260318-093000.guanxi"));
    CHECK_FALSE(Backup::isDue(folder, fixedNow().addDays(3).addSecs(3600)));
    CHECK(Backup::isDue(folder, fixedNow().addDays(4)));
}

TEST_CASE("Restore checks the backup, keeps the current file aside and swaps", "[file][backup]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.guanxi"));
    const QString backup = dir.filePath(QStringLiteral("backup.guanxi"));
    makeGuanxiFile(live, 5);
    {
        auto db = Database::open(live);
        REQUIRE(db.ok());
        REQUIRE(Backup::write(**db, backup).ok());
    }
    makeGuanxiFile(live, 7, 0, 2);   // more customers after the backup
    {
        RawConnection before(live);
        CHECK(before.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt() == 12);
    }
    auto aside = Backup::restore(backup, live, fixedNow());
    REQUIRE(aside.ok());
    CHECK(aside->endsWith(QStringLiteral(".before-restore-20260315-093000")));
    {
        RawConnection restored(live);
        CHECK(restored.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt() == 5);
        RawConnection kept(*aside);
        CHECK(kept.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt() == 12);
    }

    // Refused before anything changes: garbage, another program's database,
    // a newer schema.
    const QByteArray current = fileBytes(live);
    const QString garbage = dir.filePath(QStringLiteral("garbage.guanxi"));
    writeFile(garbage, QByteArray(8192, 'x'));
    CHECK_FALSE(Backup::restore(garbage, live, fixedNow()).ok());
    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    {
        RawConnection f(foreign);
        f.exec(QStringLiteral("CREATE TABLE t (x)"));
    }
    auto notOurs = Backup::restore(foreign, live, fixedNow());
    REQUIRE_FALSE(notOurs.ok());
    CHECK(notOurs.error().message.contains(QStringLiteral("not a Guanxi file")));
    const QString newer = dir.filePath(QStringLiteral("newer.guanxi"));
    REQUIRE(QFile::copy(backup, newer));
    {
        RawConnection n(newer);
        n.exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    auto tooNew = Backup::restore(newer, live, fixedNow());
    REQUIRE_FALSE(tooNew.ok());
    CHECK(tooNew.error().message.contains(QStringLiteral("newer")));
    CHECK(fileBytes(live) == current);
}

TEST_CASE("Restore refuses while another connection has the file open", "[file][backup]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.guanxi"));
    const QString backup = dir.filePath(QStringLiteral("backup.guanxi"));
    makeGuanxiFile(live, 3);
    {
        auto db = Database::open(live);
        REQUIRE(db.ok());
        REQUIRE(Backup::write(**db, backup).ok());
        auto refused = Backup::restore(backup, live, fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("open in another")));
    }
    CHECK(Backup::restore(backup, live, fixedNow()).ok());
}
