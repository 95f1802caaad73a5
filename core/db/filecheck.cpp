#include "filecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace guanxi {

namespace {
quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
           | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}
} // namespace

Status FileCheck::inspect(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Error{tr("“%1” is a folder, not a Guanxi database. Choose a .guanxi file.").arg(name),
                     {}, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read “%1”: %2. Check that the file exists and that you may read it.")
                         .arg(name, file.errorString()),
                     {}, {}};
    if (file.size() == 0)
        return Error{tr("“%1” is empty (0 bytes), so it is not a Guanxi database. Choose another "
                        "file, or use File > New to start a new one.")
                         .arg(name),
                     {}, {}};
    const QByteArray header = file.read(100);
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
    const qint64 size = file.size();
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
