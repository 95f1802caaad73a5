// One cell of XlsxWriter: a value written the way its column asks (text,
// numbers, money in fen, dates and times as Excel serial numbers), and the
// column fitted to what it shows.
#include "formats/xlsxwriterparts.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace guanxi {

namespace xlsxwrite {

namespace {

// East Asian wide and full-width characters take two columns.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

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

QString cut(QString s, qsizetype max)
{
    if (s.size() > max)
        s.truncate(max > 0 && s.at(max - 1).isHighSurrogate() ? max - 1 : max);
    return s;
}

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

} // namespace xlsxwrite

using namespace xlsxwrite;

namespace {

// Excel keeps 15 significant digits: larger integers are written as text so
// no digit is silently lost (IDs, amounts past 10^13 yuan).
constexpr qint64 MaxExactInteger = 999999999999999;

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

// Writes one value into one cell the way its column asks, and widens the
// column to what the cell shows. Only the first failure is kept: a cell is
// written once.
class XlsxWriter::Private::CellWriter {
public:
    CellWriter(Private &d, int col, const QVariant &value)
        : d(d), m_col(col), m_c(lxw_col_t(col)), m_row(d.row), m_value(value),
          m_type(value.typeId())
    {
    }

    // What went wrong, if anything: a money column without an amount in
    // whole fen, or libxlsxwriter's refusal.
    std::optional<Error> write(XlsxColumn kind);

private:
    void text(QString s);
    void number(double x, lxw_format *format, double width);
    void integer();
    void real(double x) { number(x, nullptr, QString::number(x, 'g', 15).size()); }
    void date(QDate day, lxw_format *format = nullptr);
    void dateTime(const QDateTime &dt);
    QString isoText() const;

    std::optional<Error> money();
    void asDate();
    void asDateTime();
    void asFraction(XlsxColumn kind); // Percent and Decimal
    void asMonth();
    bool asNumberText(); // false when the value is no text: written as Auto
    void asAuto();

