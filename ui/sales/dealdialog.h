#pragma once

#include "sales/deal.h"

#include "widgets/fielderrors.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class CustomerPicker;
class MessageBar;

// A new deal (商机): customer, title, amount, stage, probability, expected close.
class DealDialog : public QDialog {
    Q_OBJECT
public:
    DealDialog(Session &session, qint64 customerId = 0, QWidget *parent = nullptr);
    void accept() override;
    qint64 dealId() const { return m_id; }

private:
    QLabel *error(const QString &field);

    Session &m_session;
    qint64 m_id = 0;
    qint64 m_customerId;
    MessageBar *m_messages;
    CustomerPicker *m_customer;
    QLineEdit *m_title;
    QLineEdit *m_amount;
    QComboBox *m_stage;
    QSpinBox *m_probability;
    QDateEdit *m_close;
    QLineEdit *m_products;
    FieldErrors m_errors{this};
};

} // namespace guanxi::ui
