#include "exchange/importwizardstate.h"

#include "widgets/listtable.h"

#include <QLabel>
#include <QTableWidget>

namespace guanxi::ui {

QString ImportWizardState::entity() const
{
    switch (target) {
    case ImportTarget::Leads:
        return QStringLiteral("lead");
    case ImportTarget::Orders:
        return QStringLiteral("order");
    case ImportTarget::Customers:
        break;
    }
    return QStringLiteral("customer");
}

QLabel *importErrorLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color:#c62828;"));
    l->hide();
    return l;
}

QTableWidget *importTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    QTableWidget *t = listTable(parent, name, headers);
    t->setSelectionBehavior(QAbstractItemView::SelectItems);   // the wizard's tables select a cell, not a row
    return t;
}

void setImportRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace guanxi::ui
