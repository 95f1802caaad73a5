// guanxi-screenshots OUTDIR [--customers N] [--lang zh_CN|en] [--size 1366x768] [--database FILE]
// Renders the main screens offscreen to PNG files so a person can look at
// layout, Chinese text and empty states without clicking through by hand.
// The report tour: every report's page, each chart, each table, and its PDF
// (OUTDIR/LANG-report-NAME.pdf) with a PNG of every A4 page.
#include "customers/customerdialog.h"
#include "customers/customerspage.h"
#include "customers/duplicatesdialog.h"
#include "exchange/importwizard.h"
#include "activities/followupdialog.h"
#include "activities/dashboardstrip.h"
#include "mainwindow.h"
#include "sales/orderdocument.h"
#include "sales/orderspage.h"
#include "sales/paymentdialog.h"
#include "activities/todaypage.h"
#include "reportrender/reportchart.h"
#include "reportrender/reportdocument.h"
#include "reports/reportpanel.h"
#include "reports/reportspage.h"
#include "settingsdialog.h"
#include "platform/translations.h"
#include "platform/db/database.h"
#include "team/sampledata.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "customers/duplicatestore.h"
#include "sales/orderstore.h"

#include <QCheckBox>
#include <QFile>
#include <QStringEncoder>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace guanxi;

