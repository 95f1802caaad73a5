#include "exchange/rejectsfile.h"

#include "formats/csvwriter.h"
#include "formats/xlsxwriter.h"

#include <QFileInfo>

namespace guanxi {

namespace {
struct Rejects {
    Q_DECLARE_TR_FUNCTIONS(RejectsFile)
public:
    static QStringList header(const QStringList &source)
    {
        return source + QStringList{tr("Line"), tr("Error")};
    }
};

class CsvRejects : public RejectsFile {
public:
    explicit CsvRejects(const QString &path) : m_writer(path) {}
    Status start(const QStringList &header)
    {
        if (Status s = m_writer.open(); !s)
            return s;
        m_columns = int(header.size());
        m_writer.writeRow(Rejects::header(header));
        return {};
    }
    void add(const ImportRow &row, const QString &reason) override
    {
        QStringList cells = row.cells;
        while (cells.size() < m_columns)
            cells << QString();
        m_writer.writeRow(cells << QString::number(row.line) << reason);
    }
    Status commit() override { return m_writer.commit(); }

private:
    CsvWriter m_writer;
    int m_columns = 0;
};
// Every cell as text, so the rows come back exactly as the file had them.
class XlsxRejects : public RejectsFile {
public:
    Status start(const QString &path, const QStringList &header)
    {
        auto writer = XlsxWriter::open(path);
        if (!writer)
            return writer.error();
        m_writer = std::move(writer).value();
        const QStringList columns = Rejects::header(header);
        m_columns = int(header.size());
        return m_writer->addSheet(Rejects::tr("Rejected rows"), columns,
                                  QList<XlsxColumn>(columns.size(), XlsxColumn::Text));
    }
    int cellLimit() const override { return XlsxWriter::MaxCellChars; }
    void add(const ImportRow &row, const QString &reason) override
    {
        QList<QVariant> cells;
        for (int i = 0; i < std::max<int>(m_columns, int(row.cells.size())); ++i)
            cells << row.cells.value(i);
        cells << QString::number(row.line) << reason;
        if (Status s = m_writer->addRow(cells); !s && !m_error)
            m_error = s.error();
    }
    Status commit() override
    {
        if (m_error)
            return *m_error;
        return m_writer->close();
    }

private:
    std::unique_ptr<XlsxWriter> m_writer;
    int m_columns = 0;
    std::optional<Error> m_error;
};
} // namespace

Result<std::unique_ptr<RejectsFile>> RejectsFile::open(const QString &path, const QStringList &header)
{
    if (QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0) {
        auto xlsx = std::make_unique<XlsxRejects>();
        if (Status s = xlsx->start(path, header); !s)
            return s.error();
        return std::unique_ptr<RejectsFile>(std::move(xlsx));
    }
    auto csv = std::make_unique<CsvRejects>(path);
    if (Status s = csv->start(header); !s)
        return s.error();
    return std::unique_ptr<RejectsFile>(std::move(csv));
}

void rejectRow(ImportReport &report, RejectsFile *rejects, const ImportRow &row, const QList<ImportProblem> &problems)
{
    ++report.rejected;
    report.problemCount += problems.size();
    for (const ImportProblem &p : problems)
        if (report.problems.size() < ImportReport::maxListed)
            report.problems << p;
    if (!rejects)
        return;
    QStringList reasons;
    for (const ImportProblem &p : problems)
        reasons << (p.column.isEmpty() ? p.reason : p.column + QStringLiteral(": ") + p.reason);
    rejects->add(row, reasons.join(QStringLiteral("; ")));
    // An Excel cell holds 32,767 characters: say which texts the workbook cut.
    if (const int limit = rejects->cellLimit(); limit > 0)
        for (const QString &cell : row.cells)
            if (cell.size() > limit && report.notes.size() < ImportReport::maxListed)
                report.notes << Rejects::tr("Line %1: a text of %2 characters was cut to %3 in the rejects workbook, "
                                            "the most an Excel cell holds. Write the rejects as .csv to keep it whole.")
                                    .arg(row.line)
                                    .arg(cell.size())
                                    .arg(limit);
}

} // namespace guanxi
