#include "formats/xlsxwriterparts.h"
#include "platform/db/databasefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace guanxi {

using namespace xlsxwrite;

namespace {

constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;
constexpr int MaxSheetName = 31;
constexpr double MinWidth = 8.43; // Excel's default
constexpr double MaxWidth = 60;

QByteArray fileNameForLibrary(const QString &path)
{
#ifdef Q_OS_WIN
    return path.toUtf8(); // lxw_fopen converts UTF-8 names for _wfopen
#else
    return QFile::encodeName(path);
#endif
}

} // namespace

XlsxWriter::XlsxWriter(std::unique_ptr<Private> d) : d(std::move(d)) {}

XlsxWriter::~XlsxWriter() = default;

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::open(const QString &path)
{
    if (Status guarded = DatabaseFiles::checkOutput(path); !guarded)
        return guarded.error();
    auto d = std::make_unique<Private>();
    const QFileInfo info(path);
    d->target = info.absoluteFilePath();
    d->name = QDir::toNativeSeparators(d->target);
    if (info.isDir())
        return Error{
            tr("Cannot save “%1”: it is a folder. Choose a file name.").arg(d->name), {}, {}};
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        return Error{
            tr("Cannot save “%1”: the folder does not exist. Choose another folder.").arg(d->name),
            {},
            {}};
    // A temporary file next to the target keeps the final rename on one file
    // system. NewOnly creates it with the usual permissions (0666 & ~umask),
    // which libxlsxwriter's fopen("wb") keeps when it truncates it.
    QFile temp;
    for (int attempt = 0; attempt < 16 && d->temp.isEmpty(); ++attempt) {
        const QString suffix = QString::number(QRandomGenerator::global()->generate(), 16);
        temp.setFileName(
            dir.filePath(u'.' + info.fileName() + u'.' + suffix + QStringLiteral(".tmp")));
        if (temp.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            d->temp = temp.fileName();
            temp.close();
        }
    }
    if (d->temp.isEmpty())
        return Error{tr("Cannot save “%1”: %2. Choose a folder you can write to.")
                         .arg(d->name, temp.errorString()),
                     {},
                     {}};
    if (info.exists()) // like QSaveFile: the replacement keeps the old file's permissions
        QFile::setPermissions(d->temp, QFile::permissions(d->target));

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as written
    d->tempName = fileNameForLibrary(d->temp);
    d->book = workbook_new_opt(d->tempName.constData(), &options);
    if (!d->book)
        return Error{
            tr("Cannot save “%1”: the spreadsheet writer could not start. Close other programs "
               "to free memory and try again.")
                .arg(d->name),
            QStringLiteral("workbook_new_opt failed"),
            {}};
    d->bold = workbook_add_format(d->book);
    format_set_bold(d->bold);
    d->date = workbook_add_format(d->book);
    format_set_num_format(d->date, "yyyy-mm-dd");
    d->dateTime = workbook_add_format(d->book);
    format_set_num_format(d->dateTime, "yyyy-mm-dd hh:mm:ss");
    d->time = workbook_add_format(d->book);
    format_set_num_format(d->time, "hh:mm:ss");
    d->money = workbook_add_format(d->book);
    format_set_num_format(d->money, "#,##0.00");
    d->percent = workbook_add_format(d->book);
    format_set_num_format(d->percent, "0.0%");
    d->decimal = workbook_add_format(d->book);
    format_set_num_format(d->decimal, "#,##0.00");
    d->month = workbook_add_format(d->book);
    format_set_num_format(d->month, "yyyy-mm");
    return std::unique_ptr<XlsxWriter>(new XlsxWriter(std::move(d)));
}

QString XlsxWriter::sheetName(const QString &name)
{
    QString s;
    s.reserve(name.size());
    for (QChar c : name)
        s += QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20 ? QChar(u'_') : c;
    const auto trimQuotes = [](QString &t) {
        while (t.startsWith(u'\''))
            t.remove(0, 1);
        while (t.endsWith(u'\''))
            t.chop(1);
    };
    trimQuotes(s);
    s = cut(s, MaxSheetName);
    trimQuotes(s);
    if (s.trimmed().isEmpty())
        s = QStringLiteral("Sheet");
    if (s.compare(u"History", Qt::CaseInsensitive) == 0) // reserved by Excel
        s += u'_';
    return s;
}

int XlsxWriter::truncatedCells() const
{
    return d->truncated;
}

QStringList XlsxWriter::cellPieces(const QString &text)
{
    QString s = text;
    s.remove(QChar(0)); // as text() below does
    QStringList pieces;
    for (qsizetype at = 0; at < s.size();) {
        qsizetype length = std::min<qsizetype>(MaxCellChars, s.size() - at);
        for (;;) {
            if (at + length < s.size() && s.at(at + length - 1).isHighSurrogate())
                --length;
            // Each escape adds six units, and taking a unit off removes at least
            // one: cutting the excess always fits. A cut through a look-alike
            // leaves two plain halves, each read back as written.
            const qsizetype excess = protectEscapes(s.mid(at, length)).size() - MaxCellChars;
            if (excess <= 0)
                break;
            length -= excess;
        }
        pieces << s.mid(at, length);
        at += length;
    }
    return pieces;
}