namespace {
void save(QWidget *w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(50);
    const QString path = dir + u'/' + name + QStringLiteral(".png");
    w->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guanxi-screenshots"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Where to write the PNG files."));
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Sample customers."), QStringLiteral("N"), QStringLiteral("400")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language."), QStringLiteral("lang"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1366x768")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("Use this file instead of fresh sample data."), QStringLiteral("file")});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(1);
    const QString out = parser.positionalArguments().first();
    QDir().mkpath(out);
    installTranslations(app, parser.value(QStringLiteral("lang")));
    const QStringList size = parser.value(QStringLiteral("size")).split(u'x');
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());
    const QString lang = parser.value(QStringLiteral("lang"));

    QTemporaryDir tmp;
    // The empty first-run page.
    {
        ui::MainWindow w;
        w.setWindowState(Qt::WindowNoState);
        w.resize(windowSize);
        w.show();
        (void)w.openDatabase(tmp.filePath(QStringLiteral("empty.guanxi")), true);
        save(&w, out, lang + QStringLiteral("-welcome"));
    }
    QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("sample.guanxi"));
        auto db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
            return 2;
        }
        SystemClock clock;
        Session session(**db, clock);
        SampleData::Options o;
        o.customers = parser.value(QStringLiteral("customers")).toLongLong();
        o.orders = o.customers * 3;
        (void)SampleData::generate(session, o);
    }
    ui::MainWindow w;
    w.setWindowState(Qt::WindowNoState);
    w.resize(windowSize);
    w.show();
    if (!w.openDatabase(path, false))
        return 2;
    w.showToday();
    for (int i = 0; i < 500 && w.todayPage()->dashboard()->isComputing(); ++i)   // the key figures
        QTest::qWait(20);
    save(&w, out, lang + QStringLiteral("-today"));
    w.showCustomers();
    ui::CustomersPage *page = w.customersPage();
    page->table()->setFocus();
    save(&w, out, lang + QStringLiteral("-list"));
    {
        ui::FollowUpDialog log(*w.session(), page->currentId(), QStringLiteral("张伟"), &w);
        log.show();
        save(&log, out, lang + QStringLiteral("-log-follow-up"));
    }

    QTest::keyClicks(w.searchBox(), QStringLiteral("zs"));
    QTest::qWait(300);
    save(&w, out, lang + QStringLiteral("-search-pinyin"));
    w.searchBox()->clear();
    w.searchBox()->setText(QStringLiteral("没有这个人"));
    QTest::qWait(300);
    save(&w, out, lang + QStringLiteral("-search-nothing"));
    w.searchBox()->clear();
    QTest::qWait(300);

    // The edit form for the selected customer, and the same form with errors.
    auto customer = CustomerStore(*w.session()).get(page->currentId());
    if (customer) {
        ui::CustomerDialog dialog(*w.session(), [](const Customer &, const Customer &a) -> Result<qint64> { return a.id; }, &w);
        dialog.setNavigator([](qint64, int) { return qint64(0); });
        dialog.load(*customer);
        dialog.show();
        save(&dialog, out, lang + QStringLiteral("-edit"));
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
        dialog.findChild<QLineEdit *>(QStringLiteral("emailsEdit"))->setText(QStringLiteral("wrong@"));
        dialog.findChild<QLineEdit *>(QStringLiteral("phonesEdit"))->setText(QStringLiteral("12ab"));
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        save(&dialog, out, lang + QStringLiteral("-edit-errors"));
    }
    // Trash with two customers in it.
    page->selectNext(1);
    page->trashSelected();
    page->selectNext(1);
    page->trashSelected();
    save(&w, out, lang + QStringLiteral("-after-delete"));
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int row = 2; row < nav->count(); ++row) {
        nav->setCurrentRow(row);
        save(&w, out, lang + QStringLiteral("-page%1").arg(row));
    }
    // Orders: the page, Record Payment on an order that owes, and the first
    // page of that order as the customer gets it.
    if (auto *orders = w.findChild<ui::OrdersPage *>()) {
        for (int row = 0; row < nav->count() && !orders->isVisible(); ++row)
            nav->setCurrentRow(row);
        orders->findChild<QCheckBox *>()->setChecked(true);   // money outstanding
        save(&w, out, lang + QStringLiteral("-orders-owed"));
        if (const qint64 id = orders->currentOrderId()) {
            if (auto order = OrderStore(*w.session()).get(id)) {
                ui::PaymentDialog pay(*w.session(), *order, &w);
                pay.show();
                save(&pay, out, lang + QStringLiteral("-record-payment"));
            }
            if (auto pages = ui::OrderDocument::pageImages(*w.session(), id, 96))
                for (int i = 0; i < pages->size(); ++i)
                    pages->at(i).save(QDir(out).filePath(lang + QStringLiteral("-order-page%1.png").arg(i + 1)));
        }
        orders->findChild<QCheckBox *>()->setChecked(false);
    }
    // Every report, run on the sample data: the page, each chart at the size
    // the page gives it, each table, and the PDF with a picture of each page.
    if (auto *reports = w.findChild<ui::ReportsPage *>()) {
        nav->setCurrentRow(7);
        for (const QString &name : reports->reportNames()) {
            const QString prefix = lang + QStringLiteral("-report-") + name;
            reports->showReport(name);
            save(&w, out, prefix);
            if (!reports->hasReport())
                continue;
            const Report &report = reports->panel()->report();
            for (const ReportChart &chart : report.charts) {
                std::unique_ptr<QWidget> widget(ui::createChartWidget(report, chart));
                if (!widget)
                    continue;
                ui::prepareChartWidget(widget.get(), QSize(480, 300));
                save(widget.get(), out, prefix + QStringLiteral("-chart-") + chart.name);
            }
            QTabWidget *tabs = reports->panel()->tabs();
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                save(&w, out, prefix + QStringLiteral("-table-") + report.tables.value(tab - 1).name);
            }
            tabs->setCurrentIndex(0);
            const QString pdf = out + u'/' + prefix + QStringLiteral(".pdf");
            if (Status s = ui::ReportDocument::writePdf(report, pdf); !s)
                std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
            else
                std::printf("%s\n", qPrintable(pdf));
            const QList<QImage> pages = ui::ReportDocument::pageImages(report, 96);
            for (int i = 0; i < pages.size(); ++i) {
                const QString path = out + u'/' + prefix + QStringLiteral("-pdf-page%1.png").arg(i + 1, 2, 10, QChar(u'0'));
                pages.at(i).save(path);
                std::printf("%s\n", qPrintable(path));
            }
        }
    }
    ui::SettingsDialog settings(*w.session(), &w);
    settings.show();
    save(&settings, out, lang + QStringLiteral("-settings"));

    // The import wizard on a GBK file with a title row and one bad row.
    {
        const QString csv = tmp.filePath(QStringLiteral("客户名单.csv"));
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QStringEncoder gbk("GB18030");
        f.write(gbk(QStringLiteral("2026年客户名单\r\n客户名称,联系电话,电子邮箱,单位,城市,备注\r\n"
                                   "赵敏,13811112222,zm@example.com,华信科技有限公司,北京,展会\r\n"
                                   "钱进,1381111,qj@,华信科技有限公司,上海,\r\n"
                                   "孙丽,13933334444,,东方电子,广州,老客户介绍\r\n")));
        f.close();
        ui::ImportWizard wizard(*w.session(), ui::ImportWizard::Target::Customers, &w);
        wizard.show();
        wizard.setFile(csv);
        save(&wizard, out, lang + QStringLiteral("-import-1-file"));
        wizard.next();
        save(&wizard, out, lang + QStringLiteral("-import-2-mapping"));
        wizard.next();
        save(&wizard, out, lang + QStringLiteral("-import-3-options"));
        wizard.next();
        for (int i = 0; i < 300 && wizard.isRunning(); ++i)
            QTest::qWait(20);
        save(&wizard, out, lang + QStringLiteral("-import-4-report"));
    }
    // Duplicates over the sample data.
    if (auto groups = DuplicateStore(*w.session()).find()) {
        ui::DuplicatesDialog dialog(*w.session(), *groups, &w);
        dialog.show();
        save(&dialog, out, lang + QStringLiteral("-duplicates"));
    }
    return 0;
}
