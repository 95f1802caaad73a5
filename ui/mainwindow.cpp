#include "mainwindow.h"

#include "backgroundtask.h"

#include "customers/customerspage.h"
#include "customers/customfieldsdialog.h"
#include "widgets/messagebar.h"
#include "widgets/passphrasedialog.h"
#include "navigationrail.h"
#include "pageregistry.h"
#include "sales/funnelpage.h"
#include "activities/inboxpage.h"
#include "leads/leadspage.h"
#include "sales/orderspage.h"
#include "activities/dashboardstrip.h"
#include "reports/reportspage.h"
#include "leads/poolpage.h"
#include "activities/reminders.h"
#include "activities/todaypage.h"
#include "settingsdialog.h"
#include "customers/trashpage.h"
#include "welcomepage.h"
#include "team/idlelock.h"
#include "sales/stagestyle.h"
#include "activities/todaymodel.h"
#include "platform/db/backup.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "team/userstore.h"
#include "messagebox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {

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
    m_idleLock = new IdleLock(this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    // Hourly, and whenever a file opens (buildPages): records nobody followed
    // up go back to the pool, and the automatic backup is made if it is due.
    m_hourlyTimer = new QTimer(this);
    m_hourlyTimer->setInterval(60 * 60 * 1000);
    connect(m_hourlyTimer, &QTimer::timeout, this, &MainWindow::reclaimInBackground);
    connect(m_hourlyTimer, &QTimer::timeout, this, &MainWindow::automaticBackupInBackground);
    m_hourlyTimer->start();
    connect(m_reminders, &Reminders::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showToday();
    });
    connect(m_reminders, &Reminders::quitRequested, qApp, &QApplication::quit);

    buildCentral();
    buildSearchBar();
    buildStatusBar();
    buildMenus();
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == rowOf<CustomersPage>() && m_welcome && m_stack->currentWidget() == m_welcome)
            return; // the first-run page stands in for the empty customer list
        if (QWidget *widget = m_pages.value(row))
            m_stack->setCurrentWidget(widget);
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

void MainWindow::buildCentral()
{
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
}

void MainWindow::buildSearchBar()
{
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
        if (!page<CustomersPage>())
            return;
        showCustomers();
        page<CustomersPage>()->setSearchText(m_search->text());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!page<CustomersPage>())
            return;
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            showCustomers();
            page<CustomersPage>()->setSearchText(m_search->text());
        }
        page<CustomersPage>()->openFirst();
    });
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_fileLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color:#b45309;font-weight:bold;"));
    m_readOnlyLabel->hide();
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_fileLabel);
}

MainWindow::~MainWindow()
{
    // Their connections and messages belong to this window.
    m_reclaimJob.wait();
    m_backupJob.wait();
    clearPages();
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
    for (QWidget *w : m_pages + QList<QWidget *>{m_welcome})
        if (w) {
            m_stack->removeWidget(w);
            delete w;
        }
    m_welcome = nullptr;
    m_pages.clear();
    m_nav->clear();
}

