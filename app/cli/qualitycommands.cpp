// guanxi-cli quality: the data-quality score, its checks, per salesperson,
// and the customers a check lists.
#include "cli.h"

#include "analytics/dataquality.h"
#include "team/userstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace guanxi::cli {

namespace {
const char *help = QT_TRANSLATE_NOOP("Cli", R"(How complete, valid, unique and current the customers are: one score
from 0 to 100 with its formula, each check's figures, and the same per
salesperson. Customers in the trash are left out.

  quality                      The score, the checks and the salespeople.
  quality --owner NAME         One salesperson's figures (login or name).
  quality --months N           "Recently touched" means within N months
                               (default 6).
  quality --list CHECK         The customers failing CHECK, oldest first
                               (--limit N, default 100), with what is wrong.

Checks: name, contact, owner, city, source, company (completeness); phones,
emails, dates (validity); duplicates (uniqueness); overdue, planned, touched
(timeliness). --format json prints the same as one object; text is the
default.)");

QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 1);
}

QJsonObject dimensionsJson(const QualityFigures &f)
{
    QJsonObject d;
    for (int i = 0; i < qualityDimensionCount; ++i)
        d.insert(DataQuality::dimensionKey(QualityDimension(i)), f.dimensionPass[i]);
    return d;
}

QJsonArray checksJson(const QualityFigures &f, int months, bool withTexts)
{
    QJsonArray checks;
    for (const QualityCheckResult &c : f.checks) {
        QJsonObject o{{QStringLiteral("key"), c.key},
                      {QStringLiteral("dimension"), DataQuality::dimensionKey(c.dimension)},
                      {QStringLiteral("applicable"), c.applicable},
                      {QStringLiteral("failing"), c.failing},
                      {QStringLiteral("pass"), c.pass()}};
        if (withTexts) {
            o.insert(QStringLiteral("title"), DataQuality::checkTitle(c.key));
            o.insert(QStringLiteral("rule"), DataQuality::checkRule(c.key, months));
        }
        checks << o;
    }
    return checks;
}

QJsonObject ownerJson(const OwnerQuality &o, int months)
{
    return {{QStringLiteral("owner_id"), o.ownerId ? QJsonValue(o.ownerId) : QJsonValue()},
            {QStringLiteral("owner"), o.ownerId ? QJsonValue(o.ownerName) : QJsonValue()},
            {QStringLiteral("customers"), o.figures.customers},
            {QStringLiteral("score"), o.figures.score},
            {QStringLiteral("dimensions"), dimensionsJson(o.figures)},
            {QStringLiteral("checks"), checksJson(o.figures, months, false)}};
}

