#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QThread;
class QTimer;
class QUndoStack;

namespace guanxi {
class Database;
class Session;
} // namespace guanxi

namespace guanxi::ui {

class CustomersPage;
class MessageBar;
class FunnelPage;
class GuideDialog;
class InboxPage;
class OrdersPage;
class LeadsPage;
class PoolPage;
class ReportsPage;
class Reminders;
class TodayPage;
class TrashPage;
class WelcomePage;

// The window: navigation on the left, the module in the middle, one search
// box on top, status at the bottom. It owns the open file and its session.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database and shows it; on failure the window keeps
    // what it had and shows why.
    Status openDatabase(const QString &path, bool create = true);
    Session *session() const { return m_session.get(); }
    CustomersPage *customersPage() const { return m_customers; }
    TodayPage *todayPage() const { return m_today; }
    Reminders *reminders() const { return m_reminders; }
    void showToday();
    QLineEdit *searchBox() const { return m_search; }
    void showCustomers();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildPages();
    void clearPages();
    void updateStatus();
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void showFirstRunIfEmpty();
    void newDatabase();
    void openDatabaseDialog();
    void saveCopy();
    void checkDatabase();
    void createSampleData();
    void showSettings();
    void showCustomFields();
    void showAbout();
    void showShortcuts();
    void showGuide();
    void showError(const QString &message);
    void logFollowUp();
    void exportCalendar();
    void updateNavCounts();
    void reclaimInBackground();
    // Data in and out (mainwindowdata.cpp).
    bool refuseReadOnly(const QString &what);
    void importCustomers();
    void importFile(bool leads);
    void showImportHistory();
    void findDuplicates();
    void exportCustomers(bool currentView);
    void backUpNow();
    void restoreBackup();
    QString automaticBackupFolder() const;
    void automaticBackupInBackground();
    QWidget *pageForRow(int row) const;

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
    QMenu *m_viewMenu;
    QAction *m_columnsAction = nullptr;
    WelcomePage *m_welcome = nullptr;
    TodayPage *m_today = nullptr;
    LeadsPage *m_leads = nullptr;
    PoolPage *m_pool = nullptr;
    FunnelPage *m_funnel = nullptr;
    OrdersPage *m_orders = nullptr;
    InboxPage *m_inbox = nullptr;
    ReportsPage *m_reports = nullptr;
    QTimer *m_reclaimTimer;
    QThread *m_reclaimThread = nullptr;
    QThread *m_backupThread = nullptr;
    Reminders *m_reminders;
    CustomersPage *m_customers = nullptr;
    TrashPage *m_trash = nullptr;
    QPointer<GuideDialog> m_guide;
};

} // namespace guanxi::ui
