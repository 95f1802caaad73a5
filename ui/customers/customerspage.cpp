#include "customers/customerspage.h"

#include "customers/customerundo.h"
#include "customers/customerdialog.h"
#include "customers/customerlistproxy.h"
#include "customers/customerpanel.h"
#include "activities/followupdialog.h"
#include "platform/db/database.h"
#include "widgets/messagebar.h"
#include "customers/customertablemodel.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "customers/customfieldstore.h"
#include "leads/poolstore.h"
#include "team/userstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace guanxi::ui {

CustomersPage::CustomersPage(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("customersPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(buildFilterBar());
    m_messages = new MessageBar(this);
    outer->addWidget(m_messages);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_listStack = new QStackedWidget(m_splitter);
    m_model = new CustomerTableModel(session, this);
    if (auto fields = CustomFieldStore(session).list())
        m_model->setCustomFields(*fields);
    m_proxy = new CustomerListProxy(this);
    m_proxy->setSourceModel(m_model);
    buildTable();
    m_listStack->addWidget(m_table);
    m_noMatches = new QLabel(m_listStack);
    m_noMatches->setObjectName(QStringLiteral("noMatchesLabel"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setTextFormat(Qt::RichText);
    m_listStack->addWidget(m_noMatches);
    m_panel = new CustomerPanel(session, m_splitter);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 360}); // the list gets most of a laptop screen
    outer->addWidget(m_splitter, 1);

    m_columnsMenu = new QMenu(tr("&Columns"), this);
    restoreColumns();
    reloadLookups();
    rebuildViews();

    connectList();
    connectFilterBar();
    connect(&m_session, &Session::customersChanged, this, &CustomersPage::onCustomersChanged);
    connect(&m_session, &Session::lookupsChanged, this, &CustomersPage::reloadLookups);
    updateEmptyState();
    if (m_model->rowCount() > 0)
        selectCustomer(m_model->idAt(0));
}

void CustomersPage::buildTable()
{
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep a million rows as cheap as a hundred.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSortIndicator(int(CustomerColumn::Name), Qt::AscendingOrder);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
}

void CustomersPage::connectList()
{
    connect(m_model, &CustomerTableModel::countChanged, this, [this](qint64) {
        updateEmptyState();
        emit countChanged(m_model->rowCount(), m_model->searchCapped());
    });
    connect(m_model, &CustomerTableModel::errorOccurred, this, &CustomersPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::keepSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedId = current.isValid() ? m_model->idAt(current.row()) : 0;
                m_panel->showCustomer(m_selectedId);
            });
    connect(m_table, &QTableView::doubleClicked, this, &CustomersPage::editCurrent);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
        auto *open = new QShortcut(QKeySequence(key), m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &CustomersPage::editCurrent);
    }
    connect(m_panel, &CustomerPanel::editRequested, this, &CustomersPage::editCurrent);
    connect(m_panel, &CustomerPanel::logRequested, this, &CustomersPage::logFollowUp);
    connect(m_panel, &CustomerPanel::newDealRequested, this, &CustomersPage::newDealRequested);
    connect(m_noMatches, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QStringLiteral("add"))
            addCustomer();
        else
            m_clear->click();
    });
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnsMenu->exec(m_table->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { saveColumns(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &CustomersPage::showRowMenu);
}

void CustomersPage::keepSelection()
{
    // Keep the selected customer selected; otherwise show the first one.
    // An empty list shows no one: the pane must not keep a customer the
    // list no longer holds (m_selectedId stays, to select it again when
    // the search is cleared).
    if (m_model->rowCount() == 0)
        m_panel->showCustomer(0);
    else if (m_selectedId && m_model->rowOfId(m_selectedId) >= 0)
        selectCustomer(m_selectedId);
    else
        QTimer::singleShot(0, this, [this] {
            if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                selectCustomer(m_model->idAt(0));
        });
}

void CustomersPage::showRowMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, &CustomersPage::editCurrent);
    menu.addAction(tr("&Log follow-up…"), this, &CustomersPage::logFollowUp);
    menu.addSeparator();
    QMenu *assign = menu.addMenu(tr("&Assign to"));
    // Only the people this role may give customers to (core refuses others).
    if (auto users = UserStore(m_session).list())
        for (const User &u : *users)
            if (m_session.seesOwner(u.id))
                assign->addAction(u.displayName, this, [this, id = u.id] { assignSelected(id); });
    menu.addAction(tr("&Release to the public pool"), this, [this] { assignSelected(0); });
    if (m_session.access().can(Permission::Delete)) {
        menu.addSeparator();
        menu.addAction(tr("Move to &trash"), this, &CustomersPage::trashSelected);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::setSearchText(const QString &text)
{
    m_search = text;
    CustomerListQuery q = m_model->query();
    q.search = text;
    m_model->setQuery(q);
}

QString CustomersPage::searchText() const
{
    return m_search;
}

const CustomerListQuery &CustomersPage::query() const
{
    return m_model->query();
}

qint64 CustomersPage::totalCount() const
{
    return m_model->rowCount();
}

bool CustomersPage::searchCapped() const
{
    return m_model->searchCapped();
}

void CustomersPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const QString what = m_search.trimmed().isEmpty()
                                 ? tr("No customers match these filters.")
                                 : tr("No customers match “%1”.").arg(m_search.trimmed().toHtmlEscaped());
        m_noMatches->setText(QStringLiteral("<p style=\"font-size:large\">%1</p><p><a href=\"clear\">%2</a> · "
                                            "<a href=\"add\">%3</a></p>")
                                 .arg(what, tr("Clear filters"), tr("Add a customer")));
    }
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_noMatches) : m_table);
    const QList<QComboBox *> combos = filterCombos();
    m_clear->setEnabled(std::any_of(combos.cbegin(), combos.cend(), [](QComboBox *c) { return c->currentIndex() > 0; }));
}

