#include "csvreader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace guanxi {

Result<CsvFile> CsvReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()), {}, {}};
    return parse(file.readAll());
}

Result<CsvFile> CsvReader::parse(const QByteArray &bytes)
{
    CsvFile out;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.encoding = QStringLiteral("UTF-8 (BOM)");
        text = QString::fromUtf8(bytes.mid(3));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        out.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decoder(bytes.mid(2));
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8(bytes);
        if (!utf8.hasError()) {
            out.encoding = QStringLiteral("UTF-8");
        } else {
            QStringDecoder gb("GB18030");
            if (!gb.isValid())
                return Error{tr("The file is not UTF-8, and this system cannot read GB18030. Save it as UTF-8 CSV and try "
                                "again."),
                             {}, {}};
            text = gb(bytes);
            if (gb.hasError())
                return Error{tr("The file's text is neither UTF-8 nor GB18030/GBK. Save it as “CSV UTF-8” and try again."),
                             {}, {}};
            out.encoding = QStringLiteral("GB18030");
        }
    }
    const QString firstLine = text.section(u'\n', 0, 0);
    out.delimiter = u',';
    int best = int(firstLine.count(u','));
    for (QChar d : {QChar(u'\t'), QChar(u';')})
        if (firstLine.count(d) > best) {
            best = int(firstLine.count(d));
            out.delimiter = d;
        }
    CsvRow row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().trimmed().isEmpty();
        if (!blank)
            out.rows << row;
        row = CsvRow{};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == out.delimiter) {
            endField();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            endRow();
            ++line;
            row.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{tr("Line %1: a quoted field is never closed; the file may be cut off.").arg(row.line), {}, {}};
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return out;
}

} // namespace guanxi
