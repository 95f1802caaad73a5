#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace guanxi {

// What a report column holds; decides how each file format writes it and
// how the GUI shows and sorts it.
enum class ReportKind {
    Text,      // QString
    Integer,   // qint64
    Money,     // qint64 integer minor units (fen)
    Percent,   // double, a fraction: 0.25 is 25 %
    Decimal,   // double, shown with two decimals
    Date,      // QDate
    Month,     // QDate, the first of a month: shown as 2026-03
};

struct ReportColumn {
    QString key;     // stable, for CSV headers, JSON keys and scripts: "recency_days"
    QString title;   // translated, for the GUI, XLSX and PDF: "Recency (days)"
    ReportKind kind = ReportKind::Text;
    // For scripts and joins only (a stable code beside its translated name):
    // CSV, JSON and XLSX carry it, the window and the PDF leave it out.
    bool internal = false;
};

// One table of a report: a sheet in XLSX, a table in PDF, a list in JSON.
// Cells are in column order; an invalid QVariant is an empty cell.
struct ReportTable {
    QString name;    // stable, short: "rfm", "segments", "cut_points" (sheet and JSON key)
    QString title;   // translated: "Segments"
    QList<ReportColumn> columns;
    QList<QVariantList> rows;

    // The index of the column with this key; -1 when there is none.
    int column(const QString &key) const
    {
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).key == key)
                return i;
        return -1;
    }
};

enum class ReportChartKind {
    Bar,            // one bar group per row of `table`: category = label, one series per value column
    HorizontalBar,  // the same, bars left to right (long labels, funnels)
    Line,           // a line per value column over the rows (months)
    Pie,            // one slice per row: label and the first value column
    HeatMap,        // rows by value columns: the row label down, the value column titles across
    Scatter,        // one point per row: x = values[0], y = values[1], a series per `group` value
};

// A chart drawn from one of the report's tables, so the GUI, the PDF and the
// image exports always show exactly the numbers in the tables.
struct ReportChart {
    QString name;    // stable: "segments"
    QString title;   // translated
    ReportChartKind kind = ReportChartKind::Bar;
    QString table;   // ReportTable::name
    int label = 0;   // the column with the category labels
    QList<int> values;
    int group = -1;  // Scatter: the column whose value picks the series
};

// Everything a report file carries: a title, the filters it was run with
// (translated "label: value" lines), when it was made, and its tables. The
// first table is the main one (the only one CSV and the table output get).
struct Report {
    QString name;          // stable: "rfm", "funnel", "trend", "cohort", "clusters"
    QString title;         // translated: "RFM analysis"
    QStringList filters;   // "Window: 2026-01-01 to 2026-06-30", ...
    QDateTime generated;
    QString currency = QStringLiteral("CNY");   // of every Money column
    QList<ReportTable> tables;
    QList<ReportChart> charts;

    // A report with its name, title, filter lines and time, for the tables
    // and charts to be added.
    static Report headed(const QString &name, const QString &title, const QStringList &filters,
                         const QDateTime &generated)
    {
        Report r;
        r.name = name;
        r.title = title;
        r.filters = filters;
        r.generated = generated;
        return r;
    }

    const ReportTable *table(const QString &tableName) const
    {
        for (const ReportTable &t : tables)
            if (t.name == tableName)
                return &t;
        return nullptr;
    }
};

} // namespace guanxi
