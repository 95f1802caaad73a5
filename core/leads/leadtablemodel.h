#pragma once

#include "leads/leadstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace guanxi {

class Session;

// Leads as a table, counted once per query and read in pages of 200.
class LeadTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Company, Phone, Email, City, Campaign, Status, Owner, Created, ColumnCount };
    static constexpr int pageSize = 200;

    explicit LeadTableModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQuery(const LeadListQuery &query);
    const LeadListQuery &query() const { return m_query; }
    void reload();
    const Lead *leadAt(int row) const;

signals:
    void errorOccurred(const QString &message);

private:
    Session &m_session;
    LeadListQuery m_query;
    qint64 m_count = 0;
    mutable QHash<int, QList<Lead>> m_pages;
};

} // namespace guanxi
