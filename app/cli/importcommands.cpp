// guanxi-cli import customers|leads|orders FILE, import list, import revert ID.
#include "cli.h"
#include "commandargs.h"

#include "exchange/customerfields.h"
#include "exchange/importsource.h"
#include "exchange/orderimport.h"
#include "formats/textencoding.h"
#include "exchange/customerimport.h"
#include "exchange/importrevert.h"
#include "exchange/leadimport.h"
#include "text/phone.h"
#include "customers/customfieldstore.h"
#include "exchange/importstore.h"

#include <QDir>
#include <QLocale>

namespace guanxi::cli {

namespace {

// A cell's value, or a reason that quotes it, in a problem line:
// terminal-safe, and cut short (a hostile file's megabyte cell is not worth
// a screenful).
QString shownValue(const QString &value, qsizetype most = 200)
{
    const QString safe = terminalSafe(value.size() > most ? value.left(most) : value, false);
    return value.size() > most ? safe + QStringLiteral("… (%1 characters)").arg(value.size()) : safe;
}
const char *help = QT_TRANSLATE_NOOP("Cli", R"(Imports customers, leads and orders from CSV/TSV, XLSX or vCard.

  import customers FILE [options]      Format, encoding and columns are detected.
  import leads FILE [options]          The same for leads (create only; a lead
                                       whose phone or e-mail is known is skipped).
  import orders FILE [options]         Orders: number, customer (id, phone, e-mail
                                       or exact name, or the customer's phone and
                                       e-mail columns), date, amount, status.
                                       --create-customers adds unknown names.
  import list                          Earlier imports, newest first.
  import revert ID                     Undo a whole import: created customers go
                                       to the trash, updated ones get their old
                                       values back; imported leads not
                                       converted since are disqualified;
                                       imported orders are cancelled.

Columns are guessed from English and Chinese headers; --show-mapping prints
the guess, --map changes it, --save-profile NAME keeps it and --profile NAME
uses it again (for each kind of record its own saved mappings, shared with
the import wizard).

The import is one transaction: when any row is invalid nothing is written and
every problem is listed on stderr with its line and column (exit 2), unless
--skip-invalid is given.)");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The order statuses' codes, for --status.
QString statusCodes()
{
    QStringList codes;
    for (OrderStatus s : Orders::statuses())
        codes << Orders::statusCode(s);
    return codes.join(QStringLiteral(", "));
}

void showMapping(Cli &cli, const QStringList &header, const QStringList &mapping)
{
    for (int i = 0; i < header.size(); ++i)
        cli.err << (i + 1) << ". " << header.at(i) << " -> "
                << (mapping.value(i).isEmpty() ? Cli::tr("(ignored)") : mapping.value(i)) << '\n';
}

// "--map 'Mobile=phone,3=email'": by header text or 1-based column number.
bool applyMap(Cli &cli, const QString &spec, const QStringList &header, QStringList &mapping)
{
    for (const QString &pair : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        if (eq <= 0) {
            cli.usage(Cli::tr("--map wants COLUMN=FIELD pairs, not “%1”.").arg(pair));
            return false;
        }
        const QString column = pair.left(eq).trimmed();
        const QString field = pair.mid(eq + 1).trimmed();
        bool isNumber = false;
        int index = column.toInt(&isNumber) - 1;
        if (!isNumber)
            index = int(header.indexOf(column));
        if (index < 0 || index >= header.size()) {
            cli.usage(Cli::tr("--map: the file has no column “%1”. Its columns are: %2.")
                          .arg(column, header.join(QStringLiteral(", "))));
            return false;
        }
        mapping[index] = field == u"ignore" ? QString() : field;
    }
    return true;
}

void printProblems(Cli &cli, const QString &file, const ImportReport &r)
{
    for (const ImportProblem &p : r.problems) {
        cli.err << "guanxi-cli: " << native(file) << ':' << p.line << ": ";
        if (p.column.isEmpty())
            cli.err << Cli::tr("record %1").arg(p.record);
        else
            cli.err << Cli::tr("record %1, column “%2” “%3\"")
                           .arg(p.record)
                           .arg(terminalSafe(p.column, false), shownValue(p.value));
        cli.err << ": " << shownValue(p.reason, 400) << '\n';
    }
    if (r.problemCount > r.problems.size())
        cli.err << "guanxi-cli: " << Cli::tr("... and %1 more problems.").arg(r.problemCount - r.problems.size())
                << '\n';
}

// The rows refused, or (with skipInvalid) left out, and what reading the
// file passed over; a Stop when the import was refused.
Stop printProblemsAndNotes(Cli &cli, const QString &file, const ImportReport &r, bool skipInvalid)
{
    if (r.rejected > 0 && !skipInvalid) {
        printProblems(cli, file, r);
        cli.err << "guanxi-cli: "
                << Cli::tr("%n of %1 row(s) are invalid; nothing was imported. Fix them, or use --skip-invalid "
                           "--rejects FILE to import the valid rows.", nullptr, int(r.rejected))
                       .arg(r.rowsRead)
                << '\n';
        return DataError;
    }
    if (r.rejected > 0)
        printProblems(cli, file, r);
    for (const QString &note : r.notes)
        cli.err << "guanxi-cli: " << native(file) << ": " << note << '\n';
    // Values kept although something is wrong with them (a phone number that
    // could not be verified): their rows were imported.
    for (const ImportProblem &w : r.warnings)
        cli.err << "guanxi-cli: " << native(file) << ':' << w.line << ": "
                << Cli::tr("record %1, column “%2”: %3")
                       .arg(w.record)
                       .arg(terminalSafe(w.column, false), shownValue(w.reason, 400))
                << '\n';
    if (r.warningCount > r.warnings.size())
        cli.err << "guanxi-cli: "
                << Cli::tr("... and %n more values kept that need checking.", nullptr,
                           int(r.warningCount - r.warnings.size()))
                << '\n';
    return {};
}

// Runs an order import and says what it did: the problems, or the rows read,
// orders imported and customers created.
int runOrderImport(Cli &cli, ImportSource &src, const OrderImportOptions &options)
{
    auto report = OrderImport(cli.session(), src, options).run();
    if (!report)
        return cli.fail(report.error());
    const ImportReport &r = *report;
    if (r.rowsRead == 0)
        return cli.fail(Error{OrderImport::tr("“%1” has no orders below its header.").arg(native(src.path())), {}, {}});
    if (auto stop = printProblemsAndNotes(cli, src.path(), r, options.skipInvalid))
        return *stop;
    Table t{{QStringLiteral("rows"), QStringLiteral("imported"), QStringLiteral("customers_created"),
             QStringLiteral("rejected"), QStringLiteral("encoding"), QStringLiteral("import"), QStringLiteral("dry_run")},
            {Cli::tr("Rows"), Cli::tr("Imported"), Cli::tr("Customers created"), Cli::tr("Rejected"),
             Cli::tr("Encoding"), Cli::tr("Import"), Cli::tr("Dry run")},
            {{QString::number(r.rowsRead), QString::number(r.created), QString::number(r.customersCreated),
              QString::number(r.rejected), r.encoding, r.batchId ? QString::number(r.batchId) : QString(),
              r.dryRun ? QStringLiteral("yes") : QStringLiteral("no")}}};
    print(cli.out, t, cli.format);
    return Ok;
}

int printReport(Cli &cli, const QString &file, const ImportReport &r, bool skipInvalid, bool leads = false)
{
    if (auto stop = printProblemsAndNotes(cli, file, r, skipInvalid))
        return *stop;
    for (qsizetype i = 0; i < std::min<qsizetype>(r.duplicates.size(), 20); ++i) {
        const ImportDuplicate &d = r.duplicates.at(i);
        cli.err << "guanxi-cli: " << native(file) << ':' << d.line << ": "
                << (leads ? Cli::tr("skipped, same %1 as lead %2") : Cli::tr("skipped, same %1 as customer %2"))
                       .arg(d.key)
                       .arg(d.existingId);
        if (d.earlierRecord)
            cli.err << ' ' << Cli::tr("(record %1 of this file)").arg(d.earlierRecord);
        cli.err << '\n';
    }
    if (r.skipped > 20)
        cli.err << "guanxi-cli: " << Cli::tr("... and %1 more duplicates skipped.").arg(r.skipped - 20) << '\n';
    Table t{{QStringLiteral("rows"), QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("skipped"),
             QStringLiteral("rejected"), QStringLiteral("companies_created"), QStringLiteral("format"),
             QStringLiteral("encoding"), QStringLiteral("import"), QStringLiteral("dry_run")},
            {Cli::tr("Rows"), Cli::tr("Created"), Cli::tr("Updated"), Cli::tr("Skipped"),
             Cli::tr("Rejected"), Cli::tr("Companies created"), Cli::tr("Format"),
             Cli::tr("Encoding"), Cli::tr("Import"), Cli::tr("Dry run")},
            {{QString::number(r.rowsRead), QString::number(r.created), QString::number(r.updated),
              QString::number(r.skipped), QString::number(r.rejected), QString::number(r.companiesCreated), r.format,
              r.encoding, r.batchId ? QString::number(r.batchId) : QString(),
              r.dryRun ? QStringLiteral("yes") : QStringLiteral("no")}}};
    print(cli.out, t, cli.format);
    return Ok;
}

// Opens FILE with --encoding and --sheet; a Stop when it cannot.
Stop openSource(Cli &cli, const QCommandLineParser &p, const QString &file, std::unique_ptr<ImportSource> &out)
{
    ImportSourceOptions sourceOptions;
    sourceOptions.encoding = p.value(QStringLiteral("encoding")).toLatin1();
    if (!sourceOptions.encoding.isEmpty() && !TextDecoder(sourceOptions.encoding).isValid())
        return cli.usage(Cli::tr("unknown encoding “%1”; use one of %2.")
                             .arg(QString::fromLatin1(sourceOptions.encoding),
                                  QString::fromLatin1(TextEncoding::supported().join(", "))));
    sourceOptions.sheet = p.value(QStringLiteral("sheet")).toInt() - 1;
    if (p.isSet(QStringLiteral("sheet")) && sourceOptions.sheet < 0)
        return cli.usage(Cli::tr("--sheet wants a sheet number from 1."));
    if (!p.isSet(QStringLiteral("sheet")))
        sourceOptions.sheet = 0;
    auto source = ImportSource::open(file, sourceOptions);
    if (!source)
        return cli.fail(source.error());
    out = std::move(source).value();
    return {};
}

// The mapping over the guess: a saved one (--profile), then --map; kept
// under a name with --save-profile, printed with --show-mapping. The same for
// customers, leads and orders (entity: how saved mappings are filed).
Stop resolveMapping(Cli &cli, const QCommandLineParser &p, const QString &entity, const QStringList &header,
                    QStringList &mapping)
{
    ImportStore imports(cli.session());
    if (p.isSet(QStringLiteral("profile"))) {
        auto profiles = imports.profiles(entity);
        if (!profiles)
            return cli.fail(profiles.error());
        const QString name = p.value(QStringLiteral("profile"));
        auto it = std::find_if(profiles->begin(), profiles->end(), [&](const ImportProfile &pr) { return pr.name == name; });
        if (it == profiles->end()) {
            QStringList names;
            for (const ImportProfile &pr : *profiles)
                names << pr.name;
            return cli.usage(names.isEmpty() ? Cli::tr("there is no saved mapping “%1”.").arg(name)
                                             : Cli::tr("there is no saved mapping “%1”; the saved ones are: %2.")
                                                   .arg(name, names.join(QStringLiteral(", "))));
        }
        for (int i = 0; i < header.size(); ++i)
            if (it->mapping.contains(header.at(i)))
                mapping[i] = it->mapping.value(header.at(i));
    }
    if (p.isSet(QStringLiteral("map")) && !applyMap(cli, p.value(QStringLiteral("map")), header, mapping))
        return Usage;
    if (p.isSet(QStringLiteral("save-profile"))) {
        QMap<QString, QString> saved;
        for (int i = 0; i < header.size(); ++i)
            saved.insert(header.at(i), mapping.value(i));
        if (Status s = imports.saveProfile(entity, p.value(QStringLiteral("save-profile")), saved); !s)
            return cli.fail(s.error());
    }
    if (p.isSet(QStringLiteral("show-mapping")))
        showMapping(cli, header, mapping);
    return {};
}

// --region, --dry-run, --skip-invalid and --rejects, the same for every import.
struct RunOptions {
    QString region;
    bool dryRun = false;
    bool skipInvalid = false;
    QString rejectsPath;

