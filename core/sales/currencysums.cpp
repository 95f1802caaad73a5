// CurrencyRates: the SQL that sums money in the base currency, and what such
// a sum says about the rates it used and the records it left out.
#include "sales/currencyrates.h"

#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"

#include <QHash>
#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {
const QString defaultBaseCode = QStringLiteral("CNY");
} // namespace

QString CurrencyRates::baseSql()
{
    // A constant subquery: SQLite runs it once per statement.
    return QStringLiteral("(SELECT coalesce(max(value), 'CNY') FROM team_settings WHERE key = 'base_currency')");
}

QString CurrencyRates::amountSql(const QString &amount, const QString &currency, const QString &day)
{
    // The same arithmetic as convertMinor(); the rate lookup runs only for
    // amounts not already in the base currency (the unique index on
    // (base, currency, valid_from) finds it). The columns must be qualified
    // ("o.currency"): inside the look-up a bare "currency" is the rate's own.
    Q_ASSERT(amount.contains(u'.') && currency.contains(u'.') && (day.contains(u'.') || day.contains(u'(')));
    return QStringLiteral("(CASE WHEN %2 = %4 THEN %1 ELSE (SELECT (%1 / 1000000) * r.rate_micros "
                          "+ ((%1 % 1000000) * r.rate_micros + 500000) / 1000000 FROM currency_rates r "
                          "WHERE r.base = %4 AND r.currency = %2 AND r.valid_from <= %3 "
                          "ORDER BY r.valid_from DESC LIMIT 1) END)")
        .arg(amount, currency, day, baseSql());
}

QString CurrencyRates::dealDaySql(const SqlDialect &dialect, const QString &d)
{
    return QStringLiteral("coalesce(%1, %2.expected_close, ?)").arg(dialect.localDate(d + QStringLiteral(".closed_at")), d);
}

Result<Conversion> CurrencyRates::conversion(const QString &records, const QVariantList &values) const
{
    auto base = baseCurrency();
    auto rates = list();
    if (!base || !rates)
        return !base ? base.error() : rates.error();
    QHash<QString, qint64> rateOf;
    for (const CurrencyRate &r : *rates)
        rateOf.insert(r.currency + toStoredDate(r.validFrom), r.rateMicros);
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT x.currency, (SELECT r.valid_from FROM currency_rates r WHERE r.base = ")
                        + baseSql()
                        + QStringLiteral(" AND r.currency = x.currency AND r.valid_from <= x.day "
                                         "ORDER BY r.valid_from DESC LIMIT 1) AS rate_from, count(*), min(x.day), max(x.day) "
                                         "FROM (")
                        + records + QStringLiteral(") x WHERE x.currency <> ") + baseSql()
                        // With the default base, the same literal term as the partial index
                        // orders_not_cny: the orders to convert without a scan of all orders.
                        + (*base == defaultBaseCode ? QStringLiteral(" AND x.currency <> 'CNY'") : QString())
                        + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2");
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not find the rates the amounts were converted at."));
    Conversion out{*base, {}, {}};
    while (q.next()) {
        const QString currency = q.value(0).toString();
        const qint64 records = q.value(2).toLongLong();
        if (q.value(1).isNull()) {
            out.missing << MissingRate{currency, records, fromStoredDate(q.value(3).toString()),
                                       fromStoredDate(q.value(4).toString())};
        } else {
            const QString from = q.value(1).toString();
            out.used << RateUse{CurrencyRate{currency, rateOf.value(currency + from), fromStoredDate(from)}, records};
        }
    }
    return out;
}

Result<QList<MissingRate>> CurrencyRates::missingRates() const
{
    auto c = conversion(QStringLiteral("SELECT o.currency AS currency, o.order_date AS day FROM orders o "
                                       "WHERE o.status <> 'cancelled' UNION ALL "
                                       "SELECT d.currency, ")
                            + dealDaySql(m_session.db().dialect()) + QStringLiteral(" FROM deals d"),
                        {toStoredDate(m_session.today())});
    if (!c)
        return c.error();
    // One line per currency: the earliest and latest date without a rate.
    QList<MissingRate> out;
    for (const MissingRate &m : c->missing) {
        if (!out.isEmpty() && out.last().currency == m.currency) {
            out.last().records += m.records;
            out.last().firstDate = std::min(out.last().firstDate, m.firstDate);
            out.last().lastDate = std::max(out.last().lastDate, m.lastDate);
        } else {
            out << m;
        }
    }
    return out;
}

Result<QStringList> CurrencyRates::currenciesInUse() const
{
    QSqlQuery q(m_session.db().connection());
    // GROUP BY, not DISTINCT: PostgreSQL orders a DISTINCT only by what it selects.
    if (!run(q, QStringLiteral("SELECT currency FROM orders WHERE kind = 'order' "
                               "AND status IN ('signed', 'delivered', 'paid') GROUP BY currency ORDER BY currency <> ")
                    + baseSql() + QStringLiteral(", currency"),
             {}))
        return SqlErrors::from(q.lastError(), tr("Could not find the currencies of the orders."));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString CurrencyRates::missingText(const MissingRate &m, ConvertedRecords kind)
{
    const QString first = toStoredDate(m.firstDate), last = toStoredDate(m.lastDate);
    const int n = int(std::min<qint64>(m.records, INT_MAX));
    // Worded without a verb that agrees with the count: English plural forms
    // come from the "(s)" (translations/guanxi_en.ts).
    const bool oneDay = m.firstDate == m.lastDate;
    if (kind == ConvertedRecords::Orders)
        return oneDay ? tr("%n order(s) in %1 dated %2, not counted: no rate for that day. Add a rate for %1 valid "
                           "from %2 or earlier in Tools › Currency Rates.", nullptr, n)
                            .arg(m.currency, first)
                      : tr("%n order(s) in %1 dated %2 to %3, not counted: no rate for those days. Add a rate for %1 "
                           "valid from %2 or earlier in Tools › Currency Rates.", nullptr, n)
                            .arg(m.currency, first, last);
    return oneDay ? tr("%n deal(s) in %1 due %2, not counted: no rate for that day. Add a rate for %1 valid from %2 "
                       "or earlier in Tools › Currency Rates.", nullptr, n)
                        .arg(m.currency, first)
                  : tr("%n deal(s) in %1 due %2 to %3, not counted: no rate for those days. Add a rate for %1 valid "
                       "from %2 or earlier in Tools › Currency Rates.", nullptr, n)
                        .arg(m.currency, first, last);
}

QStringList CurrencyRates::describe(const Conversion &c, ConvertedRecords kind)
{
    QStringList lines;
    lines << (kind == ConvertedRecords::Orders
                  ? tr("Amounts in %1; other currencies at the rate on each order's date").arg(c.base)
                  : tr("Amounts in %1; other currencies at the rate on each deal's close date (open deals: the "
                       "expected close date, else today)").arg(c.base));
    for (const RateUse &u : c.used)
        lines << tr("Rate: %1 → %2 %3 from %4")
                     .arg(u.rate.currency, c.base, rateText(u.rate.rateMicros), toStoredDate(u.rate.validFrom));
    for (const MissingRate &m : c.missing)
        lines << missingText(m, kind);
    return lines;
}

} // namespace guanxi
