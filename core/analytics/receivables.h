#pragma once

#include "analytics/report.h"
#include "analytics/salesfilter.h"
#include "sales/orderstore.h"
#include "platform/result.h"

#include <QCoreApplication>

#include <array>

namespace guanxi {

class Session;

// Age buckets of what is owed, counted in days from the order date to today:
// 0–30, 31–60, 61–90, over 90.
constexpr int receivableBuckets = 4;
using BucketAmounts = std::array<qint64, receivableBuckets>;

struct CustomerReceivable {
    qint64 customerId = 0;
    QString name;
    qint64 orders = 0;
    BucketAmounts buckets{};
    qint64 totalMinor = 0;
    int oldestDays = 0;
};

struct ReceivablesReport {
    SalesFilter filter;
    QDate today;
    QDateTime generated;
    QList<Receivable> orders;               // oldest first
    QList<CustomerReceivable> customers;    // most owed first
    BucketAmounts buckets{};
    std::array<qint64, receivableBuckets> bucketOrders{};
    qint64 totalMinor = 0;
    QHash<qint64, QString> ownerNames;
    QStringList filterLines;
};

// Receivables (应收): what signed, delivered and paid orders in the filter's
// currency still owe after payments and write-offs, by customer and by age.
// The window, when given, picks orders by their order date; ages are counted
// to today.
struct Receivables {
    Q_DECLARE_TR_FUNCTIONS(Receivables)
public:
    static int bucketOf(int days);
    static QString bucketLabel(int bucket);
    static Result<ReceivablesReport> run(Session &session, const SalesFilter &filter);
    // Tables "by_customer" (main), "ages", "orders"; a chart of the ages.
    static Report toReport(const ReceivablesReport &report);
};

} // namespace guanxi
