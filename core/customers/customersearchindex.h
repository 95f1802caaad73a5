#pragma once

#include "platform/result.h"
#include "platform/db/sqldialect.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <utility>

namespace guanxi {

class Session;
struct Customer;

// The customers' full-text index: each customer's search keys (see
// SearchKeys). On SQLite an FTS5 table, customer_search, searched with
// SearchQuery::fts5(); on PostgreSQL the keys with their positions in
// customer_search_tokens and their starts in customer_search_prefixes
// (migrations-pg/0021_search.sql), searched with SQL made from the same
// SearchQuery, finding the same customers.
//
// Held keys: while `hold` is true (bulk loading inside the caller's
// transaction) keys are kept and written a few thousand at a time, because
// FTS5 starts a new index segment at every savepoint and SQLite opens one for
// most statements. flush() writes what is held; call it before committing.
class CustomerSearchIndex {
    Q_DECLARE_TR_FUNCTIONS(CustomerSearchIndex)
public:
    explicit CustomerSearchIndex(Session &session) : m_session(session) {}

    // The customer's keys as stored now: read back, old ones replaced.
    Status refresh(qint64 id, bool hold = false);
    Status refresh(const QList<qint64> &ids);
    // A customer created a moment ago, from what is in memory: no read back.
    Status add(const Customer &c, const QString &companyName, bool hold = false);
    Status remove(qint64 id);
    Status flush();

    // Customer ids whose keys match what the user typed, at most limit.
    Result<QList<qint64>> search(const QString &query, int limit) const;
    // Every customer's keys written anew, in one transaction.
    Status rebuild();

    // For list queries: a condition on `idColumn` ("c.id IN (... LIMIT ?)")
    // and the values it binds, the limit last, or an empty condition when
    // the query has nothing to search for. visible:
    // Session::visibleOwner("v.owner_id"), the hits the session sees.
    struct Condition {
        QString sql;
        QVariantList values;
    };
    static Condition matchCondition(const SqlDialect &dialect, const QString &idColumn, const QString &query,
                                    int limit, const QString &visible = QStringLiteral("TRUE"));
    // The same for SQLite.
    static Condition matchCondition(const QString &idColumn, const QString &query, int limit,
                                    const QString &visible = QStringLiteral("TRUE"));

private:
    // "customer_search MATCH ?" and, unless visible is TRUE, that condition
    // on the hit's customer v.
    static QString visibleMatch(const QString &visible);
    // The matching customers' ids, at most limit ("... LIMIT ?"), and the
    // values it binds.
    static Condition matchSelect(const SqlDialect &dialect, const QString &query, const QString &visible,
                                 int limit);
    Status writeHeld();
    Status write(qint64 id, const QString &keys);
    // PostgreSQL: the customer's rows replaced by keys, or removed.
    Status writeServer(qint64 id, const std::optional<QString> &keys);

    Session &m_session;
    // Customer id, and its new keys; none: read back and replace.
    QList<std::pair<qint64, std::optional<QString>>> m_held;
    qsizetype m_heldBytes = 0;
};

} // namespace guanxi
