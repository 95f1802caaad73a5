// guanxi-cli rates list|set|remove|import|base: the currency rates that turn
// amounts in other currencies into the base currency for sums and reports.
#include "cli.h"
#include "commandargs.h"

#include "platform/clock.h"
#include "sales/currencyrateimport.h"
#include "sales/currencyrates.h"

#include <QHash>

namespace guanxi::cli {

namespace {

struct RateAction {
    Cli &cli;
    const CommandArgs &args;
    CurrencyRates &rates;
    QStringList words;   // after the action
};

int listRates(RateAction &a)
{
    auto base = a.rates.baseCurrency();
    auto list = a.rates.list();
    auto missing = a.rates.missingRates();
    if (!base || !list || !missing)
        return a.cli.fail(!base ? base.error() : !list ? list.error() : missing.error());
    Table t{{QStringLiteral("currency"), QStringLiteral("rate"), QStringLiteral("valid_from")},
            {Cli::tr("Currency"), Cli::tr("Rate to %1").arg(*base), Cli::tr("Valid from")},
            {}};
    for (const CurrencyRate &r : *list)
        t.rows << QStringList{r.currency, CurrencyRates::rateText(r.rateMicros), toStoredDate(r.validFrom)};
    a.cli.err << Cli::tr("Base currency: %1").arg(*base) << '\n';
    for (const MissingRate &m : *missing)
        a.cli.err << Cli::tr("No rate: %n order(s) or deal(s) in %1 dated %2 to %3", nullptr, int(m.records))
                         .arg(m.currency, toStoredDate(m.firstDate), toStoredDate(m.lastDate))
                  << '\n';
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

// The --from date, which set and remove need.
Stop validFrom(RateAction &a, QDate &from, const QString &usage)
{
    if (!a.args.isSet(QStringLiteral("from")))
        return a.cli.usage(usage);
    return a.args.date(QStringLiteral("from"), from);
}

int setRate(RateAction &a)
{
    const QString usage = Cli::tr("rates set CURRENCY RATE --from DATE, e.g. rates set USD 7.1234 --from 2026-01-01");
    if (a.words.size() != 2)
        return a.cli.usage(usage);
    auto code = CurrencyRates::parseCode(a.words.at(0));
    if (!code)
        return a.cli.usage(code.error().message);
    auto rate = CurrencyRates::parseRate(a.words.at(1));
    if (!rate)
        return a.cli.usage(rate.error().message);
    QDate from;
    if (auto stop = validFrom(a, from, usage))
        return *stop;
    if (Status s = a.rates.set(CurrencyRate{*code, *rate, from}); !s)
        return a.cli.fail(s.error());
    return Ok;
}

int removeRate(RateAction &a)
{
    const QString usage = Cli::tr("rates remove CURRENCY --from DATE");
    if (a.words.size() != 1)
        return a.cli.usage(usage);
    auto code = CurrencyRates::parseCode(a.words.at(0));
    if (!code)
        return a.cli.usage(code.error().message);
    QDate from;
    if (auto stop = validFrom(a, from, usage))
        return *stop;
    auto there = a.rates.rateOn(*code, from);
    if (!there)
        return a.cli.fail(there.error());
    if (!*there || (*there)->validFrom != from)
        return a.cli.fail(Error{Cli::tr("There is no rate for %1 from %2; `guanxi-cli rates list` shows the rates.")
                                    .arg(*code, toStoredDate(from)),
                                {}, {}, ErrorKind::NotFound});
    if (Status s = a.rates.remove(*code, from); !s)
        return a.cli.fail(s.error());
    return Ok;
}

int importRates(RateAction &a)
{
    if (a.words.size() != 1)
        return a.cli.usage(Cli::tr("rates import FILE (columns currency, rate, valid_from or 币种, 汇率, 生效日期)"));
    auto n = CurrencyRateImport::importFile(a.cli.session(), a.words.at(0));
    if (!n)
        return a.cli.fail(n.error());
    a.cli.err << "guanxi-cli: " << Cli::tr("imported %n rate(s).", nullptr, *n) << '\n';
    return Ok;
}

int baseCurrency(RateAction &a)
{
    if (a.words.size() > 1)
        return a.cli.usage(Cli::tr("rates base [CURRENCY]"));
    if (a.words.size() == 1) {
        if (Status s = a.rates.setBaseCurrency(a.words.at(0)); !s)
            return s.error().kind == ErrorKind::Invalid ? a.cli.usage(s.error().message) : a.cli.fail(s.error());
    }
    auto base = a.rates.baseCurrency();
    if (!base)
        return a.cli.fail(base.error());
    a.cli.out << *base << '\n';
    return Ok;
}

} // namespace

int runRates(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, set, remove, import or base"));
    if (!cli.parse(p, args,
                   Cli::tr("Currency rates: what one unit of a currency is worth in the base currency, from a day "
                           "on. Sums and reports convert each order at the rate on its order date and each deal at "
                           "the rate on its close date (open deals: the expected close date, else today).\n\n"
                           "  rates list                       The rates; on stderr the base currency and the "
                           "currencies lacking a rate.\n"
                           "  rates set CURRENCY RATE --from DATE   Add a rate, or replace that day's.\n"
                           "  rates remove CURRENCY --from DATE\n"
                           "  rates import FILE                A CSV with currency, rate, valid_from (or 币种, 汇率, "
                           "生效日期); all rows or none.\n"
                           "  rates base [CURRENCY]            Show or set the base currency (default CNY)."),
                   {{QStringLiteral("from"), Cli::tr("The day the rate is valid from (set, remove)."),
                     QStringLiteral("DATE")}}))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    static const QHash<QString, int (*)(RateAction &)> actions = {
        {QStringLiteral("list"), listRates},     {QStringLiteral("set"), setRate},
        {QStringLiteral("remove"), removeRate},  {QStringLiteral("import"), importRates},
        {QStringLiteral("base"), baseCurrency}};
    const auto run = actions.value(action);
    if (!run)
        return cli.usage(Cli::tr("unknown action “rates %1”.").arg(action));
    if (!cli.open())
        return DataError;
    CurrencyRates rates(cli.session());
    const CommandArgs options(cli, p);
    RateAction a{cli, options, rates, pos.mid(2)};
    return run(a);
}

} // namespace guanxi::cli
