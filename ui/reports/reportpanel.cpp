#include "reports/reportpanel.h"

#include "reportrender/reportchart.h"
#include "reports/reporttablemodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace guanxi::ui {

ReportPanel::ReportPanel(QWidget *parent)
    : QWidget(parent), m_filters(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filters->setWordWrap(true);
    m_filters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filters->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_filters);
    layout->addWidget(m_tabs, 1);
}

void ReportPanel::setReport(const Report &report)
{
    const int current = m_tabs->currentIndex();
    m_report = report;
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_filters->setText(report.filters.join(QStringLiteral(" · ")));
    if (!report.charts.isEmpty())
        m_tabs->addTab(chartsTab(), tr("Charts"));
    for (const ReportTable &table : report.tables)
        m_tabs->addTab(tableTab(table), table.title);
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
}

QWidget *ReportPanel::chartsTab()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget;
    auto *grid = new QGridLayout(inner);
    int i = 0;
    for (const ReportChart &chart : m_report.charts) {
        QWidget *w = createChartWidget(m_report, chart, inner);
        if (!w)
            continue;
        w->setObjectName(QStringLiteral("chart_") + chart.name);
        w->setMinimumHeight(300);
        grid->addWidget(w, i / 2, i % 2);
        ++i;
    }
    scroll->setWidget(inner);
    return scroll;
}

QWidget *ReportPanel::tableTab(const ReportTable &table)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("table_") + table.name);
    auto *layout = new QVBoxLayout(page);
    auto *model = new ReportTableModel(table, m_report.currency, page);
    auto *proxy = new ReportFilterProxy(page);
    proxy->setSourceModel(model);
    if (table.rows.size() > 20) {
        auto *filter = new QLineEdit(page);
        filter->setPlaceholderText(tr("Filter rows by their text…"));
        filter->setClearButtonEnabled(true);
        // Typing pauses before a million rows are looked through.
        auto *pause = new QTimer(filter);
        pause->setSingleShot(true);
        pause->setInterval(table.rows.size() > 50000 ? 300 : 100);
        connect(filter, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
        connect(pause, &QTimer::timeout, proxy, [proxy, filter] { proxy->setText(filter->text()); });
        layout->addWidget(filter);
    }
    auto *view = new QTableView(page);
    view->setModel(proxy);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);   // the report's own order until a header is clicked
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < table.columns.size(); ++c)   // codes for scripts, not for reading
        view->setColumnHidden(c, table.columns.at(c).internal);
    if (table.rows.size() <= 2000)
        view->resizeColumnsToContents();
    layout->addWidget(view);
    const int idColumn = model->columnOf(QStringLiteral("customer_id"));
    if (idColumn >= 0) {
        view->setToolTip(tr("Double-click a row to open the customer."));
        connect(view, &QTableView::activated, this, [this, proxy, idColumn](const QModelIndex &index) {
            const QModelIndex source = proxy->mapToSource(index);
            const auto *m = static_cast<const ReportTableModel *>(proxy->sourceModel());
            emit openCustomer(m->rowAt(source.row()).at(idColumn).toLongLong());
        });
    }
    return page;
}

} // namespace guanxi::ui
