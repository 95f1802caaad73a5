// guanxi-cli leads add|list|show|qualify|disqualify|duplicates|convert
#include "cli.h"
#include "commandargs.h"

#include "leads/leadassignment.h"
#include "leads/leadstore.h"

namespace guanxi::cli {

namespace {

Table leadTable(const QList<Lead> &leads)
{
    Table t{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("phone"),
             QStringLiteral("email"), QStringLiteral("city"), QStringLiteral("status"), QStringLiteral("owner"),
             QStringLiteral("campaign"), QStringLiteral("customer_id"), QStringLiteral("version")},
            {Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Company"), Cli::tr("Phone"),
             Cli::tr("E-mail"), Cli::tr("City"), Cli::tr("Status"), Cli::tr("Owner"),
             Cli::tr("Campaign"), Cli::tr("Customer"), Cli::tr("Version")},
            {}};
    for (const Lead &l : leads)
        t.rows << QStringList{QString::number(l.id), l.name, l.company, l.phone, l.email, l.city,
                              Leads::statusCode(l.status), l.ownerId ? l.ownerName : QStringLiteral("(pool)"),
                              l.campaign, l.customerId ? QString::number(l.customerId) : QString(),
                              QString::number(l.version)};
    return t;
}

QString nameTheLead()
{
    return Cli::tr("name the lead by number.");
}

int add(Cli &cli, const QCommandLineParser &p)
{
    Lead l;
    l.name = p.value(QStringLiteral("name"));
    l.company = p.value(QStringLiteral("company"));
    l.jobTitle = p.value(QStringLiteral("title"));
    l.phone = p.value(QStringLiteral("phone"));
    l.email = p.value(QStringLiteral("email"));
    l.province = p.value(QStringLiteral("province"));
    l.city = p.value(QStringLiteral("city"));
    l.industry = p.value(QStringLiteral("industry"));
    l.campaign = p.value(QStringLiteral("campaign"));
    l.productInterest = p.value(QStringLiteral("product"));
    l.notes = p.value(QStringLiteral("notes"));
    if (!cli.open())
        return DataError;
    const CommandArgs args(cli, p);
    if (auto stop = args.source(l.sourceId))
        return *stop;
    if (p.isSet(QStringLiteral("pool")))
        l.ownerId = 0;
    else if (p.isSet(QStringLiteral("owner"))) {
        if (auto stop = args.user(QStringLiteral("owner"), l.ownerId))
            return *stop;
    } else
        l.ownerId = cli.session().userId();
    auto id = LeadStore(cli.session()).create(l);
    if (!id)
        return cli.fail(id.error());
    cli.out << *id << '\n';
    // A lead for the pool goes through the assignment rules first.
    if (l.ownerId == 0) {
        auto report = LeadAssignment(cli.session()).assign({*id});
        if (!report)
            return cli.fail(report.error());
        for (const QString &line : report->lines)
            cli.err << "guanxi-cli: " << line << '\n';
    }
    return Ok;
}

int list(Cli &cli, const QCommandLineParser &p)
{
    LeadListQuery q;
    if (p.isSet(QStringLiteral("status"))) {
        q.status = Leads::statusFromCode(p.value(QStringLiteral("status")));
        if (!q.status)
            return cli.usage(Cli::tr("--status must be new, qualified, disqualified or converted."));
    }
    const CommandArgs args(cli, p);
    int limit = 0;
    if (auto stop = args.number(QStringLiteral("limit"), limit, 0, Cli::tr("--limit needs a whole number.")))
        return *stop;
    if (!cli.open())
        return DataError;
    if (p.isSet(QStringLiteral("pool")))
        q.owner = LeadListQuery::Owner::Pool;
    else if (p.isSet(QStringLiteral("mine")))
        q.owner = LeadListQuery::Owner::Me;
    else if (p.isSet(QStringLiteral("owner"))) {
        if (auto stop = args.user(QStringLiteral("owner"), q.userId))
            return *stop;
        q.owner = LeadListQuery::Owner::User;
    }
    auto leads = LeadStore(cli.session()).list(q, 0, limit == 0 ? std::numeric_limits<int>::max() : limit);
    if (!leads)
        return cli.fail(leads.error());
    print(cli.out, leadTable(*leads), cli.format);
    return Ok;
}

int duplicates(Cli &cli, const QStringList &words)
{
    qint64 id = 0;
    if (auto stop = openForRecord(cli, words, id, nameTheLead()))
        return *stop;
    LeadStore store(cli.session());
    auto lead = store.get(id);
    if (!lead)
        return cli.fail(lead.error());
    auto found = store.duplicates(*lead);
    if (!found)
        return cli.fail(found.error());
    Table t{{QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("reason")},
            {Cli::tr("Customer"), Cli::tr("Name"), Cli::tr("Company"), Cli::tr("Why")},
            {}};
    for (const DuplicateCandidate &d : *found)
        t.rows << QStringList{QString::number(d.customerId), d.name, d.companyName, d.reason};
    print(cli.out, t, cli.format);
    return Ok;
}

int convert(Cli &cli, const QCommandLineParser &p, const QStringList &words)
{
    qint64 id = 0;
    if (auto stop = recordId(cli, words, id, nameTheLead()))
        return *stop;
    ConversionOptions options;
    if (p.isSet(QStringLiteral("link"))) {
        bool ok = false;
        options.linkToCustomerId = p.value(QStringLiteral("link")).toLongLong(&ok);
        if (!ok || options.linkToCustomerId <= 0)
            return cli.usage(Cli::tr("--link needs a customer number."));
    }
    options.createCompany = !p.isSet(QStringLiteral("no-company"));
    if (p.isSet(QStringLiteral("deal"))) {
        options.dealTitle = p.value(QStringLiteral("deal"));
        if (p.isSet(QStringLiteral("amount")))
            if (auto stop = CommandArgs(cli, p).money(QStringLiteral("amount"), options.dealAmountMinor))
                return *stop;
    }
    if (!cli.open())
        return DataError;
    LeadStore store(cli.session());
    if (!options.linkToCustomerId && !p.isSet(QStringLiteral("force"))) {
        auto lead = store.get(id);
        if (!lead)
            return cli.fail(lead.error());
        auto found = store.duplicates(*lead);
        if (!found)
            return cli.fail(found.error());
        // A person match means the customer exists already: say so rather
        // than create a second record. (A matching company is simply reused.)
        QStringList people;
        for (const DuplicateCandidate &d : *found)
            if (!d.reason.contains(QStringLiteral("company")))
                people << QStringLiteral("%1 %2 (%3)").arg(d.customerId).arg(d.name, d.reason);
        if (!people.isEmpty())
            return cli.fail(Error{Cli::tr("lead %1 looks like an existing customer: %2. Use --link ID to attach "
                                                 "it to that customer, or --force to create a new one anyway.")
                                      .arg(id)
                                      .arg(people.join(QStringLiteral("; "))),
                                  {}, {}});
    }
    auto result = store.convert(id, options);
    if (!result)
        return cli.fail(result.error());
    Table t{{QStringLiteral("customer_id"), QStringLiteral("company_id"), QStringLiteral("linked"), QStringLiteral("deal_id")},
            {Cli::tr("Customer"), Cli::tr("Company"), Cli::tr("Linked to existing"), Cli::tr("Deal")},
            {{QString::number(result->personId), result->companyId ? QString::number(result->companyId) : QString(),
              result->linked ? QStringLiteral("yes") : QStringLiteral("no"),
              result->dealId ? QString::number(result->dealId) : QString()}}};
    print(cli.out, t, cli.format);
    return Ok;
}

// show, qualify or disqualify ID: the lead (after the change) as a row.
int showOrScreen(Cli &cli, const QCommandLineParser &p, const QString &action, const QStringList &words)
{
    qint64 id = 0;
    if (auto stop = openForRecord(cli, words, id, nameTheLead()))
        return *stop;
    LeadStore store(cli.session());
    // --version N: the lead's version as read (leads show); a lead changed
    // since is refused (exit 2) rather than overwritten.
    bool versionOk = true;
    const qint64 version = p.isSet(QStringLiteral("version")) ? p.value(QStringLiteral("version")).toLongLong(&versionOk) : 0;
    if (!versionOk || version < 0)
        return cli.usage(Cli::tr("--version takes the version number a list or show printed."));
    if (action == QStringLiteral("qualify")) {
        if (Status s = store.qualify(id, version); !s)
            return cli.fail(s.error());
    } else if (action == QStringLiteral("disqualify")) {
        if (Status s = store.disqualify(id, p.value(QStringLiteral("reason")), version); !s)
            return cli.fail(s.error());
    }
    auto lead = store.get(id);
    if (!lead)
        return cli.fail(lead.error());
    print(cli.out, leadTable({*lead}), cli.format);
    return Ok;
}

QString description()
{
    return Cli::tr(R"(Leads (线索).

  leads add --name NAME [--company C] [--phone P] [--email E] [--source S] [--campaign C]
            [--product P] [--city C] ... [--pool | --owner LOGIN]
                                     Capture a lead; prints its number. Yours unless --pool.
  leads list [--status S] [--mine | --pool | --owner LOGIN] [--limit N]
  leads show ID
  leads qualify ID
  leads disqualify ID --reason TEXT  Kept, never deleted.
  leads duplicates ID                Customers with the same phone, e-mail or company.
  leads assign [ID...] --rules          Assign pool leads (all, or these) by the rules.
  leads assign ID... --to LOGIN [--reason TEXT]
  leads convert ID [--link CUSTOMER_ID] [--no-company] [--deal TITLE [--amount A]] [--force]
                                     Make the lead a customer (one transaction). Refuses
                                     when it matches an existing person unless --link or --force.)");
}

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("name"), Cli::tr("Contact name (add)."), QStringLiteral("name")},
        {QStringLiteral("company"), Cli::tr("Company (add)."), QStringLiteral("company")},
        {QStringLiteral("title"), Cli::tr("Job title (add)."), QStringLiteral("title")},
        {QStringLiteral("phone"), Cli::tr("Phone (add)."), QStringLiteral("phone")},
        {QStringLiteral("email"), Cli::tr("E-mail (add)."), QStringLiteral("email")},
        {QStringLiteral("province"), Cli::tr("Province (add)."), QStringLiteral("province")},
        {QStringLiteral("city"), Cli::tr("City (add)."), QStringLiteral("city")},
        {QStringLiteral("industry"), Cli::tr("Industry (add)."), QStringLiteral("industry")},
        {QStringLiteral("source"), Cli::tr("Source channel (add)."), QStringLiteral("source")},
        {QStringLiteral("campaign"), Cli::tr("Campaign (add)."), QStringLiteral("campaign")},
        {QStringLiteral("product"), Cli::tr("Product interest (add)."), QStringLiteral("product")},
        {QStringLiteral("notes"), Cli::tr("Notes (add)."), QStringLiteral("text")},
        {QStringLiteral("owner"), Cli::tr("Owner's login (add, list)."), QStringLiteral("login")},
        {QStringLiteral("pool"), Cli::tr("Put the lead in the public pool (add); only pool leads (list).")},
        {QStringLiteral("mine"), Cli::tr("Only my leads (list).")},
        {QStringLiteral("status"), Cli::tr("new, qualified, disqualified or converted (list)."), QStringLiteral("status")},
        {QStringLiteral("limit"), Cli::tr("At most N rows (list; 0 = all; default 100)."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("reason"), Cli::tr("Why (disqualify)."), QStringLiteral("text")},
        {QStringLiteral("version"), Cli::tr("Refuse if the lead changed since this version (list, show) was read (qualify, disqualify)."), QStringLiteral("N")},
        {QStringLiteral("link"), Cli::tr("Attach to this existing customer (convert)."), QStringLiteral("customer")},
        {QStringLiteral("no-company"), Cli::tr("Do not create the company as a customer (convert).")},
        {QStringLiteral("deal"), Cli::tr("Also open a deal with this title (convert)."), QStringLiteral("title")},
        {QStringLiteral("amount"), Cli::tr("The deal's amount in yuan (convert --deal)."), QStringLiteral("amount")},
        {QStringLiteral("force"), Cli::tr("Convert even when the lead matches an existing customer (convert).")},
        {QStringLiteral("rules"), Cli::tr("Assign by the assignment rules (assign).")},
        {QStringLiteral("to"), Cli::tr("Assign to this login (assign)."), QStringLiteral("login")},
    };
}

} // namespace

int runLeads(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("add, list, show, qualify, disqualify, duplicates or convert"));

    if (!cli.parse(p, args, description(), options()))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    const QStringList rest = pos.mid(2);
    if (action == QStringLiteral("add"))
        return add(cli, p);
    if (action == QStringLiteral("list"))
        return list(cli, p);
    if (action == QStringLiteral("assign"))
        return assignLeads(cli, p, rest);
    if (action == QStringLiteral("duplicates"))
        return duplicates(cli, rest);
    if (action == QStringLiteral("convert"))
        return convert(cli, p, rest);
    if (action == QStringLiteral("show") || action == QStringLiteral("qualify") || action == QStringLiteral("disqualify"))
        return showOrScreen(cli, p, action, rest);
    return cli.usage(Cli::tr("unknown action “leads %1”.").arg(action));
}

} // namespace guanxi::cli
