// The lines of a vCard file: bytes cut into physical lines, and those joined
// into logical ones (folds, quoted-printable soft line breaks, 2.1 base64
// blocks), one line held at a time.
#include "formats/vcardparts.h"

#include <algorithm>

namespace guanxi {

namespace vcardread {

namespace {

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

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=' || c == ' ' || c == '\t';
}

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

} // namespace

bool Unfolder::feed(QByteArrayView physical, bool cut)
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

void Unfolder::finish()
{
    if (m_last)
        m_take(*m_last);
    m_last.reset();
}

bool LineSplitter::feed(QByteArrayView chunk, bool atEnd, const Emit &line)
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

} // namespace vcardread

} // namespace guanxi
