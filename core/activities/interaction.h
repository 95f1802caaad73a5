#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace guanxi {

// One follow-up (跟进) with a customer: what happened and what comes next.
struct Interaction {
    qint64 id = 0;
    qint64 customerId = 0;     // for a deal: filled from the deal
    qint64 leadId = 0;         // a follow-up with a lead (no customer yet)
    qint64 dealId = 0;         // a follow-up about a deal
    qint64 channelId = 0;
    QDateTime occurredAt;      // UTC
    QString summary;
    QString feedback;          // the customer's feedback or objection
    QString outcome;
    QDate nextFollowUp;        // empty: nothing planned, the follow-up is done
    QString nextAction;
    qint64 userId = 0;
    QString userName;          // filled when read back
    QString channelName;       // filled when read back
};

struct Interactions {
    Q_DECLARE_TR_FUNCTIONS(Interactions)
public:
    // Trims text and checks the fields against "now" (the session's clock)
    // and today's local date. Error::field names the input.
    static QList<Error> validate(Interaction &interaction, const QDateTime &nowUtc, const QDate &today);
};

} // namespace guanxi
