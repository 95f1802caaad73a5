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
#include "team/channelstore.h"
#include "customers/customerstore.h"
#include "customers/customfieldstore.h"
#include "leads/poolstore.h"
#include "customers/savedviewstore.h"
#include "team/userstore.h"
#include "text/pinyin.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
enum BuiltInView { AllCustomers = -1, MyCustomers = -2, DueThisWeek = -3 };

QComboBox *filterCombo(QWidget *parent, const QString &objectName, const QString &tooltip)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setToolTip(tooltip);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->setMinimumContentsLength(6);
    return c;
}

QString columnKey(int column, const QList<CustomField> &fields)
{
    if (column < builtInColumnCount)
        return QStringLiteral("b:%1").arg(column);
    return QStringLiteral("cf:%1").arg(fields.value(column - builtInColumnCount).id);
}

// The team as the owner filter lists it: by pinyin, as the list sorts owners.
QList<User> inPinyinOrder(QList<User> users)
{
    std::stable_sort(users.begin(), users.end(), [](const User &a, const User &b) {
        return Pinyin::sortKey(a.displayName) < Pinyin::sortKey(b.displayName);
    });
    return users;
}

const QList<CustomerColumn> defaultColumns = {CustomerColumn::Name, CustomerColumn::Company, CustomerColumn::Phone,
                                              CustomerColumn::City, CustomerColumn::Stage, CustomerColumn::Owner,
                                              CustomerColumn::Tags, CustomerColumn::NextFollowUp};
} // namespace

