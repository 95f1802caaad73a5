#include "team/usereditdialog.h"

#include "platform/session.h"
#include "team/userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

namespace guanxi::ui {

UserEditDialog::UserEditDialog(Session &session, const User &user, QWidget *parent)
    : QDialog(parent), m_session(session), m_user(user)
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(user.id ? tr("Edit Team Member") : tr("Add Team Member"));
    auto *form = new QFormLayout(this);
    m_login = new QLineEdit(user.login, this);
    m_login->setObjectName(QStringLiteral("memberLogin"));
    m_login->setReadOnly(user.id != 0); // a login stays what it was: the history names it
    form->addRow(tr("&Login:"), m_login);
    m_name = new QLineEdit(user.displayName, this);
    m_name->setObjectName(QStringLiteral("memberName"));
    m_name->setPlaceholderText(tr("e.g. 王芳"));
    form->addRow(tr("&Name:"), m_name);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("memberRole"));
    for (Role r : {Role::Sales, Role::Manager, Role::Admin})
        m_role->addItem(Roles::label(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    form->addRow(tr("&Role:"), m_role);
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("memberTeam"));
    m_team->setEditable(true);
    m_manager = new QComboBox(this);
    m_manager->setObjectName(QStringLiteral("memberManager"));
    m_manager->addItem(tr("Nobody"), 0);
    QSet<QString> teams;
    if (auto users = UserStore(session).list())
        for (const User &u : *users) {
            if (!u.team.isEmpty() && !teams.contains(u.team)) {
                teams.insert(u.team);
                m_team->addItem(u.team);
            }
            if (u.id != user.id && u.role != Role::Sales)
                m_manager->addItem(u.displayName, u.id);
        }
    m_team->setCurrentText(user.team);
    m_manager->setCurrentIndex(qMax(0, m_manager->findData(user.managerId)));
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("Reports &to:"), m_manager);
    if (!user.id) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("memberPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("Can be set later"));
        form->addRow(tr("&Password:"), m_password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("memberPasswordRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Re&peat password:"), m_repeat);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("memberError"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);
}

void UserEditDialog::accept()
{
    if (Status s = save(); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

// Each change is core's own write, audited on its own; the first refused
// stops the rest and says why.
Status UserEditDialog::save()
{
    if (m_password && m_password->text() != m_repeat->text())
        return Error{tr("The two passwords differ. Type the same password in both boxes."), {},
                     QStringLiteral("password"), ErrorKind::Invalid};
    UserStore users(m_session);
    const Role role = Role(m_role->currentData().toInt());
    const QString team = m_team->currentText().trimmed();
    const qint64 manager = m_manager->currentData().toLongLong();
    if (!m_user.id) {
        User u;
        u.login = m_login->text().trimmed();
        u.displayName = m_name->text().simplified();
        u.role = role;
        u.team = team;
        u.managerId = manager;
        auto id = users.create(u, m_password->text());
        if (!id)
            return id.error();
        m_user = u;
        m_user.id = *id;
        return {};
    }
    if (m_name->text().simplified() != m_user.displayName) {
        User u = m_user;
        u.displayName = m_name->text().simplified();
        if (Status s = users.update(u); !s)
            return s;
        m_user.displayName = u.displayName;
    }
    if (role != m_user.role) {
        if (Status s = users.setRole(m_user.id, role); !s)
            return s;
        m_user.role = role;
    }
    if (team != m_user.team || manager != m_user.managerId) {
        if (Status s = users.setTeam(m_user.id, team, manager); !s)
            return s;
        m_user.team = team;
        m_user.managerId = manager;
    }
    return {};
}

} // namespace guanxi::ui
