#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace guanxi {

enum class LeadStatus { New, Qualified, Disqualified, Converted };

// A contact that is not a customer yet (线索).
struct Lead {
    qint64 id = 0;
    QString name;            // the contact person
    QString company;
    QString jobTitle;
    QString phone;           // as typed
    QString phoneE164;       // filled by validation; empty when the phone is not verified
    QString phoneProblem;    // filled by validation: why the phone is not verified; empty when it is
    QString email;
    QString province;
    QString city;
    QString industry;
    qint64 sourceId = 0;
    QString campaign;
    QString productInterest;
    QString notes;
    LeadStatus status = LeadStatus::New;
    QString disqualifyReason;
    qint64 ownerId = 0;      // 0: in the public pool
    QString ownerName;       // filled when read back
    qint64 customerId = 0;   // set by conversion
    QDateTime createdAt;
    QDateTime ownedSince;
    // Its row version when read (see EditConflict in platform/changelogstore.h);
    // 0: do not check.
    qint64 version = 0;
};

struct Leads {
    Q_DECLARE_TR_FUNCTIONS(Leads)
public:
    static QString statusCode(LeadStatus status);
    static std::optional<LeadStatus> statusFromCode(const QString &code);
    static QString statusLabel(LeadStatus status);
    static QList<LeadStatus> statuses();
    // Trims, normalises the phone, checks the e-mail; Error::field names the input.
    // A phone that cannot be verified for `region` (ISO 3166, for numbers
    // without +) is no error: it is kept as written with phoneProblem set.
    static QList<Error> validate(Lead &lead, const QString &region);
};

} // namespace guanxi