CustomersPage::CustomersPage(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("customersPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    m_views = filterCombo(this, QStringLiteral("viewCombo"), tr("Saved views"));
    m_stage = filterCombo(this, QStringLiteral("stageFilter"), tr("Show one stage only"));
    m_owner = filterCombo(this, QStringLiteral("ownerFilter"), tr("Show one owner's customers only"));
    m_tag = filterCombo(this, QStringLiteral("tagFilter"), tr("Show customers with this tag"));
    m_source = filterCombo(this, QStringLiteral("sourceFilter"), tr("Show customers from this source"));
    m_city = filterCombo(this, QStringLiteral("cityFilter"), tr("Show customers in this city"));
    m_province = filterCombo(this, QStringLiteral("provinceFilter"), tr("Show customers in this province"));
    m_industry = filterCombo(this, QStringLiteral("industryFilter"), tr("Show customers in this industry"));
    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    auto *saveView = new QPushButton(tr("Save view…"), this);
    saveView->setObjectName(QStringLiteral("saveViewButton"));
    saveView->setToolTip(tr("Save these filters, search and order as a named view"));
    filters->addWidget(m_views);
    filters->addSpacing(8);
    for (QComboBox *c : {m_stage, m_owner, m_tag, m_source, m_province, m_city, m_industry})
        filters->addWidget(c);
    filters->addWidget(m_clear);
    filters->addStretch();
    filters->addWidget(saveView);
    outer->addLayout(filters);

    m_messages = new MessageBar(this);
    outer->addWidget(m_messages);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_listStack = new QStackedWidget(m_splitter);
    m_model = new CustomerTableModel(session, this);
    if (auto fields = CustomFieldStore(session).list())
        m_model->setCustomFields(*fields);
    m_proxy = new CustomerListProxy(this);
    m_proxy->setSourceModel(m_model);
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

    connect(m_model, &CustomerTableModel::countChanged, this, [this](qint64) {
        updateEmptyState();
        emit countChanged(m_model->rowCount(), m_model->searchCapped());
    });
    connect(m_model, &CustomerTableModel::errorOccurred, this, &CustomersPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
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
    });
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
    for (QComboBox *c : {m_stage, m_owner, m_tag, m_source, m_province, m_city, m_industry})
        connect(c, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilters);
    connect(m_views, &QComboBox::activated, this, &CustomersPage::applyView);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_applying = true;
        for (QComboBox *c : {m_stage, m_owner, m_tag, m_source, m_province, m_city, m_industry})
            c->setCurrentIndex(0);
        m_applying = false;
        applyFilters();
    });
    connect(saveView, &QPushButton::clicked, this, &CustomersPage::saveView);
    connect(m_messages, &MessageBar::linkActivated, this, [this](const QString &link) {
        if (link == QStringLiteral("clear")) {
            m_messages->hide();
            m_clear->click();
        }
    });
    connect(m_noMatches, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QStringLiteral("add"))
            addCustomer();
        else
            m_clear->click();
    });
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnsMenu->exec(m_table->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { saveColumns(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("&Edit…"), this, &CustomersPage::editCurrent);
        menu.addAction(tr("&Log follow-up…"), this, &CustomersPage::logFollowUp);
        menu.addSeparator();
        QMenu *assign = menu.addMenu(tr("&Assign to"));
        if (auto users = UserStore(m_session).list())
            for (const User &u : *users)
                assign->addAction(u.displayName, this, [this, id = u.id] { assignSelected(id); });
        menu.addAction(tr("&Release to the public pool"), this, [this] { assignSelected(0); });
        menu.addSeparator();
        menu.addAction(tr("Move to &trash"), this, &CustomersPage::trashSelected);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(&m_session, &Session::customersChanged, this, &CustomersPage::onCustomersChanged);
    connect(&m_session, &Session::lookupsChanged, this, &CustomersPage::reloadLookups);
    updateEmptyState();
    if (m_model->rowCount() > 0)
        selectCustomer(m_model->idAt(0));
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::reloadLookups()
{
    m_applying = true;
    auto refill = [](QComboBox *combo, const QString &any, const QList<QPair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(any, QVariant());
        for (const auto &item : items)
            combo->addItem(item.first, item.second);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<QPair<QString, QVariant>> stages, owners, tags, sources, cities;
    for (Stage s : Customers::stages())
        stages << qMakePair(Customers::stageLabel(s), QVariant(Customers::stageCode(s)));
    if (auto users = UserStore(m_session).list())
        for (const User &u : inPinyinOrder(*users))
            owners << qMakePair(u.displayName, QVariant(u.id));
    if (auto names = CustomerStore(m_session).tagNames())
        for (const QString &t : *names)
            tags << qMakePair(t, QVariant(t));
    if (auto channels = ChannelStore(m_session).list(true))
        for (const SourceChannel &c : *channels)
            sources << qMakePair(ChannelStore::displayName(c), QVariant(c.id));
    if (auto names = CustomerStore(m_session).cities())
        for (const QString &c : *names)
            cities << qMakePair(c, QVariant(c));
    refill(m_stage, tr("All stages"), stages);
    refill(m_owner, tr("All owners"), owners);
    refill(m_tag, tr("All tags"), tags);
    refill(m_source, tr("All sources"), sources);
    refill(m_city, tr("All cities"), cities);
    // Provinces and industries in pinyin order, as the list sorts them.
    for (auto [combo, column, any] : {std::tuple{m_province, CustomerColumn::Province, tr("All provinces")},
                                      std::tuple{m_industry, CustomerColumn::Industry, tr("All industries")}}) {
        QList<QPair<QString, QVariant>> items;
        if (auto values = CustomerListStore(m_session).distinctValues(column))
            for (const QString &v : *values)
                items << qMakePair(v, QVariant(v));
        refill(combo, any, items);
    }
    m_applying = false;
    if (auto fields = CustomFieldStore(m_session).list(); fields && *fields != m_model->customFields()) {
        m_model->setCustomFields(*fields);
        restoreColumns();
    }
}

void CustomersPage::rebuildViews()
{
    m_views->clear();
    m_views->addItem(tr("All customers"), int(AllCustomers));
    m_views->addItem(tr("My customers"), int(MyCustomers));
    m_views->addItem(tr("Follow-ups due this week"), int(DueThisWeek));
    if (auto views = SavedViewStore(m_session).list()) {
        if (!views->isEmpty())
            m_views->insertSeparator(m_views->count());
        for (const SavedView &v : *views)
            m_views->addItem(v.name, v.id);
    }
}

void CustomersPage::showSavedView(qint64 id)
{
    rebuildViews();
    const int index = m_views->findData(id);
    if (index >= 0)
        m_views->setCurrentIndex(index);
    applyView(m_views->currentIndex());
}

void CustomersPage::applyView(int index)
{
    const qint64 id = m_views->itemData(index).toLongLong();
    CustomerListQuery q;
    q.search = m_search;
    if (id == MyCustomers) {
        q.ownerId = m_session.userId();
    } else if (id == DueThisWeek) {
        const QDate today = m_session.today();
        q.followUpBy = today.addDays(7 - today.dayOfWeek());
        q.sortColumn = int(CustomerColumn::NextFollowUp);
    } else if (id > 0) {
        if (auto views = SavedViewStore(m_session).list())
            for (const SavedView &v : *views)
                if (v.id == id)
                    q = v.query;
        m_search = q.search;
    }
    m_applying = true;
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(q.stage ? Customers::stageCode(*q.stage) : QVariant())));
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(q.ownerId ? QVariant(q.ownerId) : QVariant())));
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(q.tag.isEmpty() ? QVariant() : QVariant(q.tag))));
    m_source->setCurrentIndex(qMax(0, m_source->findData(q.sourceId ? QVariant(q.sourceId) : QVariant())));
    m_city->setCurrentIndex(qMax(0, m_city->findData(q.city.isEmpty() ? QVariant() : QVariant(q.city))));
    m_province->setCurrentIndex(qMax(0, m_province->findData(q.province.isEmpty() ? QVariant() : QVariant(q.province))));
    m_industry->setCurrentIndex(qMax(0, m_industry->findData(q.industry.isEmpty() ? QVariant() : QVariant(q.industry))));
    m_applying = false;
    m_table->horizontalHeader()->setSortIndicator(q.sortColumn, q.sortOrder);
    m_model->setQuery(q);
}

