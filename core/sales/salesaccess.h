#pragma once

#include "platform/result.h"

#include <QCoreApplication>

class QSqlError;

namespace guanxi {

class Session;

// What deals and orders share about visibility: a new deal or order may only
// be for a customer the session sees; another's customer is not there for it.
struct SalesAccess {
    Q_DECLARE_TR_FUNCTIONS(SalesAccess)
public:
    static Status customerVisible(const Session &session, qint64 customerId);
    enum class Record { Deal, Order };
    // A deal or order given to someone else stays within the team the
    // session sees (a salesperson's are their own). Deals and orders are not
    // pool records: only someone who sees all may leave one without an owner
    // (a NULL owner would make it visible to every salesperson).
    static Status ownerAllowed(const Session &session, qint64 ownerId, Record record);

    // Which constraint refused a deal's or order's write, on either backend
    // (SQLite's extended code, PostgreSQL's SQLSTATE): a unique key (a
    // number or a name taken) or a foreign key (a customer not there).
    static bool isDuplicate(const QSqlError &error);
    static bool isMissingReference(const QSqlError &error);
};

} // namespace guanxi
