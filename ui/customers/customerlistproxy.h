#pragma once

#include <QIdentityProxyModel>

namespace guanxi::ui {

// Adds the look to the core model's data: stage dots, overdue follow-ups in
// red, right-aligned dates.
class CustomerListProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Sorting a million rows on a column without an index takes a second:
    // show the wait cursor meanwhile.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
};

} // namespace guanxi::ui
