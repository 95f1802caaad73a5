#include "team/lockscreen.h"

#include "platform/session.h"
#include "team/login.h"
#include "team/userstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi::ui {

LockScreen::LockScreen(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *box = new QWidget(this);
    box->setFixedWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(box);
    const auto user = UserStore(session).byId(session.userId());
    const QString name = user ? user->displayName : QString();
    auto *title = new QLabel(tr("Guanxi is locked"), box);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *who = new QLabel(tr("Nobody used the window for a while, so %1's data is hidden. Enter the password to "
                              "go on.")
                               .arg(name),
                           box);
    who->setWordWrap(true);
    who->setMinimumHeight(who->heightForWidth(box->width() - 24));
    layout->addWidget(who);
    auto *row = new QHBoxLayout;
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    row->addWidget(m_password, 1);
    auto *unlockButton = new QPushButton(tr("&Unlock"), box);
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    unlockButton->setDefault(true);
    row->addWidget(unlockButton);
    layout->addLayout(row);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *other = new QPushButton(tr("Log In as Someone &Else…"), box);
    other->setObjectName(QStringLiteral("lockSwitchUser"));
    layout->addWidget(other, 0, Qt::AlignLeft);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(3);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(unlockButton, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(other, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    setFocusProxy(m_password);
}

void LockScreen::unlock()
{
    if (Status s = Login(m_session).unlock(m_password->text()); !s) {
        m_message->setText(s.error().message);
        m_message->show();
        m_password->selectAll();
        return;
    }
    m_password->clear();
    emit unlocked();
}

} // namespace guanxi::ui
