// guanxi-cli customers list|add|show|search|delete|restore|purge|trash
#include "cli.h"
#include "commandargs.h"

#include "platform/db/database.h"
#include "customers/customercolumns.h"
#include "customers/customerliststore.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"
#include "team/userstore.h"

namespace guanxi::cli {

namespace {

const QStringList listKeys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                              QStringLiteral("company"), QStringLiteral("phone"), QStringLiteral("email"),
                              QStringLiteral("city"), QStringLiteral("stage"), QStringLiteral("owner"),
                              QStringLiteral("tags"), QStringLiteral("next_follow_up")};
// Translated when printed, so after the translator is installed.
QStringList listHeaders()
{
    return {Cli::tr("ID"),    Cli::tr("Name"),  Cli::tr("Type"),  Cli::tr("Company"), Cli::tr("Phone"),
            Cli::tr("E-mail"), Cli::tr("City"), Cli::tr("Stage"), Cli::tr("Owner"),   Cli::tr("Tags"),
            Cli::tr("Next follow-up")};
}

QStringList rowCells(const CustomerListRow &r)
{
    auto v = [&](CustomerColumn c) { return r.values.value(int(c)).toString(); };
    return {QString::number(r.id), v(CustomerColumn::Name), v(CustomerColumn::Kind), v(CustomerColumn::Company),
            v(CustomerColumn::Phone), v(CustomerColumn::Email), v(CustomerColumn::City), v(CustomerColumn::Stage),
            v(CustomerColumn::Owner), v(CustomerColumn::Tags), v(CustomerColumn::NextFollowUp)};
}

std::optional<int> sortColumn(const QString &name)
{
    static const QStringList names = {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("company"),
                                      QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("province"),
                                      QStringLiteral("city"), QStringLiteral("industry"), QStringLiteral("source"),
                                      QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("tags"),
                                      QStringLiteral("next_follow_up"), QStringLiteral("created"), QStringLiteral("updated")};
    const int i = int(names.indexOf(name));
    return i < 0 ? std::nullopt : std::optional<int>(i);
}

// The customer numbers the words name, then the database opened.
Stop openForCustomers(Cli &cli, const QStringList &words, QList<qint64> &ids)
{
    if (auto stop = recordIds(cli, words, ids, Cli::tr("“%1” is not a customer number."),
                              Cli::tr("name at least one customer number.")))
        return stop;
    if (!cli.open())
        return DataError;
    return {};
}

int list(Cli &cli, const QCommandLineParser &p, const QString &search)
{
    CustomerListQuery q;
    q.search = search;
    if (p.isSet(QStringLiteral("stage"))) {
        q.stage = Customers::stageFromCode(p.value(QStringLiteral("stage")));
        if (!q.stage)
            return cli.usage(Cli::tr("--stage must be lead, prospect, customer, loyal or churned."));
    }
    q.tag = p.value(QStringLiteral("tag"));
    q.city = p.value(QStringLiteral("city"));
    if (p.isSet(QStringLiteral("sort"))) {
        const auto c = sortColumn(p.value(QStringLiteral("sort")));
        if (!c)
            return cli.usage(Cli::tr("--sort “%1” is not a column.").arg(p.value(QStringLiteral("sort"))));
        q.sortColumn = *c;
    }
    q.sortOrder = p.isSet(QStringLiteral("desc")) ? Qt::DescendingOrder : Qt::AscendingOrder;
    const CommandArgs args(cli, p);
    int limit = 0;
    if (auto stop = args.number(QStringLiteral("limit"), limit, 0, Cli::tr("--limit needs a whole number.")))
        return *stop;
    bool ok = false;
    const qint64 offset = p.value(QStringLiteral("offset")).toLongLong(&ok);
    if (!ok || offset < 0)
        return cli.usage(Cli::tr("--offset needs a whole number."));
    if (!cli.open())
        return DataError;
    if (auto stop = args.user(QStringLiteral("owner"), q.ownerId))
        return *stop;
    if (auto stop = args.source(q.sourceId))
        return *stop;
    CustomerListStore store(cli.session());
    auto rows = store.page(q, offset, limit == 0 ? std::numeric_limits<int>::max() : limit);
    if (!rows)
        return cli.fail(rows.error());
    Table t{listKeys, listHeaders(), {}};
    for (const CustomerListRow &r : *rows)
        t.rows << rowCells(r);
    print(cli.out, t, cli.format);
    return Ok;
}

int add(Cli &cli, const QCommandLineParser &p)
{
    Customer c;
    c.name = p.value(QStringLiteral("name"));
    const auto kind = Customers::kindFromCode(p.value(QStringLiteral("kind")));
    if (!kind)
        return cli.usage(Cli::tr("--kind must be person or company."));
    c.kind = *kind;
    for (const QString &phone : p.values(QStringLiteral("phone")))
        c.phones << Phone{QString(), phone, QString()};
    for (const QString &email : p.values(QStringLiteral("email")))
        c.emails << Email{QString(), email};
    c.province = p.value(QStringLiteral("province"));
    c.city = p.value(QStringLiteral("city"));
    c.address = p.value(QStringLiteral("address"));
    c.industry = p.value(QStringLiteral("industry"));
    c.jobTitle = p.value(QStringLiteral("title"));
    c.notes = p.value(QStringLiteral("notes"));
    c.tags = p.values(QStringLiteral("tag"));
    if (p.isSet(QStringLiteral("stage"))) {
        const auto stage = Customers::stageFromCode(p.value(QStringLiteral("stage")));
        if (!stage)
            return cli.usage(Cli::tr("--stage must be lead, prospect, customer, loyal or churned."));
        c.stage = *stage;
    }
    const CommandArgs args(cli, p);
    if (auto stop = args.date(QStringLiteral("birthday"), c.birthday))
        return *stop;
    if (auto stop = args.date(QStringLiteral("next-follow-up"), c.nextFollowUp))
        return *stop;
    if (!cli.open())
        return DataError;
    if (auto stop = args.user(QStringLiteral("owner"), c.ownerId))
        return *stop;
    if (auto stop = args.source(c.sourceId))
        return *stop;
    CustomerStore store(cli.session());
    if (p.isSet(QStringLiteral("company"))) {
        auto company = store.companyByName(p.value(QStringLiteral("company")));
        if (!company)
            return cli.fail(company.error());
        if (*company == 0)
            return cli.fail(Error{Cli::tr("there is no company named “%1”; add it first with "
                                                 "“customers add --kind company --name …”.")
                                      .arg(p.value(QStringLiteral("company"))), {}, {}});
        c.companyId = *company;
    }
    QList<Error> problems = Customers::validate(c, cli.session().defaultRegion(), cli.session().today());
    if (!problems.isEmpty()) {
        for (const Error &e : problems)
            cli.fail(e);
        return DataError;
    }
    auto id = store.create(c);
    if (!id)
        return cli.fail(id.error());
    for (const Phone &ph : std::as_const(c.phones)) // saved as written, but worth a look
        if (!ph.verified())
            cli.err << "guanxi-cli: " << ph.problem << '\n';
    cli.out << *id << '\n';
    return Ok;
}

int show(Cli &cli, const QCommandLineParser &p, const QStringList &words)
{
    QList<qint64> ids;
    if (auto stop = openForCustomers(cli, words, ids))
        return *stop;
    CustomerStore store(cli.session());
    for (qint64 id : ids) {
        auto c = store.read(id);   // a pool customer masked, as the window shows it
        if (!c)
            return cli.fail(c.error());
        auto owner = UserStore(cli.session()).byId(c->ownerId);
        auto orders = OrderStore(cli.session()).summary(id);
        QStringList phones, emails;
        for (const Phone &ph : c->phones)
            phones << (c->masked       ? ph.raw
                       : ph.verified() ? QStringLiteral("%1 (%2)").arg(ph.raw, ph.e164)
                                       : Cli::tr("%1 (not verified)").arg(ph.raw));
        for (const Email &e : c->emails)
            emails << e.address;
        const QStringList keys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("company"),
                                  QStringLiteral("job_title"), QStringLiteral("phones"), QStringLiteral("emails"),
                                  QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("address"),
                                  QStringLiteral("industry"), QStringLiteral("stage"), QStringLiteral("owner"),
                                  QStringLiteral("tags"), QStringLiteral("birthday"), QStringLiteral("next_follow_up"),
                                  QStringLiteral("notes"), QStringLiteral("orders"), QStringLiteral("purchases_minor"),
                                  QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("in_trash"),
                                  QStringLiteral("version")};
        const QStringList labels = {Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Type"), Cli::tr("Company"),
                                    Cli::tr("Job title"), Cli::tr("Phones"), Cli::tr("E-mails"),
                                    Cli::tr("Province"), Cli::tr("City"), Cli::tr("Address"),
                                    Cli::tr("Industry"), Cli::tr("Stage"), Cli::tr("Owner"),
                                    Cli::tr("Tags"), Cli::tr("Birthday"), Cli::tr("Next follow-up"),
                                    Cli::tr("Notes"), Cli::tr("Orders"), Cli::tr("Purchases (minor units)"),
                                    Cli::tr("Created"), Cli::tr("Updated"), Cli::tr("In trash since"),
                                    Cli::tr("Version")};
        const QStringList values = {QString::number(c->id), c->name, Customers::kindCode(c->kind), c->companyName,
                                    c->jobTitle, phones.join(QStringLiteral(", ")), emails.join(QStringLiteral(", ")),
                                    c->province, c->city, c->address, c->industry, Customers::stageCode(c->stage),
                                    owner ? owner->displayName : QString(), c->tags.join(QStringLiteral(", ")),
                                    toStoredDate(c->birthday), toStoredDate(c->nextFollowUp), c->notes,
                                    orders ? QString::number(orders->count) : QString(),
                                    orders ? QString::number(orders->totalMinor) : QString(),
                                    toStoredTime(c->createdAt), toStoredTime(c->updatedAt), toStoredTime(c->deletedAt),
                                    QString::number(c->version)};
        printRecord(cli.out, keys, labels, values, cli.format);
        if (p.isSet(QStringLiteral("history"))) {
            // Through the customer's store: with merged records' history, and a
            // pool customer's old numbers masked as its current ones are.
            auto history = store.history(id);
            if (!history)
                return cli.fail(history.error());
            Table t{{QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("action"), QStringLiteral("field"),
                     QStringLiteral("old"), QStringLiteral("new")},
                    {Cli::tr("Time"), Cli::tr("User"), Cli::tr("Action"), Cli::tr("Field"),
                     Cli::tr("Old"), Cli::tr("New")},
                    {}};
            for (const Change &ch : *history)
                t.rows << QStringList{toStoredTime(ch.changedAt), ch.userName, ch.action, ch.field, ch.oldValue, ch.newValue};
            cli.out << '\n';
            print(cli.out, t, cli.format);
        }
    }
    return Ok;
}

