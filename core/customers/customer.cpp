#include "customers/customer.h"

#include "platform/enumtable.h"
#include "text/phone.h"

#include <QRegularExpression>

#include <algorithm>

namespace guanxi {

QString CustomerField::custom(qint64 fieldId)
{
    return QStringLiteral("custom:%1").arg(fieldId);
}

namespace {

constexpr auto kindTable = enumTable<CustomerKind>("Customers", {
    {CustomerKind::Person, "person", QT_TRANSLATE_NOOP("Customers", "Person")},
    {CustomerKind::Company, "company", QT_TRANSLATE_NOOP("Customers", "Company")},
});

constexpr auto stageTable = enumTable<Stage>("Customers", {
    {Stage::Lead, "lead", QT_TRANSLATE_NOOP("Customers", "Lead")},
    {Stage::Prospect, "prospect", QT_TRANSLATE_NOOP("Customers", "Prospect")},
    {Stage::Customer, "customer", QT_TRANSLATE_NOOP("Customers", "Customer")},
    {Stage::Loyal, "loyal", QT_TRANSLATE_NOOP("Customers", "Loyal")},
    {Stage::Churned, "churned", QT_TRANSLATE_NOOP("Customers", "Churned")},
});

} // namespace

QString Customers::kindCode(CustomerKind kind) { return kindTable.code(kind); }
std::optional<CustomerKind> Customers::kindFromCode(const QString &code) { return kindTable.fromCode(code); }
QString Customers::kindLabel(CustomerKind kind) { return kindTable.label(kind); }

QList<Stage> Customers::stages() { return stageTable.values(); }
QString Customers::stageCode(Stage stage) { return stageTable.code(stage); }
std::optional<Stage> Customers::stageFromCode(const QString &code) { return stageTable.fromCode(code); }
QString Customers::stageLabel(Stage stage) { return stageTable.label(stage); }

void Customers::addContacts(Customer &to, const Customer &from)
{
    for (const Phone &p : from.phones)
        if (std::none_of(to.phones.begin(), to.phones.end(), [&](const Phone &q) { return q.sameNumber(p); }))
            to.phones << p;
    for (const Email &e : from.emails)
        if (std::none_of(to.emails.begin(), to.emails.end(), [&](const Email &q) {
                return q.address.compare(e.address, Qt::CaseInsensitive) == 0;
            }))
            to.emails << e;
    for (const QString &t : from.tags)
        if (!to.tags.contains(t, Qt::CaseInsensitive))
            to.tags << t;
}

bool Customers::isValidEmail(const QString &address)
{
    // Pragmatic: one @, a non-empty local part, a dotted domain, no spaces.
    static const QRegularExpression re(QStringLiteral(
        R"(^[^\s@"(),:;<>\[\\\]]+@[^\s@"(),:;<>\[\\\]_]+\.[^\s@"(),:;<>\[\\\]_.]{2,}$)"));
    return re.match(address).hasMatch() && !address.contains(QStringLiteral(".."));
}

bool Phone::sameNumber(const Phone &other) const
{
    if (!e164.isEmpty() || !other.e164.isEmpty())
        return e164 == other.e164;
    const QString mine = PhoneNumber::digits(raw);
    return !mine.isEmpty() ? mine == PhoneNumber::digits(other.raw) : raw == other.raw;
}

void Customers::checkPhone(Phone &p, const QString &region)
{
    const PhoneCheck check = PhoneNumber::check(p.raw, region);
    p.e164 = check.e164;
    p.problem = check.problem;
}

QList<Error> Customers::validate(Customer &c, const QString &region, const QDate &today)
{
    QList<Error> errors;
    c.name = c.name.simplified();
    c.jobTitle = c.jobTitle.trimmed();
    c.province = c.province.trimmed();
    c.city = c.city.trimmed();
    c.address = c.address.trimmed();
    c.industry = c.industry.trimmed();
    c.notes = c.notes.trimmed();

    if (c.name.isEmpty())
        errors << Error{tr("Enter a name: every customer needs one."), {}, CustomerField::Name};
    else if (c.name.size() > 200)
        errors << Error{tr("The name is %1 characters long; keep it under 200.").arg(c.name.size()),
                        {}, CustomerField::Name};
    if (c.kind == CustomerKind::Company && c.companyId != 0)
        errors << Error{tr("A company cannot belong to another company. Clear the company field."),
                        {}, CustomerField::Company};
    if (c.companyId != 0 && c.companyId == c.id)
        errors << Error{tr("A customer cannot be its own company."), {}, CustomerField::Company};

    QList<Phone> phones;
    for (Phone p : c.phones) {
        p.raw = p.raw.trimmed();
        if (p.raw.isEmpty())
            continue;
        // Checked once, in the region it was read in: a number loaded from
        // the file keeps what its check found, whatever the region now.
        if (p.e164.isEmpty() && p.problem.isEmpty())
            checkPhone(p, region);
        if (std::none_of(phones.begin(), phones.end(), [&](const Phone &q) { return q.sameNumber(p); }))
            phones << p;
    }
    c.phones = phones;

    QList<Email> emails;
    QStringList seenEmails;
    for (Email e : c.emails) {
        e.address = e.address.trimmed();
        if (e.address.isEmpty())
            continue;
        if (!isValidEmail(e.address)) {
            errors << Error{tr("“%1” is not an e-mail address; it should look like "
                               "name@example.com.")
                                .arg(e.address),
                            {}, CustomerField::Emails};
            continue;
        }
        if (seenEmails.contains(e.address.toLower()))
            continue;
        seenEmails << e.address.toLower();
        emails << e;
    }
    c.emails = emails;

    QStringList tags;
    for (const QString &t : c.tags) {
        const QString tag = t.simplified();
        if (tag.isEmpty() || tags.contains(tag, Qt::CaseInsensitive))
            continue;
        if (tag.size() > 50)
            errors << Error{tr("The tag “%1” is too long; keep tags under 50 characters.").arg(tag),
                            {}, CustomerField::Tags};
        tags << tag;
    }
    c.tags = tags;

    if (c.birthday.isValid() && today.isValid() && c.birthday > today)
        errors << Error{c.kind == CustomerKind::Company
                            ? tr("The founding date %1 is in the future.").arg(c.birthday.toString(Qt::ISODate))
                            : tr("The birthday %1 is in the future.").arg(c.birthday.toString(Qt::ISODate)),
                        {}, CustomerField::Birthday};
    if (c.birthday.isValid() && c.birthday.year() < 1800)
        errors << Error{tr("The date %1 is before 1800; check the year.").arg(c.birthday.toString(Qt::ISODate)),
                        {}, CustomerField::Birthday};
    if (c.nextFollowUp.isValid() && (c.nextFollowUp.year() < 2000 || c.nextFollowUp.year() > 2200))
        errors << Error{tr("The follow-up date %1 is not plausible; check the year.")
                            .arg(c.nextFollowUp.toString(Qt::ISODate)),
                        {}, CustomerField::NextFollowUp};
    return errors;
}

} // namespace guanxi