void CustomersPage::onCustomersChanged()
{
    m_model->refresh();
    m_panel->reload();
    // Cities and tags may have grown; refresh the filter lists after the burst.
    QTimer::singleShot(0, this, &CustomersPage::reloadLookups);
}

qint64 CustomersPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QList<qint64> CustomersPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const qint64 id = m_model->idAt(index.row()))
            ids << id;
    if (ids.isEmpty() && currentId())
        ids << currentId();
    return ids;
}

void CustomersPage::selectCustomer(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        // Asked for by id (just added, opened from elsewhere) but hidden by
        // the filters or the search: show it anyway, and say why the list
        // does not.
        m_table->selectionModel()->clearCurrentIndex();
        m_table->clearSelection();
        m_selectedId = id;
        m_panel->showCustomer(id);
        if (m_panel->customerId() == id)
            noteHidden(id);
        return;
    }
    const QModelIndex index = m_proxy->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void CustomersPage::noteHidden(qint64 id)
{
    auto c = CustomerStore(m_session).get(id);
    if (!c)
        return;
    const bool filtered = m_clear->isEnabled();
    const bool searching = !m_search.trimmed().isEmpty();
    QString why;
    if (filtered && searching)
        why = tr("“%1” is not in the list: the filters and the search “%2” hide it. It is shown on the right.")
                  .arg(c->name.toHtmlEscaped(), m_search.trimmed().toHtmlEscaped());
    else if (searching)
        why = tr("“%1” is not in the list: the search “%2” hides it. It is shown on the right.")
                  .arg(c->name.toHtmlEscaped(), m_search.trimmed().toHtmlEscaped());
    else
        why = tr("“%1” is not in the list: the filters hide it. It is shown on the right.").arg(c->name.toHtmlEscaped());
    if (filtered)
        why += QStringLiteral(" <a href=\"clear\">%1</a>").arg(tr("Clear filters"));
    m_messages->showMessage(why, MessageBar::Kind::Information);
}

void CustomersPage::selectNext(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = qBound(0, (current.isValid() ? current.row() : -1) + delta, rows - 1);
    selectCustomer(m_model->idAt(row));
}

