#include "team/logindialog.h"

#include "platform/session.h"
#include "team/login.h"
#include "team/userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace guanxi::ui {

LoginDialog::LoginDialog(Session &session, qint64 preferredUserId, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log In"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_login = new QComboBox(this);
    m_login->setObjectName(QStringLiteral("loginCombo"));
    m_login->setMinimumContentsLength(24);
    if (auto users = UserStore(session).list())
        for (const User &u : *users)
            m_login->addItem(tr("%1 (%2)").arg(u.displayName, u.login), u.login);
    if (auto preferred = UserStore(session).byId(preferredUserId); preferred && preferred->active)
        setLogin(preferred->login);
    form->addRow(tr("&Team member:"), m_login);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *note = new QLabel(tr("Login keeps colleagues who share this computer apart inside Guanxi. It does not "
                               "protect the file itself: use encrypted backups and disk encryption."),
                            this);
    note->setObjectName(QStringLiteral("loginNote"));
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("loginButton"));
    m_ok->setText(tr("&Log In"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::tick);
    connect(m_login, &QComboBox::currentIndexChanged, this, [this] {
        m_countdown->stop();
        m_secondsLeft = 0;
        m_ok->setText(tr("&Log In"));
        m_ok->setEnabled(true);
        if (auto wait = Login(m_session).secondsToWait(currentLogin()); wait && *wait > 0)
            startCountdown(*wait);
    });
    if (auto wait = Login(m_session).secondsToWait(currentLogin()); wait && *wait > 0)
        startCountdown(*wait);
    // Wrapped texts take the height they need, the error line too when it shows.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    note->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_password->setFocus();
}

QString LoginDialog::currentLogin() const
{
    return m_login->currentData().toString();
}

void LoginDialog::setLogin(const QString &login)
{
    const int row = m_login->findData(login);
    if (row >= 0)
        m_login->setCurrentIndex(row);
}

void LoginDialog::accept()
{
    if (m_secondsLeft > 0)
        return;
    auto access = Login(m_session).attempt(currentLogin(), m_password->text());
    if (!access) {
        m_message->setText(access.error().message);
        m_message->show();
        adjustSize();
        m_password->selectAll();
        m_password->setFocus();
        if (auto wait = Login(m_session).secondsToWait(currentLogin()); wait && *wait > 0)
            startCountdown(*wait);
        return;
    }
    m_access = *access;
    m_password->clear();
    QDialog::accept();
}

void LoginDialog::startCountdown(int seconds)
{
    m_secondsLeft = seconds;
    m_ok->setEnabled(false);
    m_ok->setText(tr("Wait %n s", nullptr, m_secondsLeft));
    m_countdown->start();
}

void LoginDialog::tick()
{
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        m_ok->setText(tr("Wait %n s", nullptr, m_secondsLeft));
        return;
    }
    m_countdown->stop();
    m_ok->setText(tr("&Log In"));
    m_ok->setEnabled(true);
}

} // namespace guanxi::ui
