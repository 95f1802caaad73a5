#pragma once

#include "analytics/report.h"
#include "backgroundtask.h"
#include "platform/result.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class ReportPanel;

// What every report is run for: a window of local dates (either end open)
// and a currency.
struct ReportWindow {
    QDate from;
    QDate to;
    QString currency;
};

// A report the page offers. `prepare` reads the report's own options on the
// UI thread and returns the work, which runs on a worker thread with its own
// session (and may watch control.cancelled and set control.percent).
struct ReportEntry {
    QString name;
    QString title;
    QString help;              // shown before the first run: what the report answers
    QWidget *options = nullptr; // the report's own options, owned by the page; may be null
    std::function<void()> refresh; // reloads the options' choices (salespeople, sources); may be empty
    std::function<std::function<Result<Report>(Session &, TaskControl &)>(const ReportWindow &)> prepare;
};

// Reports: a list of analyses on the left; the window, options, Run and
// Export above the result (charts and tables, see ReportPanel). Export
// writes CSV, XLSX, JSON or PDF, a chart as PNG or SVG, or prints.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    explicit ReportsPage(Session &session, QWidget *parent = nullptr);

    // Selects a report and runs it, for this window when dates are given.
    // ownerId picks the salesperson where the report has that option.
    void showReport(const QString &name, const QDate &from = {}, const QDate &to = {}, qint64 ownerId = 0,
                    const QString &currency = {});
    void run();
    ReportPanel *panel() const { return m_panel; }
    // The names of the reports offered, in the list's order.
    QStringList reportNames() const;
    bool hasReport() const;
    Status exportTo(const QString &path);   // by the suffix: .csv .xlsx .json .pdf

signals:
    void openCustomer(qint64 id);
    void showSavedView(qint64 viewId);   // a segment was saved as a customer view

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addEntry(const ReportEntry &entry);
    void entryChanged(int row);
    void exportReport();
    void exportChart(const ReportChart &chart);
    static QString exportFolder();
    static void rememberExportFolder(const QString &path);
    void printReport();
    void saveSegment();
    void rebuildExportMenu();
    void showError(const QString &message);

    Session &m_session;
    QList<ReportEntry> m_entries;
    QList<Report> m_results;     // per entry; an empty name: not run yet
    QListWidget *m_list;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_currency;
    QStackedWidget *m_options;
    QPushButton *m_run;
    QToolButton *m_export;
    QPushButton *m_saveSegment;
    QStackedWidget *m_body;
    QLabel *m_empty;
    ReportPanel *m_panel;
    bool m_shownOnce = false;
    bool m_running = false;
};

} // namespace guanxi::ui