void CustomersPage::saveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"),
                                               tr("Name for this view (filters, search and order):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto id = SavedViewStore(m_session).save(name, m_model->query());
    if (!id) {
        showError(id.error().message);
        return;
    }
    rebuildViews();
    m_views->setCurrentIndex(m_views->findData(*id));
}

void CustomersPage::applyFilters()
{
    if (m_applying)
        return;
    CustomerListQuery q = m_model->query();
    q.stage = Customers::stageFromCode(m_stage->currentData().toString());
    q.ownerId = m_owner->currentData().toLongLong();
    q.tag = m_tag->currentData().toString();
    q.sourceId = m_source->currentData().toLongLong();
    q.city = m_city->currentData().toString();
    q.province = m_province->currentData().toString();
    q.industry = m_industry->currentData().toString();
    q.search = m_search;
    m_model->setQuery(q);
}

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
    m_clear->setEnabled(m_stage->currentIndex() > 0 || m_owner->currentIndex() > 0 || m_tag->currentIndex() > 0
                        || m_source->currentIndex() > 0 || m_city->currentIndex() > 0
                        || m_province->currentIndex() > 0 || m_industry->currentIndex() > 0);
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
    auto c = CustomerStore(m_session).get(id);
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
            m_messages->showMessage(tr("Assigned %1 customers.").arg(ids.size()), MessageBar::Kind::Information);
        return;
    }
    auto released = pool.releaseMany(PoolEntity::Customer, ids, tr("released from the customer list"));
    if (!released)
        showError(released.error().message);
    else
        m_messages->showMessage(tr("Released %1 customers to the public pool.").arg(*released), MessageBar::Kind::Information);
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

void CustomersPage::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = m_columnsMenu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(c != int(CustomerColumn::Name));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
            saveColumns();
        });
    }
}

void CustomersPage::restoreColumns()
{
    QSettings settings;
    const bool saved = settings.contains(QStringLiteral("customers/visibleColumns"));
    const QStringList visible = settings.value(QStringLiteral("customers/visibleColumns")).toStringList();
    const QStringList widths = settings.value(QStringLiteral("customers/columnWidths")).toStringList();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString key = columnKey(c, m_model->customFields());
        const bool show = saved ? visible.contains(key) : defaultColumns.contains(CustomerColumn(c));
        m_table->setColumnHidden(c, !show && c != int(CustomerColumn::Name));
        for (const QString &w : widths)
            if (w.startsWith(key + u'='))
                m_table->setColumnWidth(c, w.mid(key.size() + 1).toInt());
    }
    if (!saved)
        m_table->setColumnWidth(int(CustomerColumn::Name), 160);
    rebuildColumnsMenu();
}

void CustomersPage::saveColumns()
{
    QStringList visible, widths;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString key = columnKey(c, m_model->customFields());
        if (!m_table->isColumnHidden(c))
            visible << key;
        widths << key + u'=' + QString::number(m_table->columnWidth(c));
    }
    QSettings settings;
    settings.setValue(QStringLiteral("customers/visibleColumns"), visible);
    settings.setValue(QStringLiteral("customers/columnWidths"), widths);
}

} // namespace guanxi::ui
