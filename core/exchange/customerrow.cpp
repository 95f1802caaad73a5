#include "exchange/customerrow.h"

#include "exchange/contactlabels.h"
#include "exchange/customerfields.h"
#include "exchange/customerimport.h"
#include "exchange/importsource.h"
#include "formats/csvwriter.h"
#include "platform/session.h"
#include "team/channelstore.h"
#include "text/datetext.h"
#include "text/han.h"
#include "text/phone.h"

#include <QRegularExpression>

#include <algorithm>

namespace guanxi {

struct CustomerRowReader::Draft {
    Customer c;
    QString given, family, companyText, companyAddress;
    QList<Phone> companyPhones;
    std::optional<CustomerKind> kind;
    qint64 idCell = 0;
};

namespace {

using Draft = CustomerRowReader::Draft;

std::optional<CustomerKind> kindFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (auto k = Customers::kindFromCode(t))
        return k;
    static const QStringList person = {QStringLiteral("个人"), QStringLiteral("individual"), QStringLiteral("p"),
                                       Customers::kindLabel(CustomerKind::Person).toLower()};
    static const QStringList company = {QStringLiteral("公司"), QStringLiteral("企业"), QStringLiteral("organization"),
                                        QStringLiteral("organisation"), QStringLiteral("c"),
                                        Customers::kindLabel(CustomerKind::Company).toLower()};
    if (person.contains(t))
        return CustomerKind::Person;
    if (company.contains(t))
        return CustomerKind::Company;
    return std::nullopt;
}

std::optional<Stage> stageFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (auto s = Customers::stageFromCode(t))
        return s;
    static const QHash<QString, Stage> names = {
        {QStringLiteral("线索"), Stage::Lead},         {QStringLiteral("潜在客户"), Stage::Prospect},
        {QStringLiteral("成交客户"), Stage::Customer}, {QStringLiteral("客户"), Stage::Customer},
        {QStringLiteral("忠诚客户"), Stage::Loyal},    {QStringLiteral("流失客户"), Stage::Churned},
    };
    if (auto it = names.constFind(t); it != names.constEnd())
        return *it;
    for (Stage s : Customers::stages())
        if (Customers::stageLabel(s).toLower() == t)
            return s;
    return std::nullopt;
}

QString appendLine(QString &to, const QString &cell)
{
    to = to.isEmpty() ? cell : to + u'\n' + cell;
    return {};
}

QString dateInto(QDate &to, const QString &cell)
{
    // Outlook writes an empty date as 0/0/00.
    static const QRegularExpression none(QStringLiteral("^0+[/.-]0+[/.-]0+$"));
    if (none.match(cell).hasMatch())
        return {};
    const QDate d = DateText::parse(cell);
    if (!d.isValid())
        return CustomerImport::tr("Not a date. Write it as 2026-03-15 (or 2026/3/15, 2026年3月15日).");
    to = d;
    return {};
}

// How a cell fills a draft, per field key; owner, source, custom fields and
// the labelled phones and e-mails need the file's look-ups or the row's other
// cells and are applied by the reader itself.
using Apply = QString (*)(Draft &, const QString &cell);
const QHash<QString, Apply> &appliers()
{
    static const QHash<QString, Apply> table = {
        {QStringLiteral("name"), [](Draft &d, const QString &c) { d.c.name = c; return QString(); }},
        {QStringLiteral("given_name"), [](Draft &d, const QString &c) { d.given = c; return QString(); }},
        {QStringLiteral("family_name"), [](Draft &d, const QString &c) { d.family = c; return QString(); }},
        {QStringLiteral("company"), [](Draft &d, const QString &c) { d.companyText = c; return QString(); }},
        {QStringLiteral("company_address"), [](Draft &d, const QString &c) { d.companyAddress = c; return QString(); }},
        {QStringLiteral("job_title"), [](Draft &d, const QString &c) { d.c.jobTitle = c; return QString(); }},
        {QStringLiteral("province"), [](Draft &d, const QString &c) { d.c.province = c; return QString(); }},
        {QStringLiteral("city"), [](Draft &d, const QString &c) { d.c.city = c; return QString(); }},
        {QStringLiteral("address"), [](Draft &d, const QString &c) { d.c.address = c; return QString(); }},
        {QStringLiteral("industry"), [](Draft &d, const QString &c) { d.c.industry = c; return QString(); }},
        {QStringLiteral("notes"), [](Draft &d, const QString &c) { return appendLine(d.c.notes, c); }},
        {QStringLiteral("tags"),
         [](Draft &d, const QString &c) {
             for (const QString &t : ContactLabels::tags(c))
                 if (!d.c.tags.contains(t, Qt::CaseInsensitive))
                     d.c.tags << t;
             return QString();
         }},
        {QStringLiteral("kind"),
         [](Draft &d, const QString &c) {
             d.kind = kindFrom(c);
             return d.kind ? QString() : CustomerImport::tr("Write “person” or “company” (个人 or 公司).");
         }},
        {QStringLiteral("stage"),
         [](Draft &d, const QString &c) {
             if (auto s = stageFrom(c)) {
                 d.c.stage = *s;
                 return QString();
             }
             return CustomerImport::tr("Unknown stage. Use one of: lead, prospect, customer, loyal, churned (or 线索, "
                                       "潜在客户, 成交客户, 忠诚客户, 流失客户).");
         }},
        {QStringLiteral("birthday"), [](Draft &d, const QString &c) { return dateInto(d.c.birthday, c); }},
        {QStringLiteral("next_follow_up"),
         [](Draft &d, const QString &c) { return dateInto(d.c.nextFollowUp, c); }},
        {QStringLiteral("id"),
         [](Draft &d, const QString &c) {
             bool ok = false;
             d.idCell = c.toLongLong(&ok);
             return ok && d.idCell > 0 ? QString() : CustomerImport::tr("Not a Guanxi customer ID (a whole number).");
         }},
    };
    return table;
}

} // namespace

