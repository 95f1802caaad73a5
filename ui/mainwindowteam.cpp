// MainWindow: who works on the file and what their role may do. The login
// when a file opens, File › Switch User, the idle lock, Tools › Team Members,
// and hiding the actions the role lacks the permission for (core refuses
// them anyway; the window does not offer them).
#include "mainwindow.h"

#include "customers/customerspage.h"
#include "messagebox.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "platform/systemaccount.h"
#include "settingsdialog.h"
#include "team/auditpage.h"
#include "team/idlelock.h"
#include "team/lockscreen.h"
#include "team/login.h"
#include "team/logindialog.h"
#include "team/userstore.h"
#include "team/usersdialog.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QToolBar>

namespace guanxi::ui {

namespace {
// Another person now works at the window: the dialogs the previous one left
// open (shown, or hidden by the lock) show their records, so they are closed
// and deleted rather than shown again. A dialog still in its own exec() loop
// is only closed (its caller owns it).
void closePreviousUsersDialogs(QWidget *window, QList<QPointer<QWidget>> &hiddenForLock)
{
    QList<QPointer<QWidget>> dialogs = hiddenForLock;
    hiddenForLock.clear();
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != window && top->isVisible() && qobject_cast<QDialog *>(top))
            dialogs << top;
    for (const QPointer<QWidget> &w : std::as_const(dialogs)) {
        if (!w)
            continue;
        const bool modal = w->isModal() || w->windowModality() != Qt::NonModal;
        w->close();
        if (!modal)
            w->deleteLater();
    }
}
} // namespace

Status MainWindow::chooseUser(Session &session)
{
    auto required = Login(session).required();
    if (!required)
        return required.error();
    const QString path = session.db().path();
    if (!*required) {
        UserStore users(session);
        qint64 userId = SettingsDialog::currentUserSetting(path);
        if (!userId || !users.byId(userId)) {
            // A new file's first user is the person at the computer (an existing
            // file keeps its users: ensureDefault returns the first admin).
            const SystemAccount me = SystemAccount::current();
            userId = users.ensureDefault(me.loginOrDefault(), me.displayName()).value_or(0);
        }
        session.setUserId(userId);
        return {};
    }
    LoginDialog dialog(session, SettingsDialog::currentUserSetting(path), this);
    if (dialog.exec() != QDialog::Accepted)
        return Error{tr("Nobody logged in, so “%1” was not opened.").arg(QDir::toNativeSeparators(path)), {}, {},
                     ErrorKind::Cancelled};
    SettingsDialog::setCurrentUserSetting(path, session.userId());
    return {};
}

void MainWindow::switchUser()
{
    if (!m_session)
        return;
    const qint64 before = m_session->userId();
    LoginDialog dialog(*m_session, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return; // still the one who was working
    SettingsDialog::setCurrentUserSetting(m_db->path(), m_session->userId());
    if (m_session->userId() != before)
        closePreviousUsersDialogs(this, m_hiddenForLock);
    afterUserChanged();
}

// The pages read what the session sees: built anew for the one now working.
void MainWindow::afterUserChanged()
{
    if (isLocked())
        unlock();
    clearPages();
    buildPages();
    applyAccess();
    startIdleLock();
    updateStatus();
}

void MainWindow::startIdleLock()
{
    const auto required = m_session ? Login(*m_session).required() : Result<bool>(false);
    const bool loginRequired = required && *required;
    m_switchUserAction->setEnabled(loginRequired);
    m_lockAction->setEnabled(loginRequired);
    // Without a password there is nothing to unlock with: no lock.
    m_idleLock->setInterval(loginRequired ? IdleLock::minutesSetting() * 60 * 1000 : 0);
    m_idleLock->restart();
}

void MainWindow::lock()
{
    if (!m_session || isLocked())
        return;
    m_idleLock->stop();
    closeDialogsForLock();
    // Every action off (menus and their shortcuts), remembering which were on.
    m_lockDisabled.clear();
    for (QAction *a : findChildren<QAction *>())
        if (a->isEnabled()) {
            m_lockDisabled << a;
            a->setEnabled(false);
        }
    menuBar()->setEnabled(false);
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("searchToolBar")))
        toolbar->hide();
    m_countLabel->hide();
    m_lockedCentral = takeCentralWidget();
    m_lockedCentral->setParent(this);
    m_lockedCentral->hide();
    auto *screen = new LockScreen(*m_session, this);
    connect(screen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(screen, &LockScreen::switchUserRequested, this, [this] {
        const qint64 before = m_session->userId();
        LoginDialog dialog(*m_session, 0, this);
        if (dialog.exec() == QDialog::Accepted) {
            SettingsDialog::setCurrentUserSetting(m_db->path(), m_session->userId());
            // The one who locked coming back gets their dialogs again.
            if (m_session->userId() != before)
                closePreviousUsersDialogs(this, m_hiddenForLock);
            afterUserChanged();
        }
    });
    setCentralWidget(screen);
    screen->setFocus();
}

