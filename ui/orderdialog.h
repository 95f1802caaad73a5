#pragma once

#include "domain/order.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTableWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// A quote, contract or order with its lines: product or description,
// quantity, unit price and discount; the total follows as you type.
class OrderDialog : public QDialog {
    Q_OBJECT
public:
    OrderDialog(Session &session, qint64 customerId = 0, QWidget *parent = nullptr);
    void accept() override;
    qint64 orderId() const { return m_id; }

private:
    void addLine();
    void updateTotal();
    bool collect(Order &order, QList<Error> &problems) const;
    void updateCustomers(const QString &text);

    Session &m_session;
    qint64 m_id = 0;
    MessageBar *m_messages;
    QLineEdit *m_customer;
    QStringListModel *m_customerNames;
    QHash<QString, qint64> m_customerIds;
    QComboBox *m_kind;
    QLineEdit *m_number;
    QDateEdit *m_date;
    QComboBox *m_status;
    QTableWidget *m_lines;
    QLineEdit *m_discount;
    QLabel *m_total;
};

} // namespace guanxi::ui
