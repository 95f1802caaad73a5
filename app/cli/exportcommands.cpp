// guanxi-cli export customers.
#include "cli.h"
#include "commandargs.h"

#include "exchange/customerexport.h"
#include "customers/customerliststore.h"

#include <QDir>
#include <QFileInfo>

namespace guanxi::cli {

namespace {

// The customers the filters match (none: an error, nothing is written).
Stop matchingIds(Cli &cli, const CustomerListQuery &query, QList<qint64> &ids)
{
    CustomerListStore list(cli.session());
    auto count = list.count(query);
    if (!count)
        return cli.fail(count.error());
    if (*count == 0) {
        cli.err << "guanxi-cli: " << Cli::tr("no customer matches the filters; nothing was written.") << '\n';
        return DataError;
    }
    auto rows = list.page(query, 0, int(*count));
    if (!rows)
        return cli.fail(rows.error());
    for (const CustomerListRow &r : *rows)
        ids << r.id;
    return {};
}

} // namespace

int runExport(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("export"), Cli::tr("customers"));
    if (!cli.parse(p, args, Cli::tr(
            "Exports customers: all of them, or those matching the filters.\n\n"
            "  export customers -o FILE [--as csv|xlsx|vcf|vcf4] [--search TEXT] [--stage STAGE] [--tag TAG] [--city CITY]\n\n"
            "CSV is UTF-8 with a BOM (Excel opens Chinese correctly); cells starting with = + - @ are neutralised.\n"
            "The format follows the file name (.csv, .xlsx, .vcf) unless --as says otherwise. CSV and XLSX import back\n"
            "unchanged with: import customers FILE."),
                   {
                       {{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The file to write."), QStringLiteral("FILE")},
                       {QStringLiteral("as"), Cli::tr("csv, xlsx, vcf (vCard 3.0) or vcf4 (vCard 4.0)."), QStringLiteral("FORMAT")},
                       {QStringLiteral("search"), Cli::tr("Only customers matching this search."), QStringLiteral("TEXT")},
                       {QStringLiteral("stage"), Cli::tr("Only this stage: lead, prospect, customer, loyal, churned."),
                        QStringLiteral("STAGE")},
                       {QStringLiteral("tag"), Cli::tr("Only customers with this tag."), QStringLiteral("TAG")},
                       {QStringLiteral("city"), Cli::tr("Only customers in this city."), QStringLiteral("CITY")},
                   }))
        return Usage;
    if (p.positionalArguments().value(1) != u"customers")
        return cli.usage(Cli::tr("export takes customers."));
    const QString path = p.value(QStringLiteral("output"));
    if (path.isEmpty())
        return cli.usage(Cli::tr("export customers needs -o FILE."));
    std::optional<ExportFormat> format = CustomerExport::formatFor(path);
    if (p.isSet(QStringLiteral("as"))) {
        const QString as = p.value(QStringLiteral("as"));
        format = as == u"csv"    ? std::optional(ExportFormat::Csv)
                 : as == u"xlsx" ? std::optional(ExportFormat::Xlsx)
                 : as == u"vcf"  ? std::optional(ExportFormat::VCard30)
                 : as == u"vcf4" ? std::optional(ExportFormat::VCard40)
                                 : std::nullopt;
        if (!format)
            return cli.usage(Cli::tr("--as takes csv, xlsx, vcf or vcf4."));
    }
    if (!format)
        return cli.usage(Cli::tr("cannot tell the format from “%1”; name it .csv, .xlsx or .vcf, or use --as.")
                             .arg(QFileInfo(path).fileName()));
    if (!cli.open())
        return DataError;
    CustomerListQuery query;
    query.search = p.value(QStringLiteral("search"));
    query.tag = p.value(QStringLiteral("tag"));
    query.city = p.value(QStringLiteral("city"));
    if (p.isSet(QStringLiteral("stage"))) {
        query.stage = Customers::stageFromCode(p.value(QStringLiteral("stage")));
        if (!query.stage)
            return cli.usage(Cli::tr("--stage is lead, prospect, customer, loyal or churned."));
    }
    QList<qint64> ids;
    const bool filtered = !query.search.isEmpty() || !query.tag.isEmpty() || !query.city.isEmpty() || query.stage;
    if (filtered)
        if (auto stop = matchingIds(cli, query, ids))
            return *stop;
    auto written = CustomerExport::write(cli.session(), ids, path, *format);
    if (!written)
        return cli.fail(written.error());
    cli.out << Cli::tr("%n customers written to %1", nullptr, int(*written))
                   .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            << '\n';
    return Ok;
}

} // namespace guanxi::cli
