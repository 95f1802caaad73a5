#include "formats/csvstream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QMap>

#include <algorithm>

namespace guanxi {

namespace {

// The CSV state machine. It keeps its state between pieces of text, so a
// record, a quoted field or a CRLF may be split anywhere across chunks.
// Records come out with all their fields (trailing empty ones included: the
// sniffer counts them); records whose fields are all empty are blank lines
// and are skipped.
class CsvParser {
public:
    explicit CsvParser(QChar delimiter) : m_delimiter(delimiter) {}

    // Parses the next piece, appending completed records to `out`. False when
    // a record grows past CsvStream::MaxRecordLength; see longRecordLine().
    bool feed(QStringView text, QList<CsvRecord> &out)
    {
        const qsizetype size = text.size();
        qsizetype i = 0;
        while (i < size) {
            const QChar c = text[i];
            if (m_skipLf) { // the LF of a CRLF that was already counted
                m_skipLf = false;
                if (c == u'\n') {
                    ++i;
                    continue;
                }
            }
            switch (m_state) {
            case State::FieldStart:
                if (c == u'"') {
                    m_state = State::Quoted;
                    m_quoteLine = m_line;
                    ++i;
                } else {
                    m_state = State::Unquoted; // handled there, not consumed
                }
                break;
            case State::Unquoted: {
                qsizetype end = i;
                while (end < size && text[end] != m_delimiter && text[end] != u'\n' && text[end] != u'\r')
                    ++end;
                if (!append(text.sliced(i, end - i)))
                    return false;
                i = end;
                if (i < size && !separator(text[i++], out))
                    return false;
                break;
            }
            case State::Quoted: {
                qsizetype end = i;
                while (end < size && text[end] != u'"' && text[end] != u'\n' && text[end] != u'\r')
                    ++end;
                if (!append(text.sliced(i, end - i)))
                    return false;
                i = end;
                if (i == size)
                    break;
                const QChar special = text[i++];
                if (special == u'"') {
                    m_state = State::AfterQuote;
                } else {
                    // Any line break inside quotes becomes "\n", one physical line.
                    if (!append(u"\n"))
                        return false;
                    ++m_line;
                    m_skipLf = special == u'\r';
                }
                break;
            }
            case State::AfterQuote:
                if (c == u'"') { // a doubled quote
                    if (!append(u"\""))
                        return false;
                    m_state = State::Quoted;
                    ++i;
                } else if (c == m_delimiter || c == u'\n' || c == u'\r') {
                    ++i;
                    if (!separator(c, out))
                        return false;
                } else {
                    // Text after the closing quote ("ab"c): kept, as Excel does.
                    m_state = State::Unquoted;
                }
                break;
            }
        }
        return true;
    }

    // End of input: completes a last record that has no line break. False if
    // a quoted field is still open; see quoteLine().
    bool finish(QList<CsvRecord> &out)
    {
        if (m_state == State::Quoted)
            return false;
        if (m_state != State::FieldStart || !m_fields.isEmpty()) {
            endField();
            endRecord(out);
        }
        m_state = State::FieldStart;
        return true;
    }

    qint64 line() const { return m_line; }
    qint64 quoteLine() const { return m_quoteLine; }
    qint64 longRecordLine() const { return m_state == State::Quoted ? m_quoteLine : m_recordLine; }

private:
    enum class State {
        FieldStart, // nothing of the field read yet: a quote here opens a quoted field
        Unquoted,
        Quoted,
        AfterQuote, // a quote inside a quoted field: closing, or the first of a doubled pair
    };

    bool append(QStringView text)
    {
        m_recordLength += text.size();
        if (m_recordLength > CsvStream::MaxRecordLength)
            return false;
        m_field.append(text);
        return true;
    }

    // A delimiter or a line break outside quotes.
    bool separator(QChar c, QList<CsvRecord> &out)
    {
        endField();
        m_state = State::FieldStart;
        if (c == m_delimiter)
            return ++m_recordLength <= CsvStream::MaxRecordLength; // bounds the field count too
        endRecord(out);
        m_skipLf = c == u'\r';
        m_recordLine = ++m_line;
        return true;
    }

