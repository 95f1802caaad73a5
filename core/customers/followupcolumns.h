#pragma once

#include "platform/result.h"

#include <QVariant>

#include <optional>

namespace guanxi {

class Session;

// The follow-up columns of a customer or a lead: what FollowUpStore keeps in
// step with the follow-ups it logs. The owning store (CustomerStore, LeadStore)
// writes them, inside the caller's transaction. A value left unset stays as
// it is; a null QVariant clears the column.
struct FollowUpColumns {
    std::optional<QVariant> lastContact;    // stored time
    std::optional<QVariant> nextFollowUp;   // stored date
    std::optional<QVariant> nextAction;     // customers only
    QVariant updatedBy;                     // the user id, or null
    QString updatedAt;                      // stored time; empty: now
};

namespace FollowUpColumnsSql {
// Writes them to row `id` of `table` ("customers" or "leads"); on failure
// the error says `failure`.
Status write(Session &session, const QString &table, qint64 id, const FollowUpColumns &columns,
             const QString &failure);
} // namespace FollowUpColumnsSql

} // namespace guanxi
