#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// Fields the user adds to every customer: text, number, date, single or
// multiple choice. They appear in the customer form and as optional columns.
class CustomFieldsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CustomFieldsDialog(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void addField();
    void removeField();
    void updateChoicesEnabled();

    Session &m_session;
    MessageBar *m_messages;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_choices;
    QPushButton *m_remove;
};

} // namespace guanxi::ui