    // Into the import's own options (customers', leads' or orders').
    template <typename Options>
    void fill(Options &o) const
    {
        o.region = region;
        o.dryRun = dryRun;
        o.skipInvalid = skipInvalid;
        o.rejectsPath = rejectsPath;
    }
};

// --region is a region libphonenumber knows, upper case; empty when not
// given (the session's).
Stop readRunOptions(Cli &cli, const QCommandLineParser &p, RunOptions &o)
{
    if (p.isSet(QStringLiteral("region"))) {
        o.region = p.value(QStringLiteral("region")).trimmed().toUpper();
        if (!PhoneNumber::regions().contains(o.region))
            return cli.usage(Cli::tr("--region: “%1” is no region code; use a two-letter code such as CN, HK, TW, US "
                                     "or GB.")
                                 .arg(p.value(QStringLiteral("region"))));
    }
    o.dryRun = p.isSet(QStringLiteral("dry-run"));
    o.skipInvalid = p.isSet(QStringLiteral("skip-invalid"));
    o.rejectsPath = p.value(QStringLiteral("rejects"));
    if (!o.rejectsPath.isEmpty() && !o.skipInvalid)
        return cli.usage(Cli::tr("--rejects goes with --skip-invalid."));
    return {};
}

Stop readCustomerOptions(Cli &cli, const QCommandLineParser &p, CustomerImportOptions &options)
{
    if (p.isSet(QStringLiteral("mode"))) {
        auto mode = CustomerImport::modeFromCode(p.value(QStringLiteral("mode")));
        if (!mode)
            return cli.usage(Cli::tr("--mode is create, update or upsert."));
        options.mode = *mode;
    }
    if (p.isSet(QStringLiteral("match"))) {
        options.keys.clear();
        for (const QString &code : p.value(QStringLiteral("match")).split(u',', Qt::SkipEmptyParts)) {
            auto key = CustomerImport::keyFromCode(code.trimmed());
            if (!key)
                return cli.usage(Cli::tr("--match takes id, phone, email, company, name-company and name, not “%1”.")
                                     .arg(code));
            options.keys << *key;
        }
    }
    return {};
}

int importCustomers(Cli &cli, const QCommandLineParser &p, ImportSource &src, const RunOptions &run)
{
    CustomerImportOptions options;
    if (auto stop = readCustomerOptions(cli, p, options))
        return *stop;
    auto fields = CustomFieldStore(cli.session()).list();
    if (!fields)
        return cli.fail(fields.error());
    options.mapping = CustomerFields::guess(src.header(), *fields);
    if (auto stop = resolveMapping(cli, p, QStringLiteral("customer"), src.header(), options.mapping))
        return *stop;
    run.fill(options);
    auto report = CustomerImport(cli.session(), src, options).run();
    if (!report)
        return cli.fail(report.error());
    return printReport(cli, src.path(), *report, options.skipInvalid);
}

int importLeads(Cli &cli, const QCommandLineParser &p, ImportSource &src, const RunOptions &run)
{
    LeadImportOptions options;
    options.mapping = LeadImport::guess(src.header());
    if (auto stop = resolveMapping(cli, p, QStringLiteral("lead"), src.header(), options.mapping))
        return *stop;
    run.fill(options);
    auto report = LeadImport(cli.session(), src, options).run();
    if (!report)
        return cli.fail(report.error());
    return printReport(cli, src.path(), *report, options.skipInvalid, true);
}

int importOrders(Cli &cli, const QCommandLineParser &p, ImportSource &src, const RunOptions &run)
{
    OrderImportOptions options;
    options.mapping = OrderImport::guess(src.header());
    if (auto stop = resolveMapping(cli, p, QStringLiteral("order"), src.header(), options.mapping))
        return *stop;
    options.createCustomers = p.isSet(QStringLiteral("create-customers"));
    if (p.isSet(QStringLiteral("status"))) {
        const QString code = p.value(QStringLiteral("status")).trimmed().toLower();
        options.defaultStatus = Orders::statusFromCode(code);
        if (!options.defaultStatus)
            return cli.usage(Cli::tr("--status: “%1” is not an order status; use one of: %2.")
                                 .arg(p.value(QStringLiteral("status")), statusCodes()));
    }
    run.fill(options);
    return runOrderImport(cli, src, options);
}

// import customers|leads|orders FILE: the options every kind shares, then its own.
int importFile(Cli &cli, const QCommandLineParser &p, const QString &what, const QString &file)
{
    RunOptions run;
    if (auto stop = readRunOptions(cli, p, run))
        return *stop;
    std::unique_ptr<ImportSource> source;
    if (auto stop = openSource(cli, p, file, source))
        return *stop;
    if (what == u"customers")
        return importCustomers(cli, p, *source, run);
    if (what == u"leads")
        return importLeads(cli, p, *source, run);
    return importOrders(cli, p, *source, run);
}

int listImports(Cli &cli)
{
    auto list = ImportStore(cli.session()).batches();
    if (!list)
        return cli.fail(list.error());
    Table t{{QStringLiteral("id"), QStringLiteral("of"), QStringLiteral("file"), QStringLiteral("imported_at"), QStringLiteral("by"),
             QStringLiteral("mode"), QStringLiteral("rows"), QStringLiteral("created"), QStringLiteral("updated"),
             QStringLiteral("skipped"), QStringLiteral("rejected"), QStringLiteral("reverted_at")},
            {Cli::tr("ID"), Cli::tr("Of"), Cli::tr("File"), Cli::tr("Imported"), Cli::tr("By"),
             Cli::tr("Mode"), Cli::tr("Rows"), Cli::tr("Created"), Cli::tr("Updated"),
             Cli::tr("Skipped"), Cli::tr("Rejected"), Cli::tr("Reverted")},
            {}};
    for (const ImportBatch &b : *list)
        t.rows << QStringList{QString::number(b.id), b.entity, b.fileName,
                              b.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), b.userName,
                              b.mode, QString::number(b.rowsRead), QString::number(b.created),
                              QString::number(b.updated), QString::number(b.skipped), QString::number(b.rejected),
                              b.revertedAt.isValid()
                                  ? b.revertedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QString()};
    print(cli.out, t, cli.format);
    return Ok;
}

int revertImport(Cli &cli, const QStringList &args)
{
    qint64 id = 0;
    if (auto stop = recordId(cli, args, id, Cli::tr("import revert needs the import's ID (see import list).")))
        return *stop;
    auto r = ImportRevert::run(cli.session(), id);
    if (!r)
        return cli.fail(r.error());
    auto batch = ImportStore(cli.session()).batch(id);
    if (batch && batch->entity == u"lead")
        cli.out << Cli::tr("Import %1 reverted: %2 imported leads disqualified.").arg(id).arg(r->trashed) << '\n';
    else if (batch && batch->entity == u"order")
        cli.out << Cli::tr("Import %1 reverted. Orders cancelled: %2. Orders kept because money was received or "
                           "written off since: %3.")
                       .arg(id)
                       .arg(r->trashed)
                       .arg(r->keptPaid)
                << '\n';
    else if (r->keptMerged)
        cli.out << Cli::tr("Import %1 reverted: %2 created customers moved to the trash, %3 updated customers "
                           "restored; %4 created customers kept because others were merged into them.")
                       .arg(id)
                       .arg(r->trashed)
                       .arg(r->restored)
                       .arg(r->keptMerged)
                << '\n';
    else
        cli.out << Cli::tr("Import %1 reverted: %2 created customers moved to the trash, %3 updated customers "
                           "restored.")
                       .arg(id)
                       .arg(r->trashed)
                       .arg(r->restored)
                << '\n';
    return Ok;
}

} // namespace

