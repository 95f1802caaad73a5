// guanxi-cli backup and restore.
#include "cli.h"

#include "platform/auditstore.h"
#include "platform/db/backup.h"
#include "platform/db/backupcrypto.h"
#include "platform/db/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <optional>

namespace guanxi::cli {

namespace {

const char passphraseVariable[] = "GUANXI_BACKUP_PASSPHRASE";

// The backup passphrase from GUANXI_BACKUP_PASSPHRASE or typed without echo
// (twice for a new one). Prints why not and returns nothing when there is
// none or the two typed differ.
std::optional<Passphrase> backupPassphrase(Cli &cli, bool isNew)
{
    if (qEnvironmentVariableIsSet(passphraseVariable))
        return Passphrase(qEnvironmentVariable(passphraseVariable));
    if (!Cli::stdinIsTerminal()) {
        cli.usage(Cli::tr("An encrypted backup needs its passphrase: type it at the prompt, or set %1.")
                      .arg(QString::fromLatin1(passphraseVariable)));
        return std::nullopt;
    }
    const Passphrase first(Cli::readSecret(isNew ? Cli::tr("New backup passphrase (at least %n characters): ", nullptr,
                                                           BackupCrypto::minimumLength)
                                                 : Cli::tr("Backup passphrase: ")));
    if (!isNew)
        return first;
    if (Status s = BackupCrypto::acceptable(first); !s) {
        cli.usage(s.error().message);
        return std::nullopt;
    }
    const Passphrase again(Cli::readSecret(Cli::tr("The same passphrase again: ")));
    if (!(again == first)) {
        cli.usage(Cli::tr("The two passphrases differ; nothing was written. Run the command again."));
        return std::nullopt;
    }
    cli.err << Cli::tr("Keep the passphrase safe: without it the backup cannot be restored, by anyone.") << '\n';
    return first;
}

// The audit trail's line for a backup or a restore of this file.
void audit(Cli &cli, AuditAction action, const QString &file, bool encrypted)
{
    AuditEvent e;
    e.action = action;
    e.entity = QStringLiteral("file");
    e.detail = {{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()}, {QStringLiteral("encrypted"), encrypted}};
    if (Status s = AuditStore(cli.session()).record(e); !s)
        cli.err << "guanxi-cli: " << s.error().message << '\n';
}

} // namespace

int runBackup(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("backup"), Cli::tr("FILE"));
    if (!cli.parse(p, args, Cli::tr(
            "Writes a consistent backup of the database with SQLite's online backup API (safe while the app is\n"
            "open), checks it with integrity_check, and makes it readable by you only.\n\n"
            "  backup FILE                      One backup to FILE (replaced only once the new one checks out).\n"
            "  backup --folder DIR [--keep N]   A dated backup in DIR; the oldest beyond N (default 7) are removed.\n"
            "  backup --list --folder DIR       The backups in DIR, newest first.\n\n"
            "With --encrypt the checked backup is encrypted with a passphrase (Argon2id, XChaCha20-Poly1305), typed\n"
            "twice without echo or taken from GUANXI_BACKUP_PASSPHRASE. A lost passphrase cannot be recovered."),
                   {{QStringLiteral("folder"), Cli::tr("Folder for dated, rotating backups."), QStringLiteral("DIR")},
                    {QStringLiteral("keep"), Cli::tr("How many dated backups to keep (default 7)."),
                     QStringLiteral("N"), QStringLiteral("7")},
                    {QStringLiteral("list"), Cli::tr("List the backups in --folder.")},
                    {QStringLiteral("encrypt"), Cli::tr("Encrypt the backup with a passphrase.")}}))
        return Usage;
    if (Database::isServerAddress(cli.databasePath))
        return cli.usage(Cli::tr("a team database is backed up on its server with pg_dump (see docs/TEAM.md); "
                                 "to copy it into a Guanxi file, use db copy."));
    const QString folder = p.value(QStringLiteral("folder"));
    if (p.isSet(QStringLiteral("list"))) {
        if (folder.isEmpty())
            return cli.usage(Cli::tr("backup --list needs --folder DIR."));
        Table t{{QStringLiteral("file"), QStringLiteral("written_utc"), QStringLiteral("bytes"), QStringLiteral("encrypted")},
                {Cli::tr("File"), Cli::tr("Written (UTC)"), Cli::tr("Bytes"), Cli::tr("Encrypted")},
                {}};
        for (const BackupFile &f : Backup::list(folder))
            t.rows << QStringList{QDir::toNativeSeparators(f.path), f.written.toString(Qt::ISODate),
                                  QString::number(f.size),
                                  BackupCrypto::isEncrypted(f.path) ? QStringLiteral("yes") : QStringLiteral("no")};
        print(cli.out, t, cli.format);
        return Ok;
    }
    const QString file = p.positionalArguments().value(1);
    if (file.isEmpty() == folder.isEmpty())
        return cli.usage(Cli::tr("backup needs either a FILE or --folder DIR."));
    std::optional<Passphrase> passphrase;
    if (p.isSet(QStringLiteral("encrypt")) && !(passphrase = backupPassphrase(cli, true)))
        return Usage;
    const Passphrase *secret = passphrase ? &*passphrase : nullptr;
    if (!cli.open())
        return DataError;
    if (!folder.isEmpty()) {
        bool ok = false;
        const int keep = p.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1)
            return cli.usage(Cli::tr("--keep wants a number from 1."));
        auto path = Backup::rotate(cli.db(), folder, keep, cli.session().now(), secret);
        if (!path)
            return cli.fail(path.error());
        audit(cli, AuditAction::Backup, *path, secret);
        cli.out << QDir::toNativeSeparators(*path) << '\n';
        return Ok;
    }
    if (Status s = Backup::write(cli.db(), file, {}, nullptr, secret); !s)
        return cli.fail(s.error());
    audit(cli, AuditAction::Backup, file, secret);
    cli.out << QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()) << '\n';
    return Ok;
}

int runRestore(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("restore"), Cli::tr("BACKUP"));
    if (!cli.parse(p, args, Cli::tr(
            "Replaces the database with a backup. The backup is checked first (integrity, a Guanxi file, not from a\n"
            "newer version); the current file is kept beside it as NAME.before-restore-DATE. Close the app first.\n"
            "An encrypted backup asks for its passphrase (or takes GUANXI_BACKUP_PASSPHRASE); a wrong one, or a\n"
            "backup changed after it was written, is refused and the current file left as it was.")))
        return Usage;
    const QString backup = p.positionalArguments().value(1);
    if (Database::isServerAddress(cli.databasePath))
        return cli.usage(Cli::tr("a team database is restored on its server with pg_restore (see docs/TEAM.md), or "
                                 "filled from a Guanxi file with db copy."));
    if (backup.isEmpty())
        return cli.usage(Cli::tr("restore needs the backup file."));
    const QString target = cli.databasePath.isEmpty() ? Database::defaultPath() : cli.databasePath;
    const bool encrypted = BackupCrypto::isEncrypted(backup);
    std::optional<Passphrase> passphrase;
    if (encrypted && !(passphrase = backupPassphrase(cli, false)))
        return Usage;
    auto aside = Backup::restore(backup, target, QDateTime::currentDateTimeUtc(), passphrase ? &*passphrase : nullptr);
    if (!aside)
        return cli.fail(aside.error());
    // The restored file records that it was restored, when it can be opened
    // as the one working (a file with logins needs --user).
    if (cli.open())
        audit(cli, AuditAction::Restore, backup, encrypted);
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