// A dialog left open shows data too: a modal one is cancelled, as its
// Cancel button would (what was typed in it is lost), others are hidden
// until the window is unlocked.
void MainWindow::closeDialogsForLock()
{
    for (int guard = 0; guard < 16; ++guard) {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal)
            break;
        modal->reject();
        if (modal->isVisible())
            modal->hide();
    }
    m_hiddenForLock.clear();
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != this && top->isVisible() && qobject_cast<QDialog *>(top)) {
            m_hiddenForLock << top;
            top->hide();
        }
}

void MainWindow::unlock()
{
    if (!isLocked())
        return;
    QWidget *screen = takeCentralWidget();
    screen->hide();
    screen->deleteLater();
    setCentralWidget(m_lockedCentral);
    m_lockedCentral->show();
    m_lockedCentral = nullptr;
    for (const QPointer<QAction> &a : std::as_const(m_lockDisabled))
        if (a)
            a->setEnabled(true);
    m_lockDisabled.clear();
    menuBar()->setEnabled(true);
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("searchToolBar")))
        toolbar->show();
    m_countLabel->show();
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenForLock))
        if (w)
            w->show();
    m_hiddenForLock.clear();
    m_idleLock->restart();
}

bool MainWindow::allowed(Permission permission)
{
    if (!m_session)
        return false;
    if (Status s = m_session->require(permission); !s) {
        showError(s.error().message);
        return false;
    }
    return true;
}

void MainWindow::applyAccess()
{
    const Access everything = Access::everything();
    const Access &access = m_session ? m_session->access() : everything;
    for (const auto &[action, permission] : std::as_const(m_guarded))
        action->setVisible(access.can(permission));
    const auto exports = m_exportMenu->actions();
    m_exportMenu->menuAction()->setVisible(
        std::any_of(exports.cbegin(), exports.cend(), [](QAction *a) { return a->isVisible(); }));
    // The pages' own buttons, by name.
    static const QList<QPair<const char *, Permission>> controls = {
        {"purgeButton", Permission::Purge},
        {"poolRulesButton", Permission::EditPoolRules},
        {"assignmentRulesButton", Permission::EditPoolRules},
        {"stagesButton", Permission::EditStagesChannels},
        {"exportReport", Permission::Export},
    };
    for (QWidget *page : std::as_const(m_pages))
        for (const auto &[name, permission] : controls)
            for (QWidget *w : page->findChildren<QWidget *>(QString::fromLatin1(name)))
                w->setVisible(access.can(permission));
    const int auditRow = rowOf<AuditPage>();
    if (auditRow >= 0) {
        const bool audit = access.can(Permission::ViewAudit);
        m_nav->item(auditRow)->setHidden(!audit);
        m_pageActions.value(auditRow)->setVisible(audit);
        if (!audit && m_stack->currentWidget() == page<AuditPage>())
            showCustomers();
    }
}

void MainWindow::showTeamMembers()
{
    if (!m_session)
        return;
    const bool loggedIn = Login(*m_session).required().value_or(false);
    UsersDialog dialog(*m_session, this);
    dialog.exec();
    if (!dialog.changed())
        return;
    // A role or team changed, maybe one's own: what this session may do is
    // read again (on a file without login it keeps everything until the
    // next opening asks who is working).
    if (loggedIn) {
        auto access = AccessStore(*m_session).forUser(m_session->userId());
        if (!access) {
            showError(access.error().message);
            return;
        }
        if (Status s = m_session->setAccess(*access); !s) {
            showError(s.error().message);
            return;
        }
        afterUserChanged();
    } else {
        startIdleLock();
        updateStatus();
    }
}

} // namespace guanxi::ui
