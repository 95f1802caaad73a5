// The Reports page and the dashboard on real files: reports run off the UI
// thread, show charts and tables, export to every format, open customers,
// and save an RFM segment as a tag with a customer view.
#include "customers/customerspage.h"
#include "activities/dashboardstrip.h"
#include "reportrender/heatmapwidget.h"
#include "mainwindow.h"
#include "reportrender/reportdocument.h"
#include "reports/reportpanel.h"
#include "reports/reportspage.h"
#include "reports/rfmsegmentdialog.h"
#include "activities/todaypage.h"

#include "analytics/dashboard.h"
#include "analytics/rfmanalysis.h"
#include "team/sampledata.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "customers/savedviewstore.h"
#include "team/userstore.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;

namespace {

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

struct SampleWindow {
    QTemporaryDir dir;
    MainWindow w;
    explicit SampleWindow(qint64 customers = 80)
    {
        QSettings().clear();
        w.show();
        REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("reports.guanxi")), true).ok());
        if (customers > 0) {
            SampleData::Options o;
            o.customers = customers;
            o.orders = customers * 4;
            REQUIRE(SampleData::generate(*w.session(), o).ok());
        }
    }
    ReportsPage *page()
    {
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < nav->count(); ++i)
            if (nav->item(i)->text().startsWith(QStringLiteral("Reports")))
                nav->setCurrentRow(i);
        return w.findChild<ReportsPage *>();
    }
};

} // namespace

TEST_CASE("Reports: RFM shows its charts and tables, the same numbers as the analysis", "[gui][reports]")
{
    SampleWindow s;
    ReportsPage *page = s.page();
    REQUIRE(page);
    page->showReport(QStringLiteral("rfm"));
    REQUIRE(page->hasReport());
    const Report &shown = page->panel()->report();
    CHECK(shown.name == QStringLiteral("rfm"));

    auto expected = RfmAnalysis::run(*s.w.session(), {});
    REQUIRE(expected.ok());
    REQUIRE(shown.table(QStringLiteral("rfm")));
    CHECK(shown.table(QStringLiteral("rfm"))->rows.size() == expected->result.rows.size());
    qint64 segmentTotal = 0;
    for (const QVariantList &row : shown.table(QStringLiteral("segments"))->rows)
        segmentTotal += row.at(2).toLongLong();
    CHECK(segmentTotal == expected->result.rows.size());

    // Charts tab first, then one tab per table.
    QTabWidget *tabs = page->panel()->tabs();
    REQUIRE(tabs->count() == 1 + shown.tables.size());
    CHECK(page->panel()->findChild<QChartView *>(QStringLiteral("chart_segments")));
    CHECK(page->panel()->findChild<HeatMapWidget *>(QStringLiteral("chart_heat_map")));

    // Sorting by monetary puts the biggest spender first.
    tabs->setCurrentIndex(1);
    auto *view = tabs->currentWidget()->findChild<QTableView *>();
    REQUIRE(view);
    // The segment's code is for scripts; its name is shown.
    const ReportTable &rows = *shown.table(QStringLiteral("rfm"));
    CHECK(view->isColumnHidden(rows.column(QStringLiteral("segment_code"))));
    CHECK_FALSE(view->isColumnHidden(rows.column(QStringLiteral("segment"))));
    view->sortByColumn(4, Qt::DescendingOrder);
    qint64 top = 0;
    for (const RfmRow &row : expected->result.rows)
        top = std::max(top, row.monetary);
    const QModelIndex first = view->model()->index(0, 4);
    CHECK(view->model()->data(first, Qt::UserRole + 1).toDouble() == Approx(double(top) / 100.0));

    // A row opens its customer on the Customers page.
    const qint64 id = view->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
    emit view->activated(view->model()->index(0, 1));
    QApplication::processEvents();
    CHECK(s.w.customersPage()->isVisible());
    CHECK(s.w.customersPage()->currentId() == id);
}

TEST_CASE("Reports: every export format is written, and a bad name is refused", "[gui][reports]")
{
    SampleWindow s(40);
    ReportsPage *page = s.page();
    page->showReport(QStringLiteral("rfm"));
    REQUIRE(page->hasReport());
    QTemporaryDir out;
    const auto path = [&](const char *name) { return out.filePath(QString::fromLatin1(name)); };
    REQUIRE(page->exportTo(path("rfm.xlsx")).ok());
    CHECK(head(path("rfm.xlsx"), 2) == "PK");
    REQUIRE(page->exportTo(path("rfm.csv")).ok());
    CHECK(head(path("rfm.csv"), 3) == "\xEF\xBB\xBF");
    REQUIRE(page->exportTo(path("rfm.json")).ok());
    CHECK(head(path("rfm.json"), 1) == "{");
    REQUIRE(page->exportTo(path("rfm.pdf")).ok());
    CHECK(head(path("rfm.pdf"), 5) == "%PDF-");
    CHECK(QFileInfo(path("rfm.pdf")).size() > 20000);   // charts and tables, not an empty page
    const Status bad = page->exportTo(path("rfm.txt"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral(".xlsx")));

    const Report &report = page->panel()->report();
    REQUIRE(ReportDocument::writeChartImage(report, report.charts.first(), path("segments.png")).ok());
    const QImage png(path("segments.png"));
    CHECK(png.width() == 1360);
    REQUIRE(ReportDocument::writeChartImage(report, report.charts.at(2), path("heat.svg")).ok());
    CHECK(head(path("heat.svg"), 400).contains("<svg"));

    // Every report offered runs too and has charts and tables.
    const QStringList names = page->reportNames();
    CHECK(names.mid(0, 5) == QStringList{QStringLiteral("rfm"), QStringLiteral("clusters"), QStringLiteral("funnel"),
                                         QStringLiteral("trend"), QStringLiteral("cohort")});
    for (const QString &name : names) {
        INFO(name.toStdString());
        page->showReport(name);
        REQUIRE(page->hasReport());
        CHECK(page->panel()->report().name == name);
        CHECK_FALSE(page->panel()->report().charts.isEmpty());
        REQUIRE(page->exportTo(out.filePath(name + QStringLiteral(".pdf"))).ok());
    }
}

