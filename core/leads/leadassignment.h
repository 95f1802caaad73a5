#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

struct AssignmentReport {
    int considered = 0;
    int assigned = 0;
    QStringList lines;       // "张先生 → 王芳 (rule: 上海)"
};

// Gives pool leads an owner by the assignment rules, first matching rule
// first: to one person, to a team in turn (round robin), or to whoever in the
// team holds the fewest open leads. Each assignment goes through the pool
// (limit, history, notification); a lead no rule matches stays in the pool.
class LeadAssignment {
    Q_DECLARE_TR_FUNCTIONS(LeadAssignment)
public:
    explicit LeadAssignment(Session &session) : m_session(session) {}

    Result<AssignmentReport> assign(const QList<qint64> &leadIds);
    // Every open lead in the pool.
    Result<AssignmentReport> assignPool();

private:
    Session &m_session;
};

} // namespace guanxi
