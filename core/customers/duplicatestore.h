#pragma once

#include "customers/customer.h"
#include "leads/leadstore.h"
#include "platform/result.h"

#include <QCoreApplication>

#include <atomic>

namespace guanxi {

class Session;

// Customers that look like one: which ones, how sure (0–100) and why.
struct DuplicateGroup {
    QList<qint64> ids;        // lowest (oldest) first
    QStringList names;        // in the same order
    int score = 0;
    QStringList reasons;      // "Same phone: +8613812345678", ...; a pool
                              // customer masked (PhoneMask): "Same phone:
                              // 138****5678", "Same e-mail"
};

// Finds candidate duplicates over every live customer, by the keys an import
// uses: normalised phone, e-mail (any case), company name without legal
// suffixes, and a person's name at the same company. A key shared by more
// than `maxShared` customers (a switchboard number, info@) is not evidence
// and is left out.
class DuplicateStore {
    Q_DECLARE_TR_FUNCTIONS(DuplicateStore)
public:
    explicit DuplicateStore(Session &session) : m_session(session) {}

    static constexpr int maxShared = 20;

    // Highest score first. cancel is polled between the passes.
    Result<QList<DuplicateGroup>> find(const std::atomic_bool *cancel = nullptr) const;

    // Live customers a customer about to be saved looks like: the checks lead
    // conversion makes (LeadStore::duplicates: the same phone, e-mail or
    // company name) for each of its phones and e-mails, and for a person the
    // same name at the same company. Never the customer itself.
    Result<QList<DuplicateCandidate>> matching(const Customer &customer) const;

private:
    Session &m_session;
};

} // namespace guanxi
