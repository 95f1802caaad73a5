#include "sales/dealcolumnmodel.h"

#include "platform/session.h"
#include "text/money.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace guanxi {

DealColumnModel::DealColumnModel(Session &session, const DealStage &stage, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_stage(stage)
{
}

int DealColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

Qt::ItemFlags DealColumnModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QVariant DealColumnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_deals.size())
        return {};
    const Deal &d = m_deals.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return d.title;
    case Qt::ToolTipRole:
        return d.lostReason.isEmpty() ? d.customerName + QStringLiteral(" · ") + d.title
                                      : d.customerName + QStringLiteral(" · ") + d.title + QStringLiteral("\n") + d.lostReason;
    case IdRole: return d.id;
    case AmountRole: return d.amountMinor;
    case CurrencyRole: return d.currency;
    case CustomerRole: return d.customerName;
    case OwnerRole: return d.ownerName;
    case StaleRole: return d.stale;
    case CloseRole: return d.expectedClose;
    default: return {};
    }
}

bool DealColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void DealColumnModel::fetchMore(const QModelIndex &parent)
{
    // Not while our own rowsInserted is being delivered: a listener that asks
    // for more then would see the row count change under the first insert.
    if (parent.isValid() || m_atEnd || m_inserting)
        return;
    auto more = DealStore(m_session).column(m_stage.id, m_owner, m_deals.size(), batch);
    if (!more) {
        m_atEnd = true;
        emit errorOccurred(more.error().message);
        return;
    }
    if (more->size() < batch)
        m_atEnd = true;
    if (more->isEmpty())
        return;
    m_inserting = true;
    beginInsertRows({}, int(m_deals.size()), int(m_deals.size() + more->size() - 1));
    m_deals += *more;
    endInsertRows();
    m_inserting = false;
}

void DealColumnModel::setOwnerFilter(qint64 ownerId)
{
    m_owner = ownerId;
    reload();
}

void DealColumnModel::reload()
{
    beginResetModel();
    m_deals.clear();
    m_atEnd = false;
    m_inserting = true; // no fetching while listeners still handle the reset
    endResetModel();
    m_inserting = false;
    // The view asks for the first batch through canFetchMore/fetchMore.
}

void DealColumnModel::setTotals(qint64 count, qint64 amountMinor)
{
    m_total = count;
    m_totalAmount = amountMinor;
}

QStringList DealColumnModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *DealColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &i : indexes)
        out << i.data(IdRole).toLongLong();
    auto *mime = new QMimeData;
    mime->setData(mimeType, bytes);
    return mime;
}

QList<qint64> DealColumnModel::idsFrom(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(mimeType))
        return ids;
    QByteArray bytes = mime->data(mimeType);
    QDataStream in(&bytes, QIODevice::ReadOnly);
    while (!in.atEnd()) {
        qint64 id = 0;
        in >> id;
        ids << id;
    }
    return ids;
}

Qt::DropActions DealColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DealColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace guanxi
