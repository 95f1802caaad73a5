// guanxi-bench-import: the import engine on a large file.
//   guanxi-bench-import [--rows N] [--quick] [--dir DIR] [--keep] [--reuse]
// Generates a customer CSV (deterministic: Chinese and English people, +86
// mobiles in mixed formats, e-mails, 20,000 companies, cities, tags, 1 %
// duplicate phones; customercsv.h), then prints:
//  - CustomerImport (create mode, default keys) of N rows (default 1,000,000)
//    and of a smaller file (default 100,000) into fresh files: wall time,
//    rows/s, created/skipped against the counts the generator expects, and
//    the peak resident memory during each import;
//  - the sqlite3 shell's `.import --csv` of the same files into a bare table,
//    and the ratio;
//  - where an import's time goes, phase by phase, on a third file (default
//    50,000 rows; importphases.h);
//  - XLSX export of 100,000 customers and its import back; CSV exports of
//    100,000 customers and of all (up to N) in the big file.
// Every time is wall time plus the process's CPU time: on a shared machine
// the CPU time moves less when others are busy. Generation is never inside
// a timed figure. Run it with `nice`; --quick uses 100,000 / 10,000 / 10,000
// rows; --reuse --dir DIR keeps the generated files between runs.
#include "appinfo.h"
#include "benchmeasure.h"
#include "customercsv.h"
#include "importphases.h"
#include "importruns.h"
#include "exchange/customerfields.h"
#include "exchange/importsource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

using namespace guanxi;
using namespace guanxi::bench;

namespace {

// What the command line asks for.
struct Settings {
    qint64 bigRows = 0, smallRows = 0, profileRows = 0;
    int cacheMb = 0;
    QString shell;
    QStringList skip;
    bool onlyImport = false, keep = false, reuse = false;
    QString dir;   // empty: a temporary folder

