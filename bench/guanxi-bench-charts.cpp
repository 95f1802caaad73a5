// guanxi-bench-charts [--customers N] [--runs N]
// How long each report chart takes to build and draw, the work a redraw
// does (target: 200 ms). The data is an RFM report over N synthetic
// customers (default 1,000,000) and a cluster scatter over the same N rows.
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "reportrender/reportchart.h"
#include "reports/reporttablemodel.h"

#include "analytics/rfm.h"
#include "analytics/rfmanalysis.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QWidget>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace guanxi;

namespace {

long peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// A customer base with a long tail: most buy once or twice, few buy often.
QList<PurchaseSummary> customers(qint64 n)
{
    QList<PurchaseSummary> out;
    out.reserve(n);
    quint64 state = 42;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    const QDate start(2023, 1, 1);
    for (qint64 i = 0; i < n; ++i) {
        const qint64 orders = 1 + qint64(next() % 100 < 60 ? next() % 2 : next() % 30);
        out << PurchaseSummary{i + 1, start.addDays(qint64(next() % 1400)), orders,
                               orders * qint64(5000 + next() % 2000000), {}};
    }
    return out;
}

double drawMs(const Report &report, const ReportChart &chart)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QWidget> w(ui::createChartWidget(report, chart));
    w->setAttribute(Qt::WA_DontShowOnScreen);
    w->resize(680, 340);
    w->show();
    QImage image(680, 340, QImage::Format_ARGB32);
    QPainter painter(&image);
    w->render(&painter);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("customers"), QStringLiteral("Synthetic customers."), QStringLiteral("N"),
                   QStringLiteral("1000000")},
                  {QStringLiteral("runs"), QStringLiteral("Draws per chart (the median is shown)."), QStringLiteral("N"),
                   QStringLiteral("5")}});
    p.addHelpOption();
    p.process(app);
    const qint64 n = p.value(QStringLiteral("customers")).toLongLong();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());

    QElapsedTimer step;
    step.start();
    RfmReport rfm;
    rfm.result = Rfm::compute(customers(n), QDate(2026, 11, 23));
    rfm.names.reserve(rfm.result.rows.size());
    for (const RfmRow &row : rfm.result.rows)   // distinct names, as a real file has
        rfm.names << QStringLiteral("客户%1").arg(row.customerId);
    const double computeMs = double(step.nsecsElapsed()) / 1e6;
    step.restart();
    Report report = RfmAnalysis::toReport(rfm, {}, RfmAnalysis::SegmentNames::Chinese);
    const double reportMs = double(step.nsecsElapsed()) / 1e6;

    // The table the RFM page shows: sorting by a number and by a name, and
    // one filter pass, as the user's clicks and typing do.
    {
        ui::ReportTableModel model(*report.table(QStringLiteral("rfm")), report.currency);
        ui::ReportFilterProxy proxy;
        proxy.setSourceModel(&model);
        step.restart();
        proxy.sort(4, Qt::DescendingOrder);
        const double sortMoneyMs = double(step.nsecsElapsed()) / 1e6;
        step.restart();
        proxy.sort(1, Qt::AscendingOrder);
        const double sortNameMs = double(step.nsecsElapsed()) / 1e6;
        step.restart();
        proxy.setText(QStringLiteral("客户12345"));
        const int left = proxy.rowCount();
        const double filterMs = double(step.nsecsElapsed()) / 1e6;
        std::printf("RFM over %lld customers: compute %.0f ms, report tables %.0f ms; table: sort by money %.0f ms, "
                    "by name %.0f ms, filter %.0f ms (%d rows left); peak RSS %ld MB\n",
                    n, computeMs, reportMs, sortMoneyMs, sortNameMs, filterMs, left, peakMb());
    }
    // A cluster scatter over every customer: the widest chart there is.
    ReportTable points{QStringLiteral("points"), QStringLiteral("points"),
                       {{QStringLiteral("recency"), QStringLiteral("R"), ReportKind::Integer},
                        {QStringLiteral("monetary"), QStringLiteral("M"), ReportKind::Money},
                        {QStringLiteral("cluster"), QStringLiteral("C"), ReportKind::Integer}},
                       {}};
    points.rows.reserve(rfm.result.rows.size());
    for (const RfmRow &row : rfm.result.rows)
        points.rows << QVariantList{row.recencyDays, row.monetary, qint64(row.r)};
    report.tables << points;
    report.charts << ReportChart{QStringLiteral("scatter"), QStringLiteral("Scatter"), ReportChartKind::Scatter,
                                 QStringLiteral("points"), 0, {0, 1}, 2};

    std::printf("Charts of an RFM report over %lld customers, %d draws each (680 x 340):\n", n, runs);
    std::printf("%-16s %12s %12s\n", "chart", "median ms", "max ms");
    for (const ReportChart &chart : report.charts) {
        QList<double> ms;
        for (int i = 0; i < runs; ++i)
            ms << drawMs(report, chart);
        std::sort(ms.begin(), ms.end());
        std::printf("%-16s %12.1f %12.1f\n", qPrintable(chart.name), ms.at(ms.size() / 2), ms.last());
    }
    return 0;
}
