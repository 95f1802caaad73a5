#include "leads/leadtablemodel.h"

#include "customers/customercolumns.h"
#include "platform/session.h"

#include <QLocale>

namespace guanxi {

LeadTableModel::LeadTableModel(Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    m_query.owner = LeadListQuery::Owner::Me;
    connect(&m_session, &Session::leadsChanged, this, &LeadTableModel::reload);
    reload();
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In the order of Column.
    static const char *const titles[] = {QT_TR_NOOP("Name"),   QT_TR_NOOP("Company"), QT_TR_NOOP("Phone"),
                                         QT_TR_NOOP("E-mail"), QT_TR_NOOP("City"),    QT_TR_NOOP("Campaign"),
                                         QT_TR_NOOP("Status"), QT_TR_NOOP("Owner"),   QT_TR_NOOP("Captured")};
    static_assert(std::size(titles) == ColumnCount);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

void LeadTableModel::setQuery(const LeadListQuery &query)
{
    m_query = query;
    reload();
}

void LeadTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    auto count = LeadStore(m_session).count(m_query);
    m_count = count ? qMin<qint64>(*count, std::numeric_limits<int>::max()) : 0;
    endResetModel();
    if (!count)
        emit errorOccurred(count.error().message);
}

const Lead *LeadTableModel::leadAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = LeadStore(m_session).list(m_query, qint64(page) * pageSize, pageSize);
        if (!rows)
            return nullptr;
        if (m_pages.size() > 20)
            m_pages.clear();
        it = m_pages.insert(page, *rows);
    }
    const int within = row % pageSize;
    return within < it->size() ? &it->at(within) : nullptr;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Lead *l = leadAt(index.row());
    if (!l)
        return {};
    if (role == CustomerRole::Id)
        return l->id;
    if (role == Qt::ToolTipRole && index.column() == Status && l->status == LeadStatus::Disqualified)
        return l->disqualifyReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return l->name;
    case Company: return l->company;
    case Phone: return l->phone;
    case Email: return l->email;
    case City: return l->city;
    case Campaign: return l->campaign;
    case Status: return Leads::statusLabel(l->status);
    case Owner: return l->ownerId ? l->ownerName : tr("(public pool)");
    case Created: return QLocale().toString(l->createdAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

} // namespace guanxi
