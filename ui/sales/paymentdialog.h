#pragma once

#include "sales/order.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class FieldErrors;
class MessageBar;

// Record Payment (回款): amount, date, method (微信, 支付宝, 银行转账, 现金,
// 其他, or typed), reference and note. OK records it; what is wrong shows
// under its field and the dialog stays open.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    PaymentDialog(Session &session, const Order &order, QWidget *parent = nullptr);
    ~PaymentDialog() override;
    qint64 paymentId() const { return m_paymentId; }
    // The methods offered, in the UI language.
    static QStringList methods();

public slots:
    void accept() override;

private:
    Session &m_session;
    Order m_order;
    MessageBar *m_messages;
    FieldErrors *m_errors;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QLineEdit *m_note;
    qint64 m_paymentId = 0;
};

// Write off what an order still owes, saying why (who is recorded too).
class WriteOffDialog : public QDialog {
    Q_OBJECT
public:
    WriteOffDialog(Session &session, const Order &order, QWidget *parent = nullptr);
    ~WriteOffDialog() override;

public slots:
    void accept() override;

private:
    Session &m_session;
    Order m_order;
    MessageBar *m_messages;
    FieldErrors *m_errors;
    QPlainTextEdit *m_reason;
};

} // namespace guanxi::ui