    bool wanted(const char *step) const { return !onlyImport && !skip.contains(QString::fromLatin1(step)); }
};

std::optional<Settings> parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures importing and exporting customers on large files."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows of the big import (default 1000000)."),
                                        QStringLiteral("N"));
    const QCommandLineOption smallOption(
        QStringLiteral("small"),
        QStringLiteral("Rows of the small import, the XLSX round trip and the small "
                       "CSV export (default 100000)."),
        QStringLiteral("N"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile-rows"),
        QStringLiteral("Rows of the phase breakdown; 0 skips it (default 50000)."),
        QStringLiteral("N"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Smaller files: 100,000 / 10,000 / 10,000 rows."));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Where to put the files (default: a temporary folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the files."));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"), QStringLiteral("Reuse CSV files an earlier run left in --dir."));
    const QCommandLineOption onlyImportOption(
        QStringLiteral("only-import"),
        QStringLiteral("Only generate and import the big file (for a profiler)."));
    const QCommandLineOption skipOption(
        QStringLiteral("skip"),
        QStringLiteral("Steps to leave out, comma-separated: small, sqlite, profile, "
                       "xlsx, csv."),
        QStringLiteral("steps"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-mb"),
        QStringLiteral("Experiment: PRAGMA cache_size for the import connections, in "
                       "MB (default: the file's own setting)."),
        QStringLiteral("MB"));
    const QCommandLineOption shellOption(QStringLiteral("sqlite3"),
                                         QStringLiteral("The sqlite3 shell (default sqlite3)."),
                                         QStringLiteral("path"), QStringLiteral("sqlite3"));
    parser.addOptions({rowsOption, smallOption, profileOption, quickOption, dirOption, keepOption,
                       reuseOption, onlyImportOption, skipOption, cacheOption, shellOption});
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    auto number = [&](const QCommandLineOption &o, qint64 full, qint64 quickValue) {
        return parser.isSet(o) ? parser.value(o).toLongLong() : (quick ? quickValue : full);
    };
    Settings s;
    s.bigRows = number(rowsOption, 1000000, 100000);
    s.smallRows = number(smallOption, 100000, 10000);
    s.profileRows = number(profileOption, 50000, 10000);
    s.cacheMb = parser.value(cacheOption).toInt();
    s.shell = parser.value(shellOption);
    s.skip = parser.value(skipOption).split(u',', Qt::SkipEmptyParts);
    s.onlyImport = parser.isSet(onlyImportOption);
    s.keep = parser.isSet(keepOption);
    s.reuse = parser.isSet(reuseOption);
    if (parser.isSet(dirOption))
        s.dir = QFileInfo(parser.value(dirOption)).absoluteFilePath();
    if (s.bigRows <= 0 || s.bigRows >= 10000000 || s.smallRows < 0 || s.profileRows < 0) {
        std::fprintf(stderr, "guanxi-bench-import: --rows must be 1 to 9,999,999\n");
        return std::nullopt;
    }
    return s;
}

// The figures as they come, and as a Markdown table at the end.
class Figures {
public:
    void add(const QString &what, const QString &value, const QString &note = {})
    {
        m_rows << Row{what, value, note};
        std::printf("  %-52s %-18s %s\n", qPrintable(what), qPrintable(value), qPrintable(note));
        std::fflush(stdout);
    }
    void printTable() const
    {
        std::printf("\n| measurement | figure | note |\n|---|---|---|\n");
        for (const Row &f : m_rows)
            std::printf("| %s | %s | %s |\n", qPrintable(f.what.trimmed()), qPrintable(f.value),
                        qPrintable(f.note));
    }

private:
    struct Row {
        QString what;
        QString value;
        QString note;
    };
    QList<Row> m_rows;
};

// One run of the benchmark: the files it makes, and what it measured.
class Bench {
public:
    Bench(const Settings &s, const QString &dir) : m_s(s), m_dir(dir), m_rows(m_pool) {}

    QString file(const QString &name) const { return m_dir + u'/' + name; }
    bool generateFiles();
    bool importFiles();
    void compareWithShell();
    void profile();
    void exportXlsx();
    void exportCsv();
    void printTable() const { m_figures.printTable(); }

private:
    bool generateFile(qint64 rows, Generated &out);
    void importFigures(const QString &label, const ImportRun &run, const Expectation *expected);
    qint64 exportSmall() const
    {
        return m_s.smallRows > 0 ? m_s.smallRows : std::min<qint64>(m_s.bigRows, 100000);
    }

    const Settings &m_s;
    const QString m_dir;
    CompanyPool m_pool;
    CustomerRows m_rows;
    Generated m_big, m_small, m_prof;
    ImportRun m_bigRun, m_smallRun;
    Figures m_figures;
};

bool Bench::generateFile(qint64 rows, Generated &out)
{
    return writeCustomerCsv(m_rows, rows, file(QStringLiteral("customers-%1.csv").arg(rows)), m_s.reuse, out);
}

// 1. The files. Never timed with anything else.
bool Bench::generateFiles()
{
    m_pool.build(20000);
    std::printf("generating (not part of any figure): %s companies in the pool\n",
                qPrintable(grouped(m_pool.names.size())));
    if (!generateFile(m_s.bigRows, m_big))
        return false;
    const Expectation &e = m_big.expect;
    std::printf(
        "  %s rows, %.0f MB, %.1f s; expected: %s created + %s companies, %s skipped (phone %s, "
        "e-mail %s, "
        "company %s, name+company %s)\n",
        qPrintable(grouped(m_s.bigRows)), double(m_big.bytes) / 1e6, m_big.seconds,
        qPrintable(grouped(e.created)), qPrintable(grouped(e.companiesCreated)),
        qPrintable(grouped(e.skipped())), qPrintable(grouped(e.dupPhone)),
        qPrintable(grouped(e.dupEmail)), qPrintable(grouped(e.dupCompany)),
        qPrintable(grouped(e.dupNameCompany)));
    if (m_s.wanted("small") && m_s.smallRows > 0 && !generateFile(m_s.smallRows, m_small))
        return false;
    if (m_s.wanted("profile") && m_s.profileRows > 0 && !generateFile(m_s.profileRows, m_prof))
        return false;
    auto source = ImportSource::open(m_big.path);
    if (!source)
        return false;
    const QStringList mapping = CustomerFields::guess((*source)->header(), {});
    QStringList shown;
    for (int i = 0; i < mapping.size(); ++i)
        shown << (*source)->header().value(i) + u'=' +
                     (mapping.at(i).isEmpty() ? QStringLiteral("(ignored)") : mapping.at(i));
    std::printf("  columns: %s\n\n", qPrintable(shown.join(QStringLiteral(", "))));
    if (mapping.contains(QString()))
        std::printf("  warning: a column is not mapped\n");
    std::fflush(stdout);
    return true;
}

void Bench::importFigures(const QString &label, const ImportRun &run, const Expectation *expected)
{
    const ImportReport &r = run.report;
    m_figures.add(label, wallCpu(run.seconds, run.cpu), rate(expected ? expected->rows : r.rowsRead, run.seconds));
    QString check;
    if (expected) {
        const Expectation &e = *expected;
        const bool same = r.created == e.created && r.companiesCreated == e.companiesCreated &&
                          r.skipped == e.skipped() && r.rejected == 0;
        check = same ? QStringLiteral("as the generator expects")
                     : QStringLiteral("generator expected %1 / %2 / %3")
                           .arg(grouped(e.created), grouped(e.companiesCreated), grouped(e.skipped()));
    }
    m_figures.add(QStringLiteral("  created / companies / skipped / rejected"),
                  QStringLiteral("%1 / %2 / %3 / %4")
                      .arg(grouped(r.created), grouped(r.companiesCreated), grouped(r.skipped),
                           grouped(r.rejected)),
                  check);
    const QString peak = QStringLiteral("%1 → %2").arg(mb(run.baseKb), mb(run.peakKb));
    if (!expected) {
        m_figures.add(QStringLiteral("  peak resident memory (before → peak)"), peak);
        return;
    }
    m_figures.add(QStringLiteral("  peak resident memory (before → peak)"), peak,
                  QStringLiteral("file %1 MB%2")
                      .arg(double(run.fileBytes) / 1e6, 0, 'f', 0)
                      .arg(run.peakFromHwm ? QString() : QStringLiteral(", RSS sampled every 20 ms")));
}

// 2. Imports: the small one first so its memory peak is not the big one's.
bool Bench::importFiles()
{
    std::printf("CustomerImport, create mode, keys phone, e-mail, company, name+company:\n");
    if (m_s.wanted("small") && m_s.smallRows > 0) {
        m_smallRun = runImport(m_small.path, file(QStringLiteral("small.guanxi")), m_s.cacheMb, "small");
        if (!m_smallRun.ok)
            return false;
        importFigures(QStringLiteral("import %1 rows (CSV)").arg(grouped(m_s.smallRows)), m_smallRun,
                      &m_small.expect);
    }
    m_bigRun = runImport(m_big.path, file(QStringLiteral("big.guanxi")), m_s.cacheMb, "big");
    if (!m_bigRun.ok)
        return false;
    importFigures(QStringLiteral("import %1 rows (CSV)").arg(grouped(m_s.bigRows)), m_bigRun, &m_big.expect);
    return true;
}

// 3. The sqlite3 shell on the same files.
void Bench::compareWithShell()
{
    std::printf("\nsqlite3 shell, .mode csv + .import into a bare table:\n");
    for (const auto &[made, run] : {std::pair{&m_small, &m_smallRun}, std::pair{&m_big, &m_bigRun}}) {
        if (made->path.isEmpty() || !run->ok)
            continue;
        const ShellRun s = sqliteImport(m_s.shell, made->path, file(QStringLiteral("shell.db")));
        if (!s.ok)
            continue;
        const qint64 rows = made->expect.rows;
        m_figures.add(QStringLiteral("sqlite3 .import %1 rows").arg(grouped(rows)), wallCpu(s.seconds, s.cpu),
                      QStringLiteral("%1 rows in t; %2").arg(grouped(s.rows), rate(rows, s.seconds)));
        m_figures.add(QStringLiteral("  ratio CustomerImport / sqlite3 .import"),
                      QStringLiteral("%1×").arg(run->seconds / s.seconds, 0, 'f', 0),
                      QStringLiteral("cpu %1×; target ≤ 3×").arg(run->cpu / std::max(1e-9, s.cpu), 0, 'f', 0));
        removeDb(file(QStringLiteral("shell.db")));
    }
}

// 4. Where the time goes.
void Bench::profile()
{
    std::printf("\nwhere an import's time goes, %s rows (each phase on its own; see the notes):\n",
                qPrintable(grouped(m_s.profileRows)));
    std::fflush(stdout);
    const QList<Phase> phases = importPhases(m_prof.path, m_dir, m_s.profileRows);
    auto perRow = [&](double seconds) {
        return QStringLiteral("%1 µs/row cpu").arg(seconds * 1e6 / double(m_s.profileRows), 0, 'f', 0);
    };
    for (const Phase &p : phases)
        m_figures.add(p.name, wallCpu(p.seconds, p.cpu),
                      perRow(p.cpu) + (p.note.isEmpty() ? QString() : QStringLiteral("; ") + p.note));
    for (const Phase &p : derivedPhases(phases))
        m_figures.add(p.name, QStringLiteral("%1 s cpu").arg(p.cpu, 0, 'f', 2),
                      perRow(p.cpu) + QStringLiteral("; ") + p.note);
}

// 5. XLSX: export, then import the export into a fresh file.
void Bench::exportXlsx()
{
    std::printf("\nXLSX:\n");
    const QString xlsx = file(QStringLiteral("export-%1.xlsx").arg(exportSmall()));
    const ExportRun e = runExport(file(QStringLiteral("big.guanxi")), exportSmall(), xlsx, ExportFormat::Xlsx);
    if (!e.ok)
        return;
    m_figures.add(QStringLiteral("export %1 customers to XLSX").arg(grouped(e.written)), wallCpu(e.seconds, e.cpu),
                  QStringLiteral("%1 MB, %2, peak memory %3")
                      .arg(double(e.bytes) / 1e6, 0, 'f', 1)
                      .arg(rate(e.written, e.seconds), mb(e.peakKb)));
    const ImportRun back = runImport(xlsx, file(QStringLiteral("xlsx.guanxi")), m_s.cacheMb, "xlsx");
    if (back.ok)
        importFigures(QStringLiteral("import that XLSX into a new file"), back, nullptr);
    removeDb(file(QStringLiteral("xlsx.guanxi")));
}

// 6. CSV exports.
void Bench::exportCsv()
{
    std::printf("\nCSV export:\n");
    QList<qint64> counts = {exportSmall()};
    if (m_s.bigRows > exportSmall())
        counts << m_s.bigRows;
    for (qint64 n : counts) {
        const QString csv = file(QStringLiteral("export-%1.csv").arg(n));
        const ExportRun e = runExport(file(QStringLiteral("big.guanxi")), n, csv, ExportFormat::Csv);
        if (e.ok)
            m_figures.add(QStringLiteral("export %1 customers to CSV").arg(grouped(e.written)),
                          wallCpu(e.seconds, e.cpu),
                          QStringLiteral("%1 MB, %2, peak memory %3")
                              .arg(double(e.bytes) / 1e6, 0, 'f', 0)
                              .arg(rate(e.written, e.seconds), mb(e.peakKb)));
        if (!m_s.keep)
            QFile::remove(csv);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::initialise();
    const std::optional<Settings> settings = parse(app);
    if (!settings)
        return 1;
    const Settings &s = *settings;
    QTemporaryDir tmp;
    tmp.setAutoRemove(!s.keep);
    const QString dir = s.dir.isEmpty() ? tmp.path() : s.dir;
    QDir().mkpath(dir);

    std::printf("guanxi-bench-import, %s\n", qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
    std::printf("machine: %s; Qt %s, SQLite %s (shell %s)\n", qPrintable(machine()), qVersion(),
                qPrintable(linkedSqliteVersion()), qPrintable(sqliteShellVersion(s.shell)));
    std::printf("files in %s%s\n\n", qPrintable(dir),
                s.cacheMb > 0 ? qPrintable(QStringLiteral(", cache_size %1 MB during imports").arg(s.cacheMb)) : "");
    std::fflush(stdout);

    Bench bench(s, dir);
    if (!bench.generateFiles())
        return 2;
    if (!bench.importFiles())
        return 3;
    if (s.onlyImport)
        return 0;
    if (s.wanted("sqlite"))
        bench.compareWithShell();
    if (s.wanted("profile") && s.profileRows > 0)
        bench.profile();
    if (s.wanted("xlsx"))
        bench.exportXlsx();
    if (s.wanted("csv"))
        bench.exportCsv();
    bench.printTable();
    return 0;
}
