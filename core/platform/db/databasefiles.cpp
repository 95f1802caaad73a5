#include "platform/db/databasefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <algorithm>

#include <sys/stat.h>

namespace guanxi {

namespace {
QMutex registryMutex;
struct Connections {
    int writable = 0;
    int readOnly = 0;
};
QHash<QString, Connections> &registry()
{
    static QHash<QString, Connections> open;
    return open;
}

struct Identity {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const Identity &o) const { return device == o.device && inode == o.inode; }
};

std::optional<Identity> identityOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return Identity{st.st_dev, st.st_ino};
}

// Where a write to path would land: a symbolic link (even a dangling one)
// is followed to the name it points at.
QString landingPath(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; hops < 16 && info.isSymLink(); ++hops)
        info.setFile(info.symLinkTarget());
    return info.absoluteFilePath();
}

bool sameFile(const QString &a, const QString &b)
{
    const QString la = landingPath(a), lb = landingPath(b);
    const auto ia = identityOf(la), ib = identityOf(lb);
    if (ia && ib)
        return *ia == *ib;
    if (ia || ib)
        return false; // one exists and the other does not
    // Neither exists yet: the same name in the same folder.
    const QFileInfo fa(la), fb(lb);
    if (fa.fileName() != fb.fileName())
        return false;
    const auto da = identityOf(fa.absolutePath()), db = identityOf(fb.absolutePath());
    return da && db && *da == *db;
}

// The databases open in this process (only those with a read-write
// connection, when asked), copied out of the registry.
QStringList openDatabases(bool writableOnly = false)
{
    QMutexLocker lock(&registryMutex);
    QStringList out;
    for (auto it = registry().cbegin(); it != registry().cend(); ++it)
        if (!writableOnly || it.value().writable > 0)
            out << it.key();
    return out;
}

const QStringList companions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                QStringLiteral(".restoring"),
                                QStringLiteral("-busy"), QStringLiteral("-damaged")};
} // namespace

bool DatabaseFiles::belongsTo(const QString &target, const QString &databasePath)
{
    for (const QString &suffix : companions)
        if (sameFile(target, databasePath + suffix))
            return true;
    return false;
}

Status DatabaseFiles::checkOutput(const QString &target)
{
    for (const QString &db : openDatabases()) {
        if (!belongsTo(target, db))
            continue;
        const QString name = QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath());
        const QString dbName = QDir::toNativeSeparators(db);
        if (sameFile(target, db))
            return Error{tr("“%1” is the database you have open; writing there would replace all of its data. "
                            "Choose another file name.")
                             .arg(name),
                         {}, QStringLiteral("output")};
        return Error{tr("“%1” is one of the working files of the open database “%2”; writing there would damage it. "
                        "Choose another file name.")
                         .arg(name, dbName),
                     {}, QStringLiteral("output")};
    }
    return {};
}

bool DatabaseFiles::isOpenHereForWriting(const QString &databasePath)
{
    const QStringList writable = openDatabases(true);
    return std::any_of(writable.cbegin(), writable.cend(), [&](const QString &db) { return sameFile(databasePath, db); });
}

Status DatabaseFiles::checkInput(const QString &source)
{
    for (const QString &db : openDatabases())
        if (belongsTo(source, db))
            return Error{tr("“%1” is the open database “%2” or one of its working files, not a file to import. "
                            "Choose the file you want to import.")
                             .arg(QDir::toNativeSeparators(QFileInfo(source).absoluteFilePath()),
                                  QDir::toNativeSeparators(db)),
                         {}, QStringLiteral("input")};
    return {};
}

void DatabaseFiles::opened(const QString &databasePath, bool writable)
{
    QMutexLocker lock(&registryMutex);
    Connections &c = registry()[QFileInfo(databasePath).absoluteFilePath()];
    ++(writable ? c.writable : c.readOnly);
}

void DatabaseFiles::closed(const QString &databasePath, bool writable)
{
    QMutexLocker lock(&registryMutex);
    auto it = registry().find(QFileInfo(databasePath).absoluteFilePath());
    if (it == registry().end())
        return;
    --(writable ? it.value().writable : it.value().readOnly);
    if (it.value().writable <= 0 && it.value().readOnly <= 0)
        registry().erase(it);
}

} // namespace guanxi
