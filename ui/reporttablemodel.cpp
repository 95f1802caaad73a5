#include "reporttablemodel.h"

#include "reportcells.h"

namespace guanxi::ui {

ReportTableModel::ReportTableModel(const ReportTable &table, const QString &currency, QObject *parent)
    : QAbstractTableModel(parent), m_table(table), m_currency(currency)
{
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ReportColumn &column = m_table.columns.at(index.column());
    const QVariant &value = m_table.rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole: return reportCellText(value, column.kind, m_currency);
    case SortRole:
        return column.kind == ReportKind::Text ? value : QVariant(reportCellNumber(value, column.kind));
    case Qt::TextAlignmentRole:
        return column.kind == ReportKind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_table.columns.value(section).title;
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

int ReportTableModel::columnOf(const QString &key) const
{
    for (int i = 0; i < m_table.columns.size(); ++i)
        if (m_table.columns.at(i).key == key)
            return i;
    return -1;
}

} // namespace guanxi::ui
