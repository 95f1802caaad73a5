#pragma once

#include "platform/change.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// The one change log. Stores call record() inside their own transaction so a
// change and its history land together or not at all.
class ChangeLogStore {
    Q_DECLARE_TR_FUNCTIONS(ChangeLogStore)
public:
    explicit ChangeLogStore(Session &session) : m_session(session) {}

    // userId and changedAt default to the session's user and clock.
    Status record(Change change);
    Result<QList<Change>> history(const QString &entity, qint64 entityId, int limit = 1000) const;
    static QString newBatch();

private:
    Session &m_session;
};

} // namespace guanxi