void CustomersPage::openFirst()
{
    if (m_model->rowCount() == 0)
        return;
    selectCustomer(m_model->idAt(0));
    m_table->setFocus();
}

void CustomersPage::showError(const QString &message)
{
    m_messages->showMessage(message, MessageBar::Kind::Error);
}

void CustomersPage::openEditor(const Customer &customer)
{
    auto saver = [this](const Customer &before, const Customer &after) -> Result<qint64> {
        Status failed;
        auto onError = [this](const Error &e) { showError(e.message); };
        if (after.id == 0) {
            auto *cmd = new AddCustomerCommand(m_session, after, &failed, onError);
            m_undo.push(cmd); // a command that failed is obsolete and deleted by push()
            if (!failed)
                return failed.error();
            return cmd->customerId();
        }
        m_undo.push(new EditCustomerCommand(m_session, before, after, &failed, onError));
        if (!failed)
            return failed.error();
        return after.id;
    };
    CustomerDialog dialog(m_session, saver, this);
    dialog.setNavigator([this](qint64 id, int delta) -> qint64 {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            return 0;
        const int next = row + delta;
        if (next < 0 || next >= m_model->rowCount())
            return 0;
        const qint64 nextId = m_model->idAt(next);
        selectCustomer(nextId);
        return nextId;
    });
    dialog.load(customer);
    if (dialog.exec() == QDialog::Accepted && dialog.customer().id)
        selectCustomer(dialog.customer().id);
    else if (dialog.existingToOpen())
        selectCustomer(dialog.existingToOpen()); // the customer a new one looked like
}

void CustomersPage::addCustomer()
{
    if (m_session.db().isReadOnly()) {
        showError(tr("This file is open read-only; customers cannot be added."));
        return;
    }
    Customer c;
    c.ownerId = m_session.userId();
    openEditor(c);
}

void CustomersPage::editCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    auto c = CustomerStore(m_session).read(id);
    if (!c) {
        showError(c.error().message);
        return;
    }
    openEditor(*c);
}

void CustomersPage::assignSelected(qint64 userId)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    PoolStore pool(m_session);
    if (userId) {
        if (Status s = pool.assign(PoolEntity::Customer, ids, userId, tr("assigned from the customer list")); !s)
            showError(s.error().message);
        else
            m_messages->showMessage(tr("Assigned %n customer(s).", nullptr, int(ids.size())), MessageBar::Kind::Information);
        return;
    }
    auto released = pool.releaseMany(PoolEntity::Customer, ids, tr("released from the customer list"));
    if (!released)
        showError(released.error().message);
    else
        m_messages->showMessage(tr("Released %n customer(s) to the public pool.", nullptr, int(*released)), MessageBar::Kind::Information);
}

void CustomersPage::logFollowUp()
{
    const qint64 id = currentId();
    if (!id)
        return;
    FollowUpDialog dialog(m_session, id, m_model->index(m_table->currentIndex().row(), 0).data().toString(), this);
    dialog.exec();
}

void CustomersPage::trashSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const int row = m_table->currentIndex().row();
    Status failed;
    const QString label = ids.size() == 1 ? tr("Move “%1” to trash").arg(m_model->index(row, 0).data().toString())
                                          : tr("Move %1 customers to trash").arg(ids.size());
    m_undo.push(new TrashCustomersCommand(m_session, ids, label, false, &failed,
                                          [this](const Error &e) { showError(e.message); }));
    if (!failed) {
        showError(failed.error().message);
        return;
    }
    m_messages->showMessage(ids.size() == 1 ? tr("Moved the customer to the trash. Undo with Ctrl+Z, or restore it from "
                                                 "the Trash.")
                                              : tr("Moved %1 customers to the trash. Undo with Ctrl+Z, or restore them "
                                                   "from the Trash.").arg(ids.size()),
                            MessageBar::Kind::Information);
    if (m_model->rowCount() > 0)
        selectCustomer(m_model->idAt(qBound(0, row, m_model->rowCount() - 1)));
}

} // namespace guanxi::ui
