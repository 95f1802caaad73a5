// The first hour in the window: the welcome page, the navigation rail, the
// menus, the settings form and the in-app guide, in English and Chinese.
#include "customers/duplicatesdialog.h"
#include "sales/funnelpage.h"
#include "guidedialog.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "pageregistry.h"
#include "settingsdialog.h"
#include "activities/todaypage.h"
#include "welcomepage.h"
#include "sales/dealcolumnmodel.h"
#include "activities/todaymodel.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "activities/followupstore.h"
#include "activities/notificationstore.h"
#include "team/userstore.h"
#include "platform/systemaccount.h"
#include "testwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QTextBrowser>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <memory>

using namespace guanxi;
using namespace guanxi::ui;

namespace {

// Installs the Chinese translation for the life of the object.
struct Chinese {
    Chinese()
    {
        ok = translator.load(QStringLiteral(":/i18n/guanxi_zh_CN.qm"));
        if (ok)
            QCoreApplication::installTranslator(&translator);
    }
    ~Chinese() { QCoreApplication::removeTranslator(&translator); }
    QTranslator translator;
    bool ok = false;
};

// Whether all of a word-wrapped label's text is shown at its current size.
bool showsAllText(const QLabel *label)
{
    const QRect needed = label->fontMetrics().boundingRect(QRect(0, 0, label->contentsRect().width(), 100000),
                                                           Qt::TextWordWrap, label->text());
    return label->isVisible() && needed.height() <= label->contentsRect().height()
           && needed.width() <= label->contentsRect().width();
}

} // namespace

TEST_CASE("The welcome page shows each choice's whole description at every size, in both languages", "[gui][shell]")
{
    const bool chinese = GENERATE(false, true);
    std::unique_ptr<Chinese> zh;
    if (chinese) {
        zh = std::make_unique<Chinese>();
        REQUIRE(zh->ok);
    }
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("welcome.guanxi")), true).ok());
    for (const QSize size : {QSize(1024, 600), QSize(1366, 768), QSize(1600, 1000)}) {
        w.resize(size);
        QApplication::processEvents();
        for (const char *name : {"sampleDataButton", "importButton", "startEmptyButton"}) {
            INFO((chinese ? "zh_CN " : "en ") << size.width() << "x" << size.height() << " " << name);
            auto *button = w.findChild<QAbstractButton *>(QString::fromLatin1(name));
            REQUIRE(button);
            REQUIRE(button->isVisible());
            auto *description = button->findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Description"));
            REQUIRE(description);
            CHECK(showsAllText(description));
            // The description lies inside its button, and the button inside the window.
            CHECK(button->rect().contains(description->geometry()));
            const QRect onWindow(button->mapTo(&w, QPoint(0, 0)), button->size());
            CHECK(w.rect().contains(onWindow));
        }
    }
}

namespace {
// Every menu's actions, each list with the actions' mnemonic keys in order.
void collectMnemonics(QMenu *menu, QList<QPair<QString, QStringList>> &out)
{
    QStringList keys;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QKeySequence key = QKeySequence::mnemonic(a->text());
        if (!key.isEmpty())
            keys << key.toString();
        if (a->menu())
            collectMnemonics(a->menu(), out);
    }
    out << qMakePair(menu->title(), keys);
}

Chinese *maybeChinese(bool chinese, std::unique_ptr<Chinese> &holder)
{
    if (chinese)
        holder = std::make_unique<Chinese>();
    return holder.get();
}
} // namespace

