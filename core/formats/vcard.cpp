#include "formats/vcard.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <new>
#include <optional>

namespace guanxi {

namespace {

constexpr int MaxWarnings = 100;

// A header (name and parameters) longer than this is not looked into while
// unfolding; it keeps a pathological line without ':' from costing n².
constexpr qsizetype MaxHeaderScan = 4096;

bool isBlank(QByteArrayView bytes)
{
    for (char c : bytes)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=' || c == ' ' || c == '\t';
}

struct Param {
    QByteArray name;  // upper-cased; empty for a bare 2.1 parameter (TEL;CELL)
    QByteArray value; // without surrounding quotes
};

struct Property {
    QByteArray group; // lower-cased, as groups match case-insensitively
    QByteArray name;  // upper-cased
    QList<Param> params;
    QByteArray value; // still encoded: quoted-printable or base64, any charset
};

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

// A content line with its folds and soft line breaks undone.
struct Line {
    int number = 0; // physical line it starts on
    QByteArray text;
    bool headerKnown = false;
    bool quotedPrintable = false;
    bool base64 = false;
    bool overlong = false; // text holds only the first MaxLineBytes
};

// Appends what still fits in a line; false when some of `more` did not.
bool appendCapped(Line &line, QByteArrayView more)
{
    const qsizetype room = VCardReader::MaxLineBytes - line.text.size();
    if (more.size() > room) {
        line.text += more.first(std::max<qsizetype>(room, 0));
        line.overlong = true;
        return false;
    }
    line.text += more;
    return true;
}

void inspectHeader(Line &line)
{
    if (line.headerKnown)
        return;
    Property p;
    if (parseHeaderLenient(
            QByteArrayView(line.text).first(std::min(line.text.size(), MaxHeaderScan)), p) >= 0) {
        const QByteArray encoding = encodingOf(p);
        line.quotedPrintable = encoding == "QUOTED-PRINTABLE";
        line.base64 = encoding == "BASE64";
        line.headerKnown = true;
    } else if (line.text.size() >= MaxHeaderScan) {
        line.headerKnown = true;
    }
}

// A quoted-printable line ending in '=' (trailing blanks are padding) goes
// on in the next physical line, which is not indented.
bool endsWithSoftBreak(const QByteArray &text)
{
    qsizetype end = text.size();
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return end > 0 && text[end - 1] == '=';
}

void chopSoftBreak(QByteArray &text)
{
    while (text.endsWith(' ') || text.endsWith('\t'))
        text.chop(1);
    text.chop(1);
}

// Writers that end a quoted-printable value with a stray '=' must not swallow
// the end of the card.
bool isEndVcard(QByteArrayView physical)
{
    return physical.trimmed().compare("END:VCARD", Qt::CaseInsensitive) == 0;
}

// Joins physical lines into logical ones on bytes, before any decoding, so a
// fold or a soft line break may split a multi-byte character. Blank lines
// are dropped; they also end a 2.1 base64 block. Each line goes to take() as
// soon as it is complete, so only one line is held however big the file;
// take() returns false to stop.
template <typename Take> class Unfolder {
public:
    explicit Unfolder(Take take) : m_take(std::move(take)) {}

    // False once take() said stop. `cut`: the splitter dropped the end of
    // this physical line, as it was longer than MaxLineBytes.
    bool feed(QByteArrayView physical, bool cut)
    {
        ++m_number;
        if (m_last) {
            // An overlong line takes no more: its continuations are dropped.
            if (m_last->quotedPrintable && endsWithSoftBreak(m_last->text) && !isEndVcard(physical)) {
                if (!m_last->overlong) {
                    chopSoftBreak(m_last->text);
                    m_last->overlong = !appendCapped(*m_last, physical) || cut;
                }
                return true;
            }
            if (!physical.isEmpty() && (physical.front() == ' ' || physical.front() == '\t')) {
                if (!m_last->overlong)
                    m_last->overlong = !appendCapped(*m_last, physical.sliced(1)) || cut;
                inspectHeader(*m_last);
                return true;
            }
            // 2.1 writers put base64 data on lines of their own, not always indented.
            if (m_last->base64 && !physical.isEmpty() &&
                std::all_of(physical.begin(), physical.end(), isBase64Char)) {
                if (!m_last->overlong)
                    m_last->overlong = !appendCapped(*m_last, physical) || cut;
                return true;
            }
            const bool more = m_take(*m_last);
            m_last.reset();
            if (!more)
                return false;
        }
        if (!isBlank(physical)) {
            m_last = Line{m_number, {}};
            m_last->overlong = !appendCapped(*m_last, physical) || cut;
            inspectHeader(*m_last);
        }
        return true;
    }

    void finish()
    {
        if (m_last)
            m_take(*m_last);
        m_last.reset();
    }

private:
    Take m_take;
    std::optional<Line> m_last; // may still go on
    int m_number = 0;
};

// Cuts bytes arriving in chunks into physical lines ending with CRLF, LF or
// CR; a CR at the end of a chunk waits for the next one to see if LF follows.
// A line still unfinished past MaxLineBytes goes on cut, and the rest of it
// is dropped as it arrives: memory stays bounded whatever the file holds.
class LineSplitter {
public:
    // Calls line(bytes, cut) for every complete line; false when it said stop.
    template <typename Emit> bool feed(QByteArrayView chunk, bool atEnd, Emit &&line)
    {
        if (m_dropLf && !chunk.isEmpty()) {
            m_dropLf = false; // the CR that ended a dropped line may have its LF here
            if (chunk.front() == '\n')
                chunk = chunk.sliced(1);
        }
        if (m_skipping) {
            qsizetype e = 0;
            while (e < chunk.size() && chunk[e] != '\n' && chunk[e] != '\r')
                ++e;
            if (e == chunk.size())
                return true;
            m_skipping = false;
            if (chunk[e] == '\r' && e + 1 < chunk.size() && chunk[e + 1] == '\n')
                ++e;
            else if (chunk[e] == '\r' && e + 1 == chunk.size())
                m_dropLf = true;
            chunk = chunk.sliced(e + 1);
        }
        m_pending += chunk;
        const qsizetype n = m_pending.size();
        const char *data = m_pending.constData();
        qsizetype i = 0;
        // Bytes of an unfinished line were looked at already: a long line
        // (a photo) over many chunks is not scanned again and again.
        qsizetype end = m_scanned;
        bool more = true;
        while (more) {
            while (end < n && data[end] != '\n' && data[end] != '\r')
                ++end;
            if (end == n || (data[end] == '\r' && end + 1 == n && !atEnd))
                break;
            more = line(QByteArrayView(data + i, end - i), false);
            i = (end + 1 < n && data[end] == '\r' && data[end + 1] == '\n') ? end + 2 : end + 1;
            end = i;
        }
        if (more && !atEnd && end == n && n - i > VCardReader::MaxLineBytes) {
            more = line(QByteArrayView(data + i, VCardReader::MaxLineBytes), true);
            m_skipping = true;
            m_pending.clear();
            m_scanned = 0;
            return more;
        }
        if (more && atEnd && i < n)
            more = line(QByteArrayView(data + i, n - i), false);
        const qsizetype used = atEnd ? n : i;
        m_pending.remove(0, used);
        m_scanned = std::max<qsizetype>(0, end - used);
        return more;
    }

private:
    QByteArray m_pending;
    qsizetype m_scanned = 0; // of m_pending, known to hold no line end
    bool m_skipping = false; // dropping the rest of a cut line
    bool m_dropLf = false;   // a dropped line ended with CR at the end of a chunk
};

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

// With its name for whoever looks at the file: "note (NOTE)".
QString fieldWhat(const QByteArray &name)
{
    return QStringLiteral("%1 (%2)").arg(fieldName(name), QString::fromLatin1(name));
}

// The value as text: quoted-printable or base64 undone, then decoded from its
// CHARSET (UTF-8 when none is given). Line breaks become "\n".
Result<QString> decodeValue(const Property &p, int line)
{
    QByteArray raw = p.value;
    const QByteArray encoding = encodingOf(p);
    // "the note (NOTE)": words for the user, the name for whoever looks at the file.
    const QString where = QString::number(line);
    const QString what = fieldWhat(p.name);
    if (encoding == "QUOTED-PRINTABLE") {
        raw = decodeQuotedPrintable(raw);
    } else if (encoding == "BASE64") {
        raw.replace(' ', QByteArray()).replace('\t', QByteArray());
        auto decoded = QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error{
                VCardReader::tr(
                    "Line %1: the %2 is not valid base64. Export the contacts again and try "
                    "again.")
                    .arg(where, what),
                {},
                {}};
        raw = *decoded;
    }
    const QByteArray charset = paramValue(p, "CHARSET");
    const QString charsetText = QString::fromLatin1(charset.left(40));
    const QByteArray codec = codecName(charset);
    std::optional<QStringDecoder> decoder;
    if (codec.isEmpty() || codec == "UTF-8" || codec == "UTF8")
        decoder.emplace(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    else
        decoder.emplace(codec.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder->isValid())
        return Error{
            VCardReader::tr(
                "Line %1: the %2 is in the character set “%3”, which Guanxi cannot read. Export "
                "the contacts again as UTF-8 and try again.")
                .arg(where, what, charsetText),
            QStringLiteral("unknown CHARSET %1").arg(charsetText),
            {}};
    QString text = (*decoder)(raw);
    if (decoder->hasError()) {
        if (charset.isEmpty())
            return Error{
                VCardReader::tr(
                    "Line %1: the %2 is not valid UTF-8 and the card names no other character "
                    "set. Export the contacts again as UTF-8 (vCard 3.0 or 4.0) and try again.")
                    .arg(where, what),
                QStringLiteral("invalid UTF-8"),
                {}};
        return Error{
            VCardReader::tr(
                "Line %1: the %2 is not valid %3 text although the card says it is. Export the "
                "contacts again as UTF-8 and try again.")
                .arg(where, what, charsetText),
            QStringLiteral("invalid %1").arg(charsetText),
            {}};
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    // Other control characters are not allowed in values (the writer drops them
    // too), and a zero-width U+FEFF is a stray byte order mark, never content:
    // a decoder drops it at the start of a value but not elsewhere.
    text.removeIf([](QChar c) { return (c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0xFEFF; });
    return text;
}

// Splits at separators not escaped with a backslash; escapes are kept for
// unescape(). In 2.1 a backslash escapes nothing but ';'.
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

// The properties a contact keeps; the others are skipped unread.
bool isKept(const QByteArray &name)
{
    static const QList<QByteArray> kept = {"VERSION", "FN",        "N",   "ORG",  "TITLE",
                                           "TEL",     "EMAIL",     "ADR", "BDAY", "CATEGORIES",
                                           "UID",     "X-ABLABEL", "NOTE"};
    return kept.contains(name);
}

// One card being read.
struct Card {
    VCardContact contact;
    qsizetype chars = 0; // of the kept values so far
    int properties = 0;  // kept ones
    bool photo = false;
    bool agentOpen = false; // the last property was an empty AGENT: a nested card follows
    QHash<QByteArray, QString> labels;
    QList<QByteArray> phoneGroups, emailGroups, addressGroups;

    bool v21() const { return contact.version == u"2.1"; }

    void finish()
    {
        auto label = [this](const QByteArray &group) {
            return group.isEmpty() ? QString() : labels.value(group);
        };
        for (qsizetype i = 0; i < contact.phones.size(); ++i)
            applyLabel(contact.phones[i].types, contact.phones[i].label, label(phoneGroups[i]));
        for (qsizetype i = 0; i < contact.emails.size(); ++i)
            applyLabel(contact.emails[i].types, contact.emails[i].label, label(emailGroups[i]));
        for (qsizetype i = 0; i < contact.addresses.size(); ++i)
            applyLabel(contact.addresses[i].types, contact.addresses[i].label,
                       label(addressGroups[i]));
    }
};

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

Status applyProperty(Card &card, const Property &p, int line)
{
    card.agentOpen = p.name == "AGENT" && p.value.trimmed().isEmpty();
    if (p.name == "PHOTO")
        card.photo = true;
    if (!isKept(p.name))
        return {};
    const Result<QString> decoded = decodeValue(p, line);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded.value();
    // Many NOTE lines add up, and a million tiny TELs cost more than their text.
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
    const bool v21 = card.v21();
    VCardContact &c = card.contact;
    const QString plain = unescape(text, v21).trimmed();

    if (p.name == "VERSION") {
        c.version = plain;
    } else if (p.name == "FN") {
        if (c.formattedName.isEmpty())
            c.formattedName = plain;
    } else if (p.name == "N") {
        if (c.familyName.isEmpty() && c.givenName.isEmpty()) {
            const QStringList n = components(text, 5, v21);
            c.familyName = n[0];
            c.givenName = n[1];
            c.additionalNames = n[2];
            c.prefixes = n[3];
            c.suffixes = n[4];
        }
    } else if (p.name == "ORG") {
        if (c.organization.isEmpty() && c.orgUnits.isEmpty()) {
            const QStringList org = components(text, 1, v21);
            c.organization = org.first();
            for (const QString &unit : org.mid(1))
                if (!unit.isEmpty())
                    c.orgUnits << unit;
        }
    } else if (p.name == "TITLE") {
        if (c.title.isEmpty())
            c.title = plain;
    } else if (p.name == "TEL") {
        const QString number = telNumber(plain);
        if (!number.isEmpty()) {
            c.phones.append({number, typesOf(p), {}});
            card.phoneGroups << p.group;
        }
    } else if (p.name == "EMAIL") {
        QString address = plain;
        while (startsWithNoCase(address, "mailto:"))
            address = address.mid(7).trimmed();
        if (!address.isEmpty()) {
            c.emails.append({address, typesOf(p), {}});
            card.emailGroups << p.group;
        }
    } else if (p.name == "ADR") {
        const QStringList a = components(text, 7, v21).first(7); // extra components are not ADR
        if (std::any_of(a.begin(), a.end(), [](const QString &s) { return !s.isEmpty(); })) {
            c.addresses.append({a[0], a[1], a[2], a[3], a[4], a[5], a[6], typesOf(p), {}});
            card.addressGroups << p.group;
        }
    } else if (p.name == "BDAY") {
        if (c.birthdayText.isEmpty()) {
            c.birthdayText = plain;
            c.birthday = parseDate(plain);
            // Apple writes a birthday without a year as 1604-MM-DD.
            const QByteArray omitYear = paramValue(p, "X-APPLE-OMIT-YEAR");
            if (c.birthday.isValid() && !omitYear.isEmpty() &&
                c.birthday.year() == omitYear.toInt()) {
                c.birthdayText = c.birthday.toString(QStringLiteral("--MMdd"));
                c.birthday = QDate();
            }
        }
    } else if (p.name == "NOTE") {
        const QString note = unescape(text, v21);
        c.note = c.note.isEmpty() ? note : c.note + u'\n' + note;
    } else if (p.name == "CATEGORIES") {
        const QStringList parts =
            splitEscaped(text, v21 ? QStringView(u",;") : QStringView(u","), v21);
        for (const QString &part : parts) {
            const QString category = unescape(part, v21).trimmed();
            if (!category.isEmpty() && !c.categories.contains(category))
                c.categories << category;
        }
    } else if (p.name == "UID") {
        if (c.uid.isEmpty())
            c.uid = plain;
    } else if (p.name == "X-ABLABEL") {
        if (!p.group.isEmpty())
            card.labels.insert(p.group, plain);
    }
    return {};
}

bool isVcard(const QByteArray &value)
{
    return value.trimmed().compare("VCARD", Qt::CaseInsensitive) == 0;
}

// Takes the logical lines one by one: cards, what is outside them, and AGENT
// cards nested in them.
class Parser {
public:
    Parser() = default;
    // Contacts go to onContact as each card ends (false stops the reading)
    // instead of into the file's list.
    explicit Parser(const std::function<bool(VCardContact &&)> &onContact) : m_onContact(onContact) {}

    // False when reading must stop; error() says why.
    bool take(const Line &line)
    {
        const std::optional<Property> p = parseProperty(line.text);
        const bool begin = p && p->name == "BEGIN" && isVcard(p->value);
        const bool end = p && p->name == "END" && isVcard(p->value);
        if (m_nested > 0) {
            m_nested += begin ? 1 : end ? -1 : 0;
            return true;
        }
        if (!m_card) {
            if (begin) {
                flushOutside();
                m_card.emplace();
                m_card->contact.line = line.number;
                m_sawCard = true;
            } else {
                m_outsideFirst = m_outsideFirst ? m_outsideFirst : line.number;
                m_outsideLast = line.number;
            }
            return true;
        }
        if (!p) {
            warn(VCardReader::tr("Line %1 is not a vCard property and was skipped.")
                     .arg(line.number));
            return true;
        }
        if (begin) {
            if (m_card->agentOpen) {
                warn(VCardReader::tr(
                         "Line %1: a contact card inside another one (AGENT) was skipped.")
                         .arg(line.number));
                m_nested = 1;
                m_card->agentOpen = false;
                return true;
            }
            return fail(
                VCardReader::tr("Line %1: the contact card that starts here has no “END:VCARD” "
                                "before the next card on line %2. The file may be damaged; export "
                                "the contacts again and try again.")
                    .arg(m_card->contact.line)
                    .arg(line.number));
        }
        if (end) {
            m_card->finish();
            m_photos += m_card->photo ? 1 : 0;
            VCardContact contact = std::move(m_card->contact);
            m_card.reset();
            if (!m_onContact) {
                m_out.contacts << std::move(contact);
                return true;
            }
            m_stopped = !m_onContact(std::move(contact));
            return !m_stopped;
        }
        if (line.overlong && isKept(p->name))
            return fail(VCardReader::tr("Line %1: the %2 is longer than %3 characters, more than "
                                        "Guanxi imports for one contact. Shorten it in your "
                                        "contacts program, export again and retry.")
                            .arg(QString::number(line.number), fieldWhat(p->name),
                                 QLocale().toString(VCardReader::MaxCardChars)));
        const Status applied = applyProperty(*m_card, *p, line.number);
        if (!applied)
            m_error = applied.error();
        return applied.ok();
    }

    Result<VCardFile> finish()
    {
        if (m_error)
            return *m_error;
        if (m_stopped)
            return std::move(m_out);
        if (m_card)
            return Error{
                VCardReader::tr("Line %1: the contact card that starts here has no “END:VCARD”; "
                                "the file may be cut off. Export the contacts again and try again.")
                    .arg(m_card->contact.line),
                {},
                {}};
        if (!m_sawCard)
            return Error{
                VCardReader::tr("This is not a vCard file: it has no “BEGIN:VCARD” line. Choose a "
                                ".vcf file exported from a phone, Outlook or a mail program."),
                {},
                {}};
        flushOutside();
        if (m_photos > 0)
            warn(VCardReader::tr("Photos were not imported (%n contact(s) had one).", nullptr,
                                 m_photos));
        if (m_dropped > 0)
            m_out.warnings << VCardReader::tr("%n more problem(s) were not listed.", nullptr,
                                              m_dropped);
        return std::move(m_out);
    }

private:
    bool fail(const QString &message)
    {
        m_error = Error{message, {}, {}};
        return false;
    }

    void warn(const QString &message)
    {
        if (m_out.warnings.size() < MaxWarnings)
            m_out.warnings << message;
        else
            ++m_dropped;
    }

    // A run of lines outside any card gets one warning.
    void flushOutside()
    {
        if (m_outsideFirst > 0 && m_outsideFirst == m_outsideLast)
            warn(VCardReader::tr("Line %1 is outside any contact card and was skipped.")
                     .arg(m_outsideFirst));
        else if (m_outsideFirst > 0)
            warn(VCardReader::tr("Lines %1 to %2 are outside any contact card and were skipped.")
                     .arg(m_outsideFirst)
                     .arg(m_outsideLast));
        m_outsideFirst = m_outsideLast = 0;
    }

    std::function<bool(VCardContact &&)> m_onContact;
    bool m_stopped = false;
    VCardFile m_out;
    std::optional<Error> m_error;
    std::optional<Card> m_card;
    bool m_sawCard = false;
    int m_nested = 0; // depth inside a card embedded with AGENT
    int m_photos = 0;
    int m_dropped = 0;
    int m_outsideFirst = 0, m_outsideLast = 0;
};

} // namespace

namespace {
// Feeds the parser from bytes that arrive in chunks: a BOM says UTF-8 or
// UTF-16 (Outlook can save UTF-16; everything after works on UTF-8 bytes).
class Feeder {
public:
    explicit Feeder(Parser &parser)
        : m_parser(parser), m_unfolder([&parser](const Line &line) { return parser.take(line); })
    {
    }

    // False when the reading should stop: the parser said so, or the bytes
    // are not what their BOM says (error() tells).
    bool feed(QByteArrayView chunk, bool atEnd)
    {
        if (!m_started) {
            m_head += chunk;
            if (m_head.size() < 3 && !atEnd)
                return true;
            m_started = true;
            chunk = m_head;
            if (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF")) {
                m_utf16.emplace(chunk.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
                chunk = chunk.sliced(2);
            } else if (chunk.startsWith("\xEF\xBB\xBF")) {
                chunk = chunk.sliced(3);
            }
        }
        QByteArray converted;
        if (m_utf16) {
            m_utf16Bytes += chunk.size();
            QString text = m_highSurrogate + QString((*m_utf16)(chunk));
            m_highSurrogate.clear();
            // A pair split between chunks must reach UTF-8 whole.
            if (!atEnd && !text.isEmpty() && text.back().isHighSurrogate()) {
                m_highSurrogate = text.back();
                text.chop(1);
            }
            converted = text.toUtf8();
            if (m_utf16->hasError() || (atEnd && m_utf16Bytes % 2 != 0)) {
                m_error = Error{VCardReader::tr("The file says it is UTF-16 but is not. Export the contacts again "
                                                "as UTF-8 and try again."),
                                {}, {}};
                return false;
            }
            chunk = converted;
        }
        const bool more = m_lines.feed(chunk, atEnd, [this](QByteArrayView line, bool cut) {
            return m_unfolder.feed(line, cut);
        });
        if (more && atEnd)
            m_unfolder.finish();
        return more;
    }

    Result<VCardFile> finish()
    {
        if (m_error)
            return *m_error;
        return m_parser.finish();
    }

private:
    Parser &m_parser;
    Unfolder<std::function<bool(const Line &)>> m_unfolder;
    LineSplitter m_lines;
    QByteArray m_head;
    bool m_started = false;
    std::optional<QStringDecoder> m_utf16;
    qint64 m_utf16Bytes = 0;
    QString m_highSurrogate;
    std::optional<Error> m_error;
};

Result<VCardFile> readFileOrThrow(const QString &path, Parser &parser,
                                  const std::function<void(double)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{VCardReader::tr("Cannot read “%1”: %2. Check that the file is still there and that "
                                     "you may read it, then import again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}, {}};
    const qint64 size = file.size();
    Feeder feeder(parser);
    QByteArray chunk;
    for (;;) {
        chunk = file.read(1 << 16);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return Error{VCardReader::tr("Cannot read “%1”: %2. Check that the file is still there and that "
                                     "you may read it, then import again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                         {}, {}};
        const bool atEnd = chunk.isEmpty() || file.atEnd();
        if (!feeder.feed(chunk, atEnd) || atEnd)
            break;
        if (progress && size > 0)
            progress(double(file.pos()) / double(size));
    }
    return feeder.finish();
}

// The limits keep memory bounded per card, but a machine may still run out:
// that is a message, never an exception.
Error noMemory(const QString &what)
{
    return Error{VCardReader::tr("There is not enough memory to read %1. Close other programs and retry, or "
                                 "export the contacts in smaller files.")
                     .arg(what),
                 QStringLiteral("std::bad_alloc"), {}};
}

Result<VCardFile> readFile(const QString &path, Parser &parser, const std::function<void(double)> &progress)
{
    try {
        return readFileOrThrow(path, parser, progress);
    } catch (const std::bad_alloc &) {
        return noMemory(VCardReader::tr("“%1”").arg(QDir::toNativeSeparators(path)));
    }
}
} // namespace

Result<VCardFile> VCardReader::read(const QString &path)
{
    Parser parser;
    return readFile(path, parser, {});
}

Result<QStringList> VCardReader::read(const QString &path, const std::function<bool(VCardContact &&)> &onContact,
                                      const std::function<void(double)> &progress)
{
    Parser parser(onContact);
    auto file = readFile(path, parser, progress);
    if (!file)
        return file.error();
    return file->warnings;
}

Result<VCardFile> VCardReader::parse(const QByteArray &input)
{
    try {
        Parser parser;
        Feeder feeder(parser);
        feeder.feed(input, true);
        return feeder.finish();
    } catch (const std::bad_alloc &) {
        return noMemory(tr("these contacts"));
    }
}

} // namespace guanxi
