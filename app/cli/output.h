#pragma once

#include <QStringList>
#include <QTextStream>

namespace guanxi::cli {

enum class Format { Table, Csv, Json };

// Rows of text printed as an aligned table (CJK counted as two columns), as
// CSV (RFC 4180, formula-looking cells neutralised) or as a JSON array.
struct Table {
    QStringList keys;     // JSON keys and CSV header
    QStringList headers;  // table header
    QList<QStringList> rows;
};

void print(QTextStream &out, const Table &table, Format format);
// One record as "key: value" lines, or a one-element table for CSV/JSON.
void printRecord(QTextStream &out, const QStringList &keys, const QStringList &labels,
                 const QStringList &values, Format format);
int displayWidth(const QString &text);
// Word-wraps a paragraph to width columns, each line indented and ending in a
// newline.
QString wrapped(const QString &text, int width, const QString &indent);
QString csvField(const QString &value);
// Text from the database, made safe to print on a terminal: control
// characters (ESC starts terminal commands, BEL rings, CR overwrites the
// line) and bidi overrides and isolates (they reorder what follows) are shown
// as \x1B, \t, \u202E... Tables and records use it; CSV and JSON stay exact.
QString terminalSafe(const QString &text, bool keepNewlines);

} // namespace guanxi::cli