TEST_CASE("No two entries of a menu share a mnemonic, in either language", "[gui][shell]")
{
    const bool chinese = GENERATE(false, true);
    std::unique_ptr<Chinese> zh;
    if (maybeChinese(chinese, zh))
        REQUIRE(zh->ok);
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("menus.guanxi")), true).ok());
    QList<QPair<QString, QStringList>> menus;
    QStringList bar;
    for (QAction *a : w.menuBar()->actions()) {
        bar << QKeySequence::mnemonic(a->text()).toString();
        if (a->menu())
            collectMnemonics(a->menu(), menus);
    }
    menus << qMakePair(QStringLiteral("menu bar"), bar);
    for (const auto &[title, keys] : menus) {
        INFO((chinese ? "zh_CN " : "en ") << title.toStdString() << ": " << keys.join(u' ').toStdString());
        CHECK(QSet<QString>(keys.begin(), keys.end()).size() == keys.size());
    }
}

TEST_CASE("Every page shortcut the help lists opens that page, and the View menu offers the same keys", "[gui][shell]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("keys.guanxi")), true).ok());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *stack = w.findChild<QStackedWidget *>();
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(stack);
    REQUIRE(nav);
    REQUIRE(w.pages().size() == pageRegistry().size());
    REQUIRE(nav->count() == w.pages().size());

    QMenu *view = nullptr;
    for (QAction *a : w.menuBar()->actions())
        if (a->menu() && a->text().remove(u'&') == QStringLiteral("View"))
            view = a->menu();
    REQUIRE(view);

    int listed = 0;
    for (const auto &[what, keys] : w.shortcutList()) {
        if (!what.startsWith(QStringLiteral("Go to ")))
            continue;
        ++listed;
        const QString label = what.mid(6);
        const int row = int(std::find_if(pageRegistry().cbegin(), pageRegistry().cend(),
                                         [&](const PageSpec &p) { return MainWindow::tr(p.railText) == label; })
                            - pageRegistry().cbegin());
        INFO(what.toStdString() << " " << keys.toStdString());
        REQUIRE(row < pageRegistry().size());
        CHECK(nav->item(row)->text() == label);
        // Start somewhere else, then press the keys the help names.
        nav->setCurrentRow(row == 0 ? 1 : 0);
        const QKeySequence sequence(keys, QKeySequence::NativeText);
        REQUIRE(sequence.count() == 1);
        QTest::keySequence(&w, sequence);
        CHECK(stack->currentWidget() == w.pages().at(row));
        CHECK(nav->currentRow() == row);
        // The View menu has an entry for the page with these keys.
        const bool inMenu = std::any_of(view->actions().cbegin(), view->actions().cend(), [&](QAction *a) {
            return a->shortcut() == sequence && a->text().remove(u'&') == MainWindow::tr(pageRegistry().at(row).menuText).remove(u'&');
        });
        CHECK(inMenu);
    }
    CHECK(listed == pageRegistry().size());
}

TEST_CASE("Settings labels show their mnemonic underlined, and Alt+I goes to the user", "[gui][shell]")
{
    const bool chinese = GENERATE(false, true);
    std::unique_ptr<Chinese> zh;
    if (maybeChinese(chinese, zh))
        REQUIRE(zh->ok);
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("settings.guanxi")), true).ok());
    SettingsDialog dialog(*w.session(), &w);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    // A label shows "&" literally unless it has a buddy to give the focus to.
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        INFO((chinese ? "zh_CN " : "en ") << label->text().toStdString());
        if (label->textFormat() != Qt::RichText && label->text().contains(u'&'))
            CHECK(label->buddy() != nullptr);
    }
    auto *user = dialog.findChild<QComboBox *>(QStringLiteral("userCombo"));
    REQUIRE(user);
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    CHECK(user->hasFocus());
}