CustomerRowReader::CustomerRowReader(Session &session, const QStringList &header, const QStringList &mapping,
                                     const QList<CustomField> &customFields,
                                     const QHash<QString, qint64> &ownerByName)
    : m_session(session), m_header(header), m_mapping(mapping), m_customFields(customFields),
      m_ownerByName(ownerByName)
{
    for (int i = 0; i < m_mapping.size(); ++i)
        if (!m_mapping.at(i).isEmpty() && !m_columnOf.contains(m_mapping.at(i)))
            m_columnOf.insert(m_mapping.at(i), i);
    // A label column labels the next phone (or e-mail) column after it.
    for (int i = 0; i < m_mapping.size(); ++i) {
        const QString &key = m_mapping.at(i);
        if (key != u"phone_label" && key != u"email_label")
            continue;
        const QString target = key.chopped(6);
        for (int j = i + 1; j < m_mapping.size() && m_mapping.at(j) != key; ++j)
            if (m_mapping.at(j) == target || (target == u"phone" && m_mapping.at(j) == u"company_phone")) {
                m_labelColumn.insert(j, i);
                break;
            }
    }
    for (int i = 0; i < m_mapping.size(); ++i)
        if (m_mapping.at(i) == u"phone" || m_mapping.at(i) == u"company_phone")
            m_headerLabel.insert(i, ContactLabels::fromPhoneHeader(m_header.value(i)));
    // An extension column goes with the nearest landline column before it
    // (电话, 分机), else the first one after it; a mobile or a fax has none.
    // With no landline column it stays a number of its own.
    for (int i = 0; i < m_mapping.size(); ++i) {
        if (m_mapping.at(i) != u"phone_extension")
            continue;
        const auto isPhone = [&](int j) {
            const QString label = m_headerLabel.value(j);
            return (m_mapping.at(j) == u"phone" || m_mapping.at(j) == u"company_phone") && label != u"mobile"
                   && label != u"fax" && label != u"pager";
        };
        int phone = -1;
        for (int j = i - 1; j >= 0 && phone < 0; --j)
            if (isPhone(j))
                phone = j;
        for (int j = i + 1; j < m_mapping.size() && phone < 0; ++j)
            if (isPhone(j))
                phone = j;
        if (phone >= 0 && !m_extensionColumn.contains(phone))
            m_extensionColumn.insert(phone, i);
    }
}

bool CustomerRowReader::applies(const QString &key)
{
    return key == u"owner" || key == u"source" || key == u"continuation" || key.startsWith(u"custom:")
           || key == u"phone" || key == u"company_phone" || key == u"email" || key == u"phone_label"
           || key == u"email_label" || key == u"phone_extension" || appliers().contains(key);
}

QString CustomerRowReader::apply(Draft &d, const QString &key, const QString &cell)
{
    if (auto it = appliers().constFind(key); it != appliers().constEnd())
        return (*it)(d, cell);
    if (key == u"owner") {
        if (auto it = m_ownerByName.constFind(cell.toLower()); it != m_ownerByName.constEnd()) {
            d.c.ownerId = *it;
            return {};
        }
        return CustomerImport::tr("No user has this login or name. Add the user first, or clear the cell to put the "
                                  "customer in the public pool.");
    }
    if (key == u"source")
        return applySource(d, cell);
    if (key.startsWith(u"custom:"))
        return applyCustom(d, key, cell);
    return {};
}

