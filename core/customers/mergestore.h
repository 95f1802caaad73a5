#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace guanxi {

class Session;

// Rows that belonged to the merged customer and now belong to the survivor,
// by table, so an undo moves back exactly those.
using MovedRows = QMap<QString, QList<qint64>>;

struct MergeRecord {
    qint64 id = 0;
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    QString survivorName;
    QString mergedName;
    QByteArray survivorBefore;   // JSON (CustomerJson)
    MovedRows moved;
    QString batch;
    QString userName;
    QDateTime mergedAt;
    QDateTime undoneAt;
};

// All SQL about merging customers: moving what hangs off one customer to
// another and back, and the record of each merge.
class MergeStore {
    Q_DECLARE_TR_FUNCTIONS(MergeStore)
public:
    explicit MergeStore(Session &session) : m_session(session) {}

    // Orders, deals, follow-ups, leads, people of a company and the history.
    Result<MovedRows> moveAll(qint64 from, qint64 to);
    // Moves back the rows listed that still belong to `from`.
    Status moveBack(const MovedRows &rows, qint64 from, qint64 to);

    Result<qint64> add(const MergeRecord &record);
    Result<MergeRecord> get(qint64 id) const;
    // Merges into or out of this customer, newest first; only those of two
    // customers this session sees, as all().
    Result<QList<MergeRecord>> forCustomer(qint64 customerId) const;
    Result<QList<MergeRecord>> all(int limit = 500) const;
    // Merges after mergeId, not undone, that involve either customer: they
    // must be undone first.
    Result<QList<MergeRecord>> laterActive(qint64 mergeId, qint64 a, qint64 b) const;
    // Whether the customer kept another one's records in a merge still in force.
    Result<bool> isActiveSurvivor(qint64 customerId) const;
    Status markUndone(qint64 id);

private:
    // Merges of two customers this session both sees (s and d in the query).
    QString seenBoth() const;
    Session &m_session;
};

} // namespace guanxi
