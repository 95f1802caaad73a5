#include "reportrender/reportcells.h"

#include "reportrender/formatting.h"

#include <QLocale>

namespace guanxi::ui {

QString reportCellText(const QVariant &v, ReportKind kind, const QString &currency)
{
    if (!v.isValid() || v.isNull())
        return {};
    const QLocale locale;
    switch (kind) {
    case ReportKind::Text: return v.toString();
    case ReportKind::Integer: return locale.toString(v.toLongLong());
    case ReportKind::Money: return formatMoney(v.toLongLong(), currency);
    case ReportKind::Percent: return locale.toString(v.toDouble() * 100.0, 'f', 1) + locale.percent();
    case ReportKind::Decimal: return locale.toString(v.toDouble(), 'f', 2);
    case ReportKind::Date: return locale.toString(v.toDate(), QLocale::ShortFormat);
    case ReportKind::Month:
        return locale.language() == QLocale::Chinese ? v.toDate().toString(QStringLiteral("yyyy年M月"))
                                                     : locale.toString(v.toDate(), QStringLiteral("MMM yyyy"));
    }
    return v.toString();
}

double reportCellNumber(const QVariant &v, ReportKind kind)
{
    switch (kind) {
    case ReportKind::Text: return 0;
    case ReportKind::Integer: return double(v.toLongLong());
    case ReportKind::Money: return double(v.toLongLong()) / 100.0;
    case ReportKind::Percent: return v.toDouble() * 100.0;
    case ReportKind::Decimal: return v.toDouble();
    case ReportKind::Date:
    case ReportKind::Month: return double(v.toDate().toJulianDay());
    }
    return 0;
}

} // namespace guanxi::ui
