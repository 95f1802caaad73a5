// Encrypted backups (libsodium secretstream, Argon2id key): a round trip,
// wrong passphrases and altered files refused with the current file left as
// it was; and owner-only modes for every file core creates.
#include "corehelpers.h"

#include "platform/db/backup.h"
#include "platform/db/backupcrypto.h"

#include <QDir>

#include <sys/stat.h>

using namespace guanxi;
using namespace guanxi::test;

namespace {

const Passphrase &secret()
{
    static const Passphrase p(QStringLiteral("correct horse 马 battery"));
    return p;
}

// Every customer's name, in order: what a restore must bring back.
QString names(const QString &path)
{
    RawConnection c(path);
    return c.scalar(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM customers ORDER BY id)"))
        .toString();
}

int mode(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

// Files made under a permissive umask, so what is checked is core's doing.
struct PermissiveUmask {
    mode_t old = ::umask(022);
    ~PermissiveUmask() { ::umask(old); }
};

struct Fixture {
    QTemporaryDir dir;
    QString live = dir.filePath(QStringLiteral("live.guanxi"));
    QString backup = dir.filePath(QStringLiteral("sealed.guanxi"));
    QString before; // the names at backup time

    Fixture()
    {
        REQUIRE(dir.isValid());
        makeGuanxiFile(live, 400);
        before = names(live);
        {
            auto db = Database::open(live);
            REQUIRE(db.ok());
            REQUIRE(Backup::write(**db, backup, {}, nullptr, &secret()).ok());
        }
        makeGuanxiFile(live, 7, 0, 2); // more customers after the backup
        REQUIRE(names(live) != before);
    }
};

void requireRefusedAsDamaged(const Fixture &f, const QString &altered)
{
    const QByteArray current = fileBytes(f.live);
    auto refused = Backup::restore(altered, f.live, fixedNow(), &secret());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Damaged);
    CHECK(refused.error().message.contains(QStringLiteral("was changed or damaged after it was written")));
    CHECK_FALSE(Backup::check(altered, &secret()).ok());
    CHECK(fileBytes(f.live) == current);
    CHECK_FALSE(QFile::exists(f.live + QStringLiteral(".restoring")));
}

} // namespace

TEST_CASE("An encrypted backup hides the data and restores it whole with its passphrase", "[file][backup][crypto]")
{
    Fixture f;
    CHECK(BackupCrypto::isEncrypted(f.backup));
    const QByteArray sealed = fileBytes(f.backup);
    CHECK(sealed.startsWith("GUANXI-ENC\x01"));
    CHECK_FALSE(sealed.contains("SQLite format 3"));
    CHECK_FALSE(sealed.contains("customers"));
    CHECK_FALSE(QFile::exists(f.backup + QStringLiteral(".part")));
    CHECK_FALSE(QFile::exists(f.backup + QStringLiteral(".part.enc")));

    auto unchecked = Backup::check(f.backup);
    REQUIRE_FALSE(unchecked.ok());
    CHECK(unchecked.error().field == QStringLiteral("passphrase"));
    CHECK(Backup::check(f.backup, &secret()).ok());

    auto aside = Backup::restore(f.backup, f.live, fixedNow(), &secret());
    REQUIRE(aside.ok());
    CHECK(names(f.live) == f.before);
    CHECK(names(*aside) != f.before);
    CHECK(mode(f.live) == 0600);
}

TEST_CASE("A wrong passphrase is refused and the current file stays as it was", "[file][backup][crypto]")
{
    Fixture f;
    const QByteArray current = fileBytes(f.live);
    const Passphrase wrong(QStringLiteral("correct horse 马 battery "));
    auto refused = Backup::restore(f.backup, f.live, fixedNow(), &wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Denied);
    CHECK(refused.error().message.contains(QStringLiteral("The passphrase does not open this backup")));
    CHECK(fileBytes(f.live) == current);
    CHECK_FALSE(QFile::exists(f.live + QStringLiteral(".restoring")));
    CHECK(Backup::check(f.backup, &wrong).error().field == QStringLiteral("passphrase"));
    // Nor is an encrypted backup restored without one.
    CHECK_FALSE(Backup::restore(f.backup, f.live, fixedNow()).ok());
    CHECK(fileBytes(f.live) == current);
}

