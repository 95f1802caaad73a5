#pragma once

#include "output.h"
#include "platform/session.h"
#include "platform/clock.h"
#include "platform/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace guanxi {
class Database;
enum class PoolEntity;
enum class OrderStatus;
}

namespace guanxi::cli {

// Exit codes, as documented in --help. Denied: the role of the --user lacks a
// permission the command needs (a wrong password or an unknown login is a
// DataError, 2, as for any other failure to open the file).
enum Exit { Ok = 0, Usage = 1, DataError = 2, Denied = 3 };

// What every command shares: the streams, the output format, and the open
// database with a session for the chosen user.
class Cli {
    // Cli::tr(): every message and table header, in the user's language
    // (table and CSV/JSON keys stay English, for scripts).
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli();
    ~Cli();

    QTextStream out;
    QTextStream err;
    Format format = Format::Table;
    QString databasePath;
    // The file's full path or the server address (without a password), for
    // messages.
    QString where() const;

    // Adds --database, --format, --user, --password-file, --now and --wait to
    // a command's parser.
    static void addGlobalOptions(QCommandLineParser &parser);
    // Reads the global options; prints a usage error and returns false when bad.
    // fileFormats: extra --format values a command writes as files (xlsx...),
    // left in fileFormat.
    bool readGlobalOptions(const QCommandLineParser &parser, const QStringList &fileFormats = {});
    QString fileFormat;
    // Sets a command's parser up as every command does (its --help text, the
    // global options, -h and its own options; the caller adds its positional
    // words), processes args (exits on --help or an unknown option) and reads
    // the global options. False after a usage error.
    bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
               const QList<QCommandLineOption> &options = {}, const QStringList &fileFormats = {});

    // Opens (and with create, creates) the database; prints why not on stderr.
    bool open(bool create = false);
    Database &db() { return *m_db; }
    Session &session() { return *m_session; }

    // Prints; returns Denied for a missing permission, else DataError.
    int fail(const Error &error);
    int usage(const QString &message);             // prints, returns Usage

    // A secret typed on the terminal without echo (empty when stdin is not a
    // terminal); the prompt goes to stderr.
    static QString readSecret(const QString &prompt);
    static bool stdinIsTerminal();

private:
    // Who works: with --user (or GUANXI_USER) a login through core's Login,
    // the password from --password-file, GUANXI_PASSWORD or the terminal;
    // without, the file's default user when the file needs no login.
    bool logIn();
    bool attemptLogin(const QString &password);
    Result<QString> password() const;
    QString m_userLogin;
    QString m_passwordFile;
    int m_waitMs = 5000;
    bool m_waitForLongWrites = false;
    bool m_readOnly = false;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

int runInit(Cli &cli, const QStringList &args);
int runSeed(Cli &cli, const QStringList &args);
int runCheck(Cli &cli, const QStringList &args);
int runCustomers(Cli &cli, const QStringList &args);
int runUsers(Cli &cli, const QStringList &args);
int runFollowUps(Cli &cli, const QStringList &args);
int runLeads(Cli &cli, const QStringList &args);
int runPool(Cli &cli, const QStringList &args);
int runDeals(Cli &cli, const QStringList &args);
int runOrders(Cli &cli, const QStringList &args);
int runRules(Cli &cli, const QStringList &args);
int runNotifications(Cli &cli, const QStringList &args);
int runImport(Cli &cli, const QStringList &args);
int runExport(Cli &cli, const QStringList &args);
int runDuplicates(Cli &cli, const QStringList &args);
int runBackup(Cli &cli, const QStringList &args);
int runRestore(Cli &cli, const QStringList &args);
int runReport(Cli &cli, const QStringList &args);
int runQuality(Cli &cli, const QStringList &args);
int runRates(Cli &cli, const QStringList &args);
int runAudit(Cli &cli, const QStringList &args);
int runServer(Cli &cli, const QStringList &args);
int runDb(Cli &cli, const QStringList &args);
// mapping: a field key per column (see OrderImport::fields()); empty: guessed.
int importOrderFile(Cli &cli, const QString &file, bool createCustomers, bool dryRun, const QStringList &mapping = {},
                    std::optional<OrderStatus> defaultStatus = {});
int assignLeads(Cli &cli, const QCommandLineParser &parser, const QStringList &ids);
// Says what a claim, release or assignment did, one record a line ("Assigned
// 张伟 (customer 12) to 李娜."); CSV and JSON get the same as rows (entity, id,
// name, action, owner). ownerName: who holds the records now ("" for release).
void printPoolMoves(Cli &cli, PoolEntity entity, const QList<qint64> &ids, const QString &action,
                    const QString &ownerName);

} // namespace guanxi::cli
