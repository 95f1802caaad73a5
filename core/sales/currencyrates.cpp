// CurrencyRates: the base currency, the rate table and one conversion.
#include "sales/currencyrates.h"

#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "team/teamsettings.h"

#include <QSqlQuery>

#include <limits>

namespace guanxi {

using sql::run;

namespace {
const QString baseKey = QStringLiteral("base_currency");
const QString defaultBase = QStringLiteral("CNY");

bool isCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}
} // namespace

Result<QString> CurrencyRates::parseCode(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (!isCode(code))
        return Error{tr("“%1” is not a currency code; use three letters such as USD.").arg(text.trimmed()), {},
                     QStringLiteral("currency")};
    return code;
}

Result<qint64> CurrencyRates::parseRate(const QString &input)
{
    const QString text = input.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    bool digits = !(whole.isEmpty() && fraction.isEmpty());
    for (QChar c : whole + fraction)
        digits = digits && c >= u'0' && c <= u'9';
    if (!digits)
        return Error{tr("“%1” is not a rate; write how much one unit is worth in the base currency, e.g. 7.1234.")
                         .arg(text),
                     {}, QStringLiteral("rate")};
    if (fraction.size() > 6)
        return Error{tr("“%1” has more than six decimals; rates are kept to the millionth.").arg(text), {},
                     QStringLiteral("rate")};
    if (whole.size() > 9)
        return Error{tr("“%1” is too large; a rate is at most 100,000.").arg(text), {}, QStringLiteral("rate")};
    const qint64 micros = (whole.isEmpty() ? 0 : whole.toLongLong()) * microsPerUnit
                          + fraction.leftJustified(6, u'0').toLongLong();
    if (micros <= 0)
        return Error{tr("The rate must be above zero (“%1”).").arg(text), {}, QStringLiteral("rate")};
    if (micros > maxRateMicros)
        return Error{tr("“%1” is too large; a rate is at most 100,000.").arg(text), {}, QStringLiteral("rate")};
    return micros;
}

QString CurrencyRates::rateText(qint64 micros)
{
    QString fraction = QStringLiteral("%1").arg(micros % microsPerUnit, 6, 10, QChar(u'0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return QString::number(micros / microsPerUnit) + u'.' + fraction;
}

namespace {
__extension__ typedef __int128 Wide;   // GCC's and Clang's 128-bit integer
} // namespace

qint64 CurrencyRates::convertMinor(qint64 amountMinor, qint64 rateMicros)
{
    // In 128 bits: a × r passes 2^63 for amounts near Money::maxMinor at
    // large rates. The result is clamped to what a sum can still hold.
    const Wide a = amountMinor, r = rateMicros;
    const Wide exact = (a / microsPerUnit) * r + ((a % microsPerUnit) * r + microsPerUnit / 2) / microsPerUnit;
    const Wide limit = std::numeric_limits<qint64>::max() / 8;
    return static_cast<qint64>(exact > limit ? limit : exact < -limit ? -limit : exact);
}

Status CurrencyRates::validate(const CurrencyRate &r, const QString &base)
{
    if (auto code = parseCode(r.currency); !code)
        return code.error();
    if (r.currency == base)
        return Error{tr("%1 is the base currency; its rate is always 1. Choose another currency.").arg(base), {},
                     QStringLiteral("currency")};
    if (r.rateMicros <= 0 || r.rateMicros > maxRateMicros)
        return Error{tr("The rate of %1 must be above zero and at most 100,000.").arg(r.currency), {},
                     QStringLiteral("rate")};
    if (!r.validFrom.isValid())
        return Error{tr("Enter the date the rate of %1 is valid from, e.g. 2026-01-01.").arg(r.currency), {},
                     QStringLiteral("valid_from")};
    return {};
}

Result<QString> CurrencyRates::baseCurrency() const
{
    auto base = TeamSettings(m_session).text(baseKey, defaultBase);
    if (!base)
        return base.error();
    return isCode(*base) ? *base : defaultBase;
}

Status CurrencyRates::setBaseCurrency(const QString &text)
{
    if (Status s = m_session.require(Permission::EditStagesChannels); !s)
        return s;
    auto code = parseCode(text);
    if (!code)
        return code.error();
    return TeamSettings(m_session).setText(baseKey, *code);
}

Result<QList<CurrencyRate>> CurrencyRates::list() const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT currency, rate_micros, valid_from FROM currency_rates WHERE base = ")
                    + baseSql() + QStringLiteral(" ORDER BY currency, valid_from DESC"),
             {}))
        return SqlErrors::from(q.lastError(), tr("Could not read the currency rates."));
    QList<CurrencyRate> out;
    while (q.next())
        out << CurrencyRate{q.value(0).toString(), q.value(1).toLongLong(), fromStoredDate(q.value(2).toString())};
    return out;
}

