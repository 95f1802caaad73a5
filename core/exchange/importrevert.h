#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

struct ImportRevertReport {
    qint64 trashed = 0;    // created records moved to the trash (leads: disqualified; orders: cancelled)
    qint64 restored = 0;   // updated records put back as they were
    qint64 keptMerged = 0; // created records kept: another customer was merged into them
    qint64 keptPaid = 0;   // orders kept: money was received or written off since the import
};

// Undoes a whole import in one transaction: the customers it created go to
// the trash (from where they can still be restored), the ones it updated get
// back every field they had before it. Later edits to those updated customers
// are overwritten, which the confirmation says. Leads are never deleted: a
// lead import's leads that were not converted since are disqualified. Nor are
// orders: an order import's orders are cancelled, but for those with money
// received or written off since; customers it added for them stay.
struct ImportRevert {
    Q_DECLARE_TR_FUNCTIONS(ImportRevert)
public:
    static Result<ImportRevertReport> run(Session &session, qint64 batchId);
};

} // namespace guanxi
