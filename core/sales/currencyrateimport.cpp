#include "sales/currencyrateimport.h"

#include "formats/csvstream.h"
#include "text/datetext.h"

#include <QFile>

#include <array>

namespace guanxi {

namespace {
enum Column { CurrencyColumn, RateColumn, FromColumn };

int columnOf(const QString &header)
{
    static const std::array<QStringList, 3> names = {
        QStringList{QStringLiteral("currency"), QStringLiteral("code"), QStringLiteral("币种"), QStringLiteral("货币"),
                    QStringLiteral("幣種")},
        QStringList{QStringLiteral("rate"), QStringLiteral("exchange rate"), QStringLiteral("汇率"), QStringLiteral("匯率")},
        QStringList{QStringLiteral("valid_from"), QStringLiteral("valid from"), QStringLiteral("from"),
                    QStringLiteral("date"), QStringLiteral("生效日期"), QStringLiteral("日期")}};
    const QString key = header.trimmed().toLower();
    for (int c = 0; c < int(names.size()); ++c)
        if (names[c].contains(key))
            return c;
    return -1;
}

// The row's rate, or why not (without the line number).
Result<CurrencyRate> rateFrom(const QStringList &fields, const std::array<int, 3> &at, const QString &base)
{
    const auto field = [&](Column c) { return fields.value(at[c]).trimmed(); };
    auto code = CurrencyRates::parseCode(field(CurrencyColumn));
    if (!code)
        return code.error();
    auto rate = CurrencyRates::parseRate(field(RateColumn));
    if (!rate)
        return rate.error();
    const QDate from = DateText::parse(field(FromColumn));
    if (!from.isValid())
        return Error{CurrencyRateImport::tr("“%1” is not a date; write it like 2026-01-01.").arg(field(FromColumn)), {}, {}};
    CurrencyRate r{*code, *rate, from};
    if (Status s = CurrencyRates::validate(r, base); !s)
        return s.error();
    return r;
}
} // namespace

Result<QList<CurrencyRate>> CurrencyRateImport::read(const QString &path, const QString &base)
{
    auto sniff = sniffCsv(path);
    if (!sniff)
        return sniff.error();
    std::array<int, 3> at{-1, -1, -1};
    for (int i = 0; i < sniff->header.size(); ++i)
        if (const int c = columnOf(sniff->header.at(i)); c >= 0 && at[c] < 0)
            at[c] = i;
    if (at[CurrencyColumn] < 0 || at[RateColumn] < 0 || at[FromColumn] < 0)
        return Error{tr("%1 needs the columns currency, rate and valid_from (or 币种, 汇率, 生效日期); its header is “%2”. "
                        "Nothing was imported.")
                         .arg(path, sniff->header.join(QStringLiteral(", "))),
                     {}, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not open %1: %2. Nothing was imported.").arg(path, file.errorString()), {}, {},
                     ErrorKind::Io};
    CsvStream stream(&file, sniff->encoding.name, sniff->dialect.delimiter);
    QList<CurrencyRate> out;
    QStringList problems;
    QHash<QString, qint64> seen;   // currency + date -> line
    CsvRecord record;
    while (stream.next(record)) {
        if (record.number <= sniff->dialect.headerRow + 1 || record.fields.join(QString()).trimmed().isEmpty())
            continue;
        auto rate = rateFrom(record.fields, at, base);
        if (!rate) {
            problems << tr("line %1: %2").arg(record.line).arg(rate.error().message);
            continue;
        }
        const QString key = rate->currency + rate->validFrom.toString(Qt::ISODate);
        if (seen.contains(key))
            problems << tr("line %1: %2 from %3 is already on line %4.")
                            .arg(record.line)
                            .arg(rate->currency, rate->validFrom.toString(Qt::ISODate))
                            .arg(seen.value(key));
        seen.insert(key, record.line);
        out << *rate;
    }
    if (stream.error())
        return Error{tr("%1, line %2: %3 Nothing was imported.").arg(path).arg(stream.errorLine()).arg(stream.error()->message),
                     {}, {}, ErrorKind::Io};
    if (!problems.isEmpty())
        return Error{tr("%n row(s) of %1 cannot be read, so nothing was imported. Correct them and import again:\n%2",
                        nullptr, int(problems.size()))
                         .arg(path, problems.mid(0, 20).join(u'\n')),
                     {}, {}};
    if (out.isEmpty())
        return Error{tr("%1 holds no rates. Nothing was imported.").arg(path), {}, {}};
    return out;
}

Result<int> CurrencyRateImport::importFile(Session &session, const QString &path)
{
    CurrencyRates rates(session);
    auto base = rates.baseCurrency();
    if (!base)
        return base.error();
    auto read = CurrencyRateImport::read(path, *base);
    if (!read)
        return read.error();
    if (Status s = rates.setAll(*read); !s)
        return s.error();
    return int(read->size());
}

} // namespace guanxi
