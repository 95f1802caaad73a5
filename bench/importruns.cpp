#include "importruns.h"

#include "benchmeasure.h"
#include "exchange/customerimport.h"
#include "exchange/importsource.h"
#include "customers/customerstore.h"
#include "team/userstore.h"
#include "platform/clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

namespace guanxi::bench {

namespace {

SystemClock systemClock;

} // namespace

bool openFile(const QString &path, Opened &o, bool fresh)
{
    if (fresh)
        removeDb(path);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return false;
    }
    o.db = std::move(db).value();
    o.session = std::make_unique<Session>(*o.db, systemClock);
    auto user =
        UserStore(*o.session).ensureDefault(QStringLiteral("bench"), QStringLiteral("Bench"));
    if (!user) {
        std::fprintf(stderr, "%s\n", qPrintable(user.error().toString()));
        return false;
    }
    o.session->setUserId(*user);
    return true;
}

void setCache(Database &db, int cacheMb)
{
    if (cacheMb <= 0)
        return;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(cacheMb) * 1024));
}

QString linkedSqliteVersion()
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QString v;
    if (db.open()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            v = q.value(0).toString();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    return v;
}

ImportRun runImport(const QString &file, const QString &dbPath, int cacheMb, const char *label)
{
    ImportRun out;
    {
        Opened o;
        if (!openFile(dbPath, o, true))
            return out;
        setCache(*o.db, cacheMb);
        MemoryWatch watch;
        watch.start();
        Stopwatch t;
        auto source = ImportSource::open(file);
        if (!source) {
            std::fprintf(stderr, "%s\n", qPrintable(source.error().toString()));
            return out;
        }
        int lastTenth = 0;
        auto progress = [&](double f) {
            const int tenth = int(f * 10);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                std::fprintf(stderr, "  [%s] %3d %%  %6.1f s  rss %s\n", label, tenth * 10,
                             t.seconds(), qPrintable(mb(statusKb("VmRSS"))));
            }
        };
        CustomerImport import(*o.session, **source, CustomerImportOptions{});
        auto report = import.run(progress);
        out.seconds = t.seconds();
        out.cpu = t.cpu();
        watch.stop();
        if (!report) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error().toString()));
            return out;
        }
        out.report = *report;
        out.baseKb = watch.baseKb();
        out.peakKb = watch.peakKb();
        out.endKb = watch.endKb();
        out.peakFromHwm = watch.hwmReset();
        out.ok = report->written;
        if (!report->written) {
            std::fprintf(stderr, "import not written: %lld rejected; first problem: %s\n",
                         static_cast<long long>(report->rejected),
                         report->problems.isEmpty() ? "-"
                                                    : qPrintable(report->problems.first().reason));
        }
    }
    out.fileBytes = dbBytes(dbPath);
    return out;
}

ShellRun sqliteImport(const QString &shell, const QString &csv, const QString &dbPath)
{
    ShellRun out;
    removeDb(dbPath);
    QProcess p;
    const double cpu0 = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    p.start(shell, {dbPath});
    if (!p.waitForStarted()) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(shell));
        return out;
    }
    p.write(QStringLiteral(".mode csv\n.import \"%1\" t\n.quit\n").arg(csv).toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    out.seconds = secondsSince(t);
    out.cpu = childCpuSeconds() - cpu0;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 .import failed: %s\n", p.readAllStandardError().constData());
        return out;
    }
    QProcess count;
    count.start(shell, {dbPath, QStringLiteral("SELECT count(*) FROM t;")});
    count.waitForFinished(-1);
    out.rows = count.readAllStandardOutput().trimmed().toLongLong();
    out.ok = true;
    return out;
}

ExportRun runExport(const QString &dbPath, qint64 count, const QString &path, ExportFormat format)
{
    ExportRun out;
    Opened o;
    if (!openFile(dbPath, o, false))
        return out;
    auto ids = CustomerStore(*o.session).liveIds();
    if (!ids)
        return out;
    QList<qint64> first = ids->mid(0, count);
    QFile::remove(path);
    MemoryWatch watch;
    watch.start();
    Stopwatch t;
    auto written = CustomerExport::write(*o.session, first, path, format);
    out.seconds = t.seconds();
    out.cpu = t.cpu();
    watch.stop();
    if (!written) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(written.error().toString()));
        return out;
    }
    out.ok = true;
    out.written = *written;
    out.bytes = QFileInfo(path).size();
    out.peakKb = watch.peakKb();
    return out;
}

} // namespace guanxi::bench
