#include "sales/deal.h"

#include "text/money.h"

namespace guanxi {

QString Deals::stageName(const DealStage &s)
{
    if (s.code == QStringLiteral("first_contact")) return tr("First contact");
    if (s.code == QStringLiteral("needs_confirmed")) return tr("Needs confirmed");
    if (s.code == QStringLiteral("proposal")) return tr("Proposal and quote");
    if (s.code == QStringLiteral("negotiation")) return tr("Negotiation");
    if (s.code == QStringLiteral("won")) return tr("Won");
    if (s.code == QStringLiteral("lost")) return tr("Lost");
    return s.name;
}

QList<Error> Deals::validate(Deal &d, const QDate &today)
{
    QList<Error> errors;
    d.title = d.title.simplified();
    d.products = d.products.trimmed();
    d.currency = d.currency.trimmed().toUpper();
    if (d.customerId <= 0)
        errors << Error{tr("Choose the customer this deal is with."), {}, QStringLiteral("customer")};
    if (d.title.isEmpty())
        errors << Error{tr("Give the deal a title, e.g. “ERP upgrade 2026”."), {}, QStringLiteral("title")};
    if (d.amountMinor < 0)
        errors << Error{tr("The amount cannot be negative."), {}, QStringLiteral("amount")};
    else if (d.amountMinor > Money::maxMinor)
        errors << Error{tr("The amount is too large; the largest is 10,000,000,000,000."), {}, QStringLiteral("amount")};
    if (d.currency.size() != 3)
        errors << Error{tr("“%1” is not a currency code; use three letters such as CNY or USD.").arg(d.currency), {},
                        QStringLiteral("currency")};
    if (d.probability != -1 && (d.probability < 0 || d.probability > 100))
        errors << Error{tr("The probability must be between 0 and 100 %."), {}, QStringLiteral("probability")};
    if (d.expectedClose.isValid() && (d.expectedClose < today.addYears(-10) || d.expectedClose > today.addYears(10)))
        errors << Error{tr("The expected close date %1 is not plausible; check the year.").arg(d.expectedClose.toString(Qt::ISODate)),
                        {}, QStringLiteral("expected_close")};
    return errors;
}

} // namespace guanxi
