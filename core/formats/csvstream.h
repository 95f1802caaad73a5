#pragma once

#include "formats/textencoding.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace guanxi {

// How a CSV/TSV file is laid out, as sniffCsv() found it.
struct CsvDialect {
    QChar delimiter = u',';   // comma, semicolon or tab
    qsizetype headerRow = 0;  // 0-based index of the header among the records; the ones before are titles or notes
};

// One record. Fields are as written (no whitespace trimmed; quotes removed;
// line breaks inside quotes read as "\n"), with empty fields at the end
// dropped, so rows may be shorter than the header. Empty lines are no
// records, but they count for `line`.
struct CsvRecord {
    qint64 line = 0;   // physical line (1-based) where the record starts
    qint64 number = 0; // 1-based position among the file's records, titles and header included
    QStringList fields;
};

// Reads records one at a time from a device in fixed-size chunks, so memory
// stays bounded whatever the file size. RFC 4180 quoting ("" for a quote,
// delimiters and line breaks inside quotes); CRLF, LF and CR line ends, mixed
// too; a quote inside an unquoted field is taken literally. Decoding is strict:
// a byte sequence the encoding cannot read stops the stream with an error
// naming its line, and the records before it are still delivered.
class CsvStream {
    Q_DECLARE_TR_FUNCTIONS(CsvStream)
public:
    static constexpr qsizetype DefaultChunkSize = 64 * 1024;
    // Longer records stop the stream: with a quote that is never closed, the
    // rest of the file would otherwise pile up in one field.
    static constexpr qsizetype MaxRecordLength = 1024 * 1024; // characters, one per delimiter too

    // `device` is open for reading and positioned at the start of the file; a
    // byte order mark there is skipped (positioning it after the BOM works
    // too). It must outlive the stream. Reading stops when read() returns 0, so
    // it suits files and buffers, not sockets. `encoding` is one of
    // TextEncoding::supported() (any ICU converter name works).
    CsvStream(QIODevice *device, const QByteArray &encoding, QChar delimiter);
    ~CsvStream();
    CsvStream(const CsvStream &) = delete;
    CsvStream &operator=(const CsvStream &) = delete;

    // Bytes read from the device per step. Tests set tiny sizes to put chunk
    // borders inside characters, quotes and CRLFs. Call before next().
    void setChunkSize(qsizetype bytes);

    // The next record; false at the end of the file or on an error.
    bool next(CsvRecord &out);

    // Set once next() has returned false because of an error (after every
    // record before the error was handed out).
    const std::optional<Error> &error() const;
    qint64 errorLine() const;  // physical line of the error, 0 if none
    qint64 bytesRead() const;  // from the device so far, for progress

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct CsvSniff {
    EncodingGuess encoding;    // `name` is what was used: the override if given, else the guess
    CsvDialect dialect;
    QStringList header;        // fields of record dialect.headerRow
    QList<CsvRecord> preview;  // up to CsvPreviewRecords records after the header
};

constexpr qsizetype CsvSniffSampleSize = 256 * 1024;
constexpr qsizetype CsvPreviewRecords = 20;

// Finds encoding, delimiter and header row from the start of a file, and reads
// the header and the first records for a preview. `encodingOverride` is the
// user's choice from EncodingGuess::candidates or TextEncoding::supported().
// To import, read the file with CsvStream(device, sniff.encoding.name,
// sniff.dialect.delimiter) and skip records with number <= headerRow + 1.
Result<CsvSniff> sniffCsv(const QString &path, const QByteArray &encodingOverride = {});
// The same for an open, seekable device (read from its start, left at its end).
Result<CsvSniff> sniffCsv(QIODevice *device, const QByteArray &encodingOverride = {});

} // namespace guanxi
