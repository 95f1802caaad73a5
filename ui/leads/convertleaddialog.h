#pragma once

#include "leads/leadstore.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// Before a lead becomes a customer: the possible duplicates, and the choice
// to link to one of them or to create a new customer (and its company).
class ConvertLeadDialog : public QDialog {
    Q_OBJECT
public:
    ConvertLeadDialog(Session &session, const Lead &lead, QWidget *parent = nullptr);
    void accept() override;
    ConversionResult result() const { return m_result; }

private:
    Session &m_session;
    Lead m_lead;
    ConversionResult m_result;
    MessageBar *m_messages;
    QRadioButton *m_create;
    QRadioButton *m_link;
    QListWidget *m_candidates;
    QCheckBox *m_company;
    QCheckBox *m_deal;
    QLineEdit *m_dealTitle;
    QLineEdit *m_dealAmount;
};

} // namespace guanxi::ui
