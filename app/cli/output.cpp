#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guanxi::cli {

int displayWidth(const QString &text)
{
    int width = 0;
    for (uint c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                          || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                          || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString csvField(const QString &value)
{
    QString v = value;
    // A cell that starts like a formula would run in a spreadsheet.
    if (!v.isEmpty() && (v.at(0) == u'=' || v.at(0) == u'+' || v.at(0) == u'-' || v.at(0) == u'@'
                         || v.at(0) == u'\t' || v.at(0) == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return v;
}

namespace {
QString pad(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), u' ');
}
QString oneLine(QString text)
{
    return text.replace(u'\n', u' ');
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
                widths[i] = qMax(widths[i], qMin(40, displayWidth(oneLine(row.value(i)))));
        auto line = [&](const QStringList &cells) {
            QStringList padded;
            for (int i = 0; i < widths.size(); ++i) {
                QString cell = oneLine(cells.value(i));
                while (displayWidth(cell) > 40)
                    cell.chop(1);
                padded << pad(cell, widths[i]);
            }
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
    for (int i = 0; i < labels.size(); ++i) {
        if (values.value(i).isEmpty())
            continue;
        out << pad(labels.at(i) + u':', width + 1) << ' ' << values.value(i) << '\n';
    }
}

} // namespace guanxi::cli
