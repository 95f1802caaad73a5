#include "session.h"

namespace guanxi {

Session::Session(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

} // namespace guanxi