void printJson(Cli &cli, const DataQualityReport &r, const QualityFigures &shown, const QList<OwnerQuality> &owners)
{
    QJsonObject weights;
    for (int i = 0; i < qualityDimensionCount; ++i)
        weights.insert(DataQuality::dimensionKey(QualityDimension(i)), DataQuality::weights[i]);
    QJsonArray ownerList;
    for (const OwnerQuality &o : owners)
        ownerList << ownerJson(o, r.staleMonths);
    const QJsonObject root{{QStringLiteral("date"), r.today.toString(Qt::ISODate)},
                           {QStringLiteral("months"), r.staleMonths},
                           {QStringLiteral("customers"), shown.customers},
                           {QStringLiteral("score"), shown.score},
                           {QStringLiteral("formula"), DataQuality::formula()},
                           {QStringLiteral("formula_values"), DataQuality::formulaWithValues(shown)},
                           {QStringLiteral("weights"), weights},
                           {QStringLiteral("dimensions"), dimensionsJson(shown)},
                           {QStringLiteral("checks"), checksJson(shown, r.staleMonths, true)},
                           {QStringLiteral("owners"), ownerList}};
    cli.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Table checksTable(const QualityFigures &f)
{
    Table t{{QStringLiteral("dimension"), QStringLiteral("check"), QStringLiteral("applicable"),
             QStringLiteral("failing"), QStringLiteral("pass")},
            {Cli::tr("Dimension"), Cli::tr("Check"), Cli::tr("Customers"), Cli::tr("Failing"), Cli::tr("Pass")},
            {}};
    for (const QualityCheckResult &c : f.checks)
        t.rows << QStringList{DataQuality::dimensionName(c.dimension),
                              DataQuality::checkTitle(c.key) + QStringLiteral(" (") + c.key + u')',
                              QLocale().toString(c.applicable), QLocale().toString(c.failing), DataQuality::percent(c.pass())};
    return t;
}

Table ownersTable(const QList<OwnerQuality> &owners)
{
    Table t{{QStringLiteral("owner"), QStringLiteral("customers"), QStringLiteral("score")},
            {Cli::tr("Salesperson"), Cli::tr("Customers"), Cli::tr("Score")},
            {}};
    for (int i = 0; i < qualityDimensionCount; ++i) {
        t.keys << DataQuality::dimensionKey(QualityDimension(i));
        t.headers << DataQuality::dimensionName(QualityDimension(i));
    }
    for (const OwnerQuality &o : owners) {
        QStringList row{o.ownerId ? o.ownerName : Cli::tr("(public pool)"), QLocale().toString(o.figures.customers),
                        scoreText(o.figures.score)};
        for (double pass : o.figures.dimensionPass)
            row << DataQuality::percent(pass);
        t.rows << row;
    }
    return t;
}

void printText(Cli &cli, const DataQualityReport &r, const QualityFigures &shown, const QList<OwnerQuality> &owners,
               const QString &who)
{
    cli.out << (who.isEmpty() ? Cli::tr("Data quality: %1 / 100").arg(scoreText(shown.score))
                              : Cli::tr("Data quality of %1: %2 / 100").arg(who, scoreText(shown.score)))
            << "   " << Cli::tr("(%n customer(s) on %1)", nullptr, int(std::min<qint64>(shown.customers, INT_MAX)))
                            .arg(QLocale().toString(r.today, QLocale::ShortFormat))
            << "\n\n"
            << wrapped(DataQuality::formula(), 78, {}) << "  = " << DataQuality::formulaWithValues(shown) << "\n\n";
    print(cli.out, checksTable(shown), Format::Table);
    if (owners.isEmpty())
        return;
    cli.out << '\n' << Cli::tr("By salesperson, lowest score first:") << '\n';
    print(cli.out, ownersTable(owners), Format::Table);
}

int listRecords(Cli &cli, const QCommandLineParser &p, const DataQualityOptions &options, qint64 ownerId)
{
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return cli.usage(Cli::tr("--limit “%1” is not a number of customers above 0.").arg(p.value(QStringLiteral("limit"))));
    auto records = DataQuality::records(cli.session(), p.value(QStringLiteral("list")), options, ownerId, limit);
    if (!records)
        return cli.fail(records.error());
    Table t{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("detail")},
            {Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Salesperson"), Cli::tr("What to fix")},
            {}};
    for (const QualityRecord &r : *records)
        t.rows << QStringList{QString::number(r.id), r.name, r.ownerName, r.detail};
    print(cli.out, t, cli.format);
    return Ok;
}

// The owner --owner names (login or display name), -1 when not given; Ok,
// or the exit code after saying why not.
int ownerOf(Cli &cli, const QString &name, qint64 &out)
{
    out = -1;
    if (name.isEmpty())
        return Ok;
    auto users = UserStore(cli.session()).list(true);
    if (!users)
        return cli.fail(users.error());
    for (const User &u : *users)
        if (u.login == name || u.displayName == name)
            out = u.id;
    return out < 0 ? cli.usage(Cli::tr("--owner “%1” is no team member; see guanxi-cli users list.").arg(name)) : Ok;
}

// A salesperson without customers: every check applies to no one.
QualityFigures nothingToCheck(const QualityFigures &like)
{
    QualityFigures f;
    for (QualityCheckResult c : like.checks) {
        c.applicable = c.failing = 0;
        f.checks << c;
    }
    DataQuality::score(f);
    return f;
}

} // namespace

int runQuality(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("quality"), Cli::tr("the data-quality score"));
    if (!cli.parse(p, args, Cli::tr(help),
                   {{QStringLiteral("owner"), Cli::tr("Only this salesperson's customers."), QStringLiteral("NAME")},
                    {QStringLiteral("months"), Cli::tr("Recently touched: within N months (default 6)."),
                     QStringLiteral("N"), QStringLiteral("6")},
                    {QStringLiteral("list"), Cli::tr("List the customers failing this check."), QStringLiteral("CHECK")},
                    {QStringLiteral("limit"), Cli::tr("List at most N customers (default 100)."), QStringLiteral("N"),
                     QStringLiteral("100")}},
                   {QStringLiteral("text")}))
        return Usage;
    DataQualityOptions options;
    bool ok = false;
    options.staleMonths = p.value(QStringLiteral("months")).toInt(&ok);
    if (!ok || options.staleMonths < 1 || options.staleMonths > 120)
        return cli.usage(Cli::tr("--months “%1” is not a number of months from 1 to 120.").arg(p.value(QStringLiteral("months"))));
    if (!cli.open())
        return DataError;
    qint64 ownerId = -1;
    if (const int exit = ownerOf(cli, p.value(QStringLiteral("owner")), ownerId); exit != Ok)
        return exit;
    if (p.isSet(QStringLiteral("list")))
        return listRecords(cli, p, options, ownerId);
    auto report = DataQuality::compute(cli.session(), options);
    if (!report)
        return cli.fail(report.error());
    QualityFigures shown = report->team;
    QList<OwnerQuality> owners = report->owners;
    QString who;
    if (ownerId >= 0) {
        owners.removeIf([&](const OwnerQuality &o) { return o.ownerId != ownerId; });
        shown = owners.isEmpty() ? nothingToCheck(report->team) : owners.first().figures;
        who = p.value(QStringLiteral("owner"));
    }
    if (cli.format == Format::Json)
        printJson(cli, *report, shown, owners);
    else if (cli.format == Format::Csv)
        print(cli.out, checksTable(shown), Format::Csv);
    else
        printText(cli, *report, shown, owners, who);
    return Ok;
}

} // namespace guanxi::cli
