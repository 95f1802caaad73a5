#pragma once

#include "activities/followupstore.h"

#include <QAbstractItemModel>

namespace guanxi {

class Session;

// The Today page: the current user's follow-ups in three groups — overdue,
// due today, and the next seven days — each a top-level row whose children
// are customers. Reloads when customers change.
class TodayModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Group { Overdue, DueToday, Upcoming, GroupCount };
    enum Column { Name, Company, Due, Action, Phone, Stage, ColumnCount };
    static constexpr int upcomingDays = 7;

    explicit TodayModel(Session &session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    int count(Group group) const { return int(m_groups[group].size()); }
    // Overdue plus today: what the navigation badge shows.
    int pending() const { return count(Overdue) + count(DueToday); }
    const DueFollowUp *item(const QModelIndex &index) const;
    QString lastError() const { return m_lastError; }

signals:
    void pendingChanged(int pending);

private:
    Session &m_session;
    QList<DueFollowUp> m_groups[GroupCount];
    QString m_lastError;
};

} // namespace guanxi
