#pragma once

#include "exchange/importreport.h"
#include "platform/result.h"
#include "backgroundjob.h"

#include <QElapsedTimer>
#include <QWizardPage>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class QVBoxLayout;
class QWizard;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

struct ImportWizardState;

// 4. Running off the UI thread with progress, time left and Stop, then the
// report: counts, every problem with its line and column, the duplicates.
// Reads the source, mapping and options from the state, writes the report.
class RunPage : public QWizardPage {
    Q_OBJECT
public:
    RunPage(ImportWizardState &state, Session &session, QWizard *parent);
    ~RunPage() override { stop(); }   // the import watches m_cancelled, not the job's own flag

    void initializePage() override { start(); }
    bool isComplete() const override { return !m_job.isRunning() && m_started; }
    bool running() const { return m_job.isRunning(); }
    void requestStop();   // the report then says what happened
    void stop();          // and wait for the worker

signals:
    void imported();          // something was written
    void dryRunTurnedOff();   // Import Now after a check: the next run writes

private:
    void buildReport(QVBoxLayout *layout);
    void start();
    void tick();
    void finished();
    void showReport(const ImportReport &r);
    QString summary(const ImportReport &r) const;
    QString recordCounts(const ImportReport &r) const;   // customers and leads
    QString orderCounts(const ImportReport &r) const;
    void showProblems(const ImportReport &r);

    ImportWizardState &m_state;
    Session &m_session;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QTableWidget *m_warnings;   // imported, but a value needs checking
    QTableWidget *m_duplicates;
    QPushButton *m_again;
    QPushButton *m_change;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    std::atomic_bool m_cancelled = false;
    std::atomic<double> m_fraction = 0;
    Result<ImportReport> m_result = Error{};
    bool m_started = false;
    // Last: destroyed first, it waits for the work before the members it writes go.
    BackgroundJob m_job;
};

} // namespace guanxi::ui
