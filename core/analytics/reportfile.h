#pragma once

#include "analytics/report.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace guanxi {

class Session;

enum class ReportFormat { Csv, Xlsx, Json };

// Writes a Report to the files managers send, atomically (an earlier file of
// the same name survives any failure):
// - CSV: the main table only, UTF-8 with a BOM, keys as the header, cells
//   that look like formulas neutralised (CsvWriter).
// - XLSX: one sheet per table with typed cells (money, percent, dates), a
//   "Charts" sheet of native Excel charts over those cells (heat maps shade
//   their table's cells instead; scatters only up to 5,000 points), then an
//   "About" sheet with the title, filters and time of the report.
// - JSON: {"report", "title", "filters", "generated", "tables": {name: [rows]}}
//   with numbers as numbers and money as exact decimal text ("1234.56").
class ReportFile {
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
public:
    // Writes the file without asking who: for the session's own use (tests,
    // previews). What a user exports goes through exportAs.
    static Status write(const Report &report, const QString &path, ReportFormat format);

    // Exports as the session: refused (Denied, nothing written) without the
    // Export permission; else written, then recorded in the audit trail with
    // the report's name, filters, rows and the file's SHA-256.
    static Status exportAs(Session &session, const Report &report, const QString &path, ReportFormat format);
    // The same two steps for a writer outside core or off the session's
    // thread (the PDF, a background write): mayExport before writing,
    // recordExport on the session's thread once the file is written, with the
    // format's code ("csv", "xlsx", "json", "pdf"). recordExport removes the
    // file if it cannot be recorded, and says so.
    static Status mayExport(const Session &session);
    static Status recordExport(Session &session, const Report &report, const QString &path, const QString &format);
    // The rows a file of this format holds: the main table's for CSV (its
    // only table), every table's for the others.
    static qint64 rowCount(const Report &report, const QString &format);

    // Plain, locale-free text of a cell, as CSV and the terminal show it:
    // money 1234.56, percent 12.5%, decimals 2 places, dates ISO, months 2026-03.
    static QString plainText(const QVariant &value, ReportKind kind);
    static QJsonObject toJson(const Report &report);
    // The format a file name asks for (.csv, .xlsx, .json), if any.
    static std::optional<ReportFormat> formatOf(const QString &path);
};

} // namespace guanxi
