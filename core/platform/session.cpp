#include "platform/session.h"

#include "platform/db/database.h"

namespace guanxi {

Session::Session(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

void Session::announce(std::function<void()> f)
{
    if (!m_quiet)
        m_db.afterCommit(std::move(f));
}

} // namespace guanxi
