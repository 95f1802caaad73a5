#include "mainwindow.h"

#include "appinfo.h"
#include "customerspage.h"
#include "customfieldsdialog.h"
#include "messagebar.h"
#include "navigationrail.h"
#include "funnelpage.h"
#include "guidedialog.h"
#include "inboxpage.h"
#include "leadspage.h"
#include "orderspage.h"
#include "dashboardstrip.h"
#include "reportspage.h"
#include "poolpage.h"
#include "reminders.h"
#include "todaypage.h"
#include "settingsdialog.h"
#include "trashpage.h"
#include "welcomepage.h"
#include "stagestyle.h"
#include "models/todaymodel.h"
#include "db/database.h"
#include "services/session.h"
#include "stores/customerstore.h"
#include "stores/userstore.h"
#include "util/systemaccount.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
enum NavRow { NavToday = 0, NavCustomers = 1, NavLeads = 2, NavPool = 3, NavFunnel = 4, NavOrders = 5, NavInbox = 6, NavReports = 7, NavTrash = 8 };
const char *const fileFilter = QT_TRANSLATE_NOOP("MainWindow", "Guanxi databases (*.guanxi *.db *.sqlite);;All files (*)");

QString startedEmptyKey(const QString &path)
{
    return QStringLiteral("startedEmpty/")
           + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undo = new QUndoStack(this);
    m_reminders = new Reminders(this);
    // Records nobody followed up go back to the pool: at start-up and hourly.
    m_reclaimTimer = new QTimer(this);
    m_reclaimTimer->setInterval(60 * 60 * 1000);
    connect(m_reclaimTimer, &QTimer::timeout, this, &MainWindow::reclaimInBackground);
    connect(m_reclaimTimer, &QTimer::timeout, this, &MainWindow::automaticBackupInBackground);
    m_reclaimTimer->start();
    connect(m_reminders, &Reminders::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showToday();
    });
    connect(m_reminders, &Reminders::quitRequested, qApp, &QApplication::quit);

    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 6);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setItemDelegate(new NavigationDelegate(m_nav));
    m_nav->setSpacing(2);
    outer->addWidget(m_nav);
    auto *right = new QVBoxLayout;
    m_notice = new MessageBar(central);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    right->addWidget(m_notice);
    m_stack = new QStackedWidget(central);
    right->addWidget(m_stack, 1);
    outer->addLayout(right, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolBar"));
    toolbar->setMovable(false);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, company, phone, e-mail, notes, pinyin… (Ctrl+K)"));
    m_search->setMinimumWidth(420);
    toolbar->addWidget(m_search);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        if (!m_customers)
            return;
        showCustomers();
        m_customers->setSearchText(m_search->text());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_customers)
            return;
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            showCustomers();
            m_customers->setSearchText(m_search->text());
        }
        m_customers->openFirst();
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_fileLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color:#b45309;font-weight:bold;"));
    m_readOnlyLabel->hide();
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_fileLabel);

    buildMenus();
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == NavCustomers && m_welcome && m_stack->currentWidget() == m_welcome)
            return; // the first-run page stands in for the empty customer list
        if (QWidget *page = pageForRow(row))
            m_stack->setCurrentWidget(page);
        updateStatus();
    });
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        if (available.width() < 1440 || available.height() < 900)
            setWindowState(Qt::WindowMaximized); // the common 1366x768 office laptop
        else
            resize(1280, 800);
    }
}

