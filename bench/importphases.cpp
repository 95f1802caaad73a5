#include "importphases.h"

#include "benchmeasure.h"
#include "importruns.h"
#include "customers/customerstore.h"
#include "customers/customersearchindex.h"
#include "customers/customfieldstore.h"
#include "exchange/customerfields.h"
#include "exchange/customerrow.h"
#include "exchange/importsource.h"
#include "exchange/importstore.h"
#include "platform/changelogstore.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "team/channelstore.h"
#include "team/userstore.h"
#include "text/companyname.h"
#include "text/pinyin.h"
#include "text/searchkeys.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace guanxi::bench {

namespace {

// One row made into a customer as CustomerImport does it, for the phases
// that skip the import service: CustomerRowReader::read, then the company
// text taken off the customer (CustomerImport::Impl::write) and its key.
struct Built {
    Customer customer;
    QString companyText;
    QString companyKey;
};

// The reader CustomerImport::prepare sets up for a file with this header:
// the mapping guessed from it, the file's custom fields and users.
bool makeReader(std::optional<CustomerRowReader> &reader, Session &session, const QStringList &header)
{
    auto fields = CustomFieldStore(session).list();
    auto users = UserStore(session).list(true);
    if (!fields || !users) {
        std::fprintf(stderr, "%s\n", qPrintable((fields ? users.error() : fields.error()).toString()));
        return false;
    }
    QHash<QString, qint64> ownerByName;
    for (const User &u : std::as_const(*users)) {
        ownerByName.insert(u.login.toLower(), u.id);
        ownerByName.insert(u.displayName.toLower(), u.id);
    }
    QStringList mapping = CustomerFields::guess(header, *fields);
    while (mapping.size() < header.size())
        mapping << QString();
    reader.emplace(session, header, mapping, *fields, ownerByName);
    return true;
}

Built buildRow(CustomerRowReader &reader, const Session &session, const ImportRow &row)
{
    Built b;
    b.customer = reader.read(row, true).customer;
    Customer &c = b.customer;
    b.companyText = c.companyName;
    c.companyName.clear();
    b.companyKey = CompanyName::key(c.kind == CustomerKind::Company ? c.name : b.companyText);
    (void)Customers::validate(c, session.defaultRegion(), session.today());
    return b;
}

// The company a person's search keys name (none for a company).
QString companyNameOf(const Built &b)
{
    return b.customer.kind == CustomerKind::Person ? b.companyText : QString();
}

// The document CustomerSearchIndex::add makes of a new customer.
SearchDocument searchDocument(const Built &b)
{
    SearchDocument doc;
    doc.name = b.customer.name;
    doc.companyName = companyNameOf(b);
    doc.notes = b.customer.notes;
    for (const Phone &p : b.customer.phones)
        for (const QString &part : {p.raw, p.e164})
            if (!part.isEmpty())
                doc.phones << part;
    for (const Email &e : b.customer.emails)
        if (!e.address.isEmpty())
            doc.emails << e.address;
    return doc;
}

// Every row of the file, for its own sake (A) or made into a customer (B);
// start, if given, sees the header first and may stop the reading.
qint64 readRows(const QString &csv, const std::function<void(const ImportRow &)> &each,
                const std::function<bool(const QStringList &)> &start = {})
{
    auto source = ImportSource::open(csv);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(source.error().toString()));
        return -1;
    }
    if (start && !start((*source)->header()))
        return -1;
    qint64 read = 0;
    (void)(*source)->read([&](const ImportRow &row) {
        ++read;
        each(row);
        return true;
    });
    return read;
}

// What the phases share: the rows made into customers (B) and their search
// keys (C).
struct Work {
    QString dir;
    QList<Built> built;
    QStringList keys;
    QList<SourceChannel> addedSources;   // the channels B's reader added (not built in)
    QString path(const char *name) const { return dir + u'/' + QString::fromLatin1(name); }
};

