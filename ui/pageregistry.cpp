#include "pageregistry.h"

#include "customers/customerspage.h"
#include "sales/funnelpage.h"
#include "activities/inboxpage.h"
#include "leads/leadspage.h"
#include "sales/orderspage.h"
#include "leads/poolpage.h"
#include "reports/dataqualitypage.h"
#include "reports/reportspage.h"
#include "activities/todaypage.h"
#include "customers/trashpage.h"
#include "team/auditpage.h"

#include <QtGlobal>

namespace guanxi::ui {

namespace {

template <class Page>
std::function<QWidget *(const PageContext &)> withUndo()
{
    return [](const PageContext &c) -> QWidget * { return new Page(c.session, c.undo, c.parent); };
}

template <class Page>
std::function<QWidget *(const PageContext &)> withoutUndo()
{
    return [](const PageContext &c) -> QWidget * { return new Page(c.session, c.parent); };
}

} // namespace

const QList<PageSpec> &pageRegistry()
{
    // The texts are MainWindow's (its tr() translates them).
    static const QList<PageSpec> pages = {
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "To&day"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Today"), withUndo<TodayPage>()},
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "C&ustomers"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Customers"), withUndo<CustomersPage>()},
        {QStringLiteral("leads"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "&Leads"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Leads"), withoutUndo<LeadsPage>()},
        {QStringLiteral("pool"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Public &Pool"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Public pool"), withoutUndo<PoolPage>()},
        {QStringLiteral("funnel"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "&Funnel"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Funnel"), withUndo<FunnelPage>()},
        {QStringLiteral("orders"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "&Orders"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Orders"), withoutUndo<OrdersPage>()},
        {QStringLiteral("inbox"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "&Inbox"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Inbox"), withoutUndo<InboxPage>()},
        {QStringLiteral("reports"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "&Reports"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Reports"), withoutUndo<ReportsPage>()},
        {QStringLiteral("trash"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "&Trash"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Trash"), withUndo<TrashPage>()},
        {QStringLiteral("quality"), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Data &Quality"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Data quality"), withUndo<DataQualityPage>()},
        // Shown to those allowed to read the audit trail (MainWindow::applyAccess).
        {auditPageId(), QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "&Audit Trail"),
         QT_TRANSLATE_NOOP("guanxi::ui::MainWindow", "Audit trail"), withoutUndo<AuditPage>()},
    };
    return pages;
}

QString auditPageId()
{
    return QStringLiteral("audit");
}

QKeySequence pageShortcut(qsizetype index)
{
    if (index >= 0 && index < pageRegistry().size() && pageRegistry().at(index).id == auditPageId())
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A); // past the ten digits
    if (index == 9)
        return QKeySequence(Qt::CTRL | Qt::Key_0); // the key after 9 on the keyboard's row
    if (index < 0 || index > 9)
        return {};
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(index)));
}

} // namespace guanxi::ui
