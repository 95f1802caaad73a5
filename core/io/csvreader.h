#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

// A whole CSV/TSV file read into rows: UTF-8 (with or without BOM) or UTF-16
// with BOM; anything else that is not valid UTF-8 is read as GB18030, the
// superset of GBK that Chinese Excel writes. RFC 4180 quoting, with line
// breaks inside quotes; the delimiter (comma, tab, semicolon) is detected from
// the first line. Each row keeps its physical line number for messages.
struct CsvRow {
    int line = 0;
    QStringList fields;
};

struct CsvFile {
    QString encoding;
    QChar delimiter;
    QList<CsvRow> rows;
};

struct CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static Result<CsvFile> read(const QString &path);
    static Result<CsvFile> parse(const QByteArray &bytes);
};

} // namespace guanxi
