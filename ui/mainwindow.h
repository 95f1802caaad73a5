#pragma once

#include "platform/clock.h"
#include "platform/result.h"
#include "team/permission.h"
#include "backgroundjob.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace guanxi {
class Database;
class Session;
struct ServerAddress;
} // namespace guanxi

namespace guanxi::ui {

enum class ImportTarget;   // exchange/importwizardstate.h
class CustomersPage;
class IdleLock;
class LockScreen;
class MessageBar;
class GuideDialog;
class Reminders;
class TodayPage;
class WelcomePage;

// The window: the navigation rail on the left, the page chosen there in the
// middle, one search box on top, status at the bottom. The pages, the rail's
// rows and the View menu's entries come from pageRegistry(), and the pages are
// built anew for each file opened. It owns the open file, its session and the
// undo stack the pages share.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database and shows it; on failure the window keeps
    // what it had and shows why. A file whose log of recent changes is damaged
    // is offered read-only (a message box), never opened for writing.
    Status openDatabase(const QString &path, bool create = true);
    Session *session() const { return m_session.get(); }
    CustomersPage *customersPage() const;
    TodayPage *todayPage() const;
    // The pages in the rail's order (empty while no file is open).
    const QList<QWidget *> &pages() const { return m_pages; }
    // What Help › Keyboard Shortcuts lists: what, and the keys.
    QList<QPair<QString, QString>> shortcutList() const;
    Reminders *reminders() const { return m_reminders; }
    void showToday();
    QLineEdit *searchBox() const { return m_search; }
    void showCustomers();
    // Login, the idle lock and what the role may do (mainwindowteam.cpp).
    IdleLock *idleLock() const { return m_idleLock; }
    bool isLocked() const { return m_lockedCentral != nullptr; }
    void lock();
    void switchUser();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The frame, the pages of the open file, the file itself (mainwindow.cpp).
    void buildCentral();
    void buildSearchBar();
    void buildStatusBar();
    void buildPages();
    void clearPages();
    void updateStatus();
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void showFirstRunIfEmpty();
    // File › New, Open, Open Recent (mainwindowfiles.cpp).
    static QString databaseFileFilter();
    void newDatabase();
    void openDatabaseDialog();
    // File › Connect to Team Database, and the recent list's team databases
    // (mainwindowserver.cpp). The recent list's ask for a password only when
    // the server wants one that PGPASSWORD or ~/.pgpass did not give.
    void connectToServer();
    void askServerPassword(const ServerAddress &address);
    void openRecentServer(const QString &url);
    Status openServer(const ServerAddress &address);
    void saveCopy();
    void showSettings();
    void showCustomFields();
    void showError(const QString &message);
    // Who works on a file about to open: its login when it asks for one,
    // else the one user as before. An error leaves the window as it was.
    Status chooseUser(Session &session);
    void unlock();
    void closeDialogsForLock();
    void afterUserChanged();
    void applyAccess();
    // Ok, or shows core's refusal naming the missing permission.
    bool allowed(Permission permission);
    void startIdleLock();
    void showTeamMembers();
    void updateNavCounts();
    // The menus, and the Help menu's guide, shortcuts and About (mainwindowmenus.cpp).
    void buildMenus();
    void showAbout();
    void showShortcuts();
    void showGuide();
    // Work beside the pages: sample data, the database check, a follow-up for
    // the page in view, the calendar export, the reclaim pass (mainwindowtools.cpp).
    void createSampleData();
    void checkDatabase();
    void logFollowUp();
    void exportCalendar();
    void reclaimInBackground();
    // Data in and out: imports, duplicates, exports, backups (mainwindowdata.cpp).
    bool refuseReadOnly(const QString &what);
    void importCustomers();
    void importFile(ImportTarget target);
    void showImportHistory();
    void showCurrencyRates();
    void findDuplicates();
    void exportCustomers(bool currentView);
    void backUpNow();
    // Back Up Now, Save a Copy and Restore on a team database: where its backups are made instead.
    void explainServerBackups();
    void restoreBackup();
    QString automaticBackupFolder() const;
    void automaticBackupInBackground();
    // The page of this type, or null while no file is open.
    template <class Page>
    Page *page() const
    {
        for (QWidget *w : m_pages)
            if (auto *p = qobject_cast<Page *>(w))
                return p;
        return nullptr;
    }
    // Its row in the navigation rail (-1 while no file is open).
    template <class Page>
    int rowOf() const
    {
        return int(m_pages.indexOf(page<Page>()));
    }

    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    QUndoStack *m_undo;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    MessageBar *m_notice;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QLabel *m_countLabel;
    QLabel *m_fileLabel;
    QLabel *m_readOnlyLabel;
    QMenu *m_recentMenu;
    QString m_serverUrl; // the server database opened last, without its password: for the recent list
    QMenu *m_viewMenu;
    QAction *m_columnsAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QList<QAction *> m_pageActions; // the View menu's, in the rail's order
    QList<QPair<QAction *, Permission>> m_guarded; // an action and what it needs
    QAction *m_switchUserAction = nullptr;
    QAction *m_lockAction = nullptr;
    QLabel *m_userLabel;
    IdleLock *m_idleLock;
    QWidget *m_lockedCentral = nullptr; // the window's own, while the lock screen stands in
    QList<QPointer<QAction>> m_lockDisabled;
    QList<QPointer<QWidget>> m_hiddenForLock; // dialogs hidden while locked
    WelcomePage *m_welcome = nullptr;
    QList<QWidget *> m_pages; // as pageRegistry() lists them: the rail's rows
    QTimer *m_hourlyTimer; // the reclaim pass and the automatic backup
    BackgroundJob m_reclaimJob;
    BackgroundJob m_backupJob;
    Reminders *m_reminders;
    QPointer<GuideDialog> m_guide;
};

} // namespace guanxi::ui
