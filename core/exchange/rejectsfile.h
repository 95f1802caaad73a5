#pragma once

#include "exchange/importreport.h"
#include "exchange/importsource.h"
#include "platform/result.h"

#include <memory>

namespace guanxi {

// The rows an import could not take, as they were plus a column saying why,
// so they can be fixed in a spreadsheet and imported again. CSV, or XLSX when
// the file name ends in .xlsx. Written atomically on commit().
class RejectsFile {
public:
    virtual ~RejectsFile() = default;
    static Result<std::unique_ptr<RejectsFile>> open(const QString &path, const QStringList &header);
    virtual void add(const ImportRow &row, const QString &reason) = 0;
    // The most characters a cell keeps (0: no limit); longer texts are cut.
    virtual int cellLimit() const { return 0; }
    virtual Status commit() = 0;
};

// A row the import cannot take: counted in the report (its first problems
// listed) and, when there is a rejects file, written to it with the reasons.
void rejectRow(ImportReport &report, RejectsFile *rejects, const ImportRow &row, const QList<ImportProblem> &problems);

} // namespace guanxi
