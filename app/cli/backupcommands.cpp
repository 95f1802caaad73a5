// guanxi-cli backup and restore.
#include "cli.h"

#include "platform/db/backup.h"
#include "platform/db/database.h"

#include <QDir>
#include <QFileInfo>

namespace guanxi::cli {

int runBackup(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("backup"), Cli::tr("FILE"));
    if (!cli.parse(p, args, Cli::tr(
            "Writes a consistent backup of the database with SQLite's online backup API (safe while the app is\n"
            "open), checks it with integrity_check, and makes it readable by you only.\n\n"
            "  backup FILE                      One backup to FILE (replaced only once the new one checks out).\n"
            "  backup --folder DIR [--keep N]   A dated backup in DIR; the oldest beyond N (default 7) are removed.\n"
            "  backup --list --folder DIR       The backups in DIR, newest first."),
                   {{QStringLiteral("folder"), Cli::tr("Folder for dated, rotating backups."), QStringLiteral("DIR")},
                    {QStringLiteral("keep"), Cli::tr("How many dated backups to keep (default 7)."),
                     QStringLiteral("N"), QStringLiteral("7")},
                    {QStringLiteral("list"), Cli::tr("List the backups in --folder.")}}))
        return Usage;
    const QString folder = p.value(QStringLiteral("folder"));
    if (p.isSet(QStringLiteral("list"))) {
        if (folder.isEmpty())
            return cli.usage(Cli::tr("backup --list needs --folder DIR."));
        Table t{{QStringLiteral("file"), QStringLiteral("written_utc"), QStringLiteral("bytes")},
                {Cli::tr("File"), Cli::tr("Written (UTC)"), Cli::tr("Bytes")},
                {}};
        for (const BackupFile &f : Backup::list(folder))
            t.rows << QStringList{QDir::toNativeSeparators(f.path), f.written.toString(Qt::ISODate),
                                  QString::number(f.size)};
        print(cli.out, t, cli.format);
        return Ok;
    }
    const QString file = p.positionalArguments().value(1);
    if (file.isEmpty() == folder.isEmpty())
        return cli.usage(Cli::tr("backup needs either a FILE or --folder DIR."));
    if (!cli.open())
        return DataError;
    if (!folder.isEmpty()) {
        bool ok = false;
        const int keep = p.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1)
            return cli.usage(Cli::tr("--keep wants a number from 1."));
        auto path = Backup::rotate(cli.db(), folder, keep, cli.session().now());
        if (!path)
            return cli.fail(path.error());
        cli.out << QDir::toNativeSeparators(*path) << '\n';
        return Ok;
    }
    if (Status s = Backup::write(cli.db(), file); !s)
        return cli.fail(s.error());
    cli.out << QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()) << '\n';
    return Ok;
}

int runRestore(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("restore"), Cli::tr("BACKUP"));
    if (!cli.parse(p, args, Cli::tr(
            "Replaces the database with a backup. The backup is checked first (integrity, a Guanxi file, not from a\n"
            "newer version); the current file is kept beside it as NAME.before-restore-DATE. Close the app first.")))
        return Usage;
    const QString backup = p.positionalArguments().value(1);
    if (backup.isEmpty())
        return cli.usage(Cli::tr("restore needs the backup file."));
    const QString target = cli.databasePath.isEmpty() ? Database::defaultPath() : cli.databasePath;
    auto aside = Backup::restore(backup, target, QDateTime::currentDateTimeUtc());
    if (!aside)
        return cli.fail(aside.error());
    if (aside->isEmpty())
        cli.out << Cli::tr("Restored %1 to %2.").arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(target));
    else
        cli.out << Cli::tr("Restored %1 to %2; the previous file is %3.")
                       .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(target),
                            QDir::toNativeSeparators(*aside));
    cli.out << '\n';
    return Ok;
}

} // namespace guanxi::cli
