#pragma once

#include "customers/customer.h"
#include "customers/customercolumns.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace guanxi {

class Session;

// What the customer list shows: filters, search text and order.
struct CustomerListQuery {
    std::optional<Stage> stage;
    qint64 ownerId = 0;      // 0: anyone
    qint64 sourceId = 0;     // 0: any source
    QString tag;             // empty: any tag
    QString city;            // empty: any city
    QString province;        // empty: any province
    QString industry;        // empty: any industry
    QDate followUpBy;        // valid: next follow-up on or before this day
    QString search;          // what was typed in the search box
    int sortColumn = int(CustomerColumn::Name); // a CustomerColumn, or builtInColumnCount + i for custom field i
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QList<qint64> customFieldIds; // the custom columns, in order

    bool operator==(const CustomerListQuery &) const = default;
};

// One list row: the id, then one raw value per column (built-in columns, then
// the query's custom fields).
struct CustomerListRow {
    qint64 id = 0;
    QVariantList values;
};

// Pages through customers in SQL: count once per query, then LIMIT/OFFSET
// pages in the chosen order. Search narrows to at most searchCap hits from
// the FTS index, so a keystroke never scans the table.
class CustomerListStore {
    Q_DECLARE_TR_FUNCTIONS(CustomerListStore)
public:
    static constexpr int searchCap = 5000;

    explicit CustomerListStore(Session &session) : m_session(session) {}

    Result<qint64> count(const CustomerListQuery &query) const;
    Result<QList<CustomerListRow>> page(const CustomerListQuery &query, qint64 offset, int limit) const;
    // Position of a customer in the list, or -1 when the query hides it.
    Result<qint64> rowOf(const CustomerListQuery &query, qint64 id) const;
    // The provinces or industries (column Province or Industry) of live
    // customers, in pinyin order, one per sort key, read from their index.
    Result<QStringList> distinctValues(CustomerColumn column) const;

private:
    // The ORDER BY expression for the query's sort column.
    QString orderKey(const CustomerListQuery &query) const;
    // A pool customer's phone masked and e-mail left out (see PhoneMask),
    // from the owner and E.164 read at ownerColumn and after.
    void maskContacts(CustomerListRow &row, const QSqlQuery &q, int ownerColumn) const;
    Session &m_session;
};

} // namespace guanxi
