#pragma once

#include "sales/currencyrates.h"

#include <QHash>

namespace guanxi {

// The rate table in memory, for sums made in C++ over records already read
// (receivables): converts like CurrencyRates::convert and keeps count of the
// rates it used and the records it could not convert.
class RateBook {
public:
    // `rates` as CurrencyRates::list() gives them: by currency, newest first.
    RateBook(QString base, QList<CurrencyRate> rates) : m_base(std::move(base)), m_rates(std::move(rates)) {}

    const QString &base() const { return m_base; }
    // In base minor units; nullopt (and counted as missing) without a rate.
    std::optional<qint64> convert(qint64 amountMinor, const QString &currency, const QDate &date);
    // The rates used and the records left out so far, by currency.
    Conversion conversion() const;

private:
    QString m_base;
    QList<CurrencyRate> m_rates;
    QHash<QString, RateUse> m_used;       // currency + valid_from
    QHash<QString, MissingRate> m_missing; // currency
};

} // namespace guanxi