MainWindow::~MainWindow()
{
    for (QThread *thread : {m_reclaimThread, m_backupThread})
        if (thread) {
            thread->wait(); // its connection and its message belong to this window
            delete thread;
        }
    clearPages();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, &MainWindow::newDatabase);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Save a &Copy…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveCopy);
    file->addSeparator();
    file->addAction(tr("&Import Customers…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importCustomers);
    file->addAction(tr("Import &Leads…"), this, [this] { importFile(true); });
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Customers in the Current &View…"), this, [this] { exportCustomers(true); });
    exportMenu->addAction(tr("&All Customers…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] { exportCustomers(false); });
    exportMenu->addAction(tr("Follow-ups to &Calendar…"), this, &MainWindow::exportCalendar);
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
        if (m_customers)
            m_customers->addCustomer();
    });
    edit->addAction(tr("New Le&ad…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, [this] {
        if (!m_leads)
            return;
        m_nav->setCurrentRow(NavLeads);
        m_leads->addLead();
    });
    add->setObjectName(QStringLiteral("newCustomerAction"));
    QAction *editCustomer = edit->addAction(tr("&Edit Customer…"), QKeySequence(Qt::Key_F2), this, [this] {
        if (m_customers)
            m_customers->editCurrent();
    });
    editCustomer->setObjectName(QStringLiteral("editCustomerAction"));
    QAction *trash = edit->addAction(tr("Move to &Trash"), QKeySequence::Delete, this, [this] {
        if (m_customers && m_stack->currentWidget() == m_customers)
            m_customers->trashSelected();
    });
    trash->setObjectName(QStringLiteral("trashAction"));
    QAction *logAction = edit->addAction(tr("&Log Follow-up…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::logFollowUp);
    logAction->setObjectName(QStringLiteral("logFollowUpAction"));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("To&day"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { m_nav->setCurrentRow(NavToday); });
    m_viewMenu->addAction(tr("C&ustomers"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { m_nav->setCurrentRow(NavCustomers); });
    m_viewMenu->addAction(tr("&Leads"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] { m_nav->setCurrentRow(NavLeads); });
    m_viewMenu->addAction(tr("Public &Pool"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] { m_nav->setCurrentRow(NavPool); });
    m_viewMenu->addAction(tr("&Funnel"), QKeySequence(Qt::CTRL | Qt::Key_5), this, [this] { m_nav->setCurrentRow(NavFunnel); });
    m_viewMenu->addAction(tr("&Orders"), QKeySequence(Qt::CTRL | Qt::Key_6), this, [this] { m_nav->setCurrentRow(NavOrders); });
    m_viewMenu->addAction(tr("&Inbox"), QKeySequence(Qt::CTRL | Qt::Key_7), this, [this] { m_nav->setCurrentRow(NavInbox); });
    m_viewMenu->addAction(tr("&Reports"), QKeySequence(Qt::CTRL | Qt::Key_8), this, [this] { m_nav->setCurrentRow(NavReports); });
    m_viewMenu->addAction(tr("&Trash"), QKeySequence(Qt::CTRL | Qt::Key_9), this, [this] { m_nav->setCurrentRow(NavTrash); });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("Pre&vious Customer"), QKeySequence(Qt::ALT | Qt::Key_Up), this, [this] {
        if (m_customers)
            m_customers->selectNext(-1);
    });
    m_viewMenu->addAction(tr("&Next Customer"), QKeySequence(Qt::ALT | Qt::Key_Down), this, [this] {
        if (m_customers)
            m_customers->selectNext(+1);
    });
    m_viewMenu->addSeparator();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Custom Fields…"), this, &MainWindow::showCustomFields);
    tools->addAction(tr("Create Sa&mple Data…"), this, &MainWindow::createSampleData);
    tools->addAction(tr("Find &Duplicates…"), this, &MainWindow::findDuplicates);
    tools->addAction(tr("&Import History…"), this, &MainWindow::showImportHistory);
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
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

void MainWindow::clearPages()
{
    m_undo->clear();
    m_reminders->setSession(nullptr);
    // The Columns menu belongs to the customers page: unhook it before the page goes.
    if (m_columnsAction) {
        m_viewMenu->removeAction(m_columnsAction);
        m_columnsAction = nullptr;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_today), static_cast<QWidget *>(m_customers),
                       static_cast<QWidget *>(m_leads), static_cast<QWidget *>(m_pool), static_cast<QWidget *>(m_funnel),
                       static_cast<QWidget *>(m_orders), static_cast<QWidget *>(m_inbox), static_cast<QWidget *>(m_reports),
                       static_cast<QWidget *>(m_trash)})
        if (w) {
            m_stack->removeWidget(w);
            delete w;
        }
    m_welcome = nullptr;
    m_today = nullptr;
    m_leads = nullptr;
    m_pool = nullptr;
    m_funnel = nullptr;
    m_orders = nullptr;
    m_inbox = nullptr;
    m_reports = nullptr;
    m_customers = nullptr;
    m_trash = nullptr;
    m_nav->clear();
}

void MainWindow::buildPages()
{
    m_welcome = new WelcomePage(m_stack);
    m_today = new TodayPage(*m_session, *m_undo, m_stack);
    m_customers = new CustomersPage(*m_session, *m_undo, m_stack);
    m_leads = new LeadsPage(*m_session, m_stack);
    m_pool = new PoolPage(*m_session, m_stack);
    m_funnel = new FunnelPage(*m_session, *m_undo, m_stack);
    m_orders = new OrdersPage(*m_session, m_stack);
    m_inbox = new InboxPage(*m_session, m_stack);
    m_reports = new ReportsPage(*m_session, m_stack);
    m_trash = new TrashPage(*m_session, *m_undo, m_stack);
    for (QWidget *w : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_today), static_cast<QWidget *>(m_customers),
                       static_cast<QWidget *>(m_leads), static_cast<QWidget *>(m_pool), static_cast<QWidget *>(m_funnel),
                       static_cast<QWidget *>(m_orders), static_cast<QWidget *>(m_inbox), static_cast<QWidget *>(m_reports),
                       static_cast<QWidget *>(m_trash)})
        m_stack->addWidget(w);
    m_columnsAction = m_viewMenu->addMenu(m_customers->columnsMenu());
    const QList<std::pair<const char *, QString>> rail = {
        {"today", tr("Today")},   {"customers", tr("Customers")}, {"leads", tr("Leads")},
        {"pool", tr("Public pool")}, {"funnel", tr("Funnel")},   {"orders", tr("Orders")},
        {"inbox", tr("Inbox")},   {"reports", tr("Reports")},     {"trash", tr("Trash")},
    };
    for (const auto &[icon, label] : rail)
        new QListWidgetItem(navigationIcon(QString::fromLatin1(icon)), label, m_nav);

    connect(m_customers, &CustomersPage::countChanged, this, &MainWindow::updateStatus);
    connect(m_trash, &TrashPage::countChanged, this, &MainWindow::updateNavCounts);
    connect(m_today, &TodayPage::pendingChanged, this, &MainWindow::updateNavCounts);
    // After the pages' own reloads (they connected first), so the counts are current.
    connect(m_session.get(), &Session::leadsChanged, this, &MainWindow::updateNavCounts);
    connect(m_session.get(), &Session::customersChanged, this, &MainWindow::updateNavCounts);
    connect(m_session.get(), &Session::notificationsChanged, this, &MainWindow::updateNavCounts);
    connect(m_inbox, &InboxPage::unreadChanged, this, &MainWindow::updateNavCounts);
    connect(m_leads, &LeadsPage::customerCreated, this, [this](qint64 id) {
        Q_UNUSED(id);
        updateNavCounts();
    });
    connect(m_customers, &CustomersPage::newDealRequested, this, [this](qint64 id) { m_funnel->addDeal(id); });
    connect(m_today->dashboard(), &DashboardStrip::openReport, this,
            [this](const QString &name, const QDate &from, const QDate &to, qint64 ownerId, const QString &currency) {
                m_nav->setCurrentRow(NavReports);
                m_reports->showReport(name, from, to, ownerId, currency);
            });
    connect(m_reports, &ReportsPage::showSavedView, this, [this](qint64 id) {
        showCustomers();
        m_customers->showSavedView(id);
    });
    connect(m_reports, &ReportsPage::openCustomer, this, [this](qint64 id) {
        showCustomers();
        m_customers->selectCustomer(id);
    });
    connect(m_today, &TodayPage::openLead, this, [this](qint64) { m_nav->setCurrentRow(NavLeads); });
    connect(m_today, &TodayPage::openCustomer, this, [this](qint64 id) {
        showCustomers();
        m_customers->selectCustomer(id);
    });
    connect(m_welcome, &WelcomePage::sampleDataRequested, this, &MainWindow::createSampleData);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importCustomers);
    connect(m_customers, &CustomersPage::importRequested, this, &MainWindow::importCustomers);
    connect(m_welcome, &WelcomePage::startEmptyRequested, this, [this] {
        QSettings().setValue(startedEmptyKey(m_db->path()), true);
        m_stack->setCurrentWidget(m_customers);
        m_customers->addCustomer();
    });
    connect(m_session.get(), &Session::customersChanged, this, [this] {
        if (m_stack->currentWidget() == m_welcome && m_customers->totalCount() > 0)
            showCustomers();
    });
    updateNavCounts();
    showFirstRunIfEmpty();
    m_reminders->setSession(m_session.get());
    reclaimInBackground();
    automaticBackupInBackground();
}

