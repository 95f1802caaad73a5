#pragma once

#include "platform/result.h"

#include <QString>

namespace guanxi {

class Database;

// RAII guard: begin() starts a write transaction (BEGIN IMMEDIATE, or a
// savepoint when one is already open on the connection); anything not
// committed is rolled back when the guard goes out of scope.
//
// longWork names a write that holds the file for long (“importing
// big.csv”): while it is open, others who have to wait are told what they
// wait for (FileWriters).
class Transaction {
public:
    explicit Transaction(Database &db, QString longWork = {}) : m_db(db), m_longWork(std::move(longWork)) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    void withdraw();

    Database &m_db;
    QString m_longWork;
    bool m_announced = false;
    int m_level = -1; // depth at which this guard opened; -1 when not active
    qsizetype m_pendingMark = 0; // after-commit callbacks queued before this guard
};

} // namespace guanxi