int trashAction(Cli &cli, const QString &action, const QStringList &words)
{
    QList<qint64> ids;
    if (auto stop = openForCustomers(cli, words, ids))
        return *stop;
    CustomerStore store(cli.session());
    for (qint64 id : ids)   // each must exist, or nothing changes
        if (auto c = store.get(id); !c)
            return cli.fail(c.error());
    const Status s = action == QStringLiteral("delete") ? store.moveToTrash(ids)
                     : action == QStringLiteral("restore") ? store.restore(ids)
                                                           : store.purge(ids);
    if (!s)
        return cli.fail(s.error());
    return Ok;
}

int trash(Cli &cli)
{
    if (!cli.open())
        return DataError;
    auto entries = CustomerStore(cli.session()).trash();
    if (!entries)
        return cli.fail(entries.error());
    Table t{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("deleted_at"), QStringLiteral("deleted_by")},
            {Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Deleted"), Cli::tr("By")},
            {}};
    for (const TrashEntry &e : *entries)
        t.rows << QStringList{QString::number(e.id), e.name, toStoredTime(e.deletedAt), e.deletedBy};
    print(cli.out, t, cli.format);
    return Ok;
}

QString description()
{
    return Cli::tr(R"(Work with customers.

  customers list [filters]           List customers, sorted and filtered.
  customers search TEXT              Search names, companies, phones (4+ digits), e-mail,
                                     notes and pinyin (zhangsan, zs).
  customers add --name NAME ...      Add a customer; prints its number.
  customers show ID... [--history]   Show customers (and their change history).
  customers delete ID...             Move customers to the trash.
  customers restore ID...            Bring customers back from the trash.
  customers purge ID...              Remove customers in the trash for good.
  customers trash                    List the trash.)");
}

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("name"), Cli::tr("Name (add)."), QStringLiteral("name")},
        {QStringLiteral("kind"), Cli::tr("person or company (add; default person)."), QStringLiteral("kind"), QStringLiteral("person")},
        {QStringLiteral("company"), Cli::tr("The person's company, by exact name (add)."), QStringLiteral("name")},
        {QStringLiteral("title"), Cli::tr("Job title (add)."), QStringLiteral("title")},
        {QStringLiteral("phone"), Cli::tr("Phone number; repeat for more (add)."), QStringLiteral("phone")},
        {QStringLiteral("email"), Cli::tr("E-mail address; repeat for more (add)."), QStringLiteral("email")},
        {QStringLiteral("province"), Cli::tr("Province (add)."), QStringLiteral("province")},
        {QStringLiteral("city"), Cli::tr("City (add; list filter)."), QStringLiteral("city")},
        {QStringLiteral("address"), Cli::tr("Street address (add)."), QStringLiteral("address")},
        {QStringLiteral("industry"), Cli::tr("Industry (add)."), QStringLiteral("industry")},
        {QStringLiteral("source"), Cli::tr("Source channel: website, social, exhibition, visit, referral, third_party, other or a name you added (add; list filter)."), QStringLiteral("source")},
        {QStringLiteral("stage"), Cli::tr("lead, prospect, customer, loyal or churned (add; list filter)."), QStringLiteral("stage")},
        {QStringLiteral("owner"), Cli::tr("Owner's login (add; list filter)."), QStringLiteral("login")},
        {QStringLiteral("tag"), Cli::tr("Tag; repeat for more (add; list filter)."), QStringLiteral("tag")},
        {QStringLiteral("notes"), Cli::tr("Notes (add)."), QStringLiteral("text")},
        {QStringLiteral("birthday"), Cli::tr("Birthday or founding date, YYYY-MM-DD (add)."), QStringLiteral("date")},
        {QStringLiteral("next-follow-up"), Cli::tr("Next follow-up date, YYYY-MM-DD (add)."), QStringLiteral("date")},
        {QStringLiteral("sort"), Cli::tr("Sort column for list: name, city, stage, created, updated, next_follow_up, ..."), QStringLiteral("column")},
        {QStringLiteral("desc"), Cli::tr("Sort descending (list).")},
        {QStringLiteral("limit"), Cli::tr("At most N rows (list, search; 0 = all; default 100)."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("offset"), Cli::tr("Skip N rows (list)."), QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("history"), Cli::tr("Also print the change history (show).")},
    };
}

} // namespace

int runCustomers(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, search, add, show, delete, restore, purge or trash"));

    if (!cli.parse(p, args, description(), options()))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1);
    const QStringList rest = pos.mid(2);
    if (action == QStringLiteral("list") || action.isEmpty())
        return list(cli, p, QString());
    if (action == QStringLiteral("search")) {
        if (rest.isEmpty())
            return cli.usage(Cli::tr("customers search needs the text to look for."));
        return list(cli, p, rest.join(u' '));
    }
    if (action == QStringLiteral("add"))
        return add(cli, p);
    if (action == QStringLiteral("show"))
        return show(cli, p, rest);
    if (action == QStringLiteral("delete") || action == QStringLiteral("restore") || action == QStringLiteral("purge"))
        return trashAction(cli, action, rest);
    if (action == QStringLiteral("trash"))
        return trash(cli);
    return cli.usage(Cli::tr("unknown action “customers %1”.").arg(action));
}

} // namespace guanxi::cli
