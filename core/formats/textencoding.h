#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct UConverter; // ICU; kept out of this header

namespace guanxi {

// What a file's bytes most likely are. `name` is one of TextEncoding::supported()
// ("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "Shift_JIS",
// "windows-1252"), or empty when no encoding can read the sample at all.
struct EncodingGuess {
    QByteArray name;
    bool bom = false;            // the sample starts with name's byte order mark
    int bomLength = 0;           // its length in bytes (3 for UTF-8, 2 for UTF-16)
    QList<QByteArray> candidates; // encodings that read the sample without error, most plausible first;
                                  // with a BOM just that one: the BOM decides, and the reader reports
                                  // any bad bytes after it with their line
};

// Encoding detection for imported text files. Rules, in order:
//   1. a byte order mark wins (UTF-8, UTF-16LE, UTF-16BE);
//   2. NUL bytes in a regular pattern mean UTF-16 without BOM (text in any
//      8-bit encoding has no NULs; ASCII in UTF-16 has one every other byte);
//   3. bytes that are valid UTF-8 are UTF-8;
//   4. otherwise every legacy encoding that decodes the sample without error is
//      a candidate, ranked by how plausible the text is (see the .cpp).
// The guess is for a preview: the user confirms or picks another candidate.
struct TextEncoding {
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
public:
    // `sample` is the start of the file (say 256 KiB). When it is not the whole
    // file, a multibyte character cut at its end does not count as an error.
    static EncodingGuess detect(QByteArrayView sample, bool sampleIsWholeFile);

    // What the user may choose, in the order a chooser should list them.
    static QList<QByteArray> supported();

    // "Chinese Simplified (GB18030/GBK)" for "GB18030"; the name itself when unknown.
    static QString label(const QByteArray &name);

    // Length of `name`'s byte order mark at the start of `bytes`, 0 if none.
    static int bomLength(QByteArrayView bytes, const QByteArray &name);
};

// Strict, incremental decoding with ICU: stops at the first byte sequence that
// is not valid in the encoding instead of substituting U+FFFD, and says where.
// (QStringDecoder in Qt 6.4 cannot say where, does not report a sequence cut
// off at the end of the stream, and loses its error count once moved.)
// A byte order mark is decoded like any character (U+FEFF); callers drop it.
class TextDecoder {
public:
    explicit TextDecoder(const QByteArray &encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    bool isValid() const { return m_converter != nullptr; }

    // Decodes the next piece of the stream and appends it to `out`. With
    // `last`, a character left incomplete at the end is an error; without, it
    // waits for the next piece. Returns false at the first error: `out` then
    // ends with the text before it and later calls do nothing.
    bool decode(QByteArrayView bytes, QString &out, bool last = false);

    bool hasError() const { return m_errorOffset >= 0; }
    qint64 errorOffset() const { return m_errorOffset; } // from the start of the stream, -1 if none
    QByteArray errorBytes() const { return m_errorBytes; } // the offending sequence

private:
    UConverter *m_converter = nullptr;
    qint64 m_consumed = 0;
    qint64 m_errorOffset = -1;
    QByteArray m_errorBytes;
};

} // namespace guanxi
