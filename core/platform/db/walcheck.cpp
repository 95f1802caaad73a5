#include "platform/db/walcheck.h"

#include "platform/db/databasefiles.h"
#include "platform/db/filewriters.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace guanxi {

namespace {
constexpr int headerSize = 32;
constexpr int frameHeaderSize = 24;

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// SQLite's WAL checksum: pairs of 32-bit words in the byte order the magic
// number names, folded into (s0, s1).
void checksum(bool bigEndian, const uchar *data, qsizetype size, quint32 &s0, quint32 &s1)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const uchar *p = data + i;
        const quint32 x0 = bigEndian ? be32(p) : (quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | p[0]);
        const quint32 x1 = bigEndian ? be32(p + 4)
                                     : (quint32(p[7]) << 24 | quint32(p[6]) << 16 | quint32(p[5]) << 8 | p[4]);
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
}

// A copy of a damaged log beside it, once: an identical earlier copy is
// reused. Empty when none could be made.
QString keepCopyOf(const QString &wal)
{
    const QFileInfo info(wal);
    auto digest = [](const QString &path) {
        QFile f(path);
        QCryptographicHash h(QCryptographicHash::Sha256);
        return f.open(QIODevice::ReadOnly) && h.addData(&f) ? h.result() : QByteArray();
    };
    const QByteArray mine = digest(wal);
    for (const QFileInfo &earlier :
         QDir(info.absolutePath()).entryInfoList({info.fileName() + QStringLiteral(".damaged-*")}, QDir::Files))
        if (earlier.size() == info.size() && digest(earlier.absoluteFilePath()) == mine)
            return earlier.absoluteFilePath();
    const QString copy = info.absoluteFilePath() + QStringLiteral(".damaged-")
                         + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QFile::copy(wal, copy) ? copy : QString();
}
} // namespace

Result<WalCheck::Finding> WalCheck::inspect(const QString &walPath)
{
    QFile file(walPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read “%1”: %2.").arg(QDir::toNativeSeparators(walPath), file.errorString()), {}, {}};
    Finding f;
    const QByteArray headerBytes = file.read(headerSize);
    if (headerBytes.size() < headerSize)
        return f; // no frames: nothing to lose
    const auto *h = reinterpret_cast<const uchar *>(headerBytes.constData());
    const quint32 magic = be32(h);
    const quint32 pageSize = be32(h + 8);
    const bool pageSizeOk = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    const bool bigEndian = (magic & 1) != 0;
    quint32 s0 = 0, s1 = 0;
    checksum(bigEndian, h, 24, s0, s1);
    const bool headerOk = (magic & 0xfffffffe) == 0x377f0682 && be32(h + 4) == 3007000 && pageSizeOk
                          && s0 == be32(h + 24) && s1 == be32(h + 28);
    if (!headerOk) {
        // SQLite ignores a log whose header is unreadable. One that still
        // says it is a log (magic and version) but fails its checksum was
        // damaged, and any frames after it are lost; anything else is not a
        // log SQLite wrote and holds nothing of ours.
        const bool saysLog = (magic & 0xfffffffe) == 0x377f0682 && be32(h + 4) == 3007000;
        if (saysLog && file.size() > headerSize + frameHeaderSize + 512) {
            f.damaged = true;
            f.what = tr("its header is damaged, so none of the %1 bytes of changes in it can be read")
                         .arg(file.size() - headerSize);
        }
        return f;
    }
    const quint32 salt1 = be32(h + 16), salt2 = be32(h + 20);
    const qint64 frameSize = frameHeaderSize + qint64(pageSize);
    f.frames = (file.size() - headerSize) / frameSize;
    bool inRun = true;
    bool badWasCommit = false;
    qint64 saltedAfter = 0;
    QByteArray frame;
    for (qint64 n = 1; n <= f.frames; ++n) {
        frame = file.read(frameSize);
        if (frame.size() < frameSize)
            break;
        const auto *p = reinterpret_cast<const uchar *>(frame.constData());
        const bool salted = be32(p + 8) == salt1 && be32(p + 12) == salt2;
        const bool commit = be32(p + 4) != 0;
        if (inRun) {
            quint32 t0 = s0, t1 = s1;
            checksum(bigEndian, p, 8, t0, t1);
            checksum(bigEndian, p + frameHeaderSize, pageSize, t0, t1);
            if (salted && be32(p) != 0 && t0 == be32(p + 16) && t1 == be32(p + 20)) {
                s0 = t0;
                s1 = t1;
                if (commit)
                    f.readable = n;
                continue;
            }
            inRun = false;
            f.firstBad = n;
            badWasCommit = salted && commit;
            continue;
        }
        // Past the damage: a frame of this log's generation that ends a
        // transaction is a commit SQLite would throw away.
        if (salted && commit)
            ++f.lostCommits;
        if (salted)
            ++saltedAfter;
    }
    // A damaged frame that ended a transaction is a lost commit too when the
    // log went on after it. As the very last frame it is what a power cut
    // tears (synchronous=NORMAL does not sync each commit): SQLite's own
    // recovery is right to drop it.
    if (badWasCommit && saltedAfter > 0)
        ++f.lostCommits;
    if (f.lostCommits > 0) {
        f.damaged = true;
        f.what = tr("frame %1 of %2 is damaged, and %n committed change(s) after it could not be read", nullptr,
                    int(qMin<qint64>(f.lostCommits, INT_MAX)))
                     .arg(f.firstBad)
                     .arg(f.frames);
    }
    return f;
}

bool WalCheck::logDamaged(const QString &databasePath)
{
    const QString wal = databasePath + QStringLiteral("-wal");
    if (QFileInfo(wal).size() <= 0)
        return false;
    const auto finding = inspect(wal);
    return finding && finding->damaged;
}

// SQLite replays a leftover log up to its first damaged frame, drops the
// committed frames after it and deletes the log: look first.
Status WalCheck::beforeOpening(const QString &databasePath, bool forWriting, QString *readOnlyNote)
{
    const QString wal = databasePath + QStringLiteral("-wal");
    if (QFileInfo(wal).size() <= 0 || DatabaseFiles::isOpenHereForWriting(databasePath)
        || FileWriters::otherProcessHasOpen(databasePath))
        return {};
    auto finding = inspect(wal);
    if (!finding || !finding->damaged)
        return {};
    const QString kept = keepCopyOf(wal);
    const QString copyNote =
        kept.isEmpty() ? QString() : tr("A copy of the log is kept as “%1”. ").arg(QDir::toNativeSeparators(kept));
    if (!forWriting) {
        *readOnlyNote = tr("The log of recent changes beside this file is damaged: %1. You see the file as it was "
                           "before the damage, read-only. %2Restore a backup (File > Restore from Backup) to go on "
                           "working.")
                            .arg(finding->what, copyNote);
        return {};
    }
    return Error{tr("The log of recent changes beside “%1” is damaged: %2. Opening the file for writing would throw "
                    "those changes away, so Guanxi did not. %3Open it read-only to see what can be read (guanxi-cli "
                    "--read-only), or restore a backup.")
                     .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath()), finding->what,
                          copyNote),
                 QStringLiteral("damaged WAL: %1 frames, readable %2, first bad %3, lost commits %4")
                     .arg(finding->frames)
                     .arg(finding->readable)
                     .arg(finding->firstBad)
                     .arg(finding->lostCommits),
                 QStringLiteral("damaged-wal"), ErrorKind::Damaged};
}

} // namespace guanxi
