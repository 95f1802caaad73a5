#include "team/usersdialog.h"

#include "messagebox.h"
#include "platform/session.h"
#include "team/deactivatedialog.h"
#include "team/permissionseditor.h"
#include "team/usereditdialog.h"
#include "team/userstore.h"
#include "widgets/listtable.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

UsersDialog::UsersDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Team Members"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    auto *team = new QWidget(tabs);
    auto *teamLayout = new QVBoxLayout(team);
    m_table = listTable(team, QStringLiteral("usersTable"),
                        {tr("Login"), tr("Name"), tr("Role"), tr("Team"), tr("Reports to"), tr("Active"), tr("Password")});
    teamLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, team);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    connect(button(tr("&Add…"), "addMemberButton"), &QPushButton::clicked, this, &UsersDialog::addMember);
    m_edit = button(tr("&Edit…"), "editMemberButton");
    m_password = button(tr("Set &Password…"), "passwordButton");
    m_deactivate = button(tr("&Deactivate…"), "deactivateButton");
    m_reactivate = button(tr("&Reactivate"), "reactivateButton");
    buttons->addStretch();
    teamLayout->addLayout(buttons);
    tabs->addTab(team, tr("&Team"));
    m_permissions = new PermissionsEditor(session, tabs);
    tabs->addTab(m_permissions, tr("Per&missions"));
    layout->addWidget(tabs, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editMember);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersDialog::deactivate);
    connect(m_reactivate, &QPushButton::clicked, this, &UsersDialog::reactivate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &UsersDialog::editMember);
    connect(m_permissions, &PermissionsEditor::saved, this, [this] { m_changed = true; });
    reload();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 28);
}

void UsersDialog::reload()
{
    const qint64 selected = current() ? current()->id : 0;
    auto users = UserStore(m_session).list(true);
    if (!users) {
        MessageBox::warning(this, tr("Team Members"), users.error().message);
        return;
    }
    m_users = *users;
    QHash<qint64, QString> names;
    for (const User &u : std::as_const(m_users))
        names.insert(u.id, u.displayName);
    m_table->setRowCount(int(m_users.size()));
    for (int r = 0; r < m_users.size(); ++r) {
        const User &u = m_users.at(r);
        const QStringList cells = {u.login, u.displayName, Roles::label(u.role), u.team, names.value(u.managerId),
                                   u.active ? tr("Yes") : tr("No, deactivated"), u.hasPassword ? tr("Set") : tr("None")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        if (u.id == selected)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

const User *UsersDialog::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_users.size() && m_table->selectionModel()->isRowSelected(row)
               ? &m_users.at(row)
               : nullptr;
}

void UsersDialog::selectLogin(const QString &login)
{
    for (int r = 0; r < m_users.size(); ++r)
        if (m_users.at(r).login == login)
            m_table->selectRow(r);
}

void UsersDialog::updateButtons()
{
    const User *u = current();
    m_edit->setEnabled(u != nullptr);
    m_password->setEnabled(u != nullptr && u->active);
    m_deactivate->setEnabled(u != nullptr && u->active && u->id != m_session.userId());
    m_reactivate->setEnabled(u != nullptr && !u->active);
}

void UsersDialog::addMember()
{
    UserEditDialog dialog(m_session, User{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload();
}

void UsersDialog::editMember()
{
    if (!current())
        return;
    UserEditDialog dialog(m_session, *current(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload();
}

void UsersDialog::setPassword()
{
    const User *u = current();
    if (!u)
        return;
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("passwordDialog"));
    ask.setWindowTitle(tr("Set Password for %1").arg(u->displayName));
    auto *form = new QFormLayout(&ask);
    auto *first = new QLineEdit(&ask);
    first->setObjectName(QStringLiteral("newPassword"));
    first->setEchoMode(QLineEdit::Password);
    auto *again = new QLineEdit(&ask);
    again->setObjectName(QStringLiteral("repeatPassword"));
    again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password:"), first);
    form->addRow(tr("&Repeat it:"), again);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (first->text() != again->text()) {
        MessageBox::warning(this, ask.windowTitle(), tr("The two passwords differ; the password was not changed. "
                                                        "Type the same password in both boxes."));
        return;
    }
    if (Status s = UserStore(m_session).setPassword(u->id, first->text()); !s) {
        MessageBox::warning(this, ask.windowTitle(), s.error().message);
        return;
    }
    m_changed = true;
    reload();
}

void UsersDialog::deactivate()
{
    if (!current())
        return;
    DeactivateDialog dialog(m_session, *current(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload();
}

void UsersDialog::reactivate()
{
    const User *u = current();
    if (!u)
        return;
    if (Status s = UserStore(m_session).reactivate(u->id); !s) {
        MessageBox::warning(this, tr("Reactivate"), s.error().message);
        return;
    }
    m_changed = true;
    reload();
}

} // namespace guanxi::ui
