#pragma once

#include "analytics/report.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace guanxi::ui {

// One report table for a QTableView: cells in the locale, numbers right
// aligned, and SortRole giving numbers as numbers. It sorts itself (a row
// order over typed keys, fast on a million rows; text by the locale's
// collation, pinyin for Chinese, up to 200,000 rows and by code point above).
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    ReportTableModel(const ReportTable &table, const QString &currency, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ReportTable &table() const { return m_table; }
    // The table's row shown at a row of this model (after sorting).
    const QVariantList &rowAt(int row) const { return m_table.rows.at(m_order.at(row)); }
    int columnOf(const QString &key) const;
    // Whether a row's text cells contain text (case-insensitive): the filter
    // box, without formatting a single number.
    bool rowContains(int row, const QString &text) const;

private:
    ReportTable m_table;
    QString m_currency;
    QList<int> m_order;   // model row -> table row
};

// Filters a ReportTableModel by its text cells and lets the model sort.
class ReportFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace guanxi::ui