// One transaction on a fresh scratch file, timed; body returns false on failure.
bool timedWrite(const QString &path, Phase &phase, const std::function<bool(Opened &)> &body)
{
    Opened o;
    if (!openFile(path, o, true))
        return false;
    Stopwatch t;
    Transaction tx(*o.db);
    if (Status s = tx.begin(); !s || !body(o))
        return false;
    if (Status s = tx.commit(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return false;
    }
    phase.seconds = t.seconds();
    phase.cpu = t.cpu();
    return true;
}

bool failed(const Status &s)
{
    if (!s)
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
    return !s;
}

// B. Reading + making customers: CustomerRowReader::read (split lists,
// phones to E.164, e-mail check), the company key, Customers::validate; the
// pass minus A. The reader looks sources up in (and adds them to) a scratch
// file, as the import does in its own.
Phase rowsPhase(Work &w, const QString &csv, qint64 rows, const Phase &read)
{
    Phase phase{QStringLiteral("B  rows into customers (CustomerRowReader::read, company key, validate)"), 0, 0,
                QStringLiteral("B's pass minus A")};
    const QString scratchPath = w.path("profile-rows.guanxi");
    {
        Opened scratch;
        if (!openFile(scratchPath, scratch, true))
            return phase;
        std::optional<CustomerRowReader> reader;
        w.built.reserve(rows);
        Stopwatch t;
        const qint64 n = readRows(
            csv, [&](const ImportRow &row) { w.built << buildRow(*reader, *scratch.session, row); },
            [&](const QStringList &header) { return makeReader(reader, *scratch.session, header); });
        if (n >= 0) {
            phase.seconds = t.seconds() - read.seconds;
            phase.cpu = t.cpu() - read.cpu;
        }
        for (const SourceChannel &s : ChannelStore(*scratch.session).list(true).value_or({}))
            if (s.code.isEmpty())
                w.addedSources << s;
    }
    removeDb(scratchPath);
    return phase;
}

// C. The CPU side of the search index and sort key (ICU pinyin).
Phase keysPhase(Work &w)
{
    QStringList sortKeys;
    sortKeys.reserve(w.built.size());
    w.keys.reserve(w.built.size());
    Stopwatch t;
    qint64 tokens = 0, chars = 0;
    for (const Built &b : std::as_const(w.built)) {
        sortKeys << Pinyin::sortKey(b.customer.name);
        w.keys << SearchKeys::build(searchDocument(b));
        chars += w.keys.last().size();
        tokens += w.keys.last().count(u' ') + 1;
    }
    const double n = double(std::max<qsizetype>(1, w.built.size()));
    return Phase{QStringLiteral("C  search keys + pinyin sort key (SearchKeys::build, Pinyin::sortKey)"),
                 t.seconds(), t.cpu(),
                 QStringLiteral("%1 tokens, %2 chars per customer")
                     .arg(double(tokens) / n, 0, 'f', 1)
                     .arg(double(chars) / n, 0, 'f', 0)};
}

// E. CustomerStore::create alone for the same customers, one transaction in
// bulk loading, no matching and no import records.
Phase storePhase(const Work &w)
{
    Phase phase{QStringLiteral("E  CustomerStore::create only (+ companies), one transaction"), 0, 0,
                QStringLiteral("no matching, no import records")};
    timedWrite(w.path("profile-store.guanxi"), phase, [&](Opened &o) {
        // The sources B's reader added to its scratch file, as the import adds them.
        QHash<qint64, qint64> sourceIds;
        for (const SourceChannel &s : w.addedSources)
            sourceIds.insert(s.id, ChannelStore(*o.session).add(s.name).value_or(0));
        CustomerStore store(*o.session);
        QHash<QString, qint64> companies;
        const QString batch = ChangeLogStore::newBatch();
        store.beginBulkLoading();   // as the import does
        for (const Built &b : w.built) {
            Customer c = b.customer;
            c.sourceId = sourceIds.value(c.sourceId, c.sourceId);
            if (c.kind == CustomerKind::Person && !b.companyKey.isEmpty()) {
                auto it = companies.constFind(b.companyKey);
                if (it == companies.constEnd()) {
                    Customer company;
                    company.kind = CustomerKind::Company;
                    company.name = b.companyText;
                    it = companies.insert(b.companyKey, store.create(company, batch).value_or(0));
                }
                c.companyId = *it;
            }
            if (auto id = store.create(c, batch); !id) {
                std::fprintf(stderr, "store create failed: %s\n", qPrintable(id.error().toString()));
                return false;
            }
        }
        return !failed(store.endBulkLoading());
    });
    return phase;
}

// F. The duplicate look-ups of every row, on the file the import (D) wrote.
Phase lookupPhase(const Work &w, const QString &importDb)
{
    Phase phase{QStringLiteral("F  duplicate look-ups (findByPhone/Email/NameAndCompany)"), 0, 0, {}};
    Opened o;
    if (!openFile(importDb, o, false))
        return phase;
    CustomerStore store(*o.session);
    QHash<QString, qint64> companyIds;
    for (const CompanyRef &c : store.allCompanies().value_or({}))
        companyIds.insert(CompanyName::key(c.name), c.id);
    qint64 lookups = 0;
    Stopwatch t;
    Transaction tx(*o.db); // as in the import: reads inside the write transaction
    (void)tx.begin();
    for (const Built &b : w.built) {
        for (const Phone &p : b.customer.phones) {
            (void)store.findByPhone(p.e164);
            ++lookups;
        }
        for (const Email &e : b.customer.emails) {
            (void)store.findByEmail(e.address);
            ++lookups;
        }
        if (b.customer.kind == CustomerKind::Person && companyIds.contains(b.companyKey)) {
            (void)store.findByNameAndCompany(b.customer.name, companyIds.value(b.companyKey));
            ++lookups;
        }
    }
    phase.seconds = t.seconds();
    phase.cpu = t.cpu();
    phase.note = QStringLiteral("%1 queries").arg(grouped(lookups));
    return phase;
}

// G2. The search index rows through CustomerSearchIndex, held and written a
// few thousand at a time as in bulk loading (ids 1..n on an empty file).
Phase searchIndexPhase(const Work &w)
{
    Phase phase{QStringLiteral("G2 search index: CustomerSearchIndex::add, held (FTS5, prefix 1 2 3)"), 0, 0,
                QStringLiteral("builds the keys again (C's SearchKeys part)")};
    timedWrite(w.path("profile-index.guanxi"), phase, [&](Opened &o) {
        CustomerSearchIndex index(*o.session);
        for (qsizetype i = 0; i < w.built.size(); ++i) {
            Customer c = w.built.at(i).customer;
            c.id = i + 1;
            if (failed(index.add(c, companyNameOf(w.built.at(i)), true)))
                return false;
        }
        return !failed(index.flush());
    });
    return phase;
}

// For scale: the same keys (from C) into an FTS5 table of the benchmark's
// own without the prefix indexes; not a figure of the app.
Phase prefixlessPhase(const Work &w)
{
    Phase phase{QStringLiteral("   (for scale: the same FTS5 rows without prefix indexes)"), 0, 0,
                QStringLiteral("not part of any sum")};
    timedWrite(w.path("profile-fts.guanxi"), phase, [&](Opened &o) {
        QSqlQuery q(o.db->connection());
        if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE bench_search USING fts5 (keys, "
                                   "tokenize = 'unicode61 remove_diacritics 2')")))
            return false;
        q.prepare(QStringLiteral("INSERT INTO bench_search (rowid, keys) VALUES (?, ?)"));
        for (qsizetype i = 0; i < w.keys.size(); ++i) {
            q.bindValue(0, i + 1);
            q.bindValue(1, w.keys.at(i));
            if (!q.exec()) {
                std::fprintf(stderr, "SQL failed: %s\n", qPrintable(q.lastError().text()));
                return false;
            }
        }
        return true;
    });
    return phase;
}

