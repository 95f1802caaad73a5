#include "text/money.h"

#include <QLocale>

namespace guanxi {

Result<qint64> Money::parse(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    for (const QString &symbol : {QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("$"), QStringLiteral("€"),
                                  QStringLiteral("RMB"), QStringLiteral("CNY"), QStringLiteral("元")})
        text.remove(symbol);
    text.remove(u',');
    text.remove(u' ');
    text.remove(u'\u00A0');
    if (text.isEmpty())
        return Error{tr("Enter an amount, e.g. 12,345.67."), {}, {}};
    if (text.startsWith(u'-'))
        return Error{tr("“%1” is negative; an amount cannot be below zero.").arg(input.trimmed()), {}, {}};
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    auto digitsOnly = [](const QString &s) {
        for (QChar c : s)
            if (c < u'0' || c > u'9')
                return false;
        return true;
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !digitsOnly(whole) || !digitsOnly(fraction))
        return Error{tr("“%1” is not an amount; use digits with an optional decimal point, e.g. 12345.67.")
                         .arg(input.trimmed()),
                     {}, {}};
    if (fraction.size() > 2)
        return Error{tr("“%1” has more than two decimals; amounts are kept to the cent (fen).").arg(input.trimmed()), {}, {}};
    fraction = fraction.leftJustified(2, u'0');
    QString digits = whole;
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.size() > 13)
        return Error{tr("“%1” is too large; the largest amount is 10,000,000,000,000.").arg(input.trimmed()), {}, {}};
    const qint64 minor = (digits.isEmpty() ? 0 : digits.toLongLong()) * 100 + fraction.toLongLong();
    if (minor > maxMinor)
        return Error{tr("“%1” is too large; the largest amount is 10,000,000,000,000.").arg(input.trimmed()), {}, {}};
    return minor;
}

QString Money::plain(qint64 minor)
{
    const bool negative = minor < 0;
    const quint64 a = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(a / 100) + u'.'
           + QStringLiteral("%1").arg(a % 100, 2, 10, QChar(u'0'));
}

QString Money::grouped(qint64 minor)
{
    const QLocale locale;
    const bool negative = minor < 0;
    const quint64 a = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    return (negative ? QStringLiteral("-") : QString()) + locale.toString(a / 100) + locale.decimalPoint()
           + QStringLiteral("%1").arg(a % 100, 2, 10, QChar(u'0'));
}

} // namespace guanxi
