#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace guanxi {
class LeadTableModel;
class Session;
} // namespace guanxi

namespace guanxi::ui {

class MessageBar;

// 线索: capture, screen (qualify / disqualify with a reason), convert into a
// customer after the duplicate check, and claim or release through the pool.
class LeadsPage : public QWidget {
    Q_OBJECT
public:
    explicit LeadsPage(Session &session, QWidget *parent = nullptr);
    LeadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 currentLeadId() const;

public slots:
    void addLead();
    void qualify();
    void disqualify();
    void convert();
    void claim();
    void logFollowUp();
    void release();

signals:
    void customerCreated(qint64 customerId);

private:
    QHBoxLayout *buildToolBar();
    QMenu *buildAssignMenu();
    QSplitter *buildListAndDetails();
    void applyFilters();
    void updateDetails();
    void showError(const QString &message);

    Session &m_session;
    LeadTableModel *m_model;
    MessageBar *m_messages;
    QComboBox *m_status;
    QComboBox *m_owner;
    QTableView *m_table;
    QLabel *m_empty;
    QTextBrowser *m_details;
    QPushButton *m_qualify;
    QPushButton *m_disqualify;
    QPushButton *m_convert;
    QPushButton *m_claim;
    QPushButton *m_log;
    QPushButton *m_assign;
    QPushButton *m_release;
};

} // namespace guanxi::ui