// G3. The change-log row CustomerStore::create writes for each customer.
Phase changeLogPhase(const Work &w)
{
    Phase phase{QStringLiteral("G3 change log: ChangeLogStore::record, one row per customer"), 0, 0, {}};
    timedWrite(w.path("profile-log.guanxi"), phase, [&](Opened &o) {
        ChangeLogStore log(*o.session);
        const QString batch = ChangeLogStore::newBatch();
        for (qsizetype i = 0; i < w.built.size(); ++i) {
            Change change;
            change.entity = QStringLiteral("customer");
            change.entityId = i + 1;
            change.action = QStringLiteral("create");
            change.newValue = w.built.at(i).customer.name;
            change.batch = batch;
            if (failed(log.record(change)))
                return false;
        }
        return true;
    });
    return phase;
}

// G4. The import's record of every customer it created (for reverting).
Phase importRecordsPhase(const Work &w)
{
    Phase phase{QStringLiteral("G4 import records: ImportStore::addBatch + addRecord"), 0, 0, {}};
    timedWrite(w.path("profile-records.guanxi"), phase, [&](Opened &o) {
        ImportStore imports(*o.session);
        ImportBatch batch;
        batch.batch = ChangeLogStore::newBatch();
        batch.entity = QStringLiteral("customer");
        batch.fileName = QStringLiteral("bench.csv");
        batch.format = QStringLiteral("csv");
        batch.mode = QStringLiteral("create");
        auto batchId = imports.addBatch(batch);
        if (!batchId)
            return false;
        for (qsizetype i = 0; i < w.built.size(); ++i)
            if (failed(imports.addRecord(*batchId, ImportedRecord{i + 1, true, {}})))
                return false;
        return true;
    });
    return phase;
}

} // namespace

