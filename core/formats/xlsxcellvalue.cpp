// One cell's value as the reader returns it: text with its escapes undone,
// numbers, booleans, and numbers shown as dates or times turned into them.
#include "formats/xlsxreaderparts.h"

#include <QDateTime>

#include <cmath>

namespace guanxi {

namespace xlsx {

// OOXML escapes characters XML cannot hold as _xHHHH_ (and "_" itself as _x005F_).
QString decodeEscapes(const QString &s)
{
    if (!s.contains(u"_x"))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'_' && i + 6 < s.size() && s.at(i + 1) == u'x' && s.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(s).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

CellType cellType(QStringView t)
{
    if (t == u"s")
        return CellType::Shared;
    if (t == u"inlineStr")
        return CellType::Inline;
    if (t == u"str")
        return CellType::FormulaText;
    if (t == u"b")
        return CellType::Bool;
    if (t == u"e")
        return CellType::ErrorCode;
    if (t == u"d")
        return CellType::IsoDate;
    return CellType::Number;
}

} // namespace xlsx

using namespace xlsx;

namespace {

// Excel serial day numbers: 1900 system (with Lotus's fictional 1900-02-29 as
// day 60) or 1904 system. Out of range values stay numbers.
QVariant fromSerial(double v, NumKind kind, bool is1904)
{
    constexpr qint64 DayMs = 86400000;
    if (kind == NumKind::Time && v >= 0 && v < 1)
        return QTime::fromMSecsSinceStartOfDay(int(std::min(qRound64(v * DayMs), DayMs - 1)));
    if (v < 0 || v >= 2958466) // 9999-12-31 is the last day Excel shows
        return v;
    const qint64 total = qRound64(v * DayMs);
    const qint64 days = total / DayMs;
    const int ms = int(total % DayMs);
    QDate date;
    if (is1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days == 60)
        return v; // 1900-02-29 never existed
    else
        date = QDate(1899, 12, 31).addDays(days);
    if (kind == NumKind::Date)
        return date;
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(ms));
}

QVariant fromIsoDate(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.contains(u'T')) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant(t);
    }
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt.isValid() ? QVariant(dt) : QVariant(t);
}

QVariant textValue(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QString XlsxReader::Private::shared(qsizetype i) const
{
    const qsizetype start = i == 0 ? 0 : sharedEnds.at(i - 1);
    return sharedText.mid(start, sharedEnds.at(i) - start);
}

QVariant XlsxReader::Private::cellValue(CellType type, int style, const QString &v,
                                        const QString &text, bool &ok) const
{
    switch (type) {
    case CellType::Shared: {
        const int i = QStringView(v).trimmed().toInt(&ok);
        ok = ok && i >= 0 && i < sharedCount();
        return ok ? textValue(shared(i)) : QVariant();
    }
    case CellType::Inline:
        return textValue(decodeEscapes(text.isEmpty() ? v : text));
    case CellType::FormulaText:
    case CellType::ErrorCode:
        return textValue(decodeEscapes(v));
    case CellType::Bool: {
        const QStringView b = QStringView(v).trimmed();
        if (b == u"1" || b.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (b == u"0" || b.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
        return textValue(v);
    }
    case CellType::IsoDate:
        return v.trimmed().isEmpty() ? QVariant() : fromIsoDate(v);
    case CellType::Number:
        break;
    }
    if (v.isEmpty())
        return textValue(decodeEscapes(text)); // <is> without t="inlineStr"
    bool isNumber = false;
    const double d = QStringView(v).trimmed().toDouble(&isNumber);
    if (!isNumber || !std::isfinite(d))
        return textValue(v);
    const NumKind kind = style >= 0 && style < xfKinds.size() ? xfKinds.at(style) : NumKind::Number;
    return kind == NumKind::Number ? QVariant(d) : fromSerial(d, kind, date1904);
}

} // namespace guanxi
