#pragma once

#include "analytics/report.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace guanxi::ui {

// Shows any Report: its filters, a Charts tab with every chart, and a tab
// per table (sortable, with a filter box). Rows that name a customer
// (a customer_id column) open it on double-click.
class ReportPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReportPanel(QWidget *parent = nullptr);

    void setReport(const Report &report);
    const Report &report() const { return m_report; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void openCustomer(qint64 id);

private:
    QWidget *chartsTab();
    QWidget *tableTab(const ReportTable &table);

    Report m_report;
    QLabel *m_filters;
    QTabWidget *m_tabs;
};

} // namespace guanxi::ui