TEST_CASE("Reports: a file without orders says there is nothing to show", "[gui][reports]")
{
    SampleWindow s(0);
    ReportsPage *page = s.page();
    page->showReport(QStringLiteral("rfm"));
    CHECK_FALSE(page->hasReport());
    auto *empty = page->findChild<QLabel *>(QStringLiteral("reportEmpty"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Nothing to show")));
    CHECK_FALSE(page->findChild<QToolButton *>(QStringLiteral("exportReport"))->isEnabled());
}

TEST_CASE("Reports: an RFM segment saved as a tag tags exactly its customers", "[gui][reports]")
{
    SampleWindow s(60);
    ReportsPage *page = s.page();
    page->showReport(QStringLiteral("rfm"));
    REQUIRE(page->hasReport());
    const Report report = page->panel()->report();
    RfmSegmentDialog dialog(*s.w.session(), report, &s.w);
    auto *segment = dialog.findChild<QComboBox *>(QStringLiteral("segment"));
    REQUIRE(segment->count() > 0);
    const QString code = segment->currentData().toString();
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("tag"))->text().startsWith(QStringLiteral("RFM ")));
    dialog.findChild<QLineEdit *>(QStringLiteral("tag"))->setText(QStringLiteral("回访名单"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    CustomerStore customers(*s.w.session());
    qint64 inSegment = 0;
    for (const QVariantList &row : report.table(QStringLiteral("rfm"))->rows) {
        auto c = customers.get(row.at(0).toLongLong());
        REQUIRE(c.ok());
        const bool tagged = c->tags.contains(QStringLiteral("回访名单"));
        CHECK(tagged == (row.at(9).toString() == code));
        inSegment += row.at(9).toString() == code;
    }
    CHECK(dialog.tagged() == inSegment);
    auto views = SavedViewStore(*s.w.session()).list();
    REQUIRE(views.ok());
    REQUIRE(views->size() == 1);
    CHECK(views->first().query.tag == QStringLiteral("回访名单"));
    CHECK(views->first().id == dialog.savedViewId());

    // Saving the same tag again adds nobody twice.
    auto again = customers.addTag({report.table(QStringLiteral("rfm"))->rows.first().at(0).toLongLong()},
                                  QStringLiteral("回访名单"));
    REQUIRE(again.ok());
    CHECK(*again == (report.table(QStringLiteral("rfm"))->rows.first().at(9).toString() == code ? 0 : 1));
}

TEST_CASE("Dashboard: the key figures match the analysis and open their report", "[gui][reports][dashboard]")
{
    SampleWindow s(80);
    s.w.showToday();
    DashboardStrip *strip = s.w.todayPage()->dashboard();
    strip->refresh();
    for (int i = 0; i < 500 && (strip->isComputing() || strip->kpis().cards.isEmpty()); ++i)
        QTest::qWait(20);
    REQUIRE(strip->kpis().cards.size() == 6);
    auto expected = Dashboard::compute(*s.w.session());
    REQUIRE(expected.ok());
    CHECK(strip->kpis().deals.openMinor == expected->deals.openMinor);
    CHECK(strip->kpis().overdueCustomers == expected->overdueCustomers);
    auto *card = strip->findChild<QToolButton *>(QStringLiteral("kpi0"));
    REQUIRE(card);
    CHECK(card->isEnabled());
    CHECK(card->text().startsWith(expected->cards.first().title));

    QTest::mouseClick(card, Qt::LeftButton);
    auto *page = s.w.findChild<ReportsPage *>();
    REQUIRE(page->hasReport());
    CHECK(page->isVisible());
    CHECK(page->panel()->report().name == QStringLiteral("funnel"));

    // A salesperson sees their own figures, and their card opens their funnel.
    auto users = UserStore(*s.w.session()).list();
    REQUIRE(users.ok());
    const auto sales = std::find_if(users->cbegin(), users->cend(), [](const User &u) { return u.role == Role::Sales; });
    REQUIRE(sales != users->cend());
    s.w.session()->setUserId(sales->id);
    s.w.showToday();
    strip->refresh();
    for (int i = 0; i < 500 && strip->isComputing(); ++i)
        QTest::qWait(20);
    QTest::qWait(50);
    auto own = Dashboard::compute(*s.w.session(), sales->id);
    REQUIRE(own.ok());
    CHECK(strip->kpis().ownerId == sales->id);
    CHECK(strip->kpis().deals.openMinor == own->deals.openMinor);
    CHECK(strip->kpis().deals.openMinor < expected->deals.openMinor);
    QTest::mouseClick(card, Qt::LeftButton);
    CHECK(page->panel()->report().filters.join(u' ').contains(sales->displayName));
}
