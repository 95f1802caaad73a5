#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// 公海: customers and leads without an owner, ready to claim; what of mine
// returns there soon; and the team's pool rules.
class PoolPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int shown = 500;
    explicit PoolPage(Session &session, QWidget *parent = nullptr);
    void reload();
    int poolCount() const { return m_total; }

public slots:
    void claimSelected();
    void editRules();

private:
    Session &m_session;
    MessageBar *m_messages;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_warningsTitle;
    QTableWidget *m_warnings;
    QPushButton *m_claim;
    int m_total = 0;
};

} // namespace guanxi::ui