void MainWindow::showFirstRunIfEmpty()
{
    auto count = CustomerStore(*m_session).countLive();
    const bool empty = count && *count == 0 && m_trash->count() == 0;
    const bool dismissed = QSettings().value(startedEmptyKey(m_db->path())).toBool();
    if (empty && !dismissed && !m_db->isReadOnly()) {
        m_nav->setCurrentRow(NavCustomers);
        m_stack->setCurrentWidget(m_welcome);
    } else if (m_today->model()->pending() > 0) {
        showToday(); // the day starts with what is due
    } else {
        showCustomers();
    }
}

void MainWindow::updateNavCounts()
{
    if (!m_today)
        return;
    const auto badge = [this](int row, int count, BadgeTone tone, const QString &tip) {
        QListWidgetItem *item = m_nav->item(row);
        item->setData(NavRole::Badge, count);
        item->setData(NavRole::BadgeTone, int(tone));
        item->setToolTip(count ? tip : QString());
        // The badge is painted, so a screen reader hears it from here.
        item->setData(Qt::AccessibleTextRole, count ? item->text() + QStringLiteral(", ") + tip : item->text());
    };
    const int overdue = m_today->model()->count(TodayModel::Overdue);
    const int dueToday = m_today->model()->count(TodayModel::DueToday);
    badge(NavToday, overdue + dueToday, overdue ? BadgeTone::Urgent : BadgeTone::Waiting,
          tr("Your follow-ups: %1 overdue, %2 due today").arg(overdue).arg(dueToday));
    const int unread = m_inbox->unread();
    badge(NavInbox, unread, BadgeTone::Waiting, tr("%n unread message(s), e.g. new assignments", nullptr, unread));
    const int pool = m_pool->poolCount();
    badge(NavPool, pool, BadgeTone::Quiet, tr("%n record(s) in the public pool, free to claim", nullptr, pool));
    const int trash = m_trash->count();
    badge(NavTrash, trash, BadgeTone::Quiet, tr("%n record(s) in the trash", nullptr, trash));
    // Wide enough for the longest label with its icon and badge (Chinese too).
    const QFontMetrics fm = m_nav->fontMetrics();
    int width = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        width = qMax(width, fm.horizontalAdvance(m_nav->item(i)->text())
                                + NavigationDelegate::badgeWidth(fm, m_nav->item(i)->data(NavRole::Badge).toInt()));
    m_nav->setFixedWidth(qMax(width + m_nav->iconSize().width() + 36, 140));
}

