// guanxi-cli duplicates list|merge|undo|history.
#include "cli.h"

#include "customers/customermerge.h"
#include "customers/customerstore.h"
#include "customers/duplicatestore.h"
#include "customers/mergestore.h"

#include <QHash>

namespace guanxi::cli {

namespace {
const char *help = QT_TRANSLATE_NOOP("Cli", R"(Finds customers entered twice and merges them.

  duplicates list [--min-score N]      Candidate groups, surest first.
  duplicates merge SURVIVOR OTHER      OTHER's orders, deals, follow-ups, leads,
                                       people and history move to SURVIVOR;
                                       empty fields of SURVIVOR are filled from
                                       OTHER, phones, e-mails and tags combined;
                                       OTHER goes to the trash.
  duplicates history                   Merges done, newest first.
  duplicates undo MERGE_ID             Puts both customers back as they were.)");

bool idAt(const QStringList &pos, int i, qint64 &out)
{
    bool ok = false;
    out = pos.value(i).toLongLong(&ok);
    return ok && out > 0;
}

int listGroups(Cli &cli, const QCommandLineParser &p, const QStringList &)
{
    auto groups = DuplicateStore(cli.session()).find();
    if (!groups)
        return cli.fail(groups.error());
    const int minScore = p.value(QStringLiteral("min-score")).toInt();
    Table t{{QStringLiteral("score"), QStringLiteral("ids"), QStringLiteral("names"), QStringLiteral("reasons")},
            {Cli::tr("Score"), Cli::tr("IDs"), Cli::tr("Names"), Cli::tr("Why")},
            {}};
    for (const DuplicateGroup &g : *groups) {
        if (g.score < minScore)
            continue;
        QStringList ids;
        for (qint64 id : g.ids)
            ids << QString::number(id);
        t.rows << QStringList{QString::number(g.score), ids.join(u' '), g.names.join(QStringLiteral(" | ")),
                              g.reasons.join(QStringLiteral("; "))};
    }
    print(cli.out, t, cli.format);
    return Ok;
}

int mergeTwo(Cli &cli, const QCommandLineParser &, const QStringList &pos)
{
    qint64 survivor = 0, other = 0;
    if (!idAt(pos, 2, survivor) || !idAt(pos, 3, other))
        return cli.usage(Cli::tr("duplicates merge needs the surviving customer's ID and the other's."));
    CustomerStore customers(cli.session());
    auto a = customers.get(survivor);
    if (!a)
        return cli.fail(a.error());
    auto b = customers.get(other);
    if (!b)
        return cli.fail(b.error());
    auto id = CustomerMerge::merge(cli.session(), survivor, other, CustomerMerge::proposal(*a, *b));
    if (!id)
        return cli.fail(id.error());
    cli.out << Cli::tr("Merged %1 into %2 (merge %3; undo with: duplicates undo %3).")
                   .arg(other)
                   .arg(survivor)
                   .arg(*id)
            << '\n';
    return Ok;
}

int mergeHistory(Cli &cli, const QCommandLineParser &, const QStringList &)
{
    auto list = MergeStore(cli.session()).all();
    if (!list)
        return cli.fail(list.error());
    Table t{{QStringLiteral("id"), QStringLiteral("merged_at"), QStringLiteral("by"), QStringLiteral("survivor"),
             QStringLiteral("merged"), QStringLiteral("undone_at")},
            {Cli::tr("ID"), Cli::tr("When"), Cli::tr("By"), Cli::tr("Kept"),
             Cli::tr("Merged into it"), Cli::tr("Undone")},
            {}};
    for (const MergeRecord &m : *list)
        t.rows << QStringList{QString::number(m.id),
                              m.mergedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), m.userName,
                              QStringLiteral("%1 (%2)").arg(m.survivorName).arg(m.survivorId),
                              QStringLiteral("%1 (%2)").arg(m.mergedName).arg(m.mergedId),
                              m.undoneAt.isValid()
                                  ? m.undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QString()};
    print(cli.out, t, cli.format);
    return Ok;
}

int undoMerge(Cli &cli, const QCommandLineParser &, const QStringList &pos)
{
    qint64 id = 0;
    if (!idAt(pos, 2, id))
        return cli.usage(Cli::tr("duplicates undo needs the merge's ID (see duplicates history)."));
    if (Status s = CustomerMerge::undo(cli.session(), id); !s)
        return cli.fail(s.error());
    cli.out << Cli::tr("Merge %1 undone.").arg(id) << '\n';
    return Ok;
}
} // namespace

int runDuplicates(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("duplicates"), Cli::tr("list, merge, history or undo"));
    if (!cli.parse(p, args, Cli::tr(help),
                   {{QStringLiteral("min-score"), Cli::tr("Only groups scoring at least N (0-100)."),
                     QStringLiteral("N"), QStringLiteral("0")}}))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    if (!cli.open())
        return DataError;
    static const QHash<QString, int (*)(Cli &, const QCommandLineParser &, const QStringList &)> actions = {
        {QStringLiteral("list"), listGroups}, {QStringLiteral("merge"), mergeTwo},
        {QStringLiteral("history"), mergeHistory}, {QStringLiteral("undo"), undoMerge}};
    if (const auto run = actions.value(action))
        return run(cli, p, pos);
    return cli.usage(Cli::tr("duplicates takes list, merge, history or undo, not “%1”.").arg(action));
}

} // namespace guanxi::cli
