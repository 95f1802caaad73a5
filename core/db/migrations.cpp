#include "migrations.h"

#include "sqlerror.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>

#include <sqlite3.h>

namespace guanxi {

namespace {
// version -> resource path, discovered by listing the folder.
QMap<int, QString> steps()
{
    QMap<int, QString> found;
    const QDir dir(QStringLiteral(":/guanxi/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok && version > 0)
            found.insert(version, dir.filePath(name));
    }
    return found;
}
} // namespace

int Migrations::latestVersion()
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.lastKey();
}

QStringList Migrations::statements(const QString &script)
{
    QStringList out;
    QString current;
    const auto lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (current.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(u"--")))
            continue;
        current += line + u'\n';
        if (sqlite3_complete(current.toUtf8().constData())) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Status Migrations::upgrade(QSqlDatabase db, int fromVersion, int toVersion)
{
    const auto all = steps();
    if (toVersion < 0)
        toVersion = latestVersion();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const int version = it.key();
        if (version <= fromVersion || version > toVersion)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Schema step %1 is missing from this build of Guanxi.").arg(version),
                         it.value(), {}};
        const QString script = QString::fromUtf8(file.readAll());
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return SqlErrors::from(q.lastError(),
                                   tr("Could not upgrade the database to version %1.").arg(version));
        for (const QString &statement : statements(script)) {
            if (!q.exec(statement)) {
                const QSqlError err = q.lastError();
                q.exec(QStringLiteral("ROLLBACK"));
                Error e = SqlErrors::from(
                    err, tr("Could not upgrade the database to version %1; it was left at version "
                            "%2.")
                             .arg(version)
                             .arg(version - 1));
                e.detail += QStringLiteral(" in: ") + statement.left(200);
                return e;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
            || !q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError err = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return SqlErrors::from(err,
                                   tr("Could not upgrade the database to version %1.").arg(version));
        }
    }
    return {};
}

} // namespace guanxi
