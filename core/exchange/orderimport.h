#pragma once

#include "exchange/customerfields.h"
#include "exchange/importreport.h"
#include "platform/result.h"
#include "sales/order.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace guanxi {

class ImportSource;
class Session;

// What the older, file-path entry point reports.
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
    bool skipInvalid = false;        // import the valid rows instead of refusing the file
    QString rejectsPath;             // with skipInvalid: the rejected rows and why
    QString region;                  // for phones written without +, as in CustomerImportOptions
    // The status of orders whose file has no status column, or whose status
    // cell is empty; unset, such a file is refused (a paid order records
    // its settlement as a paid row does).
    std::optional<OrderStatus> defaultStatus;
};

// Orders from a CSV, XLSX or any ImportSource (what the RFM analysis reads):
// order number, customer (id, phone, e-mail or exact name, or the customer's
// phone and e-mail columns of a shop's export), date, amount and status,
// headers in English or Chinese, or mapped by hand. An ImportJob like
// customers and leads: all rows in one transaction, or none; a batch in
// import history that can be reverted (the orders are cancelled).
class OrderImport {
    Q_DECLARE_TR_FUNCTIONS(OrderImport)
public:
    OrderImport(Session &session, ImportSource &source, OrderImportOptions options);
    Result<ImportReport> run(const std::function<void(double)> &progress = {},
                             const std::atomic_bool *cancel = nullptr);

    // Opens the file and runs; any problem and nothing is written.
    static Result<OrderImportReport> run(Session &session, const QString &path, const OrderImportOptions &options);

    // The fields an order column can fill (number, customer, its phone and
    // e-mail, date, amount, status, currency), and one field key per header
    // as guessed.
    static QList<ImportField> fields();
    static QStringList guess(const QStringList &header);
    // The fields a file must have columns for, and those of which it needs
    // one to name the customer.
    static QStringList requiredKeys();
    static QStringList customerKeys();
    // Why a file whose mapping has no status column cannot be imported
    // without OrderImportOptions::defaultStatus, and what to do.
    static QString noStatusText(const QString &path);

private:
    Session &m_session;
    ImportSource &m_source;
    OrderImportOptions m_options;
};

} // namespace guanxi
