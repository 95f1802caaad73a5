#include "leads/lead.h"

#include "customers/customer.h"
#include "platform/enumtable.h"
#include "text/phone.h"

namespace guanxi {

namespace {

constexpr auto statusTable = enumTable<LeadStatus>("Leads", {
    {LeadStatus::New, "new", QT_TRANSLATE_NOOP("Leads", "New")},
    {LeadStatus::Qualified, "qualified", QT_TRANSLATE_NOOP("Leads", "Qualified")},
    {LeadStatus::Disqualified, "disqualified", QT_TRANSLATE_NOOP("Leads", "Disqualified")},
    {LeadStatus::Converted, "converted", QT_TRANSLATE_NOOP("Leads", "Converted")},
});

} // namespace

QList<LeadStatus> Leads::statuses() { return statusTable.values(); }
QString Leads::statusCode(LeadStatus s) { return statusTable.code(s); }
std::optional<LeadStatus> Leads::statusFromCode(const QString &code) { return statusTable.fromCode(code); }
QString Leads::statusLabel(LeadStatus s) { return statusTable.label(s); }

QList<Error> Leads::validate(Lead &l, const QString &region)
{
    QList<Error> errors;
    for (QString *text : {&l.name, &l.company, &l.jobTitle, &l.email, &l.province, &l.city, &l.industry,
                          &l.campaign, &l.productInterest})
        *text = text->simplified();
    l.notes = l.notes.trimmed();
    l.phone = l.phone.trimmed();
    if (l.name.isEmpty())
        errors << Error{tr("Enter the contact's name: every lead needs one."), {}, QStringLiteral("name")};
    l.phoneE164.clear();
    l.phoneProblem.clear();
    if (!l.phone.isEmpty()) {
        const PhoneCheck check = PhoneNumber::check(l.phone, region);
        l.phoneE164 = check.e164;
        l.phoneProblem = check.problem;
    }
    if (!l.email.isEmpty() && !Customers::isValidEmail(l.email))
        errors << Error{tr("“%1” is not an e-mail address; it should look like name@example.com.").arg(l.email), {},
                        QStringLiteral("email")};
    if (l.phone.isEmpty() && l.email.isEmpty() && l.company.isEmpty())
        errors << Error{tr("Give at least a phone, an e-mail or a company, so the lead can be reached."), {},
                        QStringLiteral("phone")};
    return errors;
}

} // namespace guanxi
