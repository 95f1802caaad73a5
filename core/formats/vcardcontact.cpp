// The kept properties of a vCard put into its contact: names, company,
// phones, e-mails, addresses, birthday, notes, categories, and the labels of
// Apple's item groups.
#include "formats/vcardparts.h"

#include <QLocale>
#include <QStringDecoder>

#include <algorithm>

namespace guanxi {

namespace vcardread {

namespace {

void addType(QStringList &types, const QString &type)
{
    const QString t = type.trimmed().toLower();
    if (!t.isEmpty() && !types.contains(t))
        types << t;
}

// TYPE=cell,voice / TYPE=cell;TYPE=pref / TYPE="cell,voice" / 2.1 bare
// TEL;CELL;PREF / 4.0 PREF=1. Undecodable type names are dropped.
QStringList typesOf(const Property &p)
{
    QStringList types;
    auto add = [&types](const QByteArray &bytes) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(bytes);
        if (!utf8.hasError())
            for (const QString &t : text.split(u','))
                addType(types, t);
    };
    for (const Param &param : p.params) {
        if (param.name == "TYPE")
            add(param.value);
        else if (param.name.isEmpty() && !isEncodingKeyword(param.value.toUpper()))
            add(param.value);
        else if (param.name == "PREF" && param.value.trimmed() == "1")
            addType(types, QStringLiteral("pref"));
    }
    return types;
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() &&
           std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// 19850412, 1985-04-12, either with a time after 'T'. Anything else (--0412,
// 1985, 1985-04, free text) gives an invalid date.
QDate parseDate(const QString &text)
{
    const QStringView s = QStringView(text).left(text.indexOf(u'T'));
    if (s.size() == 8 && allDigits(s))
        return QDate(s.first(4).toInt(), s.sliced(4, 2).toInt(), s.sliced(6, 2).toInt());
    if (s.size() == 10 && s[4] == u'-' && s[7] == u'-' && allDigits(s.first(4)) &&
        allDigits(s.sliced(5, 2)) && allDigits(s.sliced(8, 2)))
        return QDate(s.first(4).toInt(), s.sliced(5, 2).toInt(), s.sliced(8, 2).toInt());
    return {};
}

// Apple's built-in labels (_$!<Mobile>!$_) name types; other labels are the
// user's own and are kept as text.
void applyLabel(QStringList &types, QString &label, const QString &abLabel)
{
    if (abLabel.isEmpty())
        return;
    auto wrapped = [](const QString &s) {
        return s.size() >= 8 && s.startsWith(QStringLiteral("_$!<")) &&
               s.endsWith(QStringLiteral(">!$_"));
    };
    if (!wrapped(abLabel)) {
        label = abLabel;
        return;
    }
    QString inner = abLabel;
    while (wrapped(inner))
        inner = inner.mid(4, inner.size() - 8);
    // Trimmed like every other value, so the label reads back the same.
    inner = inner.trimmed();
    static const QHash<QString, QStringList> known = {
        {QStringLiteral("mobile"), {QStringLiteral("cell")}},
        {QStringLiteral("iphone"), {QStringLiteral("cell")}},
        {QStringLiteral("home"), {QStringLiteral("home")}},
        {QStringLiteral("work"), {QStringLiteral("work")}},
        {QStringLiteral("homefax"), {QStringLiteral("home"), QStringLiteral("fax")}},
        {QStringLiteral("workfax"), {QStringLiteral("work"), QStringLiteral("fax")}},
        {QStringLiteral("otherfax"), {QStringLiteral("fax")}},
        {QStringLiteral("pager"), {QStringLiteral("pager")}},
        {QStringLiteral("main"), {}},
        {QStringLiteral("other"), {}},
    };
    const auto it = known.constFind(inner.toLower());
    if (it == known.constEnd()) {
        label = inner;
        return;
    }
    for (const QString &t : *it)
        addType(types, t);
}

bool startsWithNoCase(const QString &text, const char *prefix)
{
    return text.startsWith(QLatin1StringView(prefix), Qt::CaseInsensitive);
}

// tel:+1-555-0100;ext=12 -> "+1-555-0100 ext. 12"; other URI parameters go.
QString telNumber(QString value)
{
    if (!startsWithNoCase(value, "tel:"))
        return value;
    while (startsWithNoCase(value, "tel:"))
        value = value.mid(4).trimmed();
    const QStringList parts = value.split(u';');
    QString number = parts.first().trimmed();
    for (const QString &part : parts.mid(1))
        if (startsWithNoCase(part, "ext=") && part.size() > 4)
            number += QStringLiteral(" ext. ") + part.mid(4);
    // Values are read trimmed: an extension without a number must not start
    // with a space, or writing and reading it again would differ.
    return number.trimmed();
}

// A kept property's value, decoded: as written (escapes kept, for values
// with components) and as plain text (unescaped and trimmed).
struct Value {
    const QString &text;
    const QString &plain;
    bool v21;
};

using Apply = void (*)(Card &, const Property &, const Value &);

void setVersion(Card &card, const Property &, const Value &v)
{
    card.contact.version = v.plain;
}

void setFormattedName(Card &card, const Property &, const Value &v)
{
    if (card.contact.formattedName.isEmpty())
        card.contact.formattedName = v.plain;
}

void setName(Card &card, const Property &, const Value &v)
{
    VCardContact &c = card.contact;
    if (!c.familyName.isEmpty() || !c.givenName.isEmpty())
        return;
    const QStringList n = components(v.text, 5, v.v21);
    c.familyName = n[0];
    c.givenName = n[1];
    c.additionalNames = n[2];
    c.prefixes = n[3];
    c.suffixes = n[4];
}

void setOrganization(Card &card, const Property &, const Value &v)
{
    VCardContact &c = card.contact;
    if (!c.organization.isEmpty() || !c.orgUnits.isEmpty())
        return;
    const QStringList org = components(v.text, 1, v.v21);
    c.organization = org.first();
    for (const QString &unit : org.mid(1))
        if (!unit.isEmpty())
            c.orgUnits << unit;
}

void setTitle(Card &card, const Property &, const Value &v)
{
    if (card.contact.title.isEmpty())
        card.contact.title = v.plain;
}

void addPhone(Card &card, const Property &p, const Value &v)
{
    const QString number = telNumber(v.plain);
    if (!number.isEmpty()) {
        card.contact.phones.append({number, typesOf(p), {}});
        card.phoneGroups << p.group;
    }
}

void addEmail(Card &card, const Property &p, const Value &v)
{
    QString address = v.plain;
    while (startsWithNoCase(address, "mailto:"))
        address = address.mid(7).trimmed();
    if (!address.isEmpty()) {
        card.contact.emails.append({address, typesOf(p), {}});
        card.emailGroups << p.group;
    }
}

void addAddress(Card &card, const Property &p, const Value &v)
{
    const QStringList a = components(v.text, 7, v.v21).first(7); // extra components are not ADR
    if (std::any_of(a.begin(), a.end(), [](const QString &s) { return !s.isEmpty(); })) {
        card.contact.addresses.append({a[0], a[1], a[2], a[3], a[4], a[5], a[6], typesOf(p), {}});
        card.addressGroups << p.group;
    }
}

void setBirthday(Card &card, const Property &p, const Value &v)
{
    VCardContact &c = card.contact;
    if (!c.birthdayText.isEmpty())
        return;
    c.birthdayText = v.plain;
    c.birthday = parseDate(v.plain);
    // Apple writes a birthday without a year as 1604-MM-DD.
    const QByteArray omitYear = paramValue(p, "X-APPLE-OMIT-YEAR");
    if (c.birthday.isValid() && !omitYear.isEmpty() && c.birthday.year() == omitYear.toInt()) {
        c.birthdayText = c.birthday.toString(QStringLiteral("--MMdd"));
        c.birthday = QDate();
    }
}

void addNote(Card &card, const Property &, const Value &v)
{
    VCardContact &c = card.contact;
    const QString note = unescape(v.text, v.v21);
    c.note = c.note.isEmpty() ? note : c.note + u'\n' + note;
}

void addCategories(Card &card, const Property &, const Value &v)
{
    const QStringList parts =
        splitEscaped(v.text, v.v21 ? QStringView(u",;") : QStringView(u","), v.v21);
    for (const QString &part : parts) {
        const QString category = unescape(part, v.v21).trimmed();
        if (!category.isEmpty() && !card.contact.categories.contains(category))
            card.contact.categories << category;
    }
}

void setUid(Card &card, const Property &, const Value &v)
{
    if (card.contact.uid.isEmpty())
        card.contact.uid = v.plain;
}

// item1.X-ABLabel:Office labels the other properties of group item1.
void addLabel(Card &card, const Property &p, const Value &v)
{
    if (!p.group.isEmpty())
        card.labels.insert(p.group, v.plain);
}

// The properties a contact keeps, and where each goes.
const QHash<QByteArray, Apply> &keptProperties()
{
    static const QHash<QByteArray, Apply> kept = {
        {"VERSION", setVersion}, {"FN", setFormattedName},
        {"N", setName},          {"ORG", setOrganization},
        {"TITLE", setTitle},     {"TEL", addPhone},
        {"EMAIL", addEmail},     {"ADR", addAddress},
        {"BDAY", setBirthday},   {"CATEGORIES", addCategories},
        {"UID", setUid},         {"X-ABLABEL", addLabel},
        {"NOTE", addNote},
    };
    return kept;
}

// Many NOTE lines add up, and a million tiny TELs cost more than their text.
Status checkCardLimits(Card &card, const Property &p, const QString &text, int line)
{
    card.chars += text.size();
    if (card.chars > VCardReader::MaxCardChars)
        return Error{VCardReader::tr("Line %1: the contact card that starts on line %2 holds more "
                                     "than %3 characters of text, more than Guanxi imports for "
                                     "one contact. Shorten its notes in your contacts program, "
                                     "export again and retry.")
                         .arg(QString::number(line), QString::number(card.contact.line),
                              QLocale().toString(VCardReader::MaxCardChars)),
                     QStringLiteral("card text over %1 characters at %2")
                         .arg(QString::number(VCardReader::MaxCardChars), fieldWhat(p.name)),
                     {}};
    if (++card.properties > VCardReader::MaxCardProperties)
        return Error{VCardReader::tr("Line %1: the contact card that starts on line %2 has more "
                                     "than %3 names, phone numbers, addresses and other fields, "
                                     "more than Guanxi imports for one contact. The file may be "
                                     "damaged; export the contacts again and retry.")
                         .arg(QString::number(line), QString::number(card.contact.line),
                              QLocale().toString(VCardReader::MaxCardProperties)),
                     QStringLiteral("over %1 kept properties").arg(VCardReader::MaxCardProperties),
                     {}};
    return {};
}

} // namespace

bool isKept(const QByteArray &name)
{
    return keptProperties().contains(name);
}

void Card::finish()
{
    auto label = [this](const QByteArray &group) {
        return group.isEmpty() ? QString() : labels.value(group);
    };
    for (qsizetype i = 0; i < contact.phones.size(); ++i)
        applyLabel(contact.phones[i].types, contact.phones[i].label, label(phoneGroups[i]));
    for (qsizetype i = 0; i < contact.emails.size(); ++i)
        applyLabel(contact.emails[i].types, contact.emails[i].label, label(emailGroups[i]));
    for (qsizetype i = 0; i < contact.addresses.size(); ++i)
        applyLabel(contact.addresses[i].types, contact.addresses[i].label, label(addressGroups[i]));
}

Status applyProperty(Card &card, const Property &p, int line)
{
    card.agentOpen = p.name == "AGENT" && p.value.trimmed().isEmpty();
    if (p.name == "PHOTO")
        card.photo = true;
    const Apply apply = keptProperties().value(p.name);
    if (!apply)
        return {};
    const QString text = decodeValue(p, ValueSite{line, card.contact.line}, card.warnings);
    if (Status st = checkCardLimits(card, p, text, line); !st)
        return st;
    const bool v21 = card.v21();
    const QString plain = unescape(text, v21).trimmed();
    apply(card, p, Value{text, plain, v21});
    return {};
}

} // namespace vcardread

} // namespace guanxi
