#include "analytics/salesfilter.h"

#include "platform/session.h"
#include "team/channelstore.h"
#include "analytics/salesstore.h"
#include "sales/currencyrates.h"
#include "team/userstore.h"

#include <QHash>

namespace guanxi {

Status SalesFilters::validate(const SalesFilter &f)
{
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        return Error{tr("The period starts after it ends (%1 to %2). Swap the dates.")
                         .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)),
                     {}, QStringLiteral("from")};
    if (!f.currency.isEmpty() && f.currency.size() != 3)
        return Error{tr("“%1” is not a currency code; use three letters such as CNY.").arg(f.currency), {},
                     QStringLiteral("currency")};
    return {};
}

SalesScope SalesFilters::scope(const SalesFilter &f)
{
    return SalesScope{f.ownerId, f.sourceId, f.currency.toUpper()};
}

Result<SalesFilter> SalesFilters::withBase(Session &session, const SalesFilter &filter)
{
    auto base = CurrencyRates(session).baseCurrency();
    if (!base)
        return base.error();
    SalesFilter out = filter;
    out.base = *base;
    return out;
}

QDateTime SalesFilters::startOfDay(const QDate &day)
{
    return day.isValid() ? day.startOfDay(Qt::LocalTime).toUTC() : QDateTime();
}

Result<QHash<qint64, QString>> SalesFilters::ownerNames(Session &session)
{
    auto users = UserStore(session).list(true);
    if (!users)
        return users.error();
    QHash<qint64, QString> out{{0, tr("No owner")}};
    for (const User &u : *users)
        out.insert(u.id, u.displayName);
    return out;
}

Result<QHash<qint64, QString>> SalesFilters::sourceNames(Session &session)
{
    auto channels = ChannelStore(session).list(true);
    if (!channels)
        return channels.error();
    QHash<qint64, QString> out{{0, tr("No source")}};
    for (const SourceChannel &c : *channels)
        out.insert(c.id, ChannelStore::displayName(c));
    return out;
}

Result<QStringList> SalesFilters::describe(Session &session, const SalesFilter &f)
{
    QStringList lines;
    if (f.ownerId) {
        auto names = ownerNames(session);
        if (!names)
            return names.error();
        lines << tr("Salesperson: %1").arg(names->value(f.ownerId, QString::number(f.ownerId)));
    }
    if (f.sourceId) {
        auto names = sourceNames(session);
        if (!names)
            return names.error();
        lines << tr("Source: %1").arg(names->value(f.sourceId, QString::number(f.sourceId)));
    }
    // Without a currency, each report adds how it converted (CurrencyRates::describe).
    if (!f.currency.isEmpty())
        lines << tr("Currency: only %1, not converted (amounts in other currencies are left out)").arg(f.currency.toUpper());
    return lines;
}

} // namespace guanxi
