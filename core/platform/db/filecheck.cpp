#include "platform/db/filecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

namespace guanxi {

namespace {
quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
           | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}
} // namespace

// Through SQLite's own VFS, never QFile: closing any other descriptor of a
// file drops every POSIX lock this process holds on it (sqlite.org/
// howtocorrupt.html, 2.2). Another Guanxi process then thinks it is the last
// one, checkpoints and deletes the -wal and -shm under our connections, and
// their later commits are lost. SQLite's unix VFS keeps the descriptor open
// while a lock is held and shares locks between its own handles.
Result<QByteArray> FileCheck::readStart(const QString &path, int bytes, qint64 *size)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return Error{tr("SQLite is not usable here."), QStringLiteral("no default VFS"), {}};
    const QByteArray name = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    std::unique_ptr<char[]> storage(new char[size_t(vfs->szOsFile)]());
    auto *file = reinterpret_cast<sqlite3_file *>(storage.get());
    int outFlags = 0;
    const int rc = vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READONLY, &outFlags);
    if (rc != SQLITE_OK) {
        if (file->pMethods)
            file->pMethods->xClose(file);
        return Error{{}, QString::fromUtf8(sqlite3_errstr(rc)), {}};
    }
    sqlite3_int64 fileSize = 0;
    QByteArray data(bytes, '\0');
    int got = 0;
    int status = file->pMethods->xFileSize(file, &fileSize);
    if (status == SQLITE_OK && fileSize > 0) {
        got = int(qMin<sqlite3_int64>(fileSize, bytes));
        status = file->pMethods->xRead(file, data.data(), got, 0);
    }
    file->pMethods->xClose(file);
    if (status != SQLITE_OK)
        return Error{{}, QString::fromUtf8(sqlite3_errstr(status)), {}};
    data.truncate(got);
    if (size)
        *size = fileSize;
    return data;
}

Status FileCheck::inspect(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Error{tr("“%1” is a folder, not a Guanxi database. Choose a .guanxi file.").arg(name),
                     {}, {}};
    // A FIFO would block the read below forever, and a device is no document.
    if (info.exists() && !info.isFile())
        return Error{tr("“%1” is not a regular file (it is a pipe, socket or device), so it cannot be a Guanxi "
                        "database. Choose a .guanxi file.")
                         .arg(name),
                     QStringLiteral("not a regular file"), {}};
    qint64 size = 0;
    auto start = readStart(path, 100, &size);
    if (!start)
        return Error{tr("Cannot read “%1”: %2. Check that the file exists and that you may read it.")
                         .arg(name, start.error().detail),
                     {}, {}};
    if (size == 0)
        return Error{tr("“%1” is empty (0 bytes), so it is not a Guanxi database. Choose another "
                        "file, or use File > New to start a new one.")
                         .arg(name),
                     {}, {}};
    const QByteArray header = start.value();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 16 || !header.startsWith(magic))
        return Error{tr("“%1” is not a Guanxi database (it is not an SQLite file). Choose another "
                        "file; this one was left untouched.")
                         .arg(name),
                     QStringLiteral("missing SQLite header"), {}};
    if (header.size() < 100)
        return Error{tr("“%1” is damaged: it ends inside its header. Restore it from a backup.")
                         .arg(name),
                     QStringLiteral("file shorter than 100 bytes"), {}};
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, 28);
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 validFor = bigEndian32(header, 92);
    const bool pageSizeOk = pageSize >= 512 && (pageSize & (pageSize - 1)) == 0;
    // The in-header page count is only valid when "version-valid-for" matches
    // the change counter (SQLite file format, section 1.3.7).
    // With a write-ahead log beside it the main file may lag its header
    // until SQLite replays the log: only SQLite can judge that file.
    const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const bool countValid = pageCount > 0 && validFor == changeCounter && !walPending;
    if (!pageSizeOk || size % pageSize != 0
        || (countValid && qint64(pageCount) * pageSize > size))
        return Error{tr("“%1” is damaged: the file is shorter than its header says (truncated "
                        "copy or interrupted download). Restore it from a backup.")
                         .arg(name),
                     QStringLiteral("size %1, page size %2, pages %3").arg(size).arg(pageSize).arg(pageCount),
                     {}};
    return {};
}

} // namespace guanxi