QString CustomerRowReader::applySource(Draft &d, const QString &cell)
{
    auto it = m_sourceByName.constFind(cell.toLower());
    if (it == m_sourceByName.constEnd()) {
        auto id = ChannelStore(m_session).findOrAddNamed(cell);
        if (!id) {
            // A storage failure stops the import, since SQLite may have
            // given up the transaction; a bad name is the row's problem.
            if (!id.error().isAboutInput())
                m_fatal = id.error();
            return id.error().message;
        }
        it = m_sourceByName.insert(cell.toLower(), *id);
    }
    d.c.sourceId = *it;
    return {};
}

QString CustomerRowReader::applyCustom(Draft &d, const QString &key, const QString &cell)
{
    const qint64 fieldId = key.mid(7).toLongLong();
    for (const CustomField &f : m_customFields) {
        if (f.id != fieldId)
            continue;
        auto value = f.type == CustomFieldType::MultiChoice ? f.normaliseChoices(CustomerFields::splitList(cell))
                                                            : f.normalise(cell);
        if (!value)
            return value.error().message;
        d.c.customValues.insert(fieldId, *value);
    }
    return {};
}

CustomerRow CustomerRowReader::read(const ImportRow &row, bool neutralised)
{
    CustomerRow out;
    Draft d;
    for (int i = 0; i < m_mapping.size(); ++i) {
        const QString &key = m_mapping.at(i);
        if (key == u"continuation")
            continue;
        QString raw = row.cells.value(i);
        // Text longer than an XLSX cell holds goes on in the columns after it,
        // split anywhere: joined as it is before anything is trimmed.
        for (int j = i + 1; j < m_mapping.size() && m_mapping.at(j) == u"continuation"; ++j)
            raw += row.cells.value(j);
        // vCard values are never neutralised; CSV and XLSX cells may be (see CsvWriter).
        const QString cell = neutralised ? CsvWriter::unneutralised(raw.trimmed()) : raw.trimmed();
        if (key.isEmpty() || cell.isEmpty())
            continue;
        out.present.insert(key);
        if (key == u"phone" || key == u"company_phone" || key == u"email") {
            applyLabelled(d, key, withExtension(row, i, cell), labelsFor(row, i));
            continue;
        }
        if (key == u"phone_extension") {
            if (std::find(m_extensionColumn.cbegin(), m_extensionColumn.cend(), i) == m_extensionColumn.cend())
                applyLabelled(d, QStringLiteral("phone"), cell, {QStringLiteral("extension")});
            continue;   // else read with its phone column
        }
        if (const QString why = apply(d, key, cell); !why.isEmpty())
            out.problems << ImportProblem{row.number, row.line, m_header.value(i), cell, why};
    }
    settle(row, d, out);
    return out;
}

// "010-8888 6666" and an extension column's "8001": one number with its
// extension, which the phone check keeps (a cell of several numbers stays as it is).
QString CustomerRowReader::withExtension(const ImportRow &row, int column, const QString &cell) const
{
    const auto it = m_extensionColumn.constFind(column);
    if (it == m_extensionColumn.constEnd())
        return cell;
    const QString extension = row.cells.value(*it).trimmed();
    if (extension.isEmpty() || CustomerFields::splitList(cell).size() != 1)
        return cell;
    return cell + QStringLiteral(" ext. ") + extension;
}

QStringList CustomerRowReader::labelsFor(const ImportRow &row, int column) const
{
    if (auto it = m_labelColumn.constFind(column); it != m_labelColumn.constEnd()) {
        const QString cell = row.cells.value(*it).trimmed();
        if (!cell.isEmpty())
            return ContactLabels::split(cell);
    }
    const QString fromHeader = m_headerLabel.value(column);
    return fromHeader.isEmpty() ? QStringList() : QStringList{fromHeader};
}

// One label per value when the counts agree ("mobile; work" for "a; b"),
// else one label for them all (Google's "Mobile" for "a ::: b").
void CustomerRowReader::applyLabelled(Draft &d, const QString &key, const QString &cell, const QStringList &labels)
{
    const QStringList values = CustomerFields::splitList(cell);
    const auto labelOf = [&](qsizetype i) {
        return labels.size() == values.size() ? labels.at(i) : labels.size() == 1 ? labels.first() : QString();
    };
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (key == u"email")
            d.c.emails << Email{labelOf(i), values.at(i)};
        else
            (key == u"phone" ? d.c.phones : d.companyPhones) << Phone{labelOf(i), values.at(i), QString()};
    }
}

