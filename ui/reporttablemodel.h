#pragma once

#include "analytics/report.h"

#include <QAbstractTableModel>

namespace guanxi::ui {

// One report table for a QTableView: cells in the locale, numbers right
// aligned, and SortRole giving numbers as numbers so columns sort right.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    ReportTableModel(const ReportTable &table, const QString &currency, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const ReportTable &table() const { return m_table; }
    int columnOf(const QString &key) const;

private:
    ReportTable m_table;
    QString m_currency;
};

} // namespace guanxi::ui
