#include "reportpanel.h"

#include "reportchart.h"
#include "reporttablemodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
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
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(model);
    proxy->setSortRole(ReportTableModel::SortRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    if (table.rows.size() > 20) {
        auto *filter = new QLineEdit(page);
        filter->setPlaceholderText(tr("Filter rows…"));
        filter->setClearButtonEnabled(true);
        connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
        layout->addWidget(filter);
    }
    auto *view = new QTableView(page);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);   // the report's own order until a header is clicked
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    if (table.rows.size() <= 2000)
        view->resizeColumnsToContents();
    layout->addWidget(view);
    const int idColumn = model->columnOf(QStringLiteral("customer_id"));
    if (idColumn >= 0) {
        view->setToolTip(tr("Double-click a row to open the customer."));
        connect(view, &QTableView::activated, this, [this, proxy, idColumn](const QModelIndex &index) {
            const QModelIndex source = proxy->mapToSource(index);
            const auto *m = static_cast<const ReportTableModel *>(proxy->sourceModel());
            emit openCustomer(m->table().rows.at(source.row()).at(idColumn).toLongLong());
        });
    }
    return page;
}

} // namespace guanxi::ui
