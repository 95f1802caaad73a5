#include "formats/xlsxwriter.h"
#include "platform/db/databasefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>
#include <system_error>

namespace guanxi {

namespace {

constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;
constexpr int MaxSheetName = 31;
// Excel keeps 15 significant digits: larger integers are written as text so
// no digit is silently lost (IDs, amounts past 10^13 yuan).
constexpr qint64 MaxExactInteger = 999999999999999;
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

// East Asian wide and full-width characters take two columns.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

// Width in character columns of the longest line.
int displayWidth(QStringView s)
{
    int best = 0, width = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            ++i;
        }
        if (c == u'\n') {
            best = std::max(best, width);
            width = 0;
        } else {
            width += isWide(c) ? 2 : 1;
        }
    }
    return std::max(best, width);
}

// Cuts to at most `max` UTF-16 units without splitting a surrogate pair.
QString cut(QString s, qsizetype max)
{
    if (s.size() > max)
        s.truncate(max > 0 && s.at(max - 1).isHighSurrogate() ? max - 1 : max);
    return s;
}

// Readers decode _xHHHH_ in cell text (libxlsxwriter writes control
// characters that way), so text that looks like one gets its "_" escaped as
// _x005F_ to come back unchanged.
QString protectEscapes(const QString &s)
{
    if (!s.contains(u"_x"))
        return s;
    const auto isHex = [](QChar c) {
        const QChar l = c.toLower();
        return (l >= u'0' && l <= u'9') || (l >= u'a' && l <= u'f');
    };
    QString out;
    out.reserve(s.size() + 8);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'_' && i + 6 < s.size() && s.at(i + 1) == u'x' && s.at(i + 6) == u'_' &&
            std::all_of(s.begin() + i + 2, s.begin() + i + 6, isHex)) {
            out += QStringLiteral("_x005F_");
            continue;
        }
        out += s.at(i);
    }
    return out;
}

// Excel's serial day number (1900 system, with its fictional 1900-02-29).
std::optional<double> serial(QDate date, int msecs = 0)
{
    if (!date.isValid() || date.year() < 1900 || date.year() > 9999)
        return std::nullopt;
    const qint64 days = date >= QDate(1900, 3, 1) ? QDate(1899, 12, 30).daysTo(date)
                                                  : QDate(1899, 12, 31).daysTo(date);
    return double(days) + msecs / 86400000.0;
}