TEST_CASE("The navigation rail has an icon for every page and badges that follow the data", "[gui][shell]")
{
    guanxi::test::TestWindow window(QStringLiteral("rail.guanxi"));
    MainWindow &w = window.w;
    Session &session = *w.session();
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(nav);
    REQUIRE(nav->count() >= 8);
    for (int i = 0; i < nav->count(); ++i) {
        INFO(nav->item(i)->text().toStdString());
        const QIcon icon = nav->item(i)->icon();
        CHECK_FALSE(icon.pixmap(20, 20).isNull());
        // Readable on the highlighted row too.
        CHECK(icon.pixmap(20, QIcon::Selected).toImage() != icon.pixmap(20, QIcon::Normal).toImage());
    }
    QListWidgetItem *today = nav->item(0);
    CHECK(today->data(NavRole::Badge).toInt() == 0);

    // Two overdue follow-ups: a red badge of 2 without opening the page.
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("张伟"), QStringLiteral("李娜")}) {
        Customer c;
        c.name = name;
        c.ownerId = session.userId();
        c.nextFollowUp = session.today().addDays(-1);
        ids << *CustomerStore(session).create(c);
    }
    CHECK(today->data(NavRole::Badge).toInt() == 2);
    CHECK(BadgeTone(today->data(NavRole::BadgeTone).toInt()) == BadgeTone::Urgent);
    CHECK_FALSE(today->toolTip().isEmpty());
    CHECK(today->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("2 overdue")));

    // One followed up: the badge says 1.
    Interaction done;
    done.customerId = ids.first();
    done.occurredAt = session.now();
    done.summary = QStringLiteral("打了电话");
    REQUIRE(FollowUpStore(session).log(done).ok());
    CHECK(today->data(NavRole::Badge).toInt() == 1);

    // A new assignment in the Inbox: a badge there too.
    QListWidgetItem *inbox = nullptr;
    for (int i = 0; i < nav->count(); ++i)
        if (nav->item(i)->text() == QStringLiteral("Inbox"))
            inbox = nav->item(i);
    REQUIRE(inbox);
    CHECK(inbox->data(NavRole::Badge).toInt() == 0);
    REQUIRE(NotificationStore(session)
                .add(session.userId(), QStringLiteral("assigned"), QStringLiteral("customer"), ids.last(),
                     QStringLiteral("李娜 was assigned to you"))
                .ok());
    QApplication::processEvents();
    CHECK(inbox->data(NavRole::Badge).toInt() == 1);
    // The rail is wide enough for every label with its badge.
    for (int i = 0; i < nav->count(); ++i)
        CHECK(nav->visualItemRect(nav->item(i)).width() <= nav->viewport()->width());
}

