// CustomersPage's filter bar, saved views and columns: what the list shows.
#include "customers/customerspage.h"

#include "customers/customertablemodel.h"
#include "customers/customfieldstore.h"
#include "customers/customerstore.h"
#include "customers/savedviewstore.h"
#include "platform/session.h"
#include "team/channelstore.h"
#include "team/userstore.h"
#include "text/pinyin.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>

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

QHBoxLayout *CustomersPage::buildFilterBar()
{
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
    connect(saveView, &QPushButton::clicked, this, &CustomersPage::saveView);
    filters->addWidget(m_views);
    filters->addSpacing(8);
    for (QComboBox *c : filterCombos())
        filters->addWidget(c);
    filters->addWidget(m_clear);
    filters->addStretch();
    filters->addWidget(saveView);
    return filters;
}

QList<QComboBox *> CustomersPage::filterCombos() const
{
    return {m_stage, m_owner, m_tag, m_source, m_province, m_city, m_industry};
}

void CustomersPage::connectFilterBar()
{
    for (QComboBox *c : filterCombos())
        connect(c, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilters);
    connect(m_views, &QComboBox::activated, this, &CustomersPage::applyView);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_applying = true;
        for (QComboBox *c : filterCombos())
            c->setCurrentIndex(0);
        m_applying = false;
        applyFilters();
    });
    connect(m_messages, &MessageBar::linkActivated, this, [this](const QString &link) {
        if (link == QStringLiteral("clear")) {
            m_messages->hide();
            m_clear->click();
        }
    });
}

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
