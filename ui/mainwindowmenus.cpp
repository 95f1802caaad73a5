// MainWindow: its menus, and what the Help menu shows (the guide, the
// keyboard shortcuts, About).
#include "mainwindow.h"

#include "appinfo.h"
#include "customers/customerspage.h"
#include "exchange/importwizardstate.h"
#include "guidedialog.h"
#include "leads/leadspage.h"
#include "messagebox.h"
#include "navigationrail.h"
#include "pageregistry.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "sales/currencyratesdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QUndoStack>

namespace guanxi::ui {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, &MainWindow::newDatabase);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    file->addAction(tr("Connect to Te&am Database…"), this, &MainWindow::connectToServer)
        ->setObjectName(QStringLiteral("connectServerAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Save a &Copy…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveCopy);
    m_switchUserAction = file->addAction(tr("S&witch User…"), this, &MainWindow::switchUser);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_lockAction = file->addAction(tr("Loc&k Now"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    file->addSeparator();
    m_guarded = {
        {file->addAction(tr("&Import Customers…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importCustomers),
         Permission::Import},
        {file->addAction(tr("Import &Leads…"), this, [this] { importFile(ImportTarget::Leads); }), Permission::Import},
        {file->addAction(tr("Import Or&ders…"), this, [this] { importFile(ImportTarget::Orders); }), Permission::Import},
    };
    m_exportMenu = file->addMenu(tr("&Export"));
    m_guarded << qMakePair(m_exportMenu->addAction(tr("Customers in the Current &View…"), this, [this] { exportCustomers(true); }),
                           Permission::Export)
              << qMakePair(m_exportMenu->addAction(tr("&All Customers…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                                   [this] { exportCustomers(false); }),
                           Permission::Export)
              << qMakePair(m_exportMenu->addAction(tr("Follow-ups to &Calendar…"), this, &MainWindow::exportCalendar),
                           Permission::Export);
    m_guarded.at(0).first->setObjectName(QStringLiteral("importCustomersAction"));
    m_guarded.at(3).first->setObjectName(QStringLiteral("exportViewAction"));
    m_guarded.at(4).first->setObjectName(QStringLiteral("exportAllAction"));
    file->addSeparator();
    file->addAction(tr("&Back Up Now…"), this, &MainWindow::backUpNow);
    file->addAction(tr("Res&tore from Backup…"), this, &MainWindow::restoreBackup);
    file->addAction(tr("C&heck Database"), this, &MainWindow::checkDatabase);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *add = edit->addAction(tr("&New Customer…"), QKeySequence::New, this, [this] {
        showCustomers();
        if (page<CustomersPage>())
            page<CustomersPage>()->addCustomer();
    });
    edit->addAction(tr("New Le&ad…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, [this] {
        if (!page<LeadsPage>())
            return;
        m_nav->setCurrentRow(rowOf<LeadsPage>());
        page<LeadsPage>()->addLead();
    });
    add->setObjectName(QStringLiteral("newCustomerAction"));
    QAction *editCustomer = edit->addAction(tr("&Edit Customer…"), QKeySequence(Qt::Key_F2), this, [this] {
        if (page<CustomersPage>())
            page<CustomersPage>()->editCurrent();
    });
    editCustomer->setObjectName(QStringLiteral("editCustomerAction"));
    QAction *trash = edit->addAction(tr("Move to &Trash"), QKeySequence::Delete, this, [this] {
        if (page<CustomersPage>() && m_stack->currentWidget() == page<CustomersPage>())
            page<CustomersPage>()->trashSelected();
    });
    trash->setObjectName(QStringLiteral("trashAction"));
    m_guarded << qMakePair(trash, Permission::Delete);
    QAction *logAction = edit->addAction(tr("&Log Follow-up…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::logFollowUp);
    logAction->setObjectName(QStringLiteral("logFollowUpAction"));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<PageSpec> &pages = pageRegistry();
    for (qsizetype i = 0; i < pages.size(); ++i)
        m_pageActions << m_viewMenu->addAction(tr(pages.at(i).menuText), pageShortcut(i), this,
                                               [this, i] { m_nav->setCurrentRow(int(i)); });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("Pre&vious Customer"), QKeySequence(Qt::ALT | Qt::Key_Up), this, [this] {
        if (page<CustomersPage>())
            page<CustomersPage>()->selectNext(-1);
    });
    m_viewMenu->addAction(tr("&Next Customer"), QKeySequence(Qt::ALT | Qt::Key_Down), this, [this] {
        if (page<CustomersPage>())
            page<CustomersPage>()->selectNext(+1);
    });
    m_viewMenu->addSeparator();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Custom Fields…"), this, &MainWindow::showCustomFields);
    tools->addAction(tr("Create Sa&mple Data…"), this, &MainWindow::createSampleData);
    m_guarded << qMakePair(tools->addAction(tr("Find &Duplicates…"), this, &MainWindow::findDuplicates), Permission::Merge);
    m_guarded << qMakePair(tools->addAction(tr("&Import History…"), this, &MainWindow::showImportHistory), Permission::Import);
    tools->addAction(tr("Currency &Rates…"), this, &MainWindow::showCurrencyRates);
    tools->addSeparator();
    QAction *team = tools->addAction(tr("&Team Members…"), this, &MainWindow::showTeamMembers);
    team->setObjectName(QStringLiteral("teamMembersAction"));
    m_guarded << qMakePair(team, Permission::ManageUsers);
    QAction *settings = tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(navigationIcon(QStringLiteral("guide")), tr("&Guide to the Day's Work"), this,
                                     &MainWindow::showGuide);
    guide->setShortcuts(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("guideAction"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Guanxi"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

void MainWindow::showCurrencyRates()
{
    if (!m_session)
        return;
    CurrencyRatesDialog dialog(*m_session, this);
    // Sums in the base currency are out of date: the pages showing them reload.
    connect(&dialog, &CurrencyRatesDialog::ratesChanged, this, [this] {
        emit m_session->dealsChanged({});
        emit m_session->ordersChanged({});
    });
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About Guanxi"),
                      tr("<h3>Guanxi (关系) %1</h3><p>A customer relationship manager for salespeople, on their own "
                         "computer: one SQLite file, offline, in Chinese and English.</p>"
                         "<p>Database: %2<br>Data version: %3</p>"
                         "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                          .arg(AppInfo::version(), m_db ? QDir::toNativeSeparators(m_db->path()).toHtmlEscaped() : QString(),
                               m_db ? QString::number(m_db->schemaVersion()) : QString()));
}

void MainWindow::showGuide()
{
    // Not modal: one can read it while working in the window.
    if (!m_guide) {
        m_guide = new GuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QList<QPair<QString, QString>> keys = {
        {tr("New customer"), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)},
        {tr("Search"), QStringLiteral("Ctrl+K, Ctrl+F")},
        {tr("Open the first result"), tr("Enter in the search box")},
        {tr("Edit the selected customer"), QStringLiteral("F2, Enter")},
        {tr("Move to trash"), QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)},
        {tr("Previous / next customer (also inside the form)"), QStringLiteral("Alt+↑ / Alt+↓")},
        {tr("Undo / redo"), QStringLiteral("Ctrl+Z / Ctrl+Shift+Z")},
        {tr("Log a follow-up"), QStringLiteral("Ctrl+L")},
        {tr("New lead"), QStringLiteral("Ctrl+Shift+L")},
    };
    for (qsizetype i = 0; i < pageRegistry().size(); ++i)
        keys << qMakePair(tr("Go to %1").arg(tr(pageRegistry().at(i).railText)),
                          pageShortcut(i).toString(QKeySequence::NativeText));
    keys << qMakePair(tr("Move a deal to the next / previous stage"), QStringLiteral("Ctrl+→ / Ctrl+←"))
         << qMakePair(tr("Guide to the day's work"), QStringLiteral("F1"))
         << qMakePair(tr("Close a dialog"), QStringLiteral("Esc"));
    return keys;
}

void MainWindow::showShortcuts()
{
    QString html = QStringLiteral("<table cellspacing=6>");
    for (const auto &k : shortcutList())
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(k.first.toHtmlEscaped(), k.second.toHtmlEscaped());
    html += QStringLiteral("</table>");
    MessageBox::information(this, tr("Keyboard Shortcuts"), html);
}

} // namespace guanxi::ui
