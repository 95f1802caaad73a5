#pragma once

#include "platform/result.h"
#include "platform/audit.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QSpinBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// The audit trail: logins and failed logins, exports with their file's
// SHA-256, imports, merges, role, team, permission and password changes,
// deactivations. Filters by user, action and dates; exports what it shows to
// CSV (which needs the Export permission and is itself audited). Only the
// audit events: changes to records stay in each record's history.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(Session &session, QWidget *parent = nullptr);

    void reload();
    int rowCount() const;
    QTableWidget *table() const { return m_table; }
    // Writes the listed events to `path` (tests; the button asks for a file).
    Status exportTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    void exportFile();
    QString userText(const AuditEvent &e) const;
    QString recordText(const AuditEvent &e) const;
    static QString detailText(const QJsonObject &detail);

    Session &m_session;
    QComboBox *m_user;
    QComboBox *m_action;
    QComboBox *m_entity;
    QSpinBox *m_entityId;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QLabel *m_count;
    MessageBar *m_message;
    QTableWidget *m_table;
    QList<AuditEvent> m_events;
    QHash<qint64, QString> m_userNames;
};

} // namespace guanxi::ui
