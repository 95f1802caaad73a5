#pragma once

#include "team/user.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class PermissionsEditor;

// Tools › Team Members, for those allowed to manage users: the team (login,
// name, role, team, manager, active, password set), adding, editing, setting
// a password, deactivating with a hand-over and reactivating; and a tab with
// what each role may do. Core checks every change; its refusals show here.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    UsersDialog(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Whether anything changed (the window then rereads who may do what).
    bool changed() const { return m_changed; }
    void reload();
    // The selected row's user (tests select by login).
    void selectLogin(const QString &login);

private:
    const User *current() const;
    void addMember();
    void editMember();
    void setPassword();
    void deactivate();
    void reactivate();
    void updateButtons();

    Session &m_session;
    QTableWidget *m_table;
    QList<User> m_users;
    QPushButton *m_edit;
    QPushButton *m_password;
    QPushButton *m_deactivate;
    QPushButton *m_reactivate;
    PermissionsEditor *m_permissions;
    bool m_changed = false;
};

} // namespace guanxi::ui
