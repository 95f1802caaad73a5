#include "rejectsfile.h"

#include "io/csvwriter.h"

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
} // namespace

Result<std::unique_ptr<RejectsFile>> RejectsFile::open(const QString &path, const QStringList &header)
{
    auto csv = std::make_unique<CsvRejects>(path);
    if (Status s = csv->start(header); !s)
        return s.error();
    return std::unique_ptr<RejectsFile>(std::move(csv));
}

} // namespace guanxi
