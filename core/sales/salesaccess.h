#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// What deals and orders share about visibility: a new deal or order may only
// be for a customer the session sees; another's customer is not there for it.
struct SalesAccess {
    Q_DECLARE_TR_FUNCTIONS(SalesAccess)
public:
    static Status customerVisible(const Session &session, qint64 customerId);
    // A deal or order given to someone else stays within the team the
    // session sees (a salesperson's are their own).
    static Status ownerAllowed(const Session &session, qint64 ownerId);
};

} // namespace guanxi
