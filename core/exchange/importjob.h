#pragma once

#include "exchange/importreport.h"
#include "exchange/importstore.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace guanxi {

class ImportSource;
class RejectsFile;
class Session;
struct ImportRow;

struct ImportJobOptions {
    bool dryRun = false;      // check everything, write nothing
    bool skipInvalid = false; // import the valid rows instead of refusing the file
    QString rejectsPath;      // with skipInvalid: the rejected rows and why (.csv or .xlsx)
};

// What one kind of record brings to an import: its checks before the file is
// read, one row at a time, and what it holds back until the end.
class ImportRows {
public:
    virtual ~ImportRows() = default;
    // The batch's entity and mode as import history stores them
    // ("customer", "create").
    virtual QString entity() const = 0;
    virtual QString mode() const = 0;
    // Before the transaction: the mapping checked, look-ups cached. An error
    // refuses the file.
    virtual Status prepare(const QStringList &header) = 0;
    // Inside the transaction, before the first row.
    virtual void begin() {}
    // One row: what is wrong with it goes to job.reject(), what it writes to
    // job.recordWritten(). An error stops the whole import.
    virtual Status handle(const ImportRow &row, class ImportJob &job) = 0;
    // Before committing: whatever was held back is written.
    virtual Status finish() { return {}; }
    // After committing: tells the windows.
    virtual void announce(Session &session) = 0;
};

// One import run, the same for every kind of record: the transaction and its
// import-history batch, the row loop with cancel and progress, the rejects
// file, the report, and all-or-nothing: a refused (rows rejected without
// skipInvalid), cancelled or dry run leaves the file exactly as it was.
class ImportJob {
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
public:
    ImportJob(Session &session, ImportSource &source, ImportJobOptions options);
    ~ImportJob();

    // what: for a failed transaction's message ("importing leads from “%1”").
    Result<ImportReport> run(ImportRows &rows, const QString &what, const std::function<void(double)> &progress = {},
                             const std::atomic_bool *cancel = nullptr);

    ImportReport &report() { return m_report; }
    // The change-log batch every write of this import carries.
    const QString &changeBatch() const { return m_batch.batch; }
    const ImportSource &source() const { return m_source; }
    // The row is left out, with why; listed in the report and the rejects file.
    void reject(const ImportRow &row, const QList<ImportProblem> &problems);
    // A record the import created or changed, kept with the batch for revert.
    Status recordWritten(const ImportedRecord &record);

private:
    Result<bool> finishRun(ImportRows &rows);
    Status recordInAudit();

    Session &m_session;
    ImportSource &m_source;
    ImportJobOptions m_options;
    ImportStore m_imports;
    ImportReport m_report;
    ImportBatch m_batch;
    std::unique_ptr<RejectsFile> m_rejects;
};

} // namespace guanxi
