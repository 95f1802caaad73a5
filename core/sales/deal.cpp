#include "sales/deal.h"

#include "platform/enumtable.h"
#include "text/money.h"

namespace guanxi {

namespace {

// The built-in stages' names; a stage the user added keeps its own.
constexpr BuiltInName builtInStages[] = {
    {"first_contact", QT_TRANSLATE_NOOP("Deals", "First contact")},
    {"needs_confirmed", QT_TRANSLATE_NOOP("Deals", "Needs confirmed")},
    {"proposal", QT_TRANSLATE_NOOP("Deals", "Proposal and quote")},
    {"negotiation", QT_TRANSLATE_NOOP("Deals", "Negotiation")},
    {"won", QT_TRANSLATE_NOOP("Deals", "Won")},
    {"lost", QT_TRANSLATE_NOOP("Deals", "Lost")},
};

} // namespace

QString Deals::stageName(const DealStage &s)
{
    return builtInName("Deals", builtInStages, s.code, s.name);
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