QList<Phase> importPhases(const QString &csv, const QString &dir, qint64 rows)
{
    QList<Phase> phases;
    Work w;
    w.dir = dir;

    // A. Reading: sniff, decode and split the CSV, nothing else.
    Stopwatch t;
    const qint64 read = readRows(csv, [](const ImportRow &) {});
    if (read < 0)
        return phases;
    const double readSeconds = t.seconds(), readCpu = t.cpu();
    phases << Phase{QStringLiteral("A  read the CSV (ImportSource: sniff, decode, split)"), readSeconds, readCpu,
                    QStringLiteral("%1 rows").arg(grouped(read))};

    phases << rowsPhase(w, csv, rows, phases.last());
    phases << keysPhase(w);

    // D. The real thing.
    const QString importDb = w.path("profile-import.guanxi");
    const ImportRun full = runImport(csv, importDb, 0, "profile");
    phases << Phase{QStringLiteral("D  CustomerImport::run, everything (the figure to explain)"), full.seconds,
                    full.cpu,
                    QStringLiteral("%1 created, %2 companies, %3 skipped")
                        .arg(grouped(full.report.created), grouped(full.report.companiesCreated),
                             grouped(full.report.skipped))};

    phases << storePhase(w) << lookupPhase(w, importDb) << searchIndexPhase(w) << prefixlessPhase(w)
           << changeLogPhase(w) << importRecordsPhase(w);
    for (const char *name : {"profile-import.guanxi", "profile-store.guanxi", "profile-index.guanxi",
                             "profile-fts.guanxi", "profile-log.guanxi", "profile-records.guanxi"})
        removeDb(w.path(name));
    return phases;
}

QList<Phase> derivedPhases(const QList<Phase> &phases)
{
    QHash<QString, double> cpu;
    for (const Phase &p : phases)
        cpu.insert(p.name.left(2), p.cpu);
    for (const char *letter : {"A ", "B ", "D ", "E ", "F ", "G2", "G3", "G4"})
        if (!cpu.contains(QString::fromLatin1(letter)))
            return {};
    auto of = [&](const char *letter) { return cpu.value(QString::fromLatin1(letter)); };
    return {
        Phase{QStringLiteral("=  the customers' own rows: E − G2 − G3"), 0, of("E ") - of("G2") - of("G3"),
              QStringLiteral("customers, phones, e-mails, tags, the sort key, the company check")},
        Phase{QStringLiteral("=  rest of the import: D − E − A − B − F − G4"), 0,
              of("D ") - of("E ") - of("A ") - of("B ") - of("F ") - of("G4"),
              QStringLiteral("about 0: the import adds little beyond the store (F partly overlaps E)")},
    };
}

} // namespace guanxi::bench
