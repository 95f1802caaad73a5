#include "customers/customerlistproxy.h"

#include "customers/customercolumns.h"
#include "sales/stagestyle.h"

#include <QApplication>
#include <QCursor>

namespace guanxi::ui {

QVariant CustomerListProxy::data(const QModelIndex &index, int role) const
{
    const int column = index.column();
    if (role == Qt::DecorationRole && column == int(CustomerColumn::Stage)) {
        const auto stage = Customers::stageFromCode(QIdentityProxyModel::data(index, CustomerRole::StageCode).toString());
        return stage ? QVariant(stageIcon(*stage)) : QVariant();
    }
    if (role == Qt::ForegroundRole && column == int(CustomerColumn::NextFollowUp)
        && QIdentityProxyModel::data(index, CustomerRole::Overdue).toBool())
        return overdueColor();
    if (role == Qt::ToolTipRole && column == int(CustomerColumn::NextFollowUp)
        && QIdentityProxyModel::data(index, CustomerRole::Overdue).toBool())
        return tr("Overdue: this follow-up date has passed.");
    return QIdentityProxyModel::data(index, role);
}

} // namespace guanxi::ui

namespace guanxi::ui {

void CustomerListProxy::sort(int column, Qt::SortOrder order)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QIdentityProxyModel::sort(column, order);
    QApplication::restoreOverrideCursor();
}

} // namespace guanxi::ui
