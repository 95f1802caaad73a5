#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

enum class AssignMethod { User, RoundRobin, LeastLoaded };

// "Leads from 上海 in manufacturing go to the east team, in turn."
struct AssignmentRule {
    qint64 id = 0;
    QString name;
    bool active = true;
    QString province;        // empty: any
    QString city;
    QString industry;
    qint64 sourceId = 0;     // 0: any
    QString product;         // found in the lead's product interest
    AssignMethod method = AssignMethod::User;
    QList<qint64> userIds;   // the person, or the team in order
    int nextIndex = 0;       // round robin: whose turn
};

class AssignmentRuleStore {
    Q_DECLARE_TR_FUNCTIONS(AssignmentRuleStore)
public:
    explicit AssignmentRuleStore(Session &session) : m_session(session) {}

    Result<QList<AssignmentRule>> list(bool activeOnly = false) const;
    // The active rules for assigning, inside the caller's transaction: on a
    // server their rows stay locked to its end, so that whose turn it is in a
    // round robin is read and moved by one assignment run at a time.
    Result<QList<AssignmentRule>> takeTurns() const;
    // Adding and removing rules needs Permission::EditPoolRules.
    Result<qint64> add(const AssignmentRule &rule);   // appended: evaluated last
    Status remove(qint64 id);
    Status setNextIndex(qint64 id, int next);
    // Open leads each user holds, for least-loaded assignment.
    Result<QList<qint64>> openLeadCounts(const QList<qint64> &userIds) const;

    static QString methodCode(AssignMethod method);
    static std::optional<AssignMethod> methodFromCode(const QString &code);

private:
    Result<QList<AssignmentRule>> read(bool activeOnly, const QString &lock) const;
    Session &m_session;
};

} // namespace guanxi
