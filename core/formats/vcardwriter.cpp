// The vCard writer: 3.0 and 4.0, UTF-8, CRLF, folded at 75 octets without
// splitting a character. The reader is in vcard.cpp.
#include "text/han.h"
#include "formats/vcard.h"

#include <QHash>

#include <algorithm>

namespace guanxi {

namespace {

// TEXT escaping. Line breaks of any kind become \n; other control
// characters are not allowed in vCard values and are dropped.
QString escape(const QString &text, QStringView specials = u",;")
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == u'\\' || specials.contains(c)) {
            out += u'\\';
            out += c;
        } else if ((c.unicode() >= 0x20 && c.unicode() != 0xFEFF) || c == u'\t') {
            out += c;
        }
    }
    return out;
}

QString joinEscaped(const QStringList &parts)
{
    QStringList escaped;
    for (const QString &part : parts)
        escaped << escape(part);
    return escaped.join(u';');
}

// Folds at 75 octets (74 after the leading space) and never inside a
// UTF-8 sequence.
QByteArray fold(const QString &line)
{
    const QByteArray in = line.toUtf8();
    QByteArray out;
    out.reserve(in.size() + in.size() / 24 + 2);
    qsizetype pos = 0;
    qsizetype room = 75;
    while (in.size() - pos > room) {
        qsizetype cut = pos + room;
        while (cut > pos + 1 && (uchar(in[cut]) & 0xC0) == 0x80)
            --cut;
        out += QByteArrayView(in).sliced(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = 74;
    }
    out += QByteArrayView(in).sliced(pos);
    out += "\r\n";
    return out;
}

bool isPlainType(const QString &type)
{
    return std::all_of(type.begin(), type.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
    });
}

// ";TYPE=cell,voice". In 4.0 "pref" is PREF=1. Types are keywords
// (RFC 6350: letters, digits, '-'); anything else could not be read back
// the same way by every reader (an '=' or a ';' inside quotes, say), so such
// a type is left out rather than mangled.
QString typeParams(const QStringList &types, VCardVersion version)
{
    QStringList kept;
    bool pref = false;
    for (const QString &raw : types) {
        const QString type = raw.trimmed().toLower();
        if (type.isEmpty() || !isPlainType(type) || kept.contains(type))
            continue;
        if (type == u"pref" && version == VCardVersion::V40)
            pref = true;
        else
            kept << type;
    }
    QString out;
    if (!kept.isEmpty())
        out = QStringLiteral(";TYPE=") + kept.join(u',');
    if (pref)
        out += QStringLiteral(";PREF=1");
    return out;
}

QString madeUpName(const VCardContact &c)
{
    if (!c.familyName.isEmpty() || !c.givenName.isEmpty()) {
        if (Han::contains(c.familyName) || Han::contains(c.givenName))
            return c.familyName + c.givenName;
        QStringList parts;
        for (const QString &part :
             {c.prefixes, c.givenName, c.additionalNames, c.familyName, c.suffixes})
            if (!part.isEmpty())
                parts << part;
        return parts.join(u' ');
    }
    if (!c.organization.isEmpty())
        return c.organization;
    if (!c.emails.isEmpty())
        return c.emails.first().value;
    if (!c.phones.isEmpty())
        return c.phones.first().value;
    return {};
}

// --0412, 1985, 1985-04: dates 4.0 can write as they are.
bool isDateLike(const QString &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || c == u'-'; });
}

bool isTelUriSafe(const QString &number)
{
    return !number.isEmpty() && std::all_of(number.begin(), number.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.' || c == u'(' ||
               c == u')';
    });
}

} // namespace

QByteArray VCardWriter::write(const QList<VCardContact> &contacts, VCardVersion version)
{
    const bool v4 = version == VCardVersion::V40;
    QByteArray out;
    auto line = [&out](const QString &text) { out += fold(text); };
    for (const VCardContact &c : contacts) {
        int group = 0;
        // Custom labels go into an Apple item group, as Apple and Google read them.
        auto labelled = [&](const QString &label, const QString &property) {
            if (label.isEmpty()) {
                line(property);
                return;
            }
            const QString prefix = QStringLiteral("item%1.").arg(++group);
            line(prefix + property);
            line(prefix + QStringLiteral("X-ABLabel:") + escape(label));
        };
        line(QStringLiteral("BEGIN:VCARD"));
        line(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
        line(QStringLiteral("PRODID:-//Guanxi//Guanxi CRM//EN"));
        line(QStringLiteral("FN:") +
             escape(c.formattedName.isEmpty() ? madeUpName(c) : c.formattedName));
        const QStringList n = {c.familyName, c.givenName, c.additionalNames, c.prefixes,
                               c.suffixes};
        if (!v4 || std::any_of(n.begin(), n.end(), [](const QString &s) { return !s.isEmpty(); }))
            line(QStringLiteral("N:") + joinEscaped(n));
        if (!c.organization.isEmpty() || !c.orgUnits.isEmpty())
            line(QStringLiteral("ORG:") + joinEscaped(QStringList{c.organization} + c.orgUnits));
        if (!c.title.isEmpty())
            line(QStringLiteral("TITLE:") + escape(c.title));
        for (const VCardTyped &tel : c.phones) {
            const QString params = typeParams(tel.types, version);
            if (v4 && isTelUriSafe(tel.value))
                labelled(tel.label, QStringLiteral("TEL;VALUE=uri") + params +
                                        QStringLiteral(":tel:") + tel.value);
            else
                labelled(tel.label,
                         QStringLiteral("TEL") + params + u':' + escape(tel.value, u";"));
        }
        for (const VCardTyped &email : c.emails)
            labelled(email.label, QStringLiteral("EMAIL") + typeParams(email.types, version) +
                                      u':' + escape(email.value, u";"));
        for (const VCardAddress &a : c.addresses)
            labelled(a.label, QStringLiteral("ADR") + typeParams(a.types, version) + u':' +
                                  joinEscaped({a.poBox, a.extended, a.street, a.city, a.region,
                                               a.postalCode, a.country}));
        if (c.birthday.isValid())
            line(QStringLiteral("BDAY:") + c.birthday.toString(v4 ? QStringLiteral("yyyyMMdd")
                                                                  : QStringLiteral("yyyy-MM-dd")));
        else if (!c.birthdayText.isEmpty())
            line((v4 && !isDateLike(c.birthdayText) ? QStringLiteral("BDAY;VALUE=text:")
                                                    : QStringLiteral("BDAY:")) +
                 escape(c.birthdayText));
        if (!c.note.isEmpty())
            line(QStringLiteral("NOTE:") + escape(c.note));
        if (!c.categories.isEmpty()) {
            QStringList escaped;
            for (const QString &category : c.categories)
                escaped << escape(category);
            line(QStringLiteral("CATEGORIES:") + escaped.join(u','));
        }
        if (!c.uid.isEmpty()) {
            const QString uid = escape(c.uid);
            // In 4.0 a UID is a URI unless it says otherwise, and URIs have no escapes.
            line((v4 && uid != c.uid ? QStringLiteral("UID;VALUE=text:") : QStringLiteral("UID:")) +
                 uid);
        }
        line(QStringLiteral("END:VCARD"));
    }
    return out;
}

} // namespace guanxi
