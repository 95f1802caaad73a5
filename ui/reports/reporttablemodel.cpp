#include "reports/reporttablemodel.h"

#include "reportrender/reportcells.h"

#include <QCollator>

#include <numeric>
#include <vector>

namespace guanxi::ui {

ReportTableModel::ReportTableModel(const ReportTable &table, const QString &currency, QObject *parent)
    : QAbstractTableModel(parent), m_table(table), m_currency(currency)
{
    m_order.resize(m_table.rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
}

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_table.columns.size())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> tableRows;
    for (const QModelIndex &i : before)
        tableRows << m_order.at(i.row());
    const ReportKind kind = m_table.columns.at(column).kind;
    QList<int> rows(m_table.rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    const auto ordered = [&](auto less) {
        if (order == Qt::AscendingOrder)
            std::stable_sort(rows.begin(), rows.end(), less);
        else
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return less(b, a); });
    };
    if (kind == ReportKind::Text) {
        if (m_table.rows.size() <= 200000) {
            QCollator collator;
            collator.setNumericMode(true);
            std::vector<QCollatorSortKey> keys;
            keys.reserve(size_t(m_table.rows.size()));
            for (const QVariantList &row : m_table.rows)
                keys.push_back(collator.sortKey(row.value(column).toString()));
            ordered([&](int a, int b) { return keys[size_t(a)].compare(keys[size_t(b)]) < 0; });
        } else {
            QStringList keys;
            keys.reserve(m_table.rows.size());
            for (const QVariantList &row : m_table.rows)
                keys << row.value(column).toString();
            ordered([&](int a, int b) { return keys.at(a) < keys.at(b); });
        }
    } else {
        std::vector<double> keys;
        keys.reserve(size_t(m_table.rows.size()));
        for (const QVariantList &row : m_table.rows)   // empty cells sort first
            keys.push_back(row.value(column).isValid() ? reportCellNumber(row.value(column), kind) : -1e300);
        ordered([&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    }
    m_order = rows;
    // Selections follow their rows.
    QList<int> position(m_order.size());
    for (int i = 0; i < m_order.size(); ++i)
        position[m_order.at(i)] = i;
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(position.at(tableRows.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool ReportTableModel::rowContains(int row, const QString &text) const
{
    const QVariantList &cells = m_table.rows.at(row);
    for (int c = 0; c < m_table.columns.size(); ++c)
        if (m_table.columns.at(c).kind == ReportKind::Text && cells.value(c).toString().contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

void ReportFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ReportFilterProxy::sort(int column, Qt::SortOrder order)
{
    sourceModel()->sort(column, order);   // the proxy keeps the model's order
}

bool ReportFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_text.isEmpty() || static_cast<const ReportTableModel *>(sourceModel())->rowContains(sourceRow, m_text);
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
    const QVariant &value = rowAt(index.row()).at(index.column());
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
    return m_table.column(key);
}

} // namespace guanxi::ui
