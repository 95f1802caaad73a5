#include "customers/trashpage.h"

#include "customers/customerundo.h"
#include "reportrender/formatting.h"
#include "widgets/messagebar.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "messagebox.h"
#include "widgets/listtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace guanxi::ui {

TrashPage::TrashPage(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("trashPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Customers you delete wait here. Restore brings them back with their history; "
                                "purge removes them for good."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(tr("&Restore"), this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_purge = new QPushButton(tr("&Purge…"), this);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    buttons->addWidget(m_restore);
    buttons->addWidget(m_purge);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_table = listTable(this, QStringLiteral("trashTable"), {tr("Name"), tr("Type"), tr("Deleted"), tr("By")});
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("The trash is empty."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty, 1);
    connect(m_restore, &QPushButton::clicked, this, &TrashPage::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashPage::purgeSelected);
    connect(&m_session, &Session::customersChanged, this, &TrashPage::reload);
    reload();
}

int TrashPage::count() const
{
    return m_table->rowCount();
}

void TrashPage::reload()
{
    auto entries = CustomerStore(m_session).trash();
    m_table->setRowCount(0);
    if (!entries) {
        m_messages->showMessage(entries.error().message, MessageBar::Kind::Error);
        return;
    }
    m_table->setRowCount(int(entries->size()));
    for (int i = 0; i < entries->size(); ++i) {
        const TrashEntry &e = entries->at(i);
        auto *name = new QTableWidgetItem(e.name);
        name->setData(Qt::UserRole, e.id);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(Customers::kindLabel(e.kind)));
        auto *when = new QTableWidgetItem(relativeTime(e.deletedAt, m_session.now()));
        when->setToolTip(QLocale().toString(e.deletedAt.toLocalTime(), QLocale::LongFormat));
        m_table->setItem(i, 2, when);
        m_table->setItem(i, 3, new QTableWidgetItem(e.deletedBy));
    }
    m_table->resizeColumnsToContents();
    const bool empty = entries->isEmpty();
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_restore->setEnabled(!empty);
    m_purge->setEnabled(!empty);
    emit countChanged(int(entries->size()));
}

QList<qint64> TrashPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_table->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

void TrashPage::restoreSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        m_messages->showMessage(tr("Select the customers to restore first."), MessageBar::Kind::Information);
        return;
    }
    Status failed;
    m_undo.push(new TrashCustomersCommand(m_session, ids, tr("Restore customers (%1)").arg(ids.size()),
                                          true, &failed,
                                          [this](const Error &e) { m_messages->showMessage(e.message, MessageBar::Kind::Error); }));
    if (!failed)
        m_messages->showMessage(failed.error().message, MessageBar::Kind::Error);
}

void TrashPage::purgeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        m_messages->showMessage(tr("Select the customers to purge first."), MessageBar::Kind::Information);
        return;
    }
    const auto answer = MessageBox::warning(
        this, tr("Purge customers"),
        ids.size() == 1 ? tr("Remove this customer for good, with their contact details, follow-ups and orders? This "
                             "cannot be undone.")
                        : tr("Remove these %1 customers for good, with their contact details, follow-ups and orders? "
                             "This cannot be undone.").arg(ids.size()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (Status s = CustomerStore(m_session).purge(ids); !s)
        m_messages->showMessage(s.error().message, MessageBar::Kind::Error);
    else
        m_undo.clear(); // commands may refer to the purged records
}

} // namespace guanxi::ui
