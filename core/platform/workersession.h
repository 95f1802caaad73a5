#pragma once

#include "platform/result.h"
#include "team/access.h"

#include <QString>

#include <memory>

namespace guanxi {

class Clock;
class Database;
class Session;

// A worker thread's own connection to a session's database, as that session:
// the same user, phone region and clock (a test's fixed clock too). A
// connection belongs to the thread that opened it, so the work takes a
// WorkerSpec (a value, taken on the session's thread) and opens it there.
class WorkerSession {
public:
    ~WorkerSession();
    Session &session() { return *m_session; }
    Database &db() { return *m_db; }

private:
    friend class WorkerSpec;
    WorkerSession() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

class WorkerSpec {
public:
    // Everything a worker needs from the session; see Session::worker().
    WorkerSpec(const Session &session);
    // Opens the file again on the calling thread. readOnly: for work that only
    // reads (reports, checks, backups), which then never waits for a writer.
    Result<std::unique_ptr<WorkerSession>> open(bool readOnly) const;

private:
    QString m_path;
    Access m_access;
    QString m_region;
    const Clock *m_clock;
};

} // namespace guanxi
