#pragma once

#include "customers/customer.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// Merging two records of one customer into one, and undoing it later.
//
// The survivor takes the field values chosen for it (see proposal()); the
// other record's orders, deals, follow-ups, leads, people (for a company) and
// history move to the survivor, and the other record goes to the trash. All
// in one transaction, with what moved and what the survivor was before kept
// in customer_merges so undo() can put both records back.
struct CustomerMerge {
    Q_DECLARE_TR_FUNCTIONS(CustomerMerge)
public:
    // The survivor's values, empty ones filled from the other record; phones,
    // e-mails, tags and custom values of both.
    static Customer proposal(const Customer &survivor, const Customer &other);

    static Result<qint64> merge(Session &session, qint64 survivorId, qint64 mergedId, const Customer &result);
    // Refused when already undone or when the merged record was purged since.
    static Status undo(Session &session, qint64 mergeId);
};

} // namespace guanxi