Status CurrencyRates::set(const CurrencyRate &rate)
{
    return setAll({rate});
}

Status CurrencyRates::setAll(const QList<CurrencyRate> &rates)
{
    // The rates behind everyone's sums: team settings, like stages.
    if (Status s = m_session.require(Permission::EditStagesChannels); !s)
        return s;
    auto base = baseCurrency();
    if (!base)
        return base.error();
    for (const CurrencyRate &r : rates)
        if (Status s = validate(r, *base); !s)
            return s;
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    for (const CurrencyRate &r : rates)
        if (!run(q, QStringLiteral("INSERT INTO currency_rates (base, currency, rate_micros, valid_from) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT (base, currency, valid_from) DO UPDATE SET rate_micros = excluded.rate_micros"),
                 {*base, r.currency, r.rateMicros, toStoredDate(r.validFrom)}))
            return SqlErrors::from(q.lastError(), tr("Could not save the rate of %1 from %2; no rate was changed.")
                                                      .arg(r.currency, toStoredDate(r.validFrom)));
    return tx.commit();
}

Status CurrencyRates::replace(const CurrencyRate &before, const CurrencyRate &after)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = remove(before.currency, before.validFrom); !s)
        return s;
    if (Status s = set(after); !s)
        return s;
    return tx.commit();
}

Status CurrencyRates::remove(const QString &currency, const QDate &validFrom)
{
    if (Status s = m_session.require(Permission::EditStagesChannels); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("DELETE FROM currency_rates WHERE base = ") + baseSql()
                    + QStringLiteral(" AND currency = ? AND valid_from = ?"),
             {currency, toStoredDate(validFrom)}))
        return SqlErrors::from(q.lastError(), tr("Could not remove the rate of %1 from %2.")
                                                  .arg(currency, toStoredDate(validFrom)));
    return {};
}

Result<std::optional<CurrencyRate>> CurrencyRates::rateOn(const QString &currency, const QDate &date) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT rate_micros, valid_from FROM currency_rates WHERE base = ") + baseSql()
                    + QStringLiteral(" AND currency = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1"),
             {currency.toUpper(), toStoredDate(date)}))
        return SqlErrors::from(q.lastError(), tr("Could not read the rate of %1.").arg(currency));
    if (!q.next())
        return std::optional<CurrencyRate>{};
    return std::optional<CurrencyRate>{
        CurrencyRate{currency.toUpper(), q.value(0).toLongLong(), fromStoredDate(q.value(1).toString())}};
}

Result<qint64> CurrencyRates::convert(qint64 amountMinor, const QString &currency, const QDate &date) const
{
    auto base = baseCurrency();
    if (!base)
        return base.error();
    if (currency.toUpper() == *base)
        return amountMinor;
    auto rate = rateOn(currency, date);
    if (!rate)
        return rate.error();
    if (!*rate)
        return Error{tr("No rate for %1 on %2: add one in Tools › Currency Rates.")
                         .arg(currency.toUpper(), toStoredDate(date)),
                     {}, QStringLiteral("currency"), ErrorKind::NotFound};
    return convertMinor(amountMinor, (*rate)->rateMicros);
}

} // namespace guanxi
