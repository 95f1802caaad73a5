#include "output.h"

#include "formats/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace guanxi::cli {

namespace {
int charWidth(uint c)
{
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                      || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                      || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                      || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}
} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (uint c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QString wrapped(const QString &text, int width, const QString &indent)
{
    QString out, line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && displayWidth(line) + 1 + displayWidth(word) > width) {
            out += indent + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += indent + line + u'\n';
    return out;
}

QString csvField(const QString &value)
{
    // A cell that starts like a formula would run in a spreadsheet; the
    // apostrophe comes off again exactly when the file is imported.
    QString v = CsvWriter::neutralised(value);
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return v;
}

QString terminalSafe(const QString &text, bool keepNewlines)
{
    const auto unsafe = [](char16_t c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
               || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    };
    if (std::none_of(text.begin(), text.end(), [&](QChar c) { return unsafe(c.unicode()) && c != u'\n'; })
        && (keepNewlines || !text.contains(u'\n')))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' && keepNewlines)
            out += c;
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (unsafe(u))
            out += (u < 0x100 ? QStringLiteral("\\x") : QStringLiteral("\\u"))
                   + QString::number(u, 16).toUpper().rightJustified(u < 0x100 ? 2 : 4, u'0');
        else
            out += c;
    }
    return out;
}

namespace {
QString pad(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), u' ');
}

// A table cell: on one line, escaped, and cut to `max` columns in one pass.
// Every unit is at least half a column, so a note a megabyte long is cut
// before any work on all of it.
QString cellText(const QString &text, int max)
{
    QString t = text.left(2 * max + 2);
    t.replace(u'\n', u' ');
    t = terminalSafe(t, false);
    int width = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        uint c = t.at(i).unicode();
        const bool pair = t.at(i).isHighSurrogate() && i + 1 < t.size() && t.at(i + 1).isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(t.at(i), t.at(i + 1));
        width += charWidth(c);
        if (width > max)
            return t.left(i);
        if (pair)
            ++i;
    }
    return t;
}
} // namespace

void print(QTextStream &out, const Table &t, Format format)
{
    switch (format) {
    case Format::Json: {
        QJsonArray array;
        for (const QStringList &row : t.rows) {
            QJsonObject o;
            for (int i = 0; i < t.keys.size(); ++i)
                o.insert(t.keys.at(i), row.value(i));
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Csv: {
        QStringList header;
        for (const QString &k : t.keys)
            header << csvField(k);
        out << header.join(u',') << "\r\n";
        for (const QStringList &row : t.rows) {
            QStringList cells;
            for (int i = 0; i < t.keys.size(); ++i)
                cells << csvField(row.value(i));
            out << cells.join(u',') << "\r\n";
        }
        break;
    }
    case Format::Table: {
        QList<int> widths;
        for (const QString &h : t.headers)
            widths << displayWidth(h);
        for (const QStringList &row : t.rows)
            for (int i = 0; i < widths.size(); ++i)
                widths[i] = qMax(widths[i], displayWidth(cellText(row.value(i), 40)));
        auto line = [&](const QStringList &cells) {
            QStringList padded;
            for (int i = 0; i < widths.size(); ++i)
                padded << pad(cellText(cells.value(i), 40), widths[i]);
            out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
        };
        line(t.headers);
        QStringList rules;
        for (int w : widths)
            rules << QString(w, u'-');
        out << rules.join(QStringLiteral("  ")) << '\n';
        for (const QStringList &row : t.rows)
            line(row);
        break;
    }
    }
}

void printRecord(QTextStream &out, const QStringList &keys, const QStringList &labels,
                 const QStringList &values, Format format)
{
    if (format != Format::Table) {
        print(out, Table{keys, labels, {values}}, format);
        return;
    }
    int width = 0;
    for (const QString &l : labels)
        width = qMax(width, displayWidth(l));
    // Lines after the first are indented, so a note cannot pass for a field.
    const QString indent = u'\n' + QString(width + 2, u' ');
    for (int i = 0; i < labels.size(); ++i) {
        if (values.value(i).isEmpty())
            continue;
        out << pad(labels.at(i) + u':', width + 1) << ' '
            << terminalSafe(values.value(i), true).replace(u'\n', indent) << '\n';
    }
}

} // namespace guanxi::cli
