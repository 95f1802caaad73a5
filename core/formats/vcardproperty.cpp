// A vCard property: its group, name and parameters read from the line's
// header, and its value decoded (quoted-printable, base64, character sets)
// and unescaped.
#include "formats/vcardparts.h"

#include <QStringDecoder>

#include <algorithm>

namespace guanxi {

namespace vcardread {

namespace {

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

void addParam(Property &p, QByteArrayView token)
{
    token = token.trimmed();
    if (token.isEmpty())
        return;
    const qsizetype eq = token.indexOf('=');
    if (eq < 0) {
        p.params.append({QByteArray(), token.toByteArray()});
        return;
    }
    QByteArrayView value = token.sliced(eq + 1).trimmed();
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.sliced(1, value.size() - 2);
    p.params.append({token.first(eq).trimmed().toByteArray().toUpper(), value.toByteArray()});
}

// Reads "group.NAME;param;param:" and returns the index of the ':' that starts
// the value, or -1. 3.0/4.0 parameter values may be quoted and contain ':'
// or ';'; a stray quote in a 2.1 line is retried without quote handling.
qsizetype parseHeader(QByteArrayView text, Property &p, bool quotes)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && text[i] != ';' && text[i] != ':')
        ++i;
    if (i == n)
        return -1;
    const QByteArrayView full = text.first(i).trimmed();
    const qsizetype dot = full.lastIndexOf('.');
    const QByteArrayView group = dot < 0 ? QByteArrayView() : full.first(dot);
    const QByteArrayView name = full.sliced(dot + 1);
    if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isNameChar) ||
        !std::all_of(group.begin(), group.end(), [](char c) { return isNameChar(c) || c == '.'; }))
        return -1;
    p.group = group.toByteArray().toLower();
    p.name = name.toByteArray().toUpper();
    p.params.clear();
    while (text[i] == ';') {
        const qsizetype start = ++i;
        bool quoted = false;
        while (i < n && (quoted || (text[i] != ';' && text[i] != ':'))) {
            // A quoted-string is a whole parameter value (or list item), so only
            // a quote right after '=' or ',' opens one.
            if (quotes && text[i] == '"' && (quoted || text[i - 1] == '=' || text[i - 1] == ','))
                quoted = !quoted;
            ++i;
        }
        if (i == n)
            return -1;
        addParam(p, text.sliced(start, i - start));
    }
    return i;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Malformed escapes are kept as they are, as RFC 2045 suggests.
QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size() && hexDigit(in[i + 1]) >= 0 &&
            hexDigit(in[i + 2]) >= 0) {
            out += char(hexDigit(in[i + 1]) * 16 + hexDigit(in[i + 2]));
            i += 2;
        } else if (in[i] == '=' && i + 1 == in.size()) {
            break; // a last soft line break with nothing after it
        } else {
            out += in[i];
        }
    }
    return out;
}

// Old Chinese exports say GB2312 or GBK but use characters only GBK or
// GB18030 have; GB18030 decodes all of them.
QByteArray codecName(QByteArray charset)
{
    charset = charset.trimmed().toUpper();
    if (charset == "GB2312" || charset == "GBK" || charset == "X-GBK" || charset == "CP936" ||
        charset == "WINDOWS-936" || charset == "EUC-CN")
        return "GB18030";
    return charset;
}

// What the user calls the property, for messages.
QString fieldName(const QByteArray &name)
{
    if (name == "FN" || name == "N")
        return VCardReader::tr("name");
    if (name == "ORG")
        return VCardReader::tr("company");
    if (name == "TITLE")
        return VCardReader::tr("job title");
    if (name == "TEL")
        return VCardReader::tr("phone number");
    if (name == "EMAIL")
        return VCardReader::tr("e-mail address");
    if (name == "ADR")
        return VCardReader::tr("address");
    if (name == "BDAY")
        return VCardReader::tr("birthday");
    if (name == "NOTE")
        return VCardReader::tr("note");
    if (name == "CATEGORIES")
        return VCardReader::tr("categories");
    if (name == "X-ABLABEL")
        return VCardReader::tr("label");
    return VCardReader::tr("value");
}

} // namespace

qsizetype parseHeaderLenient(QByteArrayView text, Property &p)
{
    const qsizetype colon = parseHeader(text, p, true);
    return colon >= 0 ? colon : parseHeader(text, p, false);
}

std::optional<Property> parseProperty(const QByteArray &text)
{
    Property p;
    const qsizetype colon = parseHeaderLenient(text, p);
    if (colon < 0)
        return std::nullopt;
    p.value = text.sliced(colon + 1);
    return p;
}

