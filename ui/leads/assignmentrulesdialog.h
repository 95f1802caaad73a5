#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// The lead assignment rules, in the order they are tried; add and remove.
class AssignmentRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit AssignmentRulesDialog(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void addRule();
    void removeRule();

    Session &m_session;
    MessageBar *m_messages;
    QListWidget *m_rules;
    QLineEdit *m_name;
    QLineEdit *m_city;
    QLineEdit *m_industry;
    QLineEdit *m_product;
    QComboBox *m_method;
    QListWidget *m_users;
};

} // namespace guanxi::ui
