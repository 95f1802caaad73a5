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
};

} // namespace guanxi
