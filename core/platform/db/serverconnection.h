#pragma once

// Database's PostgreSQL side: what a server connection keeps beyond the
// QSqlDatabase, and the steps of opening one (serverconnection.cpp). Only
// the platform/db code includes this.
#include "platform/db/database.h"
#include "platform/db/serveraddress.h"

#include <atomic>
#include <memory>

namespace guanxi {

namespace ServerConnection {
class CancelWatch;
}

struct Database::Server {
    ServerAddress address;
    std::unique_ptr<ServerConnection::CancelWatch> cancelWatch;
    ~Server();
};

namespace ServerConnection {
// While *cancel is true, asks the server every 200 ms to cancel whatever the
// connection runs (PQcancel from a thread of its own); stops on destruction.
// Stop watching (Database::watchCancel(nullptr)) before using the connection
// again: a request already on its way may stop the next statement.
class CancelWatch {
public:
    CancelWatch(void *pgconn, const std::atomic_bool *cancel);
    ~CancelWatch();
    CancelWatch(const CancelWatch &) = delete;
    CancelWatch &operator=(const CancelWatch &) = delete;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
std::unique_ptr<CancelWatch> watchCancel(const QSqlDatabase &db, const std::atomic_bool *cancel);
// Whether the connection has a transaction open (libpq's view).
bool inTransaction(const QSqlDatabase &db);
// Whether its open transaction failed: PostgreSQL then turns a COMMIT into
// a silent rollback.
bool transactionFailed(const QSqlDatabase &db);
// The schema version in guanxi_meta; -1 when it cannot be read.
int schemaVersion(const QSqlDatabase &db);
} // namespace ServerConnection

} // namespace guanxi