    void endField()
    {
        m_fields.append(std::move(m_field));
        m_field = QString();
    }

    void endRecord(QList<CsvRecord> &out)
    {
        const bool blank = std::all_of(m_fields.cbegin(), m_fields.cend(), [](const QString &f) { return f.isEmpty(); });
        if (!blank)
            out.append(CsvRecord{m_recordLine, ++m_number, std::move(m_fields)});
        m_fields = QStringList();
        m_recordLength = 0;
    }

    QChar m_delimiter;
    State m_state = State::FieldStart;
    bool m_skipLf = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_quoteLine = 0;
    qint64 m_number = 0;
    qsizetype m_recordLength = 0;
    QString m_field;
    QStringList m_fields;
};

void trimTrailingEmpty(QStringList &fields)
{
    while (!fields.isEmpty() && fields.constLast().isEmpty())
        fields.removeLast();
}

QString hexBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

} // namespace

struct CsvStream::Private {
    Private(QIODevice *device, const QByteArray &encoding, QChar delimiter)
        : device(device), encoding(encoding), decoder(encoding), parser(delimiter)
    {
    }

    // The error waits until the records before it have been handed out.
    void fail(qint64 line, QString message, QString detail = {})
    {
        pendingLine = line;
        pending = Error{std::move(message), std::move(detail), {}};
    }

    // Reads, decodes and parses one chunk; at the end of the device, finishes.
    void fill()
    {
        chunk.resize(chunkSize);
        const qint64 length = device->read(chunk.data(), chunkSize);
        if (length < 0) {
            fail(parser.line(),
                 tr("Line %1: the file could not be read any further (%2). Check that it is still there, for "
                    "example that a USB stick or network drive is connected, and import it again.")
                     .arg(parser.line())
                     .arg(device->errorString()));
            return;
        }
        bytesRead += length;
        text.resize(0); // keeps the allocation for the next chunk
        const bool decoded = decoder.decode(QByteArrayView(chunk.constData(), length), text, length == 0);
        QStringView view(text);
        if (atStart && !view.isEmpty()) {
            atStart = false;
            if (view.front() == QChar(QChar::ByteOrderMark))
                view = view.sliced(1);
        }
        if (!parser.feed(view, ready)) {
            const qint64 line = parser.longRecordLine();
            fail(line, tr("Line %1: this record is longer than %L2 characters, which usually means that a quote "
                          "(\") on this line is never closed. Check the quotes on that line.")
                           .arg(line)
                           .arg(MaxRecordLength));
            return;
        }
        if (!decoded) {
            // The text before the bad bytes is parsed, so the parser is on their line.
            const qint64 line = parser.line();
            fail(line,
                 tr("Line %1: some characters cannot be read as %2. Choose another encoding in the import "
                    "preview, or open the file in Excel, save it as “CSV UTF-8” and import that file.")
                     .arg(line)
                     .arg(TextEncoding::label(encoding)),
                 QStringLiteral("invalid %1 sequence %2 at byte offset %3")
                     .arg(QString::fromLatin1(encoding), hexBytes(decoder.errorBytes()))
                     .arg(decoder.errorOffset()));
            return;
        }
        if (length == 0) {
            finished = true;
            if (!parser.finish(ready)) {
                const qint64 line = parser.quoteLine();
                fail(line, tr("Line %1: a quoted field starts on this line but its closing quote (\") is missing, "
                              "so the rest of the file would be one cell. Add the missing quote, or check whether "
                              "the file was cut off.")
                               .arg(line));
            }
        }
    }

