// guanxi-cli audit [--user LOGIN] [--action CODE] [--since DATE] [--until DATE]
// [--limit N]: the audit trail (logins, failed logins, exports, imports,
// merges, user and permission changes), newest first. Needs the ViewAudit
// permission; a manager reads their team's events.
#include "cli.h"
#include "commandargs.h"
#include "commandline.h"

#include "platform/audit.h"
#include "platform/auditstore.h"
#include "platform/clock.h"

#include <QJsonDocument>

namespace guanxi::cli {

namespace {

// After the word "audit", --user filters the events (the login comes before
// the word, or from GUANXI_USER): guanxi-cli --user admin audit --user lisi.
QStringList withUserFilter(const QStringList &args)
{
    QStringList out;
    bool afterCommand = false;
    for (const QString &a : args) {
        if (afterCommand && a == QStringLiteral("--user"))
            out << QStringLiteral("--audit-user");
        else if (afterCommand && a.startsWith(QStringLiteral("--user=")))
            out << QStringLiteral("--audit-user=") + a.mid(7);
        else
            out << a;
        if (!afterCommand && a == QStringLiteral("audit") && commandOf(out) == QStringLiteral("audit"))
            afterCommand = true;
    }
    return out;
}

// --since/--until as a date (local midnight) or an ISO 8601 date-time;
// an --until date includes that whole day.
Stop timeOption(Cli &cli, const CommandArgs &args, const QString &option, QDateTime &out)
{
    if (!args.isSet(option))
        return {};
    const QString text = args.value(option);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        out = (option == QStringLiteral("until") ? day.addDays(1) : day).startOfDay();
    else
        out = QDateTime::fromString(text, Qt::ISODate);
    if (out.isValid())
        return {};
    return cli.usage(Cli::tr("--%1 “%2” is not a date; write it like 2026-03-31 or 2026-03-31T09:30:00.")
                         .arg(option, text));
}

Stop readFilter(Cli &cli, const CommandArgs &args, AuditStore::Filter &f)
{
    if (args.isSet(QStringLiteral("action"))) {
        f.action = AuditActions::fromCode(args.value(QStringLiteral("action")));
        if (!f.action) {
            QStringList known;
            for (AuditAction a : AuditActions::all())
                known << AuditActions::code(a);
            return cli.usage(Cli::tr("unknown --action “%1”; use one of %2.")
                                 .arg(args.value(QStringLiteral("action")), known.join(QStringLiteral(", "))));
        }
    }
    if (auto stop = timeOption(cli, args, QStringLiteral("since"), f.since))
        return stop;
    if (auto stop = timeOption(cli, args, QStringLiteral("until"), f.until))
        return stop;
    if (args.isSet(QStringLiteral("limit")))
        if (auto stop = args.number(QStringLiteral("limit"), f.limit, 1,
                                    Cli::tr("--limit must be a whole number of at least 1.")))
            return stop;
    return {};
}

} // namespace

int runAudit(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("audit"), Cli::tr("The audit trail, newest first."));
    QCommandLineOption byUser(QStringLiteral("audit-user"),
                              Cli::tr("Only this member's events (write it as --user LOGIN after “audit”)."),
                              QStringLiteral("login"));
    byUser.setFlags(QCommandLineOption::HiddenFromHelp);
    const QList<QCommandLineOption> options = {
        byUser,
        {QStringLiteral("action"), Cli::tr("Only this kind of event (login, login_failed, export...)."),
         QStringLiteral("code")},
        {QStringLiteral("since"), Cli::tr("From this date or date-time."), QStringLiteral("date")},
        {QStringLiteral("until"), Cli::tr("Up to this date (included) or date-time."), QStringLiteral("date")},
        {QStringLiteral("limit"), Cli::tr("At most this many events (default 5000)."), QStringLiteral("n")}};
    if (!cli.parse(parser, withUserFilter(args),
                   Cli::tr("Logins, failed logins, exports, imports, merges and changes to users and\n"
                           "permissions, newest first. --user LOGIN after “audit” keeps that member's\n"
                           "events; the login to act as comes before “audit” or from GUANXI_USER.\n"
                           "Needs the permission to view the audit trail."),
                   options))
        return Usage;
    const CommandArgs commandArgs(cli, parser);
    AuditStore::Filter filter;
    if (auto stop = readFilter(cli, commandArgs, filter))
        return *stop;
    if (!cli.open())
        return DataError;
    if (auto stop = commandArgs.user(QStringLiteral("audit-user"), filter.userId))
        return *stop;
    auto events = AuditStore(cli.session()).list(filter);
    if (!events)
        return cli.fail(events.error());
    Table t{{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("login"),
             QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("detail")},
            {Cli::tr("ID"), Cli::tr("Time"), Cli::tr("Team member"), Cli::tr("Login typed"), Cli::tr("Event"),
             Cli::tr("Record kind"), Cli::tr("Record"), Cli::tr("Detail")},
            {}};
    for (const AuditEvent &e : *events)
        t.rows << QStringList{QString::number(e.id), toStoredTime(e.at), e.userName, e.login,
                              AuditActions::code(e.action), e.entity,
                              e.entityId ? QString::number(e.entityId) : QString(),
                              e.detail.isEmpty() ? QString()
                                                 : QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact))};
    print(cli.out, t, cli.format);
    return Ok;
}

} // namespace guanxi::cli
