#pragma once

#include "team/user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// Offboarding one team member: says how many customers and open leads they
// own, and where those go (a colleague, or the public pool); Deactivate hands
// them over and closes the account in one transaction (UserStore::deactivate).
class DeactivateDialog : public QDialog {
    Q_OBJECT
public:
    DeactivateDialog(Session &session, const User &user, QWidget *parent = nullptr);
    void accept() override;
    // Tests: hand the records to this colleague (0: the pool).
    void handTo(qint64 userId);

private:
    Session &m_session;
    User m_user;
    QRadioButton *m_toPool;
    QRadioButton *m_toColleague;
    QComboBox *m_colleague;
    QLabel *m_error;
};

} // namespace guanxi::ui
