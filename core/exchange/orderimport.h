#pragma once

#include "exchange/customerfields.h"
#include "exchange/importreport.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

class Session;

struct OrderImportReport {
    QString encoding;
    int rows = 0;
    int created = 0;
    int customersCreated = 0;
    QList<ImportProblem> problems;   // any problem: nothing was written
};

struct OrderImportOptions {
    bool createCustomers = false;    // unknown customers are created instead of refused
    bool dryRun = false;             // check everything, write nothing
    QStringList mapping;             // a field key per column (see fields()); empty: guessed from the header
};

// Orders from a CSV or XLSX file (what the RFM analysis reads): order number, customer
// (id, phone, e-mail or exact name), date, amount and status, headers in
// English or Chinese, or mapped by hand. All rows land in one transaction,
// or none do.
struct OrderImport {
    Q_DECLARE_TR_FUNCTIONS(OrderImport)
public:
    static Result<OrderImportReport> run(Session &session, const QString &path, const OrderImportOptions &options);

    // The fields an order column can fill (number, customer, date, amount,
    // status, currency), and one field key per header as guessed.
    static QList<ImportField> fields();
    static QStringList guess(const QStringList &header);
};

} // namespace guanxi
