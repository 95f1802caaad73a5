#include "activities/interaction.h"

namespace guanxi {

QList<Error> Interactions::validate(Interaction &i, const QDateTime &nowUtc, const QDate &today)
{
    QList<Error> errors;
    i.summary = i.summary.trimmed();
    i.feedback = i.feedback.trimmed();
    i.outcome = i.outcome.trimmed();
    i.nextAction = i.nextAction.trimmed();
    if (i.customerId <= 0 && i.leadId <= 0 && i.dealId <= 0)
        errors << Error{tr("Choose the customer, lead or deal this follow-up was about."), {}, QStringLiteral("customer")};
    if (i.summary.isEmpty())
        errors << Error{tr("Write a short summary of the follow-up (what was discussed)."), {},
                        QStringLiteral("summary")};
    else if (i.summary.size() > 4000)
        errors << Error{tr("The summary is %1 characters long; keep it under 4,000.").arg(i.summary.size()), {},
                        QStringLiteral("summary")};
    if (!i.occurredAt.isValid())
        i.occurredAt = nowUtc;
    else if (i.occurredAt > nowUtc.addSecs(5 * 60))
        errors << Error{tr("The follow-up time %1 is in the future; log follow-ups after they happen and plan "
                           "the next one with “Next follow-up”.")
                            .arg(i.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                        {}, QStringLiteral("occurred_at")};
    if (i.nextFollowUp.isValid() && i.nextFollowUp < today)
        errors << Error{tr("The next follow-up date %1 is in the past; choose today or a later day.")
                            .arg(i.nextFollowUp.toString(Qt::ISODate)),
                        {}, QStringLiteral("next_follow_up")};
    if (i.nextFollowUp.isValid() && i.nextFollowUp > today.addYears(5))
        errors << Error{tr("The next follow-up date %1 is more than five years away; check the year.")
                            .arg(i.nextFollowUp.toString(Qt::ISODate)),
                        {}, QStringLiteral("next_follow_up")};
    if (!i.nextFollowUp.isValid() && !i.nextAction.isEmpty())
        errors << Error{tr("Give the next action a date, or leave both empty."), {},
                        QStringLiteral("next_follow_up")};
    return errors;
}

} // namespace guanxi
