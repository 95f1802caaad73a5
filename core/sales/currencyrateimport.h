#pragma once

#include "sales/currencyrates.h"

namespace guanxi {

// Rates from a CSV file with the columns currency, rate and valid_from (or
// 币种, 汇率, 生效日期; any order, a few other spellings too). All rows or
// none: one bad row refuses the file, and the message names every bad row
// by its line.
struct CurrencyRateImport {
    Q_DECLARE_TR_FUNCTIONS(CurrencyRateImport)
public:
    static Result<QList<CurrencyRate>> read(const QString &path, const QString &base);
    // Reads the file and saves its rates in one transaction; how many.
    static Result<int> importFile(Session &session, const QString &path);
};

} // namespace guanxi
