#pragma once

#include "sales/order.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class CustomerPicker;
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

    Session &m_session;
    qint64 m_id = 0;
    MessageBar *m_messages;
    CustomerPicker *m_customer;
    QComboBox *m_kind;
    QLineEdit *m_number;
    QDateEdit *m_date;
    QComboBox *m_status;
    QTableWidget *m_lines;
    QLineEdit *m_discount;
    QLabel *m_total;
};

} // namespace guanxi::ui