Status XlsxWriter::fail(Error error)
{
    d->failed = error;
    return error;
}

Status XlsxWriter::addSheet(const QString &name, const QStringList &headers,
                            const QList<XlsxColumn> &columns)
{
    if (d->failed)
        return *d->failed;
    if (d->closed)
        return Error{tr("Cannot add a sheet to “%1”: it is already saved.").arg(d->name), {}, {}};
    if (headers.size() > MaxColumns)
        return fail(
            Error{tr("Cannot save “%1”: a sheet can have at most 16,384 columns. Export fewer "
                     "columns.")
                      .arg(d->name),
                  {},
                  {}});
    if (Status st = finishSheet(); !st)
        return st;

    const QString base = sheetName(name);
    QString title = base;
    for (int n = 2; d->usedNames.contains(title.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        title = cut(base, MaxSheetName - suffix.size()) + suffix;
    }
    const QByteArray utf8 = title.toUtf8();
    lxw_error err = workbook_validate_sheet_name(d->book, utf8.constData());
    if (err == LXW_NO_ERROR && !(d->sheet = workbook_add_worksheet(d->book, utf8.constData())))
        err = LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (err != LXW_NO_ERROR)
        return fail(
            Error{tr("Cannot save “%1”: the sheet “%2” cannot be added.").arg(d->name, title),
                  QString::fromUtf8(lxw_strerror(err)),
                  {}});
    d->usedNames << title.toLower();
    d->sheetTitle = title;
    d->columns = columns;
    d->widths.clear();
    d->headerCount = int(headers.size());
    d->row = 0;
    if (headers.isEmpty())
        return {};
    for (int col = 0; col < headers.size(); ++col) {
        const QString h = cut(headers.at(col), MaxCellChars);
        err = worksheet_write_string(d->sheet, 0, lxw_col_t(col),
                                     protectEscapes(h).toUtf8().constData(), d->bold);
        if (err != LXW_NO_ERROR)
            return fail(Error{tr("Cannot save “%1”: the header of sheet “%2” cannot be written.")
                                  .arg(d->name, title),
                              QString::fromUtf8(lxw_strerror(err)),
                              {}});
        d->fit(col, displayWidth(h) * 1.1 + 2); // bold text, and room for the filter button
    }
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->row = 1;
    return {};
}

Status XlsxWriter::addRow(const QList<QVariant> &cells)
{
    if (d->failed)
        return *d->failed;
    if (!d->sheet) // a programming error: addSheet() first, and not after close()
        return Error{tr("Cannot add a row to “%1”: no sheet was started.").arg(d->name), {}, {}};
    if (d->row >= lxw_row_t(MaxRows))
        return fail(
            Error{tr("Cannot save “%1”: sheet “%2” would have more than 1,048,576 rows, the most "
                     "Excel can hold. Export fewer rows, for example with a filter.")
                      .arg(d->name, d->sheetTitle),
                  {},
                  {}});
    if (cells.size() > MaxColumns)
        return fail(
            Error{tr("Cannot save “%1”: a sheet can have at most 16,384 columns. Export fewer "
                     "columns.")
                      .arg(d->name),
                  {},
                  {}});
    for (int col = 0; col < cells.size(); ++col) {
        const XlsxColumn kind = col < d->columns.size() ? d->columns.at(col) : XlsxColumn::Auto;
        if (Status st = writeCell(col, cells.at(col), kind); !st)
            return st;
    }
    ++d->row;
    return {};
}

QString XlsxWriter::currentSheetName() const
{
    return d->sheet ? d->sheetTitle : QString();
}

Status XlsxWriter::addChart(const XlsxChart &c, int row, int column)
{
    if (!d->sheet || !d->book)
        return Error{tr("Cannot add a chart to “%1”: start a sheet first.").arg(d->name), {}, {}};
    uint8_t type = LXW_CHART_COLUMN;
    switch (c.kind) {
    case XlsxChart::Kind::Column: type = LXW_CHART_COLUMN; break;
    case XlsxChart::Kind::Bar: type = LXW_CHART_BAR; break;
    case XlsxChart::Kind::Line: type = LXW_CHART_LINE; break;
    case XlsxChart::Kind::Pie: type = LXW_CHART_PIE; break;
    case XlsxChart::Kind::Scatter: type = LXW_CHART_SCATTER; break;
    }
    lxw_chart *chart = workbook_add_chart(d->book, type);
    if (!chart)
        return fail(Error{tr("Cannot save “%1”: the chart “%2” cannot be added.").arg(d->name, c.title),
                          QStringLiteral("workbook_add_chart failed"), {}});
    const QByteArray sheet = c.sheet.toUtf8();
    for (int value : c.valueColumns) {
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        if (!series)
            return fail(Error{tr("Cannot save “%1”: the chart “%2” cannot be added.").arg(d->name, c.title),
                              QStringLiteral("chart_add_series failed"), {}});
        chart_series_set_categories(series, sheet.constData(), lxw_row_t(c.firstRow), lxw_col_t(c.categoryColumn),
                                    lxw_row_t(c.lastRow), lxw_col_t(c.categoryColumn));
        chart_series_set_values(series, sheet.constData(), lxw_row_t(c.firstRow), lxw_col_t(value),
                                lxw_row_t(c.lastRow), lxw_col_t(value));
        chart_series_set_name_range(series, sheet.constData(), 0, lxw_col_t(value));
        if (c.kind == XlsxChart::Kind::Scatter) {
            lxw_chart_line none{};
            none.none = LXW_TRUE;
            chart_series_set_line(series, &none);
        }
    }
    chart_title_set_name(chart, c.title.toUtf8().constData());
    if (c.kind != XlsxChart::Kind::Pie && c.valueColumns.size() < 2)
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    if (c.kind == XlsxChart::Kind::Bar) {   // the first row on top, as in the table; values still below
        chart_axis_set_reverse(chart->y_axis);
        chart_axis_set_crossing_max(chart->y_axis);
    }
    lxw_chart_options options{};
    options.x_scale = 1.5;
    options.y_scale = 1.25;
    const lxw_error err = worksheet_insert_chart_opt(d->sheet, lxw_row_t(row), lxw_col_t(column), chart, &options);
    if (err != LXW_NO_ERROR)
        return fail(Error{tr("Cannot save “%1”: the chart “%2” cannot be added.").arg(d->name, c.title),
                          QString::fromUtf8(lxw_strerror(err)), {}});
    return {};
}

Status XlsxWriter::addColorScale(int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    if (!d->sheet)
        return Error{tr("Cannot shade cells in “%1”: start a sheet first.").arg(d->name), {}, {}};
    lxw_conditional_format scale{};
    scale.type = LXW_CONDITIONAL_2_COLOR_SCALE;
    scale.min_color = 0xFFFFFF;
    scale.max_color = 0x2962FF;
    const lxw_error err = worksheet_conditional_format_range(d->sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                                                             lxw_row_t(lastRow), lxw_col_t(lastColumn), &scale);
    if (err != LXW_NO_ERROR)
        return fail(Error{tr("Cannot save “%1”: the cells of sheet “%2” cannot be shaded.").arg(d->name, d->sheetTitle),
                          QString::fromUtf8(lxw_strerror(err)), {}});
    return {};
}

Status XlsxWriter::finishSheet()
{
    if (!d->sheet)
        return {};
    lxw_worksheet *ws = std::exchange(d->sheet, nullptr);
    for (int col = 0; col < d->widths.size(); ++col) {
        if (d->widths.at(col) <= 0)
            continue;
        const double width = std::clamp(d->widths.at(col) + 2, MinWidth, MaxWidth);
        worksheet_set_column(ws, lxw_col_t(col), lxw_col_t(col), width, nullptr);
    }
    if (d->headerCount > 0) {
        const lxw_error err =
            worksheet_autofilter(ws, 0, 0, d->row - 1, lxw_col_t(d->headerCount - 1));
        if (err != LXW_NO_ERROR)
            return fail(Error{tr("Cannot save “%1”: the filter of sheet “%2” cannot be set.")
                                  .arg(d->name, d->sheetTitle),
                              QString::fromUtf8(lxw_strerror(err)),
                              {}});
    }
    return {};
}

Status XlsxWriter::close()
{
    if (d->closed)
        return {};
    // On any failure below, ~Private frees the workbook and removes the temp file.
    if (d->failed)
        return *d->failed;
    if (Status st = finishSheet(); !st)
        return st;
    const lxw_error err = workbook_close(std::exchange(d->book, nullptr)); // also frees it
    if (err != LXW_NO_ERROR) {
        QFile::remove(d->temp);
        d->temp.clear();
        return fail(
            Error{tr("Cannot save “%1”. Check that the disk is not full and that you may write to "
                     "the folder, then try again.")
                      .arg(d->name),
                  QString::fromUtf8(lxw_strerror(err)),
                  {}});
    }
    // rename(2) replaces the target atomically (MoveFileEx with
    // MOVEFILE_REPLACE_EXISTING on Windows); QFile::rename refuses to overwrite.
    std::error_code ec;
    std::filesystem::rename(QFile(d->temp).filesystemFileName(),
                            QFile(d->target).filesystemFileName(), ec);
    if (ec) {
        QFile::remove(d->temp);
        d->temp.clear();
        return fail(
            Error{tr("Cannot replace “%1”. If it is open in Excel or WPS, close it there and try "
                     "again.")
                      .arg(d->name),
                  QString::fromStdString(ec.message()),
                  {}});
    }
    d->temp.clear();
    d->closed = true;
    return {};
}

} // namespace guanxi