QWidget *MainWindow::pageForRow(int row) const
{
    switch (row) {
    case NavToday: return m_today;
    case NavCustomers: return m_customers;
    case NavLeads: return m_leads;
    case NavPool: return m_pool;
    case NavFunnel: return m_funnel;
    case NavOrders: return m_orders;
    case NavInbox: return m_inbox;
    case NavReports: return m_reports;
    case NavTrash: return m_trash;
    default: return nullptr;
    }
}

void MainWindow::showToday()
{
    if (!m_today)
        return;
    m_nav->setCurrentRow(NavToday);
    m_stack->setCurrentWidget(m_today);
}

void MainWindow::showCustomers()
{
    if (!m_customers)
        return;
    m_nav->setCurrentRow(NavCustomers);
    m_stack->setCurrentWidget(m_customers);
}

Status MainWindow::openDatabase(const QString &path, bool create)
{
    Database::Options options;
    options.createIfMissing = create;
    auto db = Database::open(path, options);
    if (!db && db.error().field == QStringLiteral("damaged-wal")) {
        QMessageBox box(QMessageBox::Warning, tr("Damaged Changes Log"), db.error().message, QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("damagedLogBox"));
        box.setInformativeText(tr("Open the file read-only now? You can then restore a backup with File > Restore "
                                  "from Backup."));
        QPushButton *readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() == readOnly) {
            options.readOnly = true;
            db = Database::open(path, options);
        }
    }
    if (!db) {
        showError(db.error().message);
        return db.error();
    }
    clearPages();
    m_session.reset();
    m_db = std::move(db).value();
    m_session = std::make_unique<Session>(*m_db, m_clock);
    m_session->setDefaultCountryCode(SettingsDialog::countryCodeSetting());
    UserStore users(*m_session);
    qint64 userId = SettingsDialog::currentUserSetting(m_db->path());
    if (!userId || !users.byId(userId)) {
        // A new file's first user is the person at the computer (an existing
        // file keeps its users: ensureDefault returns the first admin).
        const SystemAccount me = SystemAccount::current();
        userId = users.ensureDefault(me.loginOrDefault(), me.displayName())
                     .value_or(0);
    }
    m_session->setUserId(userId);
    buildPages();
    addRecent(m_db->path());
    m_notice->hide();
    if (m_db->isReadOnly())
        m_notice->showMessage(m_db->readOnlyReason(), MessageBar::Kind::Warning, false);
    else if (!m_db->openingNote().isEmpty())
        m_notice->showMessage(m_db->openingNote(), MessageBar::Kind::Warning);
    updateTitle();
    updateStatus();
    return {};
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(tr("Guanxi"));
        return;
    }
    QString title = QFileInfo(m_db->path()).fileName() + QStringLiteral(" — ") + tr("Guanxi");
    if (m_db->isReadOnly())
        title += u' ' + tr("[read-only]");
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    m_readOnlyLabel->setVisible(m_db && m_db->isReadOnly());
    m_fileLabel->setText(m_db ? QDir::toNativeSeparators(m_db->path()) : QString());
    if (!m_customers) {
        m_countLabel->clear();
        return;
    }
    const qint64 n = m_customers->totalCount();
    if (m_customers->searchCapped())
        m_countLabel->setText(tr("%1+ matches: showing the first %1; type more to narrow the search")
                                  .arg(QLocale().toString(n)));
    else
        m_countLabel->setText(tr("Customers: %1").arg(QLocale().toString(n)));
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { (void)openDatabase(path, false); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                      QDir::homePath() + QStringLiteral("/customers.guanxi"),
                                                      tr(fileFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("“%1” exists already. To use it, choose File > Open Database.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    (void)openDatabase(path, true); // the window shows any error
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
                                                      m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath(),
                                                      tr(fileFilter));
    if (!path.isEmpty())
        (void)openDatabase(path, false); // the window shows any error
}

void MainWindow::saveCopy()
{
    if (!m_db)
        return;
    const QFileInfo current(m_db->path());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy"),
        current.absolutePath() + u'/' + current.completeBaseName() + QStringLiteral("-copy.guanxi"),
        tr(fileFilter));
    if (path.isEmpty())
        return;
    if (Status s = m_db->saveCopy(path); !s)
        showError(s.error().message);
    else
        m_notice->showMessage(tr("Saved a copy as “%1”.").arg(QDir::toNativeSeparators(path)), MessageBar::Kind::Information);
}

