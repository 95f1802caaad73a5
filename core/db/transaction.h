#pragma once

#include "util/result.h"

namespace guanxi {

class Database;

// RAII guard: begin() starts a write transaction (BEGIN IMMEDIATE, or a
// savepoint when one is already open on the connection); anything not
// committed is rolled back when the guard goes out of scope.
class Transaction {
public:
    explicit Transaction(Database &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    Database &m_db;
    int m_level = -1; // depth at which this guard opened; -1 when not active
    qsizetype m_pendingMark = 0; // after-commit callbacks queued before this guard
};

} // namespace guanxi