int importOrderFile(Cli &cli, const QString &file, bool createCustomers, bool dryRun, const QStringList &mapping,
                    std::optional<OrderStatus> defaultStatus)
{
    auto source = ImportSource::open(file);
    if (!source)
        return cli.fail(source.error());
    OrderImportOptions options;
    options.createCustomers = createCustomers;
    options.dryRun = dryRun;
    options.mapping = mapping;
    options.defaultStatus = defaultStatus;
    return runOrderImport(cli, **source, options);
}

int runImport(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("import"), Cli::tr("customers, leads, orders, list or revert"));
    if (!cli.parse(p, args, Cli::tr(help), {
        {QStringLiteral("encoding"), Cli::tr("Text encoding of a CSV file (default: detected): UTF-8, UTF-16LE, "
                                                    "UTF-16BE, GB18030, Big5, Shift_JIS, windows-1252."),
         QStringLiteral("NAME")},
        {QStringLiteral("sheet"), Cli::tr("Which sheet of an XLSX workbook, from 1 (default 1)."), QStringLiteral("N")},
        {QStringLiteral("map"), Cli::tr("Column mapping over the guess: HEADER=FIELD or NUMBER=FIELD, comma "
                                               "separated; FIELD is name, given_name, family_name, kind, company, "
                                               "job_title, phone, email, province, city, address, industry, source, "
                                               "stage, owner, tags, notes, birthday, next_follow_up, id, custom:ID or "
                                               "ignore. Leads take name, company, job_title, phone, email, "
                                               "province, city, industry, source, campaign, product, owner and "
                                               "notes; orders take number, customer, customer_phone, "
                                               "customer_email, date, amount, status and currency."),
         QStringLiteral("PAIRS")},
        {QStringLiteral("profile"), Cli::tr("Use a column mapping saved for this kind of record (here or in the "
                                            "import wizard); --map goes over it."),
         QStringLiteral("NAME")},
        {QStringLiteral("save-profile"), Cli::tr("Save the mapping used under this name, for --profile and the "
                                                 "import wizard."),
         QStringLiteral("NAME")},
        {QStringLiteral("region"), Cli::tr("Country or region of phone numbers written without + or 00, as a "
                                           "two-letter code: CN, HK, TW, US, GB... (default: the one in Settings)."),
         QStringLiteral("CC")},
        {QStringLiteral("show-mapping"), Cli::tr("Print which column goes to which field (stderr).")},
        {QStringLiteral("mode"), Cli::tr("create (default), update or upsert."), QStringLiteral("MODE")},
        {QStringLiteral("match"), Cli::tr("Fields that identify a customer, in order (default "
                                                 "phone,email,company,name-company); also id, name."),
         QStringLiteral("KEYS")},
        {QStringLiteral("dry-run"), Cli::tr("Check everything and report; write nothing.")},
        {QStringLiteral("skip-invalid"), Cli::tr("Import the valid rows and report the others.")},
        {QStringLiteral("rejects"), Cli::tr("With --skip-invalid: write the rejected rows and why to this "
                                                   ".csv or .xlsx file."),
         QStringLiteral("FILE")},
        {QStringLiteral("create-customers"), Cli::tr("Orders: create customers the file names but the database "
                                                            "does not have.")},
        {QStringLiteral("status"), Cli::tr("Orders: the status of orders the file gives none (it has no status "
                                           "column, or the cell is empty): %1. A paid order is recorded as settled.")
                                       .arg(statusCodes()),
         QStringLiteral("CODE")},
        }))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString what = pos.value(1);
    if (what.isEmpty())
        return cli.usage(Cli::tr("import needs customers, leads, orders, list or revert."));
    const bool importing = what == u"customers" || what == u"leads" || what == u"orders";
    if (!cli.open())
        return DataError;
    if (importing) {
        const QString file = pos.value(2);
        if (file.isEmpty())
            return cli.usage(Cli::tr("import %1 needs the file to import.").arg(what));
        return importFile(cli, p, what, file);
    }
    if (what == u"list")
        return listImports(cli);
    if (what == u"revert")
        return revertImport(cli, pos.mid(2));
    return cli.usage(Cli::tr("import needs customers, leads, orders, list or revert, not “%1”.").arg(what));
}

} // namespace guanxi::cli