TEST_CASE("Help → Guide (F1) explains the day's work in the UI's language", "[gui][shell]")
{
    const bool chinese = GENERATE(false, true);
    const QLocale before;
    QLocale::setDefault(QLocale(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
    guanxi::test::TestWindow window(QStringLiteral("guide.guanxi"));
    MainWindow &w = window.w;
    auto *action = w.findChild<QAction *>(QStringLiteral("guideAction"));
    REQUIRE(action);
    bool inHelp = false;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inHelp = true;
    CHECK(inHelp);
    QTest::keyClick(&w, Qt::Key_F1);
    auto *guide = w.findChild<GuideDialog *>(QStringLiteral("guideDialog"));
    REQUIRE(guide);
    CHECK(guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    const QStringList topics = chinese ? QStringList{QStringLiteral("今日待办"), QStringLiteral("客户"), QStringLiteral("线索"),
                                                     QStringLiteral("公海"), QStringLiteral("商机"), QStringLiteral("订单"),
                                                     QStringLiteral("回款"), QStringLiteral("报表"), QStringLiteral("快捷键")}
                                       : QStringList{QStringLiteral("Today"), QStringLiteral("Customers"), QStringLiteral("Leads"),
                                                     QStringLiteral("Public pool"), QStringLiteral("Funnel"), QStringLiteral("Orders"),
                                                     QStringLiteral("payments"), QStringLiteral("Reports"),
                                                     QStringLiteral("Keyboard shortcuts")};
    for (const QString &topic : topics) {
        INFO(topic.toStdString());
        CHECK(text.contains(topic));
    }
    // Every shortcut the guide names is one the window has.
    for (const char *key : {"Ctrl+L", "Ctrl+K", "Ctrl+N", "Ctrl+Shift+L", "F2", "Ctrl+I", "Ctrl+E"}) {
        INFO(key);
        CHECK(text.contains(QString::fromLatin1(key)));
        bool found = false;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcuts().contains(QKeySequence(QString::fromLatin1(key))))
                found = true;
        CHECK(found);
    }
    QLocale::setDefault(before);
}

TEST_CASE("A new file's first user is named after the person at the computer, never a bare \"me\"", "[gui][shell]")
{
    CHECK(SystemAccount{QStringLiteral("zhangwei"), QStringLiteral("张伟")}.displayName() == QStringLiteral("张伟"));
    CHECK(SystemAccount{QStringLiteral("zhangwei"), QString()}.displayName() == QStringLiteral("zhangwei"));
    CHECK(SystemAccount{QStringLiteral("root"), QStringLiteral("root")}.displayName() == QStringLiteral("root"));
    CHECK(SystemAccount{}.displayName() == QCoreApplication::translate("SystemAccount", "Me"));

    // Without $USER (a service, a bare session) the system's account still names the user.
    const QByteArray user = qgetenv("USER");
    qunsetenv("USER");
    QSettings().clear();
    QTemporaryDir dir;
    const SystemAccount me = SystemAccount::current();
    {
        MainWindow w;
        REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("user.guanxi")), true).ok());
        auto first = UserStore(*w.session()).byId(w.session()->userId());
        REQUIRE(first);
        CHECK(first->displayName == me.displayName());
        CHECK(first->displayName != QStringLiteral("me"));
        CHECK(first->role == Role::Admin);
    }
    // An existing file keeps its user, whoever opens it.
    qputenv("USER", "somebodyelse");
    {
        MainWindow w;
        REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("user.guanxi")), false).ok());
        CHECK(UserStore(*w.session()).byId(w.session()->userId())->displayName == me.displayName());
    }
    if (user.isNull())
        qunsetenv("USER");
    else
        qputenv("USER", user);
}

TEST_CASE("Counts read \"1 deal\" and \"2 deals\" in English, never \"1 deals\" or \"1 group(s)\"", "[gui][shell]")
{
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/guanxi_en.qm")));
    QCoreApplication::installTranslator(&english);
    CHECK(FunnelPage::tr("%n deal(s)", nullptr, 1) == QStringLiteral("1 deal"));
    CHECK(FunnelPage::tr("%n deal(s)", nullptr, 2) == QStringLiteral("2 deals"));
    CHECK(DuplicatesDialog::tr("%n group(s) of customers look like the same person or company. Choose the values to keep "
                               "and merge: orders, deals, follow-ups and history move to the kept record, and the other "
                               "goes to the trash. A merge can be undone under Merges.",
                               nullptr, 1)
              .startsWith(QStringLiteral("1 group of customers looks like")));

    // The funnel's column header, as a salesperson sees it.
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("plurals.guanxi")), true).ok());
    Session &session = *w.session();
    Customer c;
    c.name = QStringLiteral("华信科技");
    Deal d;
    d.customerId = *CustomerStore(session).create(c);
    d.title = QStringLiteral("ERP 升级");
    REQUIRE(DealStore(session).create(d).ok());
    auto *funnel = w.findChild<FunnelPage *>();
    REQUIRE(funnel);
    funnel->reload();
    const qint64 first = funnel->columns().first()->stage().id;
    const QString header = funnel->findChild<QLabel *>(QStringLiteral("stageHeader%1").arg(first))->text();
    INFO(header.toStdString());
    CHECK(header.contains(QStringLiteral("1 deal ")));
    CHECK_FALSE(header.contains(QStringLiteral("deals")));
    CHECK_FALSE(header.contains(QStringLiteral("(s)")));
    QCoreApplication::removeTranslator(&english);
}
