#include "customers/customertablemodel.h"

#include "platform/session.h"
#include "team/channelstore.h"
#include "platform/clock.h"

namespace guanxi {

CustomerTableModel::CustomerTableModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_store(session)
{
    reload();
}

QString CustomerTableModel::columnTitle(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::Name: return tr("Name");
    case CustomerColumn::Kind: return tr("Type");
    case CustomerColumn::Company: return tr("Company");
    case CustomerColumn::Phone: return tr("Phone");
    case CustomerColumn::Email: return tr("E-mail");
    case CustomerColumn::Province: return tr("Province");
    case CustomerColumn::City: return tr("City");
    case CustomerColumn::Industry: return tr("Industry");
    case CustomerColumn::Source: return tr("Source");
    case CustomerColumn::Stage: return tr("Stage");
    case CustomerColumn::Owner: return tr("Owner");
    case CustomerColumn::Tags: return tr("Tags");
    case CustomerColumn::NextFollowUp: return tr("Next follow-up");
    case CustomerColumn::Created: return tr("Created");
    case CustomerColumn::Updated: return tr("Updated");
    case CustomerColumn::BuiltInCount: break;
    }
    return {};
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : builtInColumnCount + int(m_customFields.size());
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < builtInColumnCount)
        return columnTitle(CustomerColumn(section));
    const int custom = section - builtInColumnCount;
    return custom < m_customFields.size() ? QVariant(m_customFields.at(custom).name) : QVariant();
}

const CustomerListRow *CustomerTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = m_store.page(m_query, qint64(page) * pageSize, pageSize);
        if (!rows) {
            if (m_lastError != rows.error().message) {
                m_lastError = rows.error().message;
                emit const_cast<CustomerTableModel *>(this)->errorOccurred(m_lastError);
            }
            return nullptr;
        }
        if (m_pages.size() >= maxCachedPages) {
            m_pages.remove(m_pageOrder.takeFirst());
        }
        it = m_pages.insert(page, rows.value());
        m_pageOrder << page;
    } else if (m_pageOrder.last() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder << page;
    }
    const int within = row % pageSize;
    return within < it->size() ? &it->at(within) : nullptr;
}

QVariant CustomerTableModel::display(const CustomerListRow &row, int column) const
{
    const QVariant raw = row.values.value(column);
    switch (CustomerColumn(column)) {
    case CustomerColumn::Kind:
        return Customers::kindLabel(Customers::kindFromCode(raw.toString()).value_or(CustomerKind::Person));
    case CustomerColumn::Stage: {
        const auto stage = Customers::stageFromCode(raw.toString());
        return stage ? Customers::stageLabel(*stage) : raw;
    }
    case CustomerColumn::Source: {
        SourceChannel c;
        c.code = raw.toString();
        c.name = row.values.value(builtInColumnCount + int(m_customFields.size())).toString();
        return c.name.isEmpty() ? QVariant() : QVariant(ChannelStore::displayName(c));
    }
    case CustomerColumn::NextFollowUp: {
        const QDate d = fromStoredDate(raw.toString());
        return d.isValid() ? QVariant(m_locale.toString(d, QLocale::ShortFormat)) : QVariant();
    }
    case CustomerColumn::Created:
    case CustomerColumn::Updated: {
        const QDateTime t = fromStoredTime(raw.toString());
        return t.isValid() ? QVariant(m_locale.toString(t.toLocalTime(), QLocale::ShortFormat)) : QVariant();
    }
    default:
        break;
    }
    const int custom = column - builtInColumnCount;
    if (custom >= 0 && custom < m_customFields.size())
        return m_customFields.at(custom).display(raw.toString(), m_locale);
    return raw;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CustomerListRow *row = rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        if (column == int(CustomerColumn::Created) || column == int(CustomerColumn::Updated)) {
            const QDateTime t = fromStoredTime(row->values.value(column).toString());
            return t.isValid() ? QVariant(m_locale.toString(t.toLocalTime(), QLocale::LongFormat)) : QVariant();
        }
        return {};
    case CustomerRole::Id:
        return row->id;
    case CustomerRole::Raw:
        return row->values.value(column);
    case CustomerRole::StageCode:
        return row->values.value(int(CustomerColumn::Stage));
    case CustomerRole::Overdue: {
        const QDate d = fromStoredDate(row->values.value(int(CustomerColumn::NextFollowUp)).toString());
        return d.isValid() && d < m_session.today();
    }
    default:
        return {};
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    CustomerListQuery q = m_query;
    q.sortColumn = column;
    q.sortOrder = order;
    setQuery(q);
}

void CustomerTableModel::setQuery(const CustomerListQuery &query)
{
    CustomerListQuery q = query;
    q.customFieldIds.clear();
    for (const CustomField &f : m_customFields)
        q.customFieldIds << f.id;
    if (q == m_query)
        return;
    m_query = q;
    reload();
}

void CustomerTableModel::setCustomFields(const QList<CustomField> &fields)
{
    beginResetModel();
    m_customFields = fields;
    m_query.customFieldIds.clear();
    for (const CustomField &f : fields)
        m_query.customFieldIds << f.id;
    if (m_query.sortColumn >= builtInColumnCount + fields.size())
        m_query.sortColumn = int(CustomerColumn::Name);
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

void CustomerTableModel::refresh()
{
    reload();
}

void CustomerTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_lastError.clear();
    auto count = m_store.count(m_query);
    if (count) {
        m_count = qMin<qint64>(*count, std::numeric_limits<int>::max());
    } else {
        m_count = 0;
        m_lastError = count.error().message;
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
    emit countChanged(m_count);
}

qint64 CustomerTableModel::idAt(int row) const
{
    const CustomerListRow *r = rowAt(row);
    return r ? r->id : 0;
}

int CustomerTableModel::rowOfId(qint64 id) const
{
    // Look in the cached pages first; ask SQL only when the row is elsewhere.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * pageSize + i;
    auto row = m_store.rowOf(m_query, id);
    return row ? int(*row) : -1;
}

bool CustomerTableModel::searchCapped() const
{
    return !m_query.search.trimmed().isEmpty() && m_count >= CustomerListStore::searchCap;
}

} // namespace guanxi
