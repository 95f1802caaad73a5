// libFuzzer target: arbitrary bytes through encoding detection, sniffing and
// the streaming CSV reader, checking the promises the importer relies on.
//
//   clang++ -std=c++20 -fPIC -g -O1 -fsanitize=fuzzer,address,undefined \
//       -I core fuzz/fuzz_csv.cpp core/formats/textencoding.cpp core/formats/csvstream.cpp \
//       $(pkg-config --cflags --libs Qt6Core icu-uc icu-i18n) -o fuzz_csv
//   ./fuzz_csv -max_total_time=60 fuzz/corpus/csv
//
// The first input byte picks the chunk size, so chunk borders land anywhere.
#include "formats/csvstream.h"
#include "formats/textencoding.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace guanxi;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_csv: broken promise: %s\n", what);
        std::abort();
    }
}

struct Outcome {
    QList<CsvRecord> records;
    qint64 errorLine = 0;
    bool failed = false;
    qint64 bytesRead = 0;
};

Outcome stream(const QByteArray &bytes, const QByteArray &encoding, QChar delimiter, qsizetype chunkSize)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvStream csv(&buffer, encoding, delimiter);
    csv.setChunkSize(chunkSize);
    Outcome out;
    CsvRecord record;
    while (csv.next(record)) {
        const qint64 previousLine = out.records.isEmpty() ? 0 : out.records.constLast().line;
        check(record.line > previousLine, "records start on increasing lines");
        check(record.number == out.records.size() + 1, "records are numbered 1, 2, 3...");
        check(!record.fields.isEmpty() && !record.fields.constLast().isEmpty(), "no blank records, no trailing empty field");
        out.records.append(record);
    }
    out.failed = csv.error().has_value();
    out.errorLine = csv.errorLine();
    out.bytesRead = csv.bytesRead();
    check(out.failed == (out.errorLine > 0), "an error has a line");
    check(out.bytesRead <= bytes.size(), "bytesRead within the input");
    check(out.failed || out.bytesRead == bytes.size(), "without an error the whole input is read");
    return out;
}

bool sameRecords(const QList<CsvRecord> &a, const QList<CsvRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].line != b[i].line || a[i].fields != b[i].fields)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunkSize = 1 + data[0] % 13;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // Detection: the guess is the first candidate, and every candidate really
    // decodes the sample (no silent replacement characters behind a guess).
    const EncodingGuess guess = TextEncoding::detect(bytes, true);
    check(guess.name.isEmpty() == guess.candidates.isEmpty(), "a guess iff candidates");
    check(guess.name.isEmpty() || guess.name == guess.candidates.first(), "the guess leads the candidates");
    check(guess.bom == (guess.bomLength > 0), "bom flag and length agree");
    for (const QByteArray &name : guess.candidates) {
        if (guess.bom)
            break; // the BOM decides; bad bytes after it are the reader's to report
        TextDecoder decoder(name);
        QString text;
        check(decoder.decode(bytes, text, true), "candidates decode the sample");
    }
    const QByteArrayView half = QByteArrayView(bytes).first(bytes.size() / 2);
    const EncodingGuess partial = TextEncoding::detect(half, false);
    for (const QByteArray &name : partial.candidates) {
        if (partial.bom)
            break;
        TextDecoder decoder(name);
        QString text;
        check(decoder.decode(half, text, false), "partial-sample candidates decode the partial sample");
    }

    // The preview, as the import dialog asks for it.
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const Result<CsvSniff> sniff = sniffCsv(&buffer);
    QChar delimiter = u',';
    if (sniff) {
        delimiter = sniff->dialect.delimiter;
        check(delimiter == u',' || delimiter == u';' || delimiter == u'\t', "a known delimiter");
        check(sniff->dialect.headerRow >= 0 && sniff->preview.size() <= CsvPreviewRecords, "sane dialect and preview");
    }

    // The stream: the same records and error whatever the chunk size.
    const QByteArray encoding = guess.name.isEmpty() ? QByteArrayLiteral("UTF-8") : guess.name;
    const Outcome small = stream(bytes, encoding, delimiter, chunkSize);
    const Outcome large = stream(bytes, encoding, delimiter, CsvStream::DefaultChunkSize);
    check(sameRecords(small.records, large.records), "records independent of chunk size");
    check(small.errorLine == large.errorLine, "error line independent of chunk size");
    // Without quotes (no 0x22 byte in any of these encodings) only bad bytes
    // can fail a stream, and the guess was checked to have none.
    if (!guess.name.isEmpty() && !guess.bom && !bytes.contains('"'))
        check(!small.failed, "the guessed encoding reads the whole input");
    return 0;
}
