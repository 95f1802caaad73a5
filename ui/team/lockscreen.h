#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// What the window shows instead of its data while locked: who is working,
// their password to go on (Login::unlock), or another team member's login
// (switchUserRequested). Nothing of the file's data is on it.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(Session &session, QWidget *parent = nullptr);

signals:
    void unlocked();
    void switchUserRequested();

private:
    void unlock();

    Session &m_session;
    QLineEdit *m_password;
    QLabel *m_message;
};

} // namespace guanxi::ui