TEST_CASE("One flipped byte anywhere in an encrypted backup is refused", "[file][backup][crypto]")
{
    Fixture f;
    const QByteArray sealed = fileBytes(f.backup);
    REQUIRE(sealed.size() > 3 * 64 * 1024); // several chunks: a first, middle ones and the last
    const QString altered = f.dir.filePath(QStringLiteral("altered.guanxi"));
    // The Argon2id salt, the stream header, the passphrase check, the first
    // chunk, one in the middle, and the last one's tag.
    for (const qsizetype at : {qsizetype(30), qsizetype(50), qsizetype(70), qsizetype(200), sealed.size() / 2,
                               sealed.size() - 5}) {
        INFO("byte " << at);
        QByteArray bytes = sealed;
        bytes[at] = char(bytes.at(at) ^ 0x01);
        writeFile(altered, bytes);
        requireRefusedAsDamaged(f, altered);
    }
    // A changed magic makes it no backup at all: refused all the same.
    QByteArray bytes = sealed;
    bytes[3] = 'X';
    writeFile(altered, bytes);
    const QByteArray current = fileBytes(f.live);
    CHECK_FALSE(Backup::restore(altered, f.live, fixedNow(), &secret()).ok());
    CHECK(fileBytes(f.live) == current);
}

TEST_CASE("An encrypted backup cut short or with bytes added is refused", "[file][backup][crypto]")
{
    Fixture f;
    const QByteArray sealed = fileBytes(f.backup);
    const qsizetype header = 99;
    const qsizetype sealedChunk = 64 * 1024 + 17;
    const QString altered = f.dir.filePath(QStringLiteral("altered.guanxi"));
    SECTION("the last bytes missing") { writeFile(altered, sealed.left(sealed.size() - 10)); }
    SECTION("cut at a chunk's end, the final chunk missing") { writeFile(altered, sealed.left(header + 2 * sealedChunk)); }
    SECTION("only the header") { writeFile(altered, sealed.left(header)); }
    SECTION("bytes after the final chunk") { writeFile(altered, sealed + QByteArray("more")); }
    SECTION("two chunks swapped")
    {
        QByteArray bytes = sealed;
        bytes.replace(header, sealedChunk, sealed.mid(header + sealedChunk, sealedChunk));
        bytes.replace(header + sealedChunk, sealedChunk, sealed.mid(header, sealedChunk));
        writeFile(altered, bytes);
    }
    requireRefusedAsDamaged(f, altered);
}

TEST_CASE("An unencrypted backup from before still restores", "[file][backup][crypto]")
{
    Fixture f;
    const QString plain = f.dir.filePath(QStringLiteral("plain.guanxi"));
    writeFile(plain, fileBytes(f.live));
    makeGuanxiFile(f.live, 3, 0, 3);
    const QString now = names(f.live);
    REQUIRE(Backup::restore(plain, f.live, fixedNow()).ok());
    CHECK(names(f.live) != now);
    CHECK(names(f.live).startsWith(f.before));
}

TEST_CASE("A short passphrase is refused for a new encrypted backup", "[file][backup][crypto]")
{
    TestDb t;
    const QString target = t.dir.filePath(QStringLiteral("short.guanxi"));
    const Passphrase shortOne(QStringLiteral("1234567"));
    auto refused = Backup::write(*t.db, target, {}, nullptr, &shortOne);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("passphrase"));
    CHECK_FALSE(QFile::exists(target));
    CHECK(QDir(t.dir.path()).entryList({QStringLiteral("short*")}, QDir::Files).isEmpty());
}

TEST_CASE("Files core creates are readable by their owner only, whatever the umask", "[file][backup][modes]")
{
    const PermissiveUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.guanxi"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    {
        RawConnection writer(path); // a write while the file is open: it goes to the WAL
        writer.exec(QStringLiteral("CREATE TABLE mode_probe (x)"));
        CHECK(mode(path) == 0600);
        REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK(mode(path + QStringLiteral("-wal")) == 0600);
        CHECK(mode(path + QStringLiteral("-shm")) == 0600);
    }
    const QString plain = dir.filePath(QStringLiteral("plain.guanxi"));
    const QString sealed = dir.filePath(QStringLiteral("sealed.guanxi"));
    const QString copy = dir.filePath(QStringLiteral("copy.guanxi"));
    const QString sealedCopy = dir.filePath(QStringLiteral("sealed-copy.guanxi"));
    REQUIRE(Backup::write(**db, plain).ok());
    REQUIRE(Backup::write(**db, sealed, {}, nullptr, &secret()).ok());
    REQUIRE(Backup::saveCopy(**db, copy).ok());
    REQUIRE(Backup::saveCopy(**db, sealedCopy, &secret()).ok());
    auto rotated = Backup::rotate(**db, dir.filePath(QStringLiteral("auto")), 3, fixedNow(), &secret());
    REQUIRE(rotated.ok());
    for (const QString &file : {plain, sealed, copy, sealedCopy, *rotated}) {
        INFO(file.toStdString());
        CHECK(mode(file) == 0600);
    }
    CHECK(BackupCrypto::isEncrypted(sealedCopy));
    CHECK(BackupCrypto::isEncrypted(*rotated));
    CHECK(Backup::check(sealedCopy, &secret()).ok());
    CHECK(Backup::check(copy).ok());
    CHECK_FALSE(QFile::exists(sealedCopy + QStringLiteral(".part")));
}
