#pragma once

#include "platform/result.h"
#include "team/user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// A team member's login (new ones only), name, role, team and manager, and
// for a new one a first password (optional). Saving goes through core's
// UserStore; its refusals show in the dialog, which stays open.
class UserEditDialog : public QDialog {
    Q_OBJECT
public:
    // `user.id` 0: a new team member.
    UserEditDialog(Session &session, const User &user, QWidget *parent = nullptr);
    void accept() override;
    qint64 savedId() const { return m_user.id; }

private:
    Status save();

    Session &m_session;
    User m_user;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_team;
    QComboBox *m_manager;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error;
};

} // namespace guanxi::ui
