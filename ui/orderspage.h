#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// 商务过程: quotes, contracts and orders with what is paid and still owed;
// record payments, move a quote on to contract and order, change status.
class OrdersPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int shown = 500;
    explicit OrdersPage(Session &session, QWidget *parent = nullptr);
    qint64 currentOrderId() const;
    QTableWidget *table() const { return m_table; }

public slots:
    void reload();
    void addOrder(qint64 customerId = 0);
    void recordPayment();
    void advance();

private:
    void showDetails();
    Session &m_session;
    MessageBar *m_messages;
    QComboBox *m_kind;
    QComboBox *m_status;
    QCheckBox *m_unpaid;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QPushButton *m_pay;
    QPushButton *m_advance;
};

} // namespace guanxi::ui
