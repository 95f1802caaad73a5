#pragma once

#include "platform/clock.h"
#include "platform/result.h"

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
    QMenu *m_viewMenu;
    QAction *m_columnsAction = nullptr;
    WelcomePage *m_welcome = nullptr;
    QList<QWidget *> m_pages; // as pageRegistry() lists them: the rail's rows
    QTimer *m_reclaimTimer;
    QThread *m_reclaimThread = nullptr;
    QThread *m_backupThread = nullptr;
    Reminders *m_reminders;
    QPointer<GuideDialog> m_guide;
};

} // namespace guanxi::ui