QByteArray paramValue(const Property &p, const char *name)
{
    for (const Param &param : p.params)
        if (param.name == name)
            return param.value;
    return {};
}

// ENCODING=QUOTED-PRINTABLE, ENCODING=BASE64/b, or the bare 2.1 forms.
QByteArray encodingOf(const Property &p)
{
    for (const Param &param : p.params) {
        const QByteArray v = param.value.toUpper();
        if (param.name == "ENCODING" && v == "B")
            return "BASE64";
        if ((param.name == "ENCODING" || param.name.isEmpty()) &&
            (v == "QUOTED-PRINTABLE" || v == "BASE64"))
            return v;
    }
    return {};
}

bool isEncodingKeyword(const QByteArray &upper)
{
    return upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "8BIT" || upper == "7BIT";
}

QString fieldWhat(const QByteArray &name)
{
    return QStringLiteral("%1 (%2)").arg(fieldName(name), QString::fromLatin1(name));
}

// The value as text: quoted-printable or base64 undone, then decoded from its
// CHARSET (UTF-8 when none is given). Line breaks become "\n". A damaged value
// is kept as far as it decodes, with a warning: bytes its character set cannot
// read are dropped (never turned into U+FFFD), an unknown character set is
// read as UTF-8, and a value that is not base64 is dropped whole.
QString decodeValue(const Property &p, const ValueSite &site, QStringList &warnings)
{
    QByteArray raw = p.value;
    const QByteArray encoding = encodingOf(p);
    // "the note (NOTE)": words for the user, the name for whoever looks at the file.
    const QString where = QString::number(site.line);
    const QString card = QString::number(site.cardLine);
    const QString what = fieldWhat(p.name);
    if (encoding == "QUOTED-PRINTABLE") {
        raw = decodeQuotedPrintable(raw);
    } else if (encoding == "BASE64") {
        raw.replace(' ', QByteArray()).replace('\t', QByteArray());
        auto decoded = QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            warnings << VCardReader::tr("Line %1, in the card that starts on line %2: the %3 is not valid base64 "
                                        "and was left out. Check the contact after the import.")
                            .arg(where, card, what);
            return {};
        }
        raw = *decoded;
    }
    const QByteArray charset = paramValue(p, "CHARSET");
    const QString charsetText = QString::fromLatin1(charset.left(40));
    const QByteArray codec = codecName(charset);
    std::optional<QStringDecoder> decoder;
    if (!codec.isEmpty() && codec != "UTF-8" && codec != "UTF8")
        decoder.emplace(codec.constData(), QStringDecoder::Flag::Stateless);
    if (decoder && !decoder->isValid())
        warnings << VCardReader::tr("Line %1, in the card that starts on line %2: the %3 is in the character set "
                                    "“%4”, which Guanxi cannot read; it was read as UTF-8. Check the contact after "
                                    "the import.")
                        .arg(where, card, what, charsetText);
    if (!decoder || !decoder->isValid())
        decoder.emplace(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = (*decoder)(raw);
    if (decoder->hasError()) {
        text.remove(QChar(QChar::ReplacementCharacter));
        warnings << VCardReader::tr("Line %1, in the card that starts on line %2: the %3 has bytes that are not "
                                    "valid %4 text; it was imported without them as “%5”. Check the contact after "
                                    "the import.")
                        .arg(where, card, what,
                             charset.isEmpty() ? QStringLiteral("UTF-8") : charsetText, text.trimmed().left(80));
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    // Other control characters are not allowed in values (the writer drops them
    // too), and a zero-width U+FEFF is a stray byte order mark, never content:
    // a decoder drops it at the start of a value but not elsewhere.
    text.removeIf([](QChar c) {
        return (c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0xFEFF;
    });
    return text;
}

QStringList splitEscaped(const QString &text, QStringView separators, bool v21)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size() && (!v21 || text[i + 1] == u';')) {
            part += c;
            part += text[++i];
        } else if (separators.contains(c)) {
            parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part;
    return parts;
}

// \n \N \\ \, \; \: in 3.0/4.0; only \; in 2.1. Unknown escapes stay as written.
QString unescape(const QString &text, bool v21)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text[i + 1];
        if (next == u';' || (!v21 && (next == u'\\' || next == u',' || next == u':'))) {
            out += next;
            ++i;
        } else if (!v21 && (next == u'n' || next == u'N')) {
            out += u'\n';
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QStringList components(const QString &text, int count, bool v21)
{
    QStringList parts = splitEscaped(text, u";", v21);
    for (QString &part : parts)
        part = unescape(part, v21).trimmed();
    while (parts.size() < count)
        parts << QString();
    return parts;
}

} // namespace vcardread

} // namespace guanxi
