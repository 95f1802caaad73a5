#pragma once

#include "team/access.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// Who is working on this file: an active team member and their password
// (Login::attempt, which sets the session's access and audits). A wrong
// password is said in the dialog; after it the Log In button counts down the
// wait core asks for, and is never locked for good. Cancel leaves the session
// as it was.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    // `preferredUserId`: the one shown first (the last who logged in here).
    LoginDialog(Session &session, qint64 preferredUserId, QWidget *parent = nullptr);

    const Access &access() const { return m_access; }
    QString currentLogin() const;
    // Chooses the login shown (tests, and Switch User's current one).
    void setLogin(const QString &login);
    void accept() override;

private:
    void startCountdown(int seconds);
    void tick();

    Session &m_session;
    QComboBox *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_ok;
    QTimer *m_countdown;
    int m_secondsLeft = 0;
    Access m_access;
};

} // namespace guanxi::ui
