#pragma once

#include "customers/customer.h"

namespace guanxi {

class Session;

// What a customer in the public pool shows to someone who is not an
// administrator: phones masked (138****5678) and no e-mails, until someone
// claims the customer or reveals the numbers (CustomerStore::revealPhones,
// logged in the audit trail).
struct PhoneMask {
    // The national number with its first 3 and last 4 digits kept
    // ("138****5678"); a number of 7 digits or fewer keeps its last 2
    // ("****78"). e164: the verified number when there is one (its country
    // code is left out), else the digits as written count.
    static QString mask(const QString &raw, const QString &e164 = {});
    // Whether this session sees a record of this owner masked: a pool record
    // (no owner) for anyone but an administrator.
    static bool applies(const Session &session, qint64 ownerId);
    // Masks the customer's phones and drops its e-mails when applies().
    // Returns whether it did.
    static bool apply(const Session &session, Customer &customer);
    // Whether a phone as shown is a masked one (the form sends it back).
    static bool isMasked(const QString &shown) { return shown.contains(QStringLiteral("****")); }
};

} // namespace guanxi
