// The vCard reader: bytes to lines (vcardlines.cpp), lines to cards and
// their contacts (vcardproperty.cpp, vcardcontact.cpp). The writer is in
// vcardwriter.cpp.
#include "formats/vcardparts.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>

#include <new>
#include <optional>

namespace guanxi {

using namespace vcardread;

namespace {

constexpr int MaxWarnings = 100;

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
        if (p->name == "AGENT" && skipAgent(*p, line.number))
            return true;
        const Status applied = applyProperty(*m_card, *p, line.number);
        for (const QString &w : std::as_const(m_card->warnings))
            warn(w);
        m_card->warnings.clear();
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
    // A card nested in AGENT is another person (an assistant): skipped with
    // a warning, never taken into the card around it. 2.1 writes it on the
    // lines after "AGENT:BEGIN:VCARD" (or after an empty AGENT, handled with
    // BEGIN below); 3.0 escapes it into the value itself.
    bool skipAgent(const Property &p, int line)
    {
        const QByteArray value = p.value.trimmed();
        if (!value.left(11).toUpper().startsWith("BEGIN:VCARD"))
            return false;
        warn(VCardReader::tr("Line %1: a contact card inside another one (AGENT) was skipped.").arg(line));
        if (isVcard(value.mid(6)))
            m_nested = 1;   // the nested card's lines follow, up to its END:VCARD
        m_card->agentOpen = false;
        return true;
    }

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

// UTF-16 without a byte order mark, told by its zero bytes: a vCard starts
// with ASCII ("BEGIN:VCARD"), which UTF-16LE writes as letter, zero and
// UTF-16BE as zero, letter. -1 for LE, 1 for BE, 0 for neither.
int utf16Order(QByteArrayView head)
{
    const qsizetype pairs = std::min<qsizetype>(head.size() / 2, 11);
    if (pairs < 4)
        return 0;
    int le = 0, be = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        const char a = head[2 * i], b = head[2 * i + 1];
        le += a != 0 && b == 0;
        be += a == 0 && b != 0;
    }
    return le == pairs ? -1 : be == pairs ? 1 : 0;
}

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
            if (m_head.size() < 22 && !atEnd)
                return true;
            m_started = true;
            chunk = m_head;
            if (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF")) {
                m_utf16.emplace(chunk.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
                chunk = chunk.sliced(2);
            } else if (chunk.startsWith("\xEF\xBB\xBF")) {
                chunk = chunk.sliced(3);
            } else if (const int order = utf16Order(chunk)) {
                m_utf16.emplace(order < 0 ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
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
    Unfolder m_unfolder;
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