    Private &d;
    const int m_col;
    const lxw_col_t m_c;
    const lxw_row_t m_row;
    const QVariant &m_value;
    const int m_type;
    lxw_error m_err = LXW_NO_ERROR;
};

std::optional<Error> XlsxWriter::Private::CellWriter::write(XlsxColumn kind)
{
    switch (kind) {
    case XlsxColumn::Text:
        text(isoText());
        break;
    case XlsxColumn::Money:
        if (std::optional<Error> error = money())
            return error;
        break;
    case XlsxColumn::Date:
        asDate();
        break;
    case XlsxColumn::DateTime:
        asDateTime();
        break;
    case XlsxColumn::Percent:
    case XlsxColumn::Decimal:
        asFraction(kind);
        break;
    case XlsxColumn::Month:
        asMonth();
        break;
    case XlsxColumn::Number:
        if (asNumberText())
            break;
        [[fallthrough]];
    case XlsxColumn::Auto:
        asAuto();
        break;
    }
    if (m_err != LXW_NO_ERROR)
        return Error{
            XlsxWriter::tr("Cannot save “%1”: sheet “%2”, row %3, column %4 cannot be written.")
                .arg(d.name, d.sheetTitle, QString::number(m_row + 1), QString::number(m_col + 1)),
            QString::fromUtf8(lxw_strerror(m_err)),
            {}};
    return std::nullopt;
}

void XlsxWriter::Private::CellWriter::text(QString s)
{
    s.remove(QChar(0)); // would end the C string early
    QString out = protectEscapes(s);
    if (out.size() > MaxCellChars) {
        s = cut(s, std::max<qsizetype>(0, MaxCellChars - (out.size() - s.size())));
        out = protectEscapes(s);
        ++d.truncated;
    }
    if (s.isEmpty())
        return;
    m_err = worksheet_write_string(d.sheet, m_row, m_c, out.toUtf8().constData(), nullptr);
    d.fit(m_col, displayWidth(s));
}

void XlsxWriter::Private::CellWriter::number(double x, lxw_format *format, double width)
{
    if (!std::isfinite(x)) // Excel has no NaN or infinity
        return text(QString::number(x));
    m_err = worksheet_write_number(d.sheet, m_row, m_c, x, format);
    d.fit(m_col, width);
}

void XlsxWriter::Private::CellWriter::integer()
{
    if (m_type == QMetaType::ULongLong && m_value.toULongLong() > quint64(MaxExactInteger))
        return text(QString::number(m_value.toULongLong()));
    const qint64 n = m_value.toLongLong();
    if (n > MaxExactInteger || n < -MaxExactInteger)
        return text(QString::number(n));
    number(double(n), nullptr, QString::number(n).size());
}

void XlsxWriter::Private::CellWriter::date(QDate day, lxw_format *format)
{
    if (const auto s = serial(day))
        number(*s, format ? format : d.date, 10);
    else
        text(day.toString(Qt::ISODate)); // before 1900: Excel has no such dates
}

void XlsxWriter::Private::CellWriter::dateTime(const QDateTime &dt)
{
    const QDateTime local = dt.toLocalTime();
    if (const auto s = serial(local.date(), local.time().msecsSinceStartOfDay()))
        number(*s, d.dateTime, 19);
    else
        text(local.toString(Qt::ISODate));
}

QString XlsxWriter::Private::CellWriter::isoText() const
{
    return m_type == QMetaType::QDate ? m_value.toDate().toString(Qt::ISODate)
           : m_type == QMetaType::QDateTime
               ? m_value.toDateTime().toLocalTime().toString(Qt::ISODate)
               : m_value.toString();
}

std::optional<Error> XlsxWriter::Private::CellWriter::money()
{
    bool ok = isInteger(m_type);
    qint64 fen = ok ? m_value.toLongLong() : 0;
    if (m_type == QMetaType::ULongLong &&
        m_value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
        ok = false;
    if (m_type == QMetaType::QString)
        fen = m_value.toString().trimmed().toLongLong(&ok);
    if (!ok)
        return Error{
            XlsxWriter::tr(
                "Cannot save “%1”: sheet “%2”, row %3, column %4 needs an amount in whole "
                "fen.")
                .arg(d.name, d.sheetTitle, QString::number(m_row + 1), QString::number(m_col + 1)),
            QStringLiteral("money cell of type %1").arg(QString::fromLatin1(m_value.typeName())),
            {}};
    if (fen > MaxExactInteger || fen < -MaxExactInteger)
        text(formatFen(fen, false)); // exact, as text
    else
        number(double(fen) / 100.0, d.money, formatFen(fen, true).size());
    return std::nullopt;
}

void XlsxWriter::Private::CellWriter::asDate()
{
    if (m_type == QMetaType::QDate)
        date(m_value.toDate());
    else if (m_type == QMetaType::QDateTime)
        date(m_value.toDateTime().toLocalTime().date());
    else if (const QDate day = QDate::fromString(m_value.toString().trimmed(), Qt::ISODate);
             day.isValid())
        date(day);
    else
        text(m_value.toString());
}

void XlsxWriter::Private::CellWriter::asDateTime()
{
    if (m_type == QMetaType::QDateTime)
        dateTime(m_value.toDateTime());
    else if (m_type == QMetaType::QDate)
        dateTime(m_value.toDate().startOfDay());
    else if (const QDateTime dt =
                 QDateTime::fromString(m_value.toString().trimmed(), Qt::ISODateWithMs);
             dt.isValid())
        dateTime(dt);
    else
        text(m_value.toString());
}

void XlsxWriter::Private::CellWriter::asFraction(XlsxColumn kind)
{
    bool ok = false;
    const double x = m_value.toDouble(&ok);
    if (m_type == QMetaType::QString && m_value.toString().trimmed().isEmpty())
        return; // an empty cell, like an empty text
    if (!ok)
        text(m_value.toString());
    else if (kind == XlsxColumn::Percent)
        number(x, d.percent, 7);
    else
        number(x, d.decimal, QString::number(x, 'f', 2).size() + 2);
}

void XlsxWriter::Private::CellWriter::asMonth()
{
    if (m_type == QMetaType::QDate)
        date(m_value.toDate(), d.month);
    else
        text(m_value.toString());
}

bool XlsxWriter::Private::CellWriter::asNumberText()
{
    if (m_type != QMetaType::QString)
        return false;
    bool ok = false;
    const double x = m_value.toString().trimmed().toDouble(&ok);
    if (ok)
        real(x);
    else
        text(m_value.toString());
    return true;
}

void XlsxWriter::Private::CellWriter::asAuto()
{
    if (m_type == QMetaType::Bool) {
        m_err = worksheet_write_boolean(d.sheet, m_row, m_c, m_value.toBool() ? 1 : 0, nullptr);
        d.fit(m_col, 5);
    } else if (isInteger(m_type)) {
        integer();
    } else if (m_type == QMetaType::Double || m_type == QMetaType::Float) {
        real(m_value.toDouble());
    } else if (m_type == QMetaType::QDate) {
        date(m_value.toDate());
    } else if (m_type == QMetaType::QDateTime) {
        dateTime(m_value.toDateTime());
    } else if (m_type == QMetaType::QTime) {
        number(m_value.toTime().msecsSinceStartOfDay() / 86400000.0, d.time, 8);
    } else {
        text(m_value.toString());
    }
}

Status XlsxWriter::writeCell(int col, const QVariant &value, XlsxColumn kind)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (std::optional<Error> error = Private::CellWriter(*d, col, value).write(kind))
        return fail(*error);
    return {};
}

} // namespace guanxi
