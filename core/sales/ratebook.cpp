#include "sales/ratebook.h"

#include "platform/clock.h"

#include <algorithm>

namespace guanxi {

std::optional<qint64> RateBook::convert(qint64 amountMinor, const QString &currency, const QDate &date)
{
    if (currency == m_base)
        return amountMinor;
    for (const CurrencyRate &r : m_rates)
        if (r.currency == currency && r.validFrom <= date) {
            RateUse &use = m_used[currency + toStoredDate(r.validFrom)];
            use.rate = r;
            ++use.records;
            return CurrencyRates::convertMinor(amountMinor, r.rateMicros);
        }
    auto it = m_missing.find(currency);
    if (it == m_missing.end()) {
        m_missing.insert(currency, MissingRate{currency, 1, date, date});
    } else {
        ++it->records;
        it->firstDate = std::min(it->firstDate, date);
        it->lastDate = std::max(it->lastDate, date);
    }
    return std::nullopt;
}

Conversion RateBook::conversion() const
{
    Conversion out{m_base, m_used.values(), m_missing.values()};
    std::sort(out.used.begin(), out.used.end(), [](const RateUse &a, const RateUse &b) {
        return std::pair(a.rate.currency, a.rate.validFrom) < std::pair(b.rate.currency, b.rate.validFrom);
    });
    std::sort(out.missing.begin(), out.missing.end(),
              [](const MissingRate &a, const MissingRate &b) { return a.currency < b.currency; });
    return out;
}

} // namespace guanxi
