#include "text/datetext.h"

#include <QRegularExpression>

namespace guanxi {

QDate DateText::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s].*)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression yearLast(QStringLiteral("^(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})$"));
    if (auto m = yearFirst.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = compact.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = yearLast.match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        const int year = m.captured(4).toInt();
        // Dots are the European day-first style; slashes are Outlook's
        // month-first unless the first number is no month.
        const bool dayFirst = m.captured(2) == u"." || a > 12;
        return dayFirst ? QDate(year, b, a) : QDate(year, a, b);
    }
    return {};
}

} // namespace guanxi
