// The PDF of a report as laid out on A4: tables across the page, whole
// names, headers where a table starts or continues, no lone last row.
#include "reportrender/reportdocument.h"

#include "analytics/rfmanalysis.h"
#include "analytics/clusteranalysis.h"
#include "team/sampledata.h"
#include "platform/session.h"

#include "testdb.h"

#include <QFontMetricsF>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;

namespace {

QFont cellFont(const DocumentItem &item)
{
    QFont f;
    f.setPixelSize(10);
    f.setBold(item.kind == DocumentItem::TableHeader);
    return f;
}

// A name long enough to wrap in any layout, and names of every script.
Report wideReport(int rows)
{
    Report r;
    r.name = QStringLiteral("rfm");
    r.title = QStringLiteral("RFM analysis");
    ReportTable t{QStringLiteral("rfm"), QStringLiteral("Customers"),
                  {{QStringLiteral("customer_id"), QStringLiteral("ID"), ReportKind::Integer},
                   {QStringLiteral("customer_name"), QStringLiteral("Customer"), ReportKind::Text},
                   {QStringLiteral("recency_days"), QStringLiteral("Recency (days)"), ReportKind::Integer},
                   {QStringLiteral("frequency"), QStringLiteral("Frequency (orders)"), ReportKind::Integer},
                   {QStringLiteral("monetary"), QStringLiteral("Monetary"), ReportKind::Money},
                   {QStringLiteral("segment"), QStringLiteral("Segment"), ReportKind::Text},
                   {QStringLiteral("segment_code"), QStringLiteral("Segment code"), ReportKind::Text, true}},
                  {}};
    const QStringList names{QStringLiteral("西安腾天汽车配件集团有限公司西北销售分公司"), QStringLiteral("Richard Evans"),
                            QStringLiteral("北京汇兴家居集团有限公司"), QStringLiteral("蒋凯桂")};
    for (int i = 0; i < rows; ++i)
        t.rows << QVariantList{qint64(i + 1), names.at(i % names.size()), qint64(30 + i), qint64(1 + i % 9),
                               qint64(78458900 - i * 1000), QStringLiteral("Important development customers"),
                               QStringLiteral("important_development")};
    r.tables << t;
    r.tables << ReportTable{QStringLiteral("segments"), QStringLiteral("Segments"),
                            {{QStringLiteral("segment"), QStringLiteral("Segment"), ReportKind::Text},
                             {QStringLiteral("customers"), QStringLiteral("Customers"), ReportKind::Integer}},
                            {{QStringLiteral("重要价值客户"), qint64(70)}, {QStringLiteral("一般挽留客户"), qint64(84)}}};
    return r;
}

void checkLayout(const QList<DocumentPage> &pages, double width)
{
    REQUIRE_FALSE(pages.isEmpty());
    for (int p = 0; p < pages.size(); ++p) {
        const QList<DocumentItem> &items = pages.at(p).items;
        INFO("page " << p + 1);
        QString continued;   // the table whose rows open this page
        int continuedRows = 0;
        for (int i = 0; i < items.size(); ++i) {
            const DocumentItem &item = items.at(i);
            if (item.kind == DocumentItem::TableHeader || item.kind == DocumentItem::TableRow) {
                double total = 0;
                for (double w : item.widths)
                    total += w;
                INFO(item.table.toStdString() << " row " << item.row);
                CHECK(total == Approx(width).margin(0.5));   // the table spans the page
                CHECK_FALSE(item.cells.contains(QStringLiteral("Segment code")));
                CHECK_FALSE(item.cells.contains(QStringLiteral("important_development")));
                const QFontMetricsF fm(cellFont(item));
                for (int c = 0; c < item.cells.size(); ++c) {   // every cell whole, in its box
                    INFO(item.cells.at(c).toStdString());
                    CHECK_FALSE(item.cells.at(c).contains(QChar(0x2026)));
                    const QRectF need = fm.boundingRect(QRectF(0, 0, item.widths.at(c) - 8, 100000),
                                                        Qt::TextWordWrap, item.cells.at(c));
                    CHECK(need.height() <= item.rect.height());
                    CHECK(need.width() <= item.widths.at(c) - 8 + 0.5);
                }
            }
            if (item.kind == DocumentItem::TableHeader) {
                // Only where the table starts (after its title) or at the top of a page.
                const bool afterTitle = i > 0 && items.at(i - 1).kind == DocumentItem::TableTitle
                                        && items.at(i - 1).table == item.table;
                CHECK((afterTitle || i == 0));
                if (i == 0)
                    continued = item.table;
            }
            if (item.kind == DocumentItem::TableRow && item.table == continued)
                ++continuedRows;
            if (item.kind == DocumentItem::TableTitle)   // a title never ends a page
                CHECK(i + 1 < items.size());
        }
        if (!continued.isEmpty())
            CHECK(continuedRows >= 2);   // never the last row alone
    }
}

} // namespace

TEST_CASE("Report PDF: tables span A4, wrap long names, repeat headers only on new pages", "[gui][reports][pdf]")
{
    const QSizeF page = ReportDocument::a4Page();
    CHECK(page.width() == Approx(180 / 25.4 * 96).margin(1));
    // Lengths that end a page with one row to spare, or none, or many.
    for (int rows : {1, 2, 40, 61, 62, 63, 64, 65, 66, 120, 301}) {
        INFO(rows << " rows");
        const Report r = wideReport(rows);
        const QList<DocumentPage> pages = ReportDocument::layout(r, page);
        checkLayout(pages, page.width());
        // Every row is there once, in order; the long name wraps rather than being cut.
        int next = 0;
        for (const DocumentPage &p : pages)
            for (const DocumentItem &item : p.items)
                if (item.kind == DocumentItem::TableRow && item.table == QStringLiteral("rfm")) {
                    CHECK(item.row == next++);
                    CHECK(item.cells.value(1) == r.tables.first().rows.at(item.row).at(1).toString());
                }
        CHECK(next == std::min(rows, ReportDocument::MaxRowsPerTable));
    }
}

TEST_CASE("Report PDF: the RFM and cluster reports of sample data lay out cleanly", "[gui][reports][pdf]")
{
    guanxi::test::TestDb t;
    SampleData::Options o;
    o.customers = 300;
    o.orders = 1000;
    REQUIRE(SampleData::generate(*t.session, o).ok());
    auto rfm = RfmAnalysis::run(*t.session, {});
    REQUIRE(rfm.ok());
    const Report rfmReport = RfmAnalysis::toReport(*rfm, {}, RfmAnalysis::SegmentNames::Translated);
    checkLayout(ReportDocument::layout(rfmReport, ReportDocument::a4Page()), ReportDocument::a4Page().width());
    auto clusters = ClusterAnalysis::run(*t.session, {});
    REQUIRE(clusters.ok());
    checkLayout(ReportDocument::layout(clusters->report, ReportDocument::a4Page()), ReportDocument::a4Page().width());
    // The page images show the same pages.
    CHECK(ReportDocument::pageImages(rfmReport, 48).size()
          == ReportDocument::layout(rfmReport, ReportDocument::a4Page()).size());
}
