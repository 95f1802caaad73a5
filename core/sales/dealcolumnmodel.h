#pragma once

#include "sales/dealstore.h"

#include <QAbstractListModel>

namespace guanxi {

class Session;

// One column of the funnel board: the deals in a stage, loaded 50 at a time
// as the view scrolls (canFetchMore/fetchMore), so a stage holding 100,000
// deals opens as fast as one holding ten.
class DealColumnModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int batch = 50;
    static inline const QString mimeType = QStringLiteral("application/x-guanxi-deal-ids");
    enum Role { IdRole = Qt::UserRole + 1, AmountRole, CustomerRole, OwnerRole, StaleRole, CloseRole, CurrencyRole };

    DealColumnModel(Session &session, const DealStage &stage, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    const DealStage &stage() const { return m_stage; }
    void setOwnerFilter(qint64 ownerId);
    void reload();
    qint64 total() const { return m_total; }
    qint64 totalAmountMinor() const { return m_totalAmount; }
    void setTotals(qint64 count, qint64 amountMinor);
    static QList<qint64> idsFrom(const QMimeData *mime);

signals:
    void errorOccurred(const QString &message);

private:
    Session &m_session;
    DealStage m_stage;
    qint64 m_owner = 0;
    QList<Deal> m_deals;
    qint64 m_total = 0;
    qint64 m_totalAmount = 0;
    bool m_atEnd = false;
    bool m_inserting = false;
};

} // namespace guanxi
