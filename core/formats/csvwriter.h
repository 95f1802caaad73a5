#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace guanxi {

// CSV the way Excel opens it in China and everywhere else: UTF-8 with a BOM,
// comma separated, CRLF, quoted where needed, and cells that a spreadsheet
// would run as a formula (= + - @ tab CR at the start, after any apostrophes)
// neutralised with one more leading apostrophe, which import takes off again
// exactly. Written atomically: the target changes only on commit().
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    explicit CsvWriter(const QString &path) : m_file(path), m_path(path) {}

    Status open();
    void writeRow(const QStringList &cells);
    // The same, but the cells marked in `numbers` are written as they are:
    // a negative amount stays a number, not text.
    void writeRow(const QStringList &cells, const QList<bool> &numbers);
    Status commit();   // on failure the earlier file, if any, is untouched

    // "=1+2" -> "'=1+2", "'=1" -> "''=1"; other cells as they are.
    static QString neutralised(const QString &cell);
    // The reverse, for reading back what we wrote: "'=1+2" -> "=1+2",
    // "''=1" -> "'=1". unneutralised(neutralised(s)) == s for every s.
    static QString unneutralised(const QString &cell);
    // For files whose text cells never run (XLSX): only a cell that
    // unneutralised() would change gets an apostrophe, "'=1" -> "''=1", so
    // unneutralised(apostropheKept(s)) == s and "=1" stays "=1".
    static QString apostropheKept(const QString &cell);

private:
    QSaveFile m_file;
    QString m_path;
};

} // namespace guanxi