// A row is refused for its identity only when nothing says who it is: no
// name, company, phone or e-mail (nor a Guanxi ID, for an update). A person
// known only by an e-mail address or a phone is named by it, with a warning.
void CustomerRowReader::settleIdentity(const ImportRow &row, Draft &d, CustomerRow &out)
{
    Customer &c = d.c;
    if (!c.name.isEmpty() || !d.companyText.isEmpty() || d.idCell > 0)
        return;
    const bool byPhone = c.emails.isEmpty();
    const Phone *phone = !c.phones.isEmpty() ? &c.phones.first() : d.companyPhones.isEmpty() ? nullptr : &d.companyPhones.first();
    if (byPhone && !phone) {
        out.problems << problemAt(row, QStringLiteral("name"),
                                  CustomerImport::tr("Nothing says who this is: the row has no name, company, phone "
                                                     "or e-mail. Fill in at least one of them, or leave the row out."));
        return;
    }
    c.name = byPhone ? phone->raw : c.emails.first().address;
    const QString field = !byPhone ? QStringLiteral("email")
                          : c.phones.isEmpty() ? QStringLiteral("company_phone") : QStringLiteral("phone");
    ImportProblem warning = problemAt(
        row, field,
        byPhone ? CustomerImport::tr("No name: the phone number “%1” is used as the name. Rename the customer when you "
                                     "know who it is.").arg(c.name)
                : CustomerImport::tr("No name: the e-mail address “%1” is used as the name. Rename the customer when "
                                     "you know who it is.").arg(c.name));
    warning.value = c.name;
    out.warnings << warning;
}

ImportProblem CustomerRowReader::problemAt(const ImportRow &row, const QString &field, const QString &reason) const
{
    const int column = m_columnOf.value(field, -1);
    return ImportProblem{row.number, row.line, column >= 0 ? m_header.value(column) : QString(),
                         column >= 0 ? row.cells.value(column) : QString(), reason};
}

void CustomerRowReader::settle(const ImportRow &row, Draft &d, CustomerRow &out)
{
    Customer &c = d.c;
    QSet<QString> &present = out.present;
    if (c.name.isEmpty() && (!d.given.isEmpty() || !d.family.isEmpty())) {
        // Chinese names run family first with no space; Western ones given first.
        c.name = Han::contains(d.given + d.family) ? d.family + d.given
                                                   : QStringList({d.given, d.family}).join(u' ').trimmed();
        present.insert(QStringLiteral("name"));
    }
    if (d.kind) {
        c.kind = *d.kind;
    } else if (c.name.isEmpty() && !d.companyText.isEmpty()) {
        // Only a company named: a new record is that company; an existing
        // person it matches keeps their name and gets the company link.
        c.kind = CustomerKind::Company;
        present.insert(QStringLiteral("derived_company"));
    }
    if (c.kind == CustomerKind::Company && c.name.isEmpty() && !d.companyText.isEmpty()) {
        c.name = d.companyText;
        if (!present.contains(QStringLiteral("derived_company")))
            present.insert(QStringLiteral("name"));
    }
    if (!d.companyText.isEmpty() && (c.kind == CustomerKind::Person || present.contains(QStringLiteral("derived_company"))))
        c.companyName = d.companyText;   // resolved to an id when the row is written
    settleIdentity(row, d, out);
    // A number that cannot be verified is kept as written with its problem
    // (CustomerImport lists it as a warning); it never refuses the row.
    for (QList<Phone> *phones : {&c.phones, &d.companyPhones})
        for (Phone &p : *phones)
            Customers::checkPhone(p, m_session.defaultRegion());
    // A person with a company: the company's phone and address wait for
    // that company. Otherwise the row's one record is where they belong.
    if (c.kind == CustomerKind::Person && !d.companyText.isEmpty()) {
        out.companyPhones = d.companyPhones;
        out.companyAddress = d.companyAddress;
    } else {
        for (const Phone &p : std::as_const(d.companyPhones))
            if (std::none_of(c.phones.begin(), c.phones.end(), [&](const Phone &t) { return t.sameNumber(p); }))
                c.phones << p;
        if (c.address.isEmpty() && !d.companyAddress.isEmpty()) {
            c.address = d.companyAddress;
            present.insert(QStringLiteral("address"));
        }
    }
    for (const Email &e : std::as_const(c.emails))
        if (!Customers::isValidEmail(e.address))
            out.problems << problemAt(
                row, QStringLiteral("email"),
                CustomerImport::tr("“%1” is not an e-mail address. Correct it or clear the cell.").arg(e.address));
    out.customer = std::move(c);
    out.idCell = d.idCell;
}

} // namespace guanxi