    QIODevice *device;
    QByteArray encoding;
    TextDecoder decoder;
    CsvParser parser;
    qsizetype chunkSize = DefaultChunkSize;
    QByteArray chunk;
    QString text;
    QList<CsvRecord> ready; // parsed, not yet handed out: at most one chunk's worth
    qsizetype readyPos = 0;
    qint64 bytesRead = 0;
    bool atStart = true;
    bool finished = false;
    std::optional<Error> pending;
    qint64 pendingLine = 0;
    std::optional<Error> error;
    qint64 errorLine = 0;
};

CsvStream::CsvStream(QIODevice *device, const QByteArray &encoding, QChar delimiter)
    : d(std::make_unique<Private>(device, encoding, delimiter))
{
    if (!d->decoder.isValid())
        d->fail(0, tr("“%1” is not an encoding Guanxi can read. Choose one from the list.")
                       .arg(QString::fromLatin1(encoding)));
    else if (!device || !device->isReadable())
        d->fail(0, tr("The file is not open for reading. Choose it again."));
    d->error = d->pending; // nothing to hand out first
}

CsvStream::~CsvStream() = default;

void CsvStream::setChunkSize(qsizetype bytes)
{
    d->chunkSize = std::max<qsizetype>(1, bytes);
}

bool CsvStream::next(CsvRecord &out)
{
    while (d->readyPos >= d->ready.size()) {
        d->ready.clear();
        d->readyPos = 0;
        if (d->pending && !d->error) {
            d->error = d->pending;
            d->errorLine = d->pendingLine;
        }
        if (d->error || d->finished)
            return false;
        d->fill();
    }
    out = std::move(d->ready[d->readyPos++]);
    trimTrailingEmpty(out.fields);
    return true;
}

const std::optional<Error> &CsvStream::error() const
{
    return d->error;
}

qint64 CsvStream::errorLine() const
{
    return d->errorLine;
}

qint64 CsvStream::bytesRead() const
{
    return d->bytesRead;
}

namespace {

constexpr qsizetype SniffRecords = 50;

qsizetype nonEmptyCount(const QStringList &fields)
{
    return std::count_if(fields.cbegin(), fields.cend(), [](const QString &f) { return !f.trimmed().isEmpty(); });
}

// The most common value and how often it occurs, the larger value on a tie.
std::pair<qsizetype, qsizetype> mode(const QList<qsizetype> &values)
{
    QMap<qsizetype, qsizetype> frequency;
    for (qsizetype v : values)
        ++frequency[v];
    std::pair<qsizetype, qsizetype> best{0, 0};
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
        if (it.value() >= best.second)
            best = {it.key(), it.value()};
    }
    return best;
}

// The lower median: robust when data rows leave many cells empty.
qsizetype median(QList<qsizetype> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at((values.size() - 1) / 2);
}

// The delimiter that splits the first records most consistently into more than
// one field: the most records sharing one field count, then the larger count.
// Raw counts, trailing empty fields included: Excel pads every row, title rows
// too, to the same number of delimiters.
QChar sniffDelimiter(const QString &text, bool complete)
{
    QChar best = u',';
    std::pair<qsizetype, qsizetype> bestMode{1, 0};
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        CsvParser parser(delimiter);
        QList<CsvRecord> records;
        if (parser.feed(text, records) && complete)
            parser.finish(records);
        QList<qsizetype> counts;
        for (qsizetype i = 0; i < std::min(records.size(), SniffRecords); ++i)
            counts.append(records.at(i).fields.size());
        const auto m = mode(counts);
        if (m.first > 1 && (m.second > bestMode.second || (m.second == bestMode.second && m.first > bestMode.first))) {
            best = delimiter;
            bestMode = m;
        }
    }
    return best;
}

// Titles and notes above the header have fewer filled cells than the rows
// below them; the header is the first record with at least as many filled
// cells as is typical (the median) for the records that follow it.
qsizetype sniffHeaderRow(const QString &text, QChar delimiter, bool complete)
{
    CsvParser parser(delimiter);
    QList<CsvRecord> records;
    if (parser.feed(text, records) && complete)
        parser.finish(records);
    const qsizetype size = std::min(records.size(), 2 * SniffRecords);
    for (qsizetype i = 0; i < std::min(size, SniffRecords); ++i) {
        QList<qsizetype> following;
        for (qsizetype j = i + 1; j < std::min(size, i + 1 + SniffRecords); ++j)
            following.append(nonEmptyCount(records.at(j).fields));
        if (following.isEmpty() || nonEmptyCount(records.at(i).fields) >= median(following))
            return i;
    }
    return 0;
}

} // namespace

