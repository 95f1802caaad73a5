#pragma once

#include "customers/customer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QVBoxLayout;
class QPoint;
class QUrl;

namespace guanxi {
class Session;
struct OrderSummary;
}

namespace guanxi::ui {

class MessageBar;

// The selected customer beside the list: a header (name, company, stage
// badge, owner, next follow-up), quick actions, and tabs for the details,
// the history and the orders.
class CustomerPanel : public QWidget {
    Q_OBJECT
public:
    explicit CustomerPanel(Session &session, QWidget *parent = nullptr);

    void showCustomer(qint64 id);
    qint64 customerId() const { return m_id; }
    void reload() { showCustomer(m_id); }

signals:
    void editRequested(qint64 id);
    void logRequested(qint64 id);
    void newDealRequested(qint64 id);

private:
    void buildHeader(QVBoxLayout *layout);
    void buildActions(QVBoxLayout *layout);
    void buildTabs();
    // Opens a tel:/mailto: link; when nothing handles it, says so in the
    // panel and offers to copy the number or address.
    void openLink(const QUrl &url);
    void showDetails(const Customer &c);
    void showTimeline(qint64 id);
    void showOrders(qint64 id);
    void showPurchaseTotal(qint64 id, const OrderSummary &summary);
    void showDeals(qint64 id);
    // The full numbers of a pool customer shown masked (RevealPhone, audited).
    void revealPhones();
    // "Restore This Value" on a history row that edited a field.
    void historyMenu(const QPoint &pos);
    void restoreValue(qint64 changeId);

    Session &m_session;
    qint64 m_id = 0;
    Customer m_customer;
    QWidget *m_content;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_badges;
    QPushButton *m_edit;
    QPushButton *m_log;
    QPushButton *m_deal;
    QTableWidget *m_deals;
    QPushButton *m_call;
    QPushButton *m_email;
    QPushButton *m_reveal;
    QTabWidget *m_tabs;
    QTextBrowser *m_details;
    QTableWidget *m_history;
    QTableWidget *m_orders;
    QLabel *m_ordersSummary;
    MessageBar *m_notice;
};

} // namespace guanxi::ui
