// guanxi-cli followups log|due|list|export
#include "cli.h"
#include "commandargs.h"

#include "activities/followupcalendar.h"
#include "activities/followupstore.h"

#include <QDir>

namespace guanxi::cli {

namespace {

Table dueTable(const QList<DueFollowUp> &items)
{
    Table t{{QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("due"),
             QStringLiteral("action"), QStringLiteral("phone"), QStringLiteral("owner")},
            {Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Company"), Cli::tr("Due"),
             Cli::tr("Next action"), Cli::tr("Phone"), Cli::tr("Owner")},
            {}};
    for (const DueFollowUp &d : items)
        t.rows << QStringList{QString::number(d.customerId), d.name, d.companyName, toStoredDate(d.due), d.action,
                              d.phone, d.ownerName};
    return t;
}

QString nameTheCustomer()
{
    return Cli::tr("name the customer by number, e.g. “followups log 42 --summary …”.");
}

int log(Cli &cli, const QCommandLineParser &p, const QStringList &words)
{
    Interaction i;
    bool ok = false;
    if (p.isSet(QStringLiteral("lead"))) {
        i.leadId = p.value(QStringLiteral("lead")).toLongLong(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--lead needs a lead number."));
    } else if (p.isSet(QStringLiteral("deal"))) {
        i.dealId = p.value(QStringLiteral("deal")).toLongLong(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--deal needs a deal number."));
    } else {
        if (auto stop = recordId(cli, words, i.customerId, nameTheCustomer()))
            return *stop;
    }
    i.summary = p.value(QStringLiteral("summary"));
    i.feedback = p.value(QStringLiteral("feedback"));
    i.outcome = p.value(QStringLiteral("outcome"));
    i.nextAction = p.value(QStringLiteral("action"));
    if (auto stop = CommandArgs(cli, p).date(QStringLiteral("next"), i.nextFollowUp))
        return *stop;
    if (p.isSet(QStringLiteral("at"))) {
        i.occurredAt = QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODate);
        if (!i.occurredAt.isValid())
            return cli.usage(Cli::tr("--at “%1” is not a date-time; write it like 2026-03-31T15:00.").arg(p.value(QStringLiteral("at"))));
        i.occurredAt = i.occurredAt.toUTC();
    }
    if (!cli.open())
        return DataError;
    FollowUpStore store(cli.session());
    if (p.isSet(QStringLiteral("channel"))) {
        auto channel = store.findChannel(p.value(QStringLiteral("channel")));
        if (!channel)
            return cli.fail(channel.error());
        i.channelId = *channel;
    }
    auto logged = store.log(i);
    if (!logged)
        return cli.fail(logged.error());
    cli.out << *logged << '\n';
    return Ok;
}

int due(Cli &cli, const QCommandLineParser &p)
{
    int days = 0;
    if (auto stop = CommandArgs(cli, p).number(QStringLiteral("days"), days, 0,
                                               Cli::tr("--days needs a whole number (0 = due today or overdue).")))
        return *stop;
    if (!cli.open())
        return DataError;
    qint64 owner = 0;
    if (auto stop = CommandArgs(cli, p).ownerOrAll(owner))
        return *stop;
    auto items = FollowUpStore(cli.session()).due(owner, cli.session().today().addDays(days));
    if (!items)
        return cli.fail(items.error());
    print(cli.out, dueTable(*items), cli.format);
    return Ok;
}

int list(Cli &cli, const QStringList &words)
{
    qint64 id = 0;
    if (auto stop = openForRecord(cli, words, id, nameTheCustomer()))
        return *stop;
    auto items = FollowUpStore(cli.session()).forCustomer(id);
    if (!items)
        return cli.fail(items.error());
    Table t{{QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("channel"), QStringLiteral("user"),
             QStringLiteral("summary"), QStringLiteral("feedback"), QStringLiteral("outcome"),
             QStringLiteral("next_follow_up"), QStringLiteral("next_action")},
            {Cli::tr("ID"), Cli::tr("Time"), Cli::tr("Channel"), Cli::tr("By"),
             Cli::tr("Summary"), Cli::tr("Feedback"), Cli::tr("Outcome"), Cli::tr("Next"),
             Cli::tr("Next action")},
            {}};
    for (const Interaction &i : *items)
        t.rows << QStringList{QString::number(i.id), toStoredTime(i.occurredAt), i.channelName, i.userName, i.summary,
                              i.feedback, i.outcome, toStoredDate(i.nextFollowUp), i.nextAction};
    print(cli.out, t, cli.format);
    return Ok;
}

int exportIcs(Cli &cli, const QCommandLineParser &p, const QStringList &words)
{
    const QString path = p.value(QStringLiteral("output")).isEmpty() ? words.value(0) : p.value(QStringLiteral("output"));
    if (path.isEmpty())
        return cli.usage(Cli::tr("followups export needs the file to write: -o FILE.ics"));
    bool ok = false;
    const int days = p.isSet(QStringLiteral("days")) ? p.value(QStringLiteral("days")).toInt(&ok) : 180;
    if (p.isSet(QStringLiteral("days")) && (!ok || days < 0))
        return cli.usage(Cli::tr("--days needs a whole number."));
    if (!cli.open())
        return DataError;
    qint64 owner = 0;
    if (auto stop = CommandArgs(cli, p).ownerOrAll(owner))
        return *stop;
    // Through core: the Export permission, what the session sees, the audit trail.
    auto written = FollowUpCalendar::write(cli.session(), path, owner, cli.session().today().addDays(days));
    if (!written)
        return cli.fail(written.error());
    cli.err << "guanxi-cli: "
            << Cli::tr("wrote %n follow-ups to %1", nullptr, *written).arg(QDir::toNativeSeparators(path))
            << '\n';
    return Ok;
}

// channels [--add NAME] [--remove CHANNEL]: then the list.
int channels(Cli &cli, const QCommandLineParser &p)
{
    if (!cli.open())
        return DataError;
    FollowUpStore store(cli.session());
    if (p.isSet(QStringLiteral("add")))
        if (auto id = store.addChannel(p.value(QStringLiteral("add"))); !id)
            return cli.fail(id.error());
    if (p.isSet(QStringLiteral("remove"))) {
        auto id = store.findChannel(p.value(QStringLiteral("remove")));
        if (!id)
            return cli.fail(id.error());
        if (Status s = store.archiveChannel(*id); !s)
            return cli.fail(s.error());
    }
    auto list = store.channels();
    if (!list)
        return cli.fail(list.error());
    Table t{{QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name")},
            {Cli::tr("ID"), Cli::tr("Code"), Cli::tr("Name")},
            {}};
    for (const FollowUpChannel &c : *list)
        t.rows << QStringList{QString::number(c.id), c.code, FollowUpStore::channelDisplayName(c)};
    print(cli.out, t, cli.format);
    return Ok;
}

QString description()
{
    return Cli::tr(R"(Follow-ups (跟进).

  followups log CUSTOMER_ID|--lead ID|--deal ID --summary TEXT [--channel C] [--at DATETIME]
                [--feedback TEXT] [--outcome TEXT] [--next DATE] [--action TEXT]
                                     Log a follow-up; prints its number. Without --next
                                     the customer's pending follow-up counts as done.
  followups due [--days N] [--owner LOGIN|all]
                                     What is due up to N days from today (default 0:
                                     today and overdue), for you unless --owner.
  followups list CUSTOMER_ID         A customer's follow-ups, newest first.
  followups export -o FILE.ics [--days N] [--owner LOGIN|all]
                                     Due follow-ups as an iCalendar file (default 180 days).

  followups channels [--add NAME] [--remove CHANNEL]
                                     The list of channels; add your own or retire one.

Channels: phone, wechat, email, sms, visit, meeting, online_chat, other, and any you add.)");
}

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("summary"), Cli::tr("What was discussed (log)."), QStringLiteral("text")},
        {QStringLiteral("lead"), Cli::tr("Log it on this lead instead of a customer (log)."), QStringLiteral("id")},
        {QStringLiteral("deal"), Cli::tr("Log it on this deal (and its customer) (log)."), QStringLiteral("id")},
        {QStringLiteral("channel"), Cli::tr("How: phone, wechat, email, sms, visit, meeting, online_chat, other (log)."), QStringLiteral("channel")},
        {QStringLiteral("at"), Cli::tr("When it happened, ISO 8601 (log; default now)."), QStringLiteral("datetime")},
        {QStringLiteral("feedback"), Cli::tr("The customer's feedback or objection (log)."), QStringLiteral("text")},
        {QStringLiteral("outcome"), Cli::tr("The outcome (log)."), QStringLiteral("text")},
        {QStringLiteral("next"), Cli::tr("Next follow-up date, YYYY-MM-DD (log)."), QStringLiteral("date")},
        {QStringLiteral("action"), Cli::tr("The next action (log)."), QStringLiteral("text")},
        {QStringLiteral("days"), Cli::tr("Look this many days ahead (due, export)."), QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("owner"), Cli::tr("Whose follow-ups: a login, or all (due, export)."), QStringLiteral("login")},
        {{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The .ics file to write (export)."), QStringLiteral("file")},
        {QStringLiteral("add"), Cli::tr("Add a channel with this name (channels)."), QStringLiteral("name")},
        {QStringLiteral("remove"), Cli::tr("Retire this channel; past follow-ups keep it (channels)."), QStringLiteral("channel")},
    };
}

} // namespace

int runFollowUps(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("log, due, list or export"));

    if (!cli.parse(p, args, description(), options()))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1);
    const QStringList rest = pos.mid(2);
    if (action == QStringLiteral("log"))
        return log(cli, p, rest);
    if (action == QStringLiteral("due") || action.isEmpty())
        return due(cli, p);
    if (action == QStringLiteral("list"))
        return list(cli, rest);
    if (action == QStringLiteral("export"))
        return exportIcs(cli, p, rest);
    if (action == QStringLiteral("channels"))
        return channels(cli, p);
    return cli.usage(Cli::tr("unknown action “followups %1”; use log, due, list, export or channels.").arg(action));
}

} // namespace guanxi::cli