Result<CsvSniff> sniffCsv(QIODevice *device, const QByteArray &encodingOverride)
{
    if (!device || !device->isReadable())
        return Error{CsvStream::tr("The file is not open for reading. Choose it again."), {}, {}};
    if (!device->seek(0))
        return Error{CsvStream::tr("The file cannot be read from its start (%1). Copy it to a local folder and "
                                   "import the copy.")
                         .arg(device->errorString()),
                     {}, {}};
    const QByteArray sample = device->read(CsvSniffSampleSize);
    const bool complete = sample.size() < CsvSniffSampleSize || device->atEnd();
    if (sample.isEmpty())
        return Error{CsvStream::tr("The file is empty. Choose the file that holds the data."), {}, {}};
    if (sample.startsWith("PK\x03\x04") || sample.startsWith("\xD0\xCF\x11\xE0"))
        return Error{CsvStream::tr("This is an Excel workbook, not a CSV file. In Excel, choose File > Save As > "
                                   "“CSV UTF-8 (Comma delimited)” and import the saved file."),
                     {}, {}};

    CsvSniff sniff;
    sniff.encoding = TextEncoding::detect(sample, complete);
    if (!encodingOverride.isEmpty()) {
        if (!TextDecoder(encodingOverride).isValid())
            return Error{CsvStream::tr("“%1” is not an encoding Guanxi can read. Choose one from the list.")
                             .arg(QString::fromLatin1(encodingOverride)),
                         {}, {}};
        sniff.encoding.name = encodingOverride;
        sniff.encoding.bomLength = TextEncoding::bomLength(sample, encodingOverride);
        sniff.encoding.bom = sniff.encoding.bomLength > 0;
    }
    if (sniff.encoding.name.isEmpty())
        return Error{CsvStream::tr("The file is not text in any encoding Guanxi knows (UTF-8, UTF-16, GB18030/GBK, "
                                   "Big5, Shift_JIS). Open it in Excel, save it as “CSV UTF-8” and import that file."),
                     {}, {}};

    // Dialect from the sample; with an overridden encoding it may stop at an
    // undecodable byte, which the preview below then reports with its line.
    QString text;
    TextDecoder(sniff.encoding.name).decode(sample, text, complete);
    if (text.startsWith(QChar(QChar::ByteOrderMark)))
        text.remove(0, 1);
    sniff.dialect.delimiter = sniffDelimiter(text, complete);
    sniff.dialect.headerRow = sniffHeaderRow(text, sniff.dialect.delimiter, complete);

    // Header and preview come from the real stream, so they are exact even when
    // the first records do not fit the sample.
    if (!device->seek(0))
        return Error{CsvStream::tr("The file cannot be read from its start (%1). Copy it to a local folder and "
                                   "import the copy.")
                         .arg(device->errorString()),
                     {}, {}};
    CsvStream stream(device, sniff.encoding.name, sniff.dialect.delimiter);
    CsvRecord record;
    while (sniff.preview.size() < CsvPreviewRecords && stream.next(record)) {
        if (record.number - 1 == sniff.dialect.headerRow)
            sniff.header = record.fields;
        else if (record.number - 1 > sniff.dialect.headerRow)
            sniff.preview.append(record);
    }
    if (stream.error())
        return *stream.error();
    return sniff;
}

Result<CsvSniff> sniffCsv(const QString &path, const QByteArray &encodingOverride)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{CsvStream::tr("Cannot read “%1”: %2. Check that the file exists and that you may open it.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}, {}};
    Result<CsvSniff> sniff = sniffCsv(&file, encodingOverride);
    if (!sniff) {
        Error error = sniff.error();
        error.message = CsvStream::tr("Cannot import “%1”. %2").arg(QFileInfo(path).fileName(), error.message);
        return error;
    }
    return sniff;
}

} // namespace guanxi
