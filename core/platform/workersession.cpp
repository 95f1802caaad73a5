#include "platform/workersession.h"

#include "platform/db/database.h"
#include "platform/session.h"

namespace guanxi {

WorkerSession::~WorkerSession()
{
    m_session.reset();   // before the connection it uses
    m_db.reset();
}

WorkerSpec::WorkerSpec(const Session &session)
    : m_path(session.db().address()), m_access(session.access()), m_region(session.defaultRegion()),
      m_clock(&session.clock())
{
}

Result<std::unique_ptr<WorkerSession>> WorkerSpec::open(bool readOnly) const
{
    Database::Options options;
    options.createIfMissing = false;
    options.readOnly = readOnly;
    auto db = Database::open(m_path, options);
    if (!db)
        return db.error();
    std::unique_ptr<WorkerSession> worker(new WorkerSession);
    worker->m_db = std::move(db).value();
    worker->m_session = std::make_unique<Session>(*worker->m_db, *m_clock);
    if (Status s = worker->m_session->setAccess(m_access); !s)
        return s.error();
    worker->m_session->setDefaultRegion(m_region);
    return worker;
}

} // namespace guanxi