bool isInteger(int type)
{
    switch (type) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

// "-1234567.89" from fen, exactly, with thousands separators when asked.
QString formatFen(qint64 fen, bool grouped)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? 0 - quint64(fen) : quint64(fen);
    QString units = QString::number(abs / 100);
    if (grouped)
        for (qsizetype i = units.size() - 3; i > 0; i -= 3)
            units.insert(i, u',');
    return (negative ? QStringLiteral("-") : QString()) + units + u'.' +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

struct XlsxWriter::Private {
    QString target; // absolute
    QString name;   // for messages
    QString temp;   // our file until close() renames it
    QByteArray tempName;
    lxw_workbook *book = nullptr;
    lxw_format *bold = nullptr, *date = nullptr, *dateTime = nullptr, *time = nullptr,
               *money = nullptr, *percent = nullptr, *decimal = nullptr, *month = nullptr;

    lxw_worksheet *sheet = nullptr;
    QString sheetTitle;
    QStringList usedNames; // lower case: Excel compares sheet names case-insensitively
    QList<XlsxColumn> columns;
    QList<double> widths;
    int headerCount = 0;
    lxw_row_t row = 0; // the next row to write, 0-based

    int truncated = 0;
    std::optional<Error> failed;
    bool closed = false;

    ~Private()
    {
        if (book)
            lxw_workbook_free(book);
        if (!temp.isEmpty())
            QFile::remove(temp);
    }

    void fit(int col, double width)
    {
        if (widths.size() <= col)
            widths.resize(col + 1);
        widths[col] = std::max(widths[col], width);
    }
};

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

Status XlsxWriter::writeCell(int col, const QVariant &value, XlsxColumn kind)
{
    if (!value.isValid() || value.isNull())
        return {};
    const int type = value.typeId();
    lxw_worksheet *ws = d->sheet;
    const lxw_row_t row = d->row;
    const auto c = lxw_col_t(col);
    lxw_error err = LXW_NO_ERROR;

    const auto text = [&](QString s) {
        s.remove(QChar(0)); // would end the C string early
        QString out = protectEscapes(s);
        if (out.size() > MaxCellChars) {
            s = cut(s, std::max<qsizetype>(0, MaxCellChars - (out.size() - s.size())));
            out = protectEscapes(s);
            ++d->truncated;
        }
        if (s.isEmpty())
            return;
        err = worksheet_write_string(ws, row, c, out.toUtf8().constData(), nullptr);
        d->fit(col, displayWidth(s));
    };
    const auto number = [&](double x, lxw_format *format, double width) {
        if (!std::isfinite(x)) // Excel has no NaN or infinity
            return text(QString::number(x));
        err = worksheet_write_number(ws, row, c, x, format);
        d->fit(col, width);
    };
    const auto integer = [&](const QVariant &v) {
        if (type == QMetaType::ULongLong && v.toULongLong() > quint64(MaxExactInteger))
            return text(QString::number(v.toULongLong()));
        const qint64 n = v.toLongLong();
        if (n > MaxExactInteger || n < -MaxExactInteger)
            return text(QString::number(n));
        number(double(n), nullptr, QString::number(n).size());
    };
    const auto real = [&](double x) { number(x, nullptr, QString::number(x, 'g', 15).size()); };
    const auto date = [&](QDate day, lxw_format *format = nullptr) {
        if (const auto s = serial(day))
            number(*s, format ? format : d->date, 10);
        else
            text(day.toString(Qt::ISODate)); // before 1900: Excel has no such dates
    };
    const auto dateTime = [&](const QDateTime &dt) {
        const QDateTime local = dt.toLocalTime();
        if (const auto s = serial(local.date(), local.time().msecsSinceStartOfDay()))
            number(*s, d->dateTime, 19);
        else
            text(local.toString(Qt::ISODate));
    };
    const auto isoText = [&]() {
        return type == QMetaType::QDate ? value.toDate().toString(Qt::ISODate)
               : type == QMetaType::QDateTime
                   ? value.toDateTime().toLocalTime().toString(Qt::ISODate)
                   : value.toString();
    };

    switch (kind) {
    case XlsxColumn::Text:
        text(isoText());
        break;
    case XlsxColumn::Money: {
        bool ok = isInteger(type);
        qint64 fen = ok ? value.toLongLong() : 0;
        if (type == QMetaType::ULongLong &&
            value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            ok = false;
        if (type == QMetaType::QString)
            fen = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return fail(Error{
                tr("Cannot save “%1”: sheet “%2”, row %3, column %4 needs an amount in whole "
                   "fen.")
                    .arg(d->name, d->sheetTitle, QString::number(row + 1),
                         QString::number(col + 1)),
                QStringLiteral("money cell of type %1").arg(QString::fromLatin1(value.typeName())),
                {}});
        if (fen > MaxExactInteger || fen < -MaxExactInteger)
            text(formatFen(fen, false)); // exact, as text
        else
            number(double(fen) / 100.0, d->money, formatFen(fen, true).size());
        break;
    }
    case XlsxColumn::Date:
        if (type == QMetaType::QDate)
            date(value.toDate());
        else if (type == QMetaType::QDateTime)
            date(value.toDateTime().toLocalTime().date());
        else if (const QDate day = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
                 day.isValid())
            date(day);
        else
            text(value.toString());
        break;
    case XlsxColumn::DateTime:
        if (type == QMetaType::QDateTime)
            dateTime(value.toDateTime());
        else if (type == QMetaType::QDate)
            dateTime(value.toDate().startOfDay());
        else if (const QDateTime dt =
                     QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
                 dt.isValid())
            dateTime(dt);
        else
            text(value.toString());
        break;
    case XlsxColumn::Percent:
    case XlsxColumn::Decimal: {
        bool ok = false;
        const double x = value.toDouble(&ok);
        if (type == QMetaType::QString && value.toString().trimmed().isEmpty())
            break; // an empty cell, like an empty text
        if (!ok)
            text(value.toString());
        else if (kind == XlsxColumn::Percent)
            number(x, d->percent, 7);
        else
            number(x, d->decimal, QString::number(x, 'f', 2).size() + 2);
        break;
    }
    case XlsxColumn::Month:
        if (type == QMetaType::QDate)
            date(value.toDate(), d->month);
        else
            text(value.toString());
        break;
    case XlsxColumn::Number:
        if (type == QMetaType::QString) {
            bool ok = false;
            const double x = value.toString().trimmed().toDouble(&ok);
            if (ok)
                real(x);
            else
                text(value.toString());
            break;
        }
        [[fallthrough]];
    case XlsxColumn::Auto:
        if (type == QMetaType::Bool) {
            err = worksheet_write_boolean(ws, row, c, value.toBool() ? 1 : 0, nullptr);
            d->fit(col, 5);
        } else if (isInteger(type)) {
            integer(value);
        } else if (type == QMetaType::Double || type == QMetaType::Float) {
            real(value.toDouble());
        } else if (type == QMetaType::QDate) {
            date(value.toDate());
        } else if (type == QMetaType::QDateTime) {
            dateTime(value.toDateTime());
        } else if (type == QMetaType::QTime) {
            number(value.toTime().msecsSinceStartOfDay() / 86400000.0, d->time, 8);
        } else {
            text(value.toString());
        }
        break;
    }
    if (err != LXW_NO_ERROR)
        return fail(Error{
            tr("Cannot save “%1”: sheet “%2”, row %3, column %4 cannot be written.")
                .arg(d->name, d->sheetTitle, QString::number(row + 1), QString::number(col + 1)),
            QString::fromUtf8(lxw_strerror(err)),
            {}});
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