void MainWindow::showError(const QString &message)
{
    m_notice->showMessage(message, MessageBar::Kind::Error);
}

void MainWindow::showSettings()
{
    if (!m_session)
        return;
    SettingsDialog dialog(*m_session, this);
    connect(&dialog, &SettingsDialog::languageChanged, this, [this] {
        m_notice->showMessage(tr("The new language shows after you restart Guanxi."), MessageBar::Kind::Information);
    });
    if (dialog.exec() == QDialog::Accepted && m_customers)
        m_customers->reloadLookups();
}

void MainWindow::showCustomFields()
{
    if (!m_session)
        return;
    CustomFieldsDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Guanxi"),
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

void MainWindow::showShortcuts()
{
    const QList<QPair<QString, QString>> keys = {
        {tr("New customer"), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)},
        {tr("Search"), QStringLiteral("Ctrl+K, Ctrl+F")},
        {tr("Open the first result"), tr("Enter in the search box")},
        {tr("Edit the selected customer"), QStringLiteral("F2, Enter")},
        {tr("Move to trash"), QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)},
        {tr("Previous / next customer (also inside the form)"), QStringLiteral("Alt+↑ / Alt+↓")},
        {tr("Undo / redo"), QStringLiteral("Ctrl+Z / Ctrl+Shift+Z")},
        {tr("Log a follow-up"), QStringLiteral("Ctrl+L")},
        {tr("New lead"), QStringLiteral("Ctrl+Shift+L")},
        {tr("Today, Customers, Leads, Pool, Funnel, Orders, Inbox, Reports, Trash"), QStringLiteral("Ctrl+1 … Ctrl+9")},
        {tr("Move a deal to the next / previous stage"), QStringLiteral("Ctrl+→ / Ctrl+←")},
        {tr("Guide to the day's work"), QStringLiteral("F1")},
        {tr("Close a dialog"), QStringLiteral("Esc")},
    };
    QString html = QStringLiteral("<table cellspacing=6>");
    for (const auto &k : keys)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(k.first.toHtmlEscaped(), k.second.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox::information(this, tr("Keyboard Shortcuts"), html);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace guanxi::ui
