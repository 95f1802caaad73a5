#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

#include <optional>

namespace guanxi {

class Session;
class SqlDialect;

// How much one unit of `currency` is worth in the base currency, from
// `validFrom` until the currency's next rate. Exact: millionths of a unit
// (7.1234 is 7123400), never floating point.
struct CurrencyRate {
    QString currency;
    qint64 rateMicros = 0;
    QDate validFrom;
};

// A rate that a sum used, and how many records it converted.
struct RateUse {
    CurrencyRate rate;
    qint64 records = 0;
};

// Records in a currency without a rate on their date: left out of a sum,
// and said so.
struct MissingRate {
    QString currency;
    qint64 records = 0;
    QDate firstDate;
    QDate lastDate;
};

// Which rates a sum in the base currency used and what it had to leave out.
struct Conversion {
    QString base;
    QList<RateUse> used;
    QList<MissingRate> missing;
};

// What the converted records are, for the sentences about them.
enum class ConvertedRecords { Orders, Deals };

// The rate table and the base currency (a team setting, CNY when unset).
// Every amount in the file is kept in hundredths of its currency (Money), so
// a rate turns minor units into base minor units directly: base = amount ×
// rate, rounded half up to the base's hundredth.
class CurrencyRates {
    Q_DECLARE_TR_FUNCTIONS(CurrencyRates)
public:
    static constexpr qint64 microsPerUnit = 1000000;
    // 100,000 units of the base for one unit: enough for any pair of real
    // currencies, and amount × rate stays inside 64 bits (see convertMinor).
    static constexpr qint64 maxRateMicros = 100000 * microsPerUnit;

    explicit CurrencyRates(Session &session) : m_session(session) {}

    Result<QString> baseCurrency() const;
    // Rates to the old base are kept, but no longer used (they are rates to
    // another currency); the list shows the rates to the new one.
    Status setBaseCurrency(const QString &code);

    // The rates to the base currency, by currency, newest first.
    Result<QList<CurrencyRate>> list() const;
    // Adds the rate, or replaces the one of the same currency and date.
    Status set(const CurrencyRate &rate);
    // An edit: `before` goes and `after` comes, together or not at all.
    Status replace(const CurrencyRate &before, const CurrencyRate &after);
    Status remove(const QString &currency, const QDate &validFrom);
    // Several rates at once, all or none (an import).
    Status setAll(const QList<CurrencyRate> &rates);

    // The rate in force on `date`: the latest one valid from that day or
    // before; nullopt when there is none (the base currency: 1).
    Result<std::optional<CurrencyRate>> rateOn(const QString &currency, const QDate &date) const;
    // An amount in minor units of `currency` in minor units of the base, at
    // the rate on `date`; an error naming the currency and the date when
    // there is no rate.
    Result<qint64> convert(qint64 amountMinor, const QString &currency, const QDate &date) const;
    // Currencies of orders and deals that have no rate on some of their
    // dates (orders: the order date; deals: see dealDaySql), with how many.
    Result<QList<MissingRate>> missingRates() const;
    // The currencies of purchases (signed, delivered or paid orders), base first.
    Result<QStringList> currenciesInUse() const;

    static Status validate(const CurrencyRate &rate, const QString &base);
    static Result<QString> parseCode(const QString &text);
    // "7.1234" -> 7123400; up to six decimals, above zero.
    static Result<qint64> parseRate(const QString &text);
    // 7123400 -> "7.1234" (at least two decimals: "7.00").
    static QString rateText(qint64 micros);
    // amount × rate / 10^6, rounded half up, the same as amountSql; worked
    // in 128 bits, so amounts near Money::maxMinor at large rates do not
    // overflow (the result is clamped to what a sum can hold). amountSql
    // works in 64 bits: its products pass 2^63 only for amounts over 10^13
    // minor units at the largest rates, where SQLite goes on in floating point.
    static qint64 convertMinor(qint64 amountMinor, qint64 rateMicros);

    // SQL for the stores that sum money. The base currency, read in the
    // statement itself: "(SELECT ... FROM team_settings ...)".
    static QString baseSql();
    // The amount in base minor units; NULL when its currency has no rate on
    // `day` (so sum() leaves it out and conversion() counts it). `day` may
    // hold one '?' placeholder; the others are column expressions.
    static QString amountSql(const QString &amount, const QString &currency, const QString &day);
    // The day whose rate a deal takes: the day it was won or lost, else its
    // expected close date, else today (one '?' placeholder for today).
    static QString dealDaySql(const SqlDialect &dialect, const QString &deal = QStringLiteral("d"));

    // The rates used and the records left out by a sum over `records`: a
    // SELECT (with `values`) whose columns are named currency and day.
    Result<Conversion> conversion(const QString &records, const QVariantList &values) const;
    // "USD → CNY 7.1234 from 2026-01-01" per rate used, then a sentence per
    // currency left out, naming the dates and what to do.
    static QStringList describe(const Conversion &conversion, ConvertedRecords kind);
    static QString missingText(const MissingRate &missing, ConvertedRecords kind);

private:
    Session &m_session;
};

} // namespace guanxi
