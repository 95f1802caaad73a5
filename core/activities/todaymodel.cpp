#include "activities/todaymodel.h"

#include "customers/customercolumns.h"
#include "platform/session.h"
#include "text/relativedates.h"

#include <QLocale>

namespace guanxi {

namespace {
constexpr quintptr groupId = 0; // internalId of group rows; children use group + 1
}

TodayModel::TodayModel(Session &session, QObject *parent) : QAbstractItemModel(parent), m_session(session)
{
    connect(&m_session, &Session::customersChanged, this, &TodayModel::reload);
    connect(&m_session, &Session::leadsChanged, this, &TodayModel::reload);
    reload();
}

void TodayModel::reload()
{
    const QDate today = m_session.today();
    auto due = FollowUpStore(m_session).due(m_session.userId(), today.addDays(upcomingDays));
    beginResetModel();
    for (auto &g : m_groups)
        g.clear();
    m_lastError.clear();
    if (!due) {
        m_lastError = due.error().message;
    } else {
        for (const DueFollowUp &d : *due)
            m_groups[d.due < today ? Overdue : d.due == today ? DueToday : Upcoming] << d;
    }
    endResetModel();
    emit pendingChanged(pending());
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TodayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() == groupId && parent.column() == 0)
        return int(m_groups[parent.row()].size());
    return 0;
}

int TodayModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const DueFollowUp *TodayModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupId)
        return nullptr;
    const auto &group = m_groups[index.internalId() - 1];
    return index.row() < group.size() ? &group.at(index.row()) : nullptr;
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In the order of Column.
    static const char *const titles[] = {QT_TR_NOOP("Customer"), QT_TR_NOOP("Company"), QT_TR_NOOP("Due"),
                                         QT_TR_NOOP("Next action"), QT_TR_NOOP("Phone"), QT_TR_NOOP("Stage")};
    static_assert(std::size(titles) == ColumnCount);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupId) {
        if (role == Qt::DisplayRole && index.column() == 0) {
            const int n = int(m_groups[index.row()].size());
            switch (index.row()) {
            case Overdue: return tr("Overdue (%1)").arg(n);
            case DueToday: return tr("Today (%1)").arg(n);
            default: return tr("Next %n day(s) (%1)", nullptr, upcomingDays).arg(n);
            }
        }
        if (role == CustomerRole::Overdue)
            return index.row() == Overdue;
        return {};
    }
    const DueFollowUp *d = item(index);
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return d->name;
        case Company: return d->companyName;
        case Due: return relativeDay(d->due, m_session.today());
        case Action: return d->action;
        case Phone: return d->phone;
        case Stage: return d->leadId ? tr("Lead (not yet a customer)") : Customers::stageLabel(d->stage);
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Due ? QVariant(QLocale().toString(d->due, QLocale::LongFormat)) : QVariant();
    case CustomerRole::Id:
        return d->customerId;
    case CustomerRole::LeadId:
        return d->leadId;
    case CustomerRole::Overdue:
        return d->due < m_session.today();
    case CustomerRole::StageCode:
        return Customers::stageCode(d->stage);
    case CustomerRole::Raw:
        return index.column() == Due ? QVariant(d->due) : QVariant();
    default:
        return {};
    }
}

} // namespace guanxi
