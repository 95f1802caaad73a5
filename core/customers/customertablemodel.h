#pragma once

#include "customers/customfield.h"
#include "customers/customercolumns.h"
#include "customers/customerliststore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace guanxi {

class Session;

// The customer list as a table that never holds the whole table: it counts
// once per query and reads pages of rows from SQL as the view asks for them,
// keeping a bounded number of pages.
class CustomerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 40;

    explicit CustomerTableModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const CustomerListQuery &query() const { return m_query; }
    void setQuery(const CustomerListQuery &query);
    // Re-reads count and rows (after an edit); the view keeps its selection by id.
    void refresh();
    void setCustomFields(const QList<CustomField> &fields);
    const QList<CustomField> &customFields() const { return m_customFields; }

    qint64 idAt(int row) const;
    // The row of a customer under the current query, or -1.
    int rowOfId(qint64 id) const;
    QString lastError() const { return m_lastError; }
    bool searchCapped() const;

    static QString columnTitle(CustomerColumn column);

signals:
    void countChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    const CustomerListRow *rowAt(int row) const;
    QVariant display(const CustomerListRow &row, int column) const;
    void reload();

    Session &m_session;
    CustomerListStore m_store;
    CustomerListQuery m_query;
    QList<CustomField> m_customFields;
    qint64 m_count = 0;
    mutable QHash<int, QList<CustomerListRow>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
    mutable QString m_lastError;
    QLocale m_locale;
};

} // namespace guanxi
