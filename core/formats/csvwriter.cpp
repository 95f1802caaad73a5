#include "formats/csvwriter.h"
#include "platform/db/databasefiles.h"

#include <QDir>

namespace guanxi {

namespace {
// Whether the cell is apostrophes (at least `minQuotes`) and then a character
// that makes a spreadsheet read a formula.
bool quotedFormula(const QString &cell, qsizetype minQuotes)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    if (i < minQuotes || i == cell.size())
        return false;
    const QChar c = cell.at(i);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

// Undone exactly: neutralised() adds one apostrophe to every cell matching
// ^'*[=+\-@\t\r], so a cell matching ^'+[=+\-@\t\r] was always neutralised.
QString CsvWriter::neutralised(const QString &cell)
{
    return quotedFormula(cell, 0) ? u'\'' + cell : cell;
}

QString CsvWriter::unneutralised(const QString &cell)
{
    return quotedFormula(cell, 1) ? cell.mid(1) : cell;
}

QString CsvWriter::apostropheKept(const QString &cell)
{
    return quotedFormula(cell, 1) ? u'\'' + cell : cell;
}

Status CsvWriter::open()
{
    if (Status guarded = DatabaseFiles::checkOutput(m_path); !guarded)
        return guarded;
    if (!m_file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write “%1”: %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(m_path), m_file.errorString()),
                     {}, {}};
    m_file.write("\xEF\xBB\xBF");
    return {};
}

void CsvWriter::writeRow(const QStringList &cells)
{
    writeRow(cells, {});
}

void CsvWriter::writeRow(const QStringList &cells, const QList<bool> &numbers)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += u',';
        const QString cell = numbers.value(i) ? cells.at(i) : neutralised(cells.at(i));
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
            QString quoted = cell;
            quoted.replace(u'"', QStringLiteral("\"\""));
            line += u'"' + quoted + u'"';
        } else {
            line += cell;
        }
    }
    line += QStringLiteral("\r\n");
    m_file.write(line.toUtf8());
}

Status CsvWriter::commit()
{
    if (!m_file.commit())
        return Error{tr("Could not finish writing “%1”: %2. Any earlier file of that name is unchanged.")
                         .arg(QDir::toNativeSeparators(m_path), m_file.errorString()),
                     {}, {}};
    return {};
}

} // namespace guanxi