void MainWindow::buildPages()
{
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    const PageContext context{*m_session, *m_undo, m_stack};
    for (const PageSpec &spec : pageRegistry()) {
        QWidget *widget = spec.create(context);
        m_pages << widget;
        m_stack->addWidget(widget);
        new QListWidgetItem(navigationIcon(spec.id), tr(spec.railText), m_nav);
    }
    m_columnsAction = m_viewMenu->addMenu(page<CustomersPage>()->columnsMenu());

    connect(page<CustomersPage>(), &CustomersPage::countChanged, this, &MainWindow::updateStatus);
    connect(page<TrashPage>(), &TrashPage::countChanged, this, &MainWindow::updateNavCounts);
    connect(page<TodayPage>(), &TodayPage::pendingChanged, this, &MainWindow::updateNavCounts);
    // After the pages' own reloads (they connected first), so the counts are current.
    connect(m_session.get(), &Session::leadsChanged, this, &MainWindow::updateNavCounts);
    connect(m_session.get(), &Session::customersChanged, this, &MainWindow::updateNavCounts);
    connect(m_session.get(), &Session::notificationsChanged, this, &MainWindow::updateNavCounts);
    connect(page<InboxPage>(), &InboxPage::unreadChanged, this, &MainWindow::updateNavCounts);
    connect(page<LeadsPage>(), &LeadsPage::customerCreated, this, [this](qint64 id) {
        Q_UNUSED(id);
        updateNavCounts();
    });
    connect(page<CustomersPage>(), &CustomersPage::newDealRequested, this, [this](qint64 id) { page<FunnelPage>()->addDeal(id); });
    connect(page<TodayPage>()->dashboard(), &DashboardStrip::openReport, this,
            [this](const QString &name, const QDate &from, const QDate &to, qint64 ownerId, const QString &currency) {
                m_nav->setCurrentRow(rowOf<ReportsPage>());
                page<ReportsPage>()->showReport(name, from, to, ownerId, currency);
            });
    connect(page<ReportsPage>(), &ReportsPage::showSavedView, this, [this](qint64 id) {
        showCustomers();
        page<CustomersPage>()->showSavedView(id);
    });
    connect(page<ReportsPage>(), &ReportsPage::openCustomer, this, [this](qint64 id) {
        showCustomers();
        page<CustomersPage>()->selectCustomer(id);
    });
    connect(page<TodayPage>(), &TodayPage::openLead, this, [this](qint64) { m_nav->setCurrentRow(rowOf<LeadsPage>()); });
    connect(page<TodayPage>(), &TodayPage::openCustomer, this, [this](qint64 id) {
        showCustomers();
        page<CustomersPage>()->selectCustomer(id);
    });
    connect(m_welcome, &WelcomePage::sampleDataRequested, this, &MainWindow::createSampleData);
    // The pages' own Import buttons: the File menu's entries are hidden without the permission.
    const auto importIfAllowed = [this] {
        if (allowed(Permission::Import))
            importCustomers();
    };
    connect(m_welcome, &WelcomePage::importRequested, this, importIfAllowed);
    connect(page<CustomersPage>(), &CustomersPage::importRequested, this, importIfAllowed);
    connect(m_welcome, &WelcomePage::startEmptyRequested, this, [this] {
        QSettings().setValue(startedEmptyKey(m_db->path()), true);
        m_stack->setCurrentWidget(page<CustomersPage>());
        page<CustomersPage>()->addCustomer();
    });
    connect(m_session.get(), &Session::customersChanged, this, [this] {
        if (m_stack->currentWidget() == m_welcome && page<CustomersPage>()->totalCount() > 0)
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
    const bool empty = count && *count == 0 && page<TrashPage>()->count() == 0;
    const bool dismissed = QSettings().value(startedEmptyKey(m_db->path())).toBool();
    if (empty && !dismissed && !m_db->isReadOnly()) {
        m_nav->setCurrentRow(rowOf<CustomersPage>());
        m_stack->setCurrentWidget(m_welcome);
    } else if (page<TodayPage>()->model()->pending() > 0) {
        showToday(); // the day starts with what is due
    } else {
        showCustomers();
    }
}

void MainWindow::updateNavCounts()
{
    if (!page<TodayPage>())
        return;
    const auto badge = [this](int row, int count, BadgeTone tone, const QString &tip) {
        QListWidgetItem *item = m_nav->item(row);
        item->setData(NavRole::Badge, count);
        item->setData(NavRole::BadgeTone, int(tone));
        item->setToolTip(count ? tip : QString());
        // The badge is painted, so a screen reader hears it from here.
        item->setData(Qt::AccessibleTextRole, count ? item->text() + QStringLiteral(", ") + tip : item->text());
    };
    const int overdue = page<TodayPage>()->model()->count(TodayModel::Overdue);
    const int dueToday = page<TodayPage>()->model()->count(TodayModel::DueToday);
    badge(rowOf<TodayPage>(), overdue + dueToday, overdue ? BadgeTone::Urgent : BadgeTone::Waiting,
          tr("Your follow-ups: %1 overdue, %2 due today").arg(overdue).arg(dueToday));
    const int unread = page<InboxPage>()->unread();
    badge(rowOf<InboxPage>(), unread, BadgeTone::Waiting, tr("%n unread message(s), e.g. new assignments", nullptr, unread));
    const int pool = page<PoolPage>()->poolCount();
    badge(rowOf<PoolPage>(), pool, BadgeTone::Quiet, tr("%n record(s) in the public pool, free to claim", nullptr, pool));
    const int trash = page<TrashPage>()->count();
    badge(rowOf<TrashPage>(), trash, BadgeTone::Quiet, tr("%n record(s) in the trash", nullptr, trash));
    // Wide enough for the longest label with its icon and badge (Chinese too).
    const QFontMetrics fm = m_nav->fontMetrics();
    int width = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        width = qMax(width, fm.horizontalAdvance(m_nav->item(i)->text())
                                + NavigationDelegate::badgeWidth(fm, m_nav->item(i)->data(NavRole::Badge).toInt()));
    m_nav->setFixedWidth(qMax(width + m_nav->iconSize().width() + 36, 140));
}

CustomersPage *MainWindow::customersPage() const
{
    return page<CustomersPage>();
}

TodayPage *MainWindow::todayPage() const
{
    return page<TodayPage>();
}

void MainWindow::showToday()
{
    if (!page<TodayPage>())
        return;
    m_nav->setCurrentRow(rowOf<TodayPage>());
    m_stack->setCurrentWidget(page<TodayPage>());
}

void MainWindow::showCustomers()
{
    if (!page<CustomersPage>())
        return;
    m_nav->setCurrentRow(rowOf<CustomersPage>());
    m_stack->setCurrentWidget(page<CustomersPage>());
}

Status MainWindow::openDatabase(const QString &path, bool create)
{
    Database::Options options;
    options.createIfMissing = create;
    if (Database::needsUpgrade(path)) {
        // An upgrade may rebuild the search index: minutes on a big file, so
        // off the UI thread, then the file opens here as usual.
        Status upgraded;
        runInBackgroundToEnd(this,
                             tr("Upgrading “%1” to this version of Guanxi. On a file with a million customers this "
                                "takes a few minutes.")
                                 .arg(QDir::toNativeSeparators(path)),
                             [&] { upgraded = Database::upgrade(path, options); });
        // A damaged changes log is offered read-only below, as for any file.
        if (!upgraded && upgraded.error().field != QStringLiteral("damaged-wal")) {
            showError(upgraded.error().message);
            return upgraded.error();
        }
    }
    auto db = Database::open(path, options);
    if (!db && db.error().field == QStringLiteral("damaged-wal")) {
        if (MessageBox::offer(this, tr("Damaged Changes Log"), db.error().message,
                              tr("Open the file read-only now? You can then restore a backup with File > Restore "
                                 "from Backup."),
                              tr("Open Read-Only"))) {
            options.readOnly = true;
            db = Database::open(path, options);
        }
    }
    if (!db) {
        showError(db.error().message);
        return db.error();
    }
    std::unique_ptr<Database> opened = std::move(db).value();
    auto session = std::make_unique<Session>(*opened, m_clock);
    session->setDefaultRegion(SettingsDialog::phoneRegionSetting());
    if (Status chosen = chooseUser(*session); !chosen) {
        showError(chosen.error().message);
        return chosen.error();
    }
    if (isLocked())
        unlock(); // the lock screen belongs to the file that goes
    clearPages();
    m_session.reset();
    m_db = std::move(opened);
    m_session = std::move(session);
    // A team database: what the others change refreshes this window too.
    const Status listening = m_session->hearOthers();
    buildPages();
    applyAccess();
    startIdleLock();
    addRecent(m_db->path());
    m_notice->hide();
    if (m_db->isReadOnly())
        m_notice->showMessage(m_db->readOnlyReason(), MessageBar::Kind::Warning, false);
    else if (!m_db->openingNote().isEmpty())
        m_notice->showMessage(m_db->openingNote(), MessageBar::Kind::Warning);
    else if (!listening)
        m_notice->showMessage(listening.error().message, MessageBar::Kind::Warning);
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
    // A team database's path() is its name for people (anna@office-pc/guanxi), not a file's.
    const QString name = m_db->isServer() ? m_db->path() : QFileInfo(m_db->path()).fileName();
    QString title = name + QStringLiteral(" — ") + tr("Guanxi");
    if (m_db->isReadOnly())
        title += u' ' + tr("[read-only]");
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    m_readOnlyLabel->setVisible(m_db && m_db->isReadOnly());
    if (!m_db)
        m_fileLabel->clear();
    else if (m_db->isServer())
        m_fileLabel->setText(m_db->path()); // no separators to turn: it is no file
    else
        m_fileLabel->setText(QDir::toNativeSeparators(m_db->path()));
    m_userLabel->clear();
    if (m_session)
        if (auto user = UserStore(*m_session).byId(m_session->userId()))
            m_userLabel->setText(tr("%1 (%2)").arg(user->displayName, Roles::label(user->role)));
    if (!page<CustomersPage>()) {
        m_countLabel->clear();
        return;
    }
    const qint64 n = page<CustomersPage>()->totalCount();
    if (page<CustomersPage>()->searchCapped())
        m_countLabel->setText(tr("%1+ matches: showing the first %1; type more to narrow the search")
                                  .arg(QLocale().toString(n)));
    else
        m_countLabel->setText(tr("Customers: %1").arg(QLocale().toString(n)));
}

void MainWindow::saveCopy()
{
    if (!m_db)
        return;
    if (m_db->isServer()) {
        explainServerBackups();
        return;
    }
    const QFileInfo current(m_db->path());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy"),
        current.absolutePath() + u'/' + current.completeBaseName() + QStringLiteral("-copy.guanxi"),
        databaseFileFilter());
    if (path.isEmpty())
        return;
    const EncryptionChoice choice = PassphraseDialog::offer(this, tr("Save a Copy"), path);
    if (choice.cancelled)
        return;
    if (Status s = Backup::saveCopy(*m_db, path, choice.secret()); !s)
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (page<CustomersPage>())
        page<CustomersPage>()->reloadLookups();
    startIdleLock(); // the minutes may have changed
    updateStatus();  // and who I am, on a file without login
}

void MainWindow::showCustomFields()
{
    if (!m_session)
        return;
    CustomFieldsDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace guanxi::ui
