#pragma once

// The timed runs of guanxi-bench-import: Guanxi's import and export on fresh
// files, and the sqlite3 shell's .import for comparison. Each gives wall and
// CPU time and, where it matters, the peak resident memory.
#include "exchange/customerexport.h"
#include "exchange/importreport.h"
#include "platform/db/database.h"
#include "platform/session.h"

#include <QString>

#include <memory>

namespace guanxi::bench {

struct Opened {
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
};

// Opens (with fresh: first removes) a Guanxi file as a "bench" user.
bool openFile(const QString &path, Opened &o, bool fresh);
// PRAGMA cache_size in MB; 0 leaves the file's own setting.
void setCache(Database &db, int cacheMb);
QString linkedSqliteVersion();

struct ImportRun {
    bool ok = false;
    double seconds = 0;
    double cpu = 0;
    ImportReport report;
    long baseKb = 0, peakKb = 0, endKb = 0;
    bool peakFromHwm = false;
    qint64 fileBytes = 0;
};

// CustomerImport (create mode, default keys) of a file into a fresh Guanxi
// file; label tags the progress lines on stderr.
ImportRun runImport(const QString &file, const QString &dbPath, int cacheMb, const char *label);

struct ShellRun {
    bool ok = false;
    double seconds = 0;
    double cpu = 0;
    qint64 rows = 0;
};

// The sqlite3 shell's `.mode csv` + `.import` of a file into a bare table t.
ShellRun sqliteImport(const QString &shell, const QString &csv, const QString &dbPath);

struct ExportRun {
    bool ok = false;
    double seconds = 0;
    double cpu = 0;
    qint64 written = 0;
    qint64 bytes = 0;
    long peakKb = 0;
};

// CustomerExport of the first count live customers of a file.
ExportRun runExport(const QString &dbPath, qint64 count, const QString &path, ExportFormat format);

} // namespace guanxi::bench
