#include "exchange/importjob.h"

#include "exchange/importsource.h"
#include "exchange/rejectsfile.h"
#include "platform/auditstore.h"
#include "platform/changelogstore.h"
#include "platform/db/transaction.h"
#include "platform/session.h"

#include <QFileInfo>

namespace guanxi {

ImportJob::ImportJob(Session &session, ImportSource &source, ImportJobOptions options)
    : m_session(session), m_source(source), m_options(std::move(options)), m_imports(session)
{
    m_report.format = m_source.format();
    m_report.encoding = QString::fromLatin1(m_source.encoding());
    m_report.dryRun = m_options.dryRun;
}

ImportJob::~ImportJob() = default;

void ImportJob::reject(const ImportRow &row, const QList<ImportProblem> &problems)
{
    rejectRow(m_report, m_rejects.get(), row, problems);
}

Status ImportJob::recordWritten(const ImportedRecord &record)
{
    return m_imports.addRecord(m_batch.id, record);
}

Result<ImportReport> ImportJob::run(ImportRows &rows, const QString &what,
                                    const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    // Refused before anything is read or written, dry runs too.
    if (Status allowed = m_session.require(Permission::Import); !allowed)
        return allowed.error();
    const QStringList header = m_source.header();
    if (Status s = rows.prepare(header); !s)
        return s.error();
    if (m_options.skipInvalid && !m_options.rejectsPath.isEmpty()) {
        auto r = RejectsFile::open(m_options.rejectsPath, header);
        if (!r)
            return r.error();
        m_rejects = std::move(r).value();
    }

    // One announcement at the end instead of one per row: a million queued
    // notifications would cost more memory than the import itself.
    const Session::QuietGuard quiet(m_session);
    const QString fileName = QFileInfo(m_source.path()).fileName();
    Transaction tx(m_session.db(), what.arg(fileName));
    if (Status s = tx.begin(); !s)
        return s.error();
    m_batch.batch = ChangeLogStore::newBatch();
    m_batch.entity = rows.entity();
    m_batch.fileName = fileName;
    m_batch.format = m_source.format();
    m_batch.encoding = m_report.encoding;
    m_batch.mode = rows.mode();
    auto batchId = m_imports.addBatch(m_batch);
    if (!batchId)
        return batchId.error();
    m_batch.id = *batchId;

    rows.begin();
    std::optional<Error> failure;
    const Status read = m_source.read(
        [&](const ImportRow &row) {
            if (cancel && cancel->load()) {
                m_report.cancelled = true;
                return false;
            }
            if (Status s = rows.handle(row, *this); !s) {
                failure = s.error();
                return false;
            }
            return true;
        },
        [&](double f) {
            if (progress)
                progress(f);
        });
    if (failure)
        return *failure;
    if (!read)
        return read.error();
    m_report.notes = m_source.notes() + m_report.notes;
    if (m_report.cancelled)
        return m_report;   // the transaction rolls back
    auto write = finishRun(rows);
    if (!write)
        return write.error();
    if (!*write)
        return m_report;   // refused or only checked: the transaction rolls back
    if (Status s = tx.commit(); !s)
        return s.error();
    m_report.batchId = m_batch.id;
    m_report.written = true;
    rows.announce(m_session);
    if (progress)
        progress(1.0);
    return m_report;
}

// Everything but the commit: the rejects file, and the batch's counts unless
// the run is refused or only checks. Returns whether to commit.
Result<bool> ImportJob::finishRun(ImportRows &rows)
{
    if (m_rejects)
        if (Status s = m_rejects->commit(); !s)
            return s.error();
    if ((m_report.rejected > 0 && !m_options.skipInvalid) || m_options.dryRun)
        return false;
    if (Status s = rows.finish(); !s)
        return s.error();
    m_batch.rowsRead = m_report.rowsRead;
    m_batch.created = m_report.created + m_report.companiesCreated;
    m_batch.updated = m_report.updated;
    m_batch.skipped = m_report.skipped;
    m_batch.rejected = m_report.rejected;
    if (Status s = m_imports.finishBatch(m_batch); !s)
        return s.error();
    if (Status s = recordInAudit(); !s)
        return s.error();
    return true;
}

// The import in the audit trail, in its transaction: who, which file, what
// kind of records, how many added, updated and rejected.
Status ImportJob::recordInAudit()
{
    AuditEvent e;
    e.action = AuditAction::Import;
    e.entity = QStringLiteral("import");
    e.entityId = m_batch.id;
    e.detail = {{QStringLiteral("file"), m_batch.fileName},
                {QStringLiteral("kind"), m_batch.entity},
                {QStringLiteral("mode"), m_batch.mode},
                {QStringLiteral("format"), m_batch.format},
                {QStringLiteral("rows"), m_batch.rowsRead},
                {QStringLiteral("added"), m_batch.created},
                {QStringLiteral("updated"), m_batch.updated},
                {QStringLiteral("skipped"), m_batch.skipped},
                {QStringLiteral("rejected"), m_batch.rejected}};
    return AuditStore(m_session).record(e);
}

} // namespace guanxi
