#include "platform/db/filewriters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <optional>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace guanxi {

namespace {
struct Note {
    qint64 pid = 0;
    QString what;
    QDateTime since;
};

bool alive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QString programOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readAll()).trimmed();
}

std::optional<Note> readNote(const QString &databasePath)
{
    QFile file(FileWriters::notePath(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    Note note{o.value(QStringLiteral("pid")).toInteger(), o.value(QStringLiteral("what")).toString(),
              QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate)};
    if (!alive(note.pid) || note.pid == QCoreApplication::applicationPid())
        return std::nullopt;
    return note;
}

struct LockLine {
    qint64 pid = 0;
    bool write = false;
    bool onShm = false;
    qint64 start = 0;
};

// The POSIX locks other processes hold on the database and its -shm, from
// /proc/locks ("1: POSIX  ADVISORY  WRITE 1234 fd:01:5678 120 120").
QList<LockLine> othersLocks(const QString &databasePath)
{
    auto inodeOf = [](const QString &path) -> qulonglong {
        struct stat st {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qulonglong(st.st_ino) : 0;
    };
    const qulonglong db = inodeOf(databasePath), shm = inodeOf(databasePath + QStringLiteral("-shm"));
    QList<LockLine> out;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!db || !locks.open(QIODevice::ReadOnly))
        return out;
    const qint64 self = QCoreApplication::applicationPid();
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || (f.at(1) != "POSIX" && f.at(1) != "OFDLCK"))
            continue;
        const qint64 pid = f.at(4).toLongLong();
        const qulonglong inode = f.at(5).mid(f.at(5).lastIndexOf(':') + 1).toULongLong();
        // pid 0: a holder in another pid namespace (a container, Flatpak).
        if (pid == self || !(inode == db || (shm && inode == shm)))
            continue;
        out << LockLine{pid, f.at(3) == "WRITE", inode != db, f.at(6).toLongLong()};
    }
    return out;
}

// The process holding a write lock on the database (rollback journal) or the
// write lock of its WAL index (byte 120 of -shm, SQLite's WAL_WRITE_LOCK).
qint64 lockHolder(const QString &databasePath)
{
    for (const LockLine &l : othersLocks(databasePath))
        if (l.pid > 0 && l.write && (!l.onShm || l.start == 120))
            return l.pid;
    return 0;
}
} // namespace

QString FileWriters::notePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-busy");
}

bool FileWriters::announce(const QString &databasePath, const QString &what, const QDateTime &sinceUtc)
{
    QSaveFile file(notePath(databasePath));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject o{{QStringLiteral("pid"), QCoreApplication::applicationPid()},
                        {QStringLiteral("what"), what},
                        {QStringLiteral("since"), sinceUtc.toUTC().toString(Qt::ISODate)}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return file.commit();
}

void FileWriters::withdraw(const QString &databasePath)
{
    QFile::remove(notePath(databasePath));
}

bool FileWriters::longWriteRunning(const QString &databasePath)
{
    return readNote(databasePath).has_value();
}

QString FileWriters::describe(const QString &databasePath)
{
    if (const auto note = readNote(databasePath)) {
        const QString program = programOf(note->pid);
        return tr("%1 (process %2) is %3, since %4")
            .arg(program)
            .arg(note->pid)
            .arg(note->what, note->since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    if (const qint64 pid = lockHolder(databasePath)) {
        const QString program = programOf(pid);
        return tr("%1 (process %2) is writing to it").arg(program.isEmpty() ? tr("another program") : program).arg(pid);
    }
    return {};
}

bool FileWriters::otherProcessHasOpen(const QString &databasePath)
{
    return !othersLocks(databasePath).isEmpty();
}

} // namespace guanxi
