#pragma once

#include "sales/order.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
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
    static constexpr int pageSize = 500;
    explicit OrdersPage(Session &session, QWidget *parent = nullptr);
    qint64 currentOrderId() const;
    QTableWidget *table() const { return m_table; }

public slots:
    void reload();
    void addOrder(qint64 customerId = 0);
    void recordPayment();
    void writeOff();
    void advance();
    void saveAsPdf();
    void print();
    void showPage(int page);

private:
    QHBoxLayout *buildToolBar();
    QPushButton *buildStatusButton();
    QHBoxLayout *buildPager();
    QSplitter *buildTableAndDetails();
    // The selected order, or nothing (with the reason shown when it cannot be read).
    std::optional<Order> currentOrder();
    void showDetails();
    void removePayment(qint64 paymentId);
    Session &m_session;
    MessageBar *m_messages;
    QComboBox *m_kind;
    QComboBox *m_status;
    QCheckBox *m_unpaid;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QPushButton *m_pay;
    QPushButton *m_writeOff;
    QPushButton *m_advance;
    QPushButton *m_document;
    QPushButton *m_previous;
    QPushButton *m_next;
    int m_page = 0;
    qint64 m_count = 0;
};

} // namespace guanxi::ui
