// MainWindow: work beside the pages. Sample data and the database check run
// on a worker thread with progress; Log Follow-up goes to the page in view;
// the follow-ups' calendar export; the reclaim pass that sends records nobody
// followed up back to the pool, on its own thread, when a file opens and hourly.
#include "mainwindow.h"

#include "backgroundtask.h"
#include "customers/customerspage.h"
#include "activities/todaypage.h"
#include "activities/followupcalendar.h"
#include "leads/poolstore.h"
#include "widgets/messagebar.h"
#include "platform/db/database.h"
#include "platform/db/databasecheck.h"
#include "team/sampledata.h"
#include "platform/session.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QStackedWidget>
#include <QPointer>
#include <QApplication>

namespace guanxi::ui {

void MainWindow::createSampleData()
{
    if (!m_db || !m_session)
        return;
    if (m_db->isReadOnly()) {
        showError(tr("This file is open read-only; sample data cannot be added."));
        return;
    }
    const WorkerSpec worker = m_session->worker();
    Result<SampleData::Report> result = Error{tr("Creating sample data did not run."), {}, {}};
    runInBackground(this, tr("Creating sample customers and orders…"), [&](TaskControl &control) {
        auto opened = worker.open(false);
        if (!opened) {
            result = opened.error();
            return;
        }
        Session &session = (*opened)->session();
        SampleData::Options sample;
        sample.customers = 300;
        sample.orders = 1200;
        sample.seed = quint64(QDateTime::currentMSecsSinceEpoch());
        result = SampleData::generate(session, sample, [&](qint64 done, qint64 total) {
            control.percent = total ? int(done * 100 / total) : 100;
            return !control.cancelled.load();
        });
    });
    if (!result) {
        showError(result.error().message);
        return;
    }
    emit m_session->lookupsChanged();
    emit m_session->customersChanged({});
    showCustomers();
    m_notice->showMessage(tr("Added sample data: %1 and %2.")
                              .arg(tr("%n customer(s)", nullptr, int(result->customers)), tr("%n order(s)", nullptr, int(result->orders))),
                          MessageBar::Kind::Information);
}

void MainWindow::checkDatabase()
{
    if (!m_db || !m_session)
        return;
    const WorkerSpec worker = m_session->worker();
    Result<DatabaseCheckReport> report = Error{tr("The check did not run."), {}, {}};
    runInBackground(this, tr("Checking the database…"), [&](TaskControl &control) {
        auto opened = worker.open(true);
        if (!opened) {
            report = opened.error();
            return;
        }
        control.percent = 10;
        report = DatabaseCheck::run((*opened)->db());
    });
    if (!report) {
        showError(report.error().message);
        return;
    }
    if (report->ok())
        m_notice->showMessage(tr("“%1” is in good order: integrity and links checked, data version %2.")
                                  .arg(QDir::toNativeSeparators(m_db->path()))
                                  .arg(report->schemaVersion),
                              MessageBar::Kind::Information);
    else
        showError(tr("“%1” has problems: %2. Save a copy of what you can and restore a backup.")
                      .arg(QDir::toNativeSeparators(m_db->path()),
                           (report->integrityProblems + report->foreignKeyProblems).mid(0, 5).join(QStringLiteral("; "))));
}


void MainWindow::logFollowUp()
{
    if (!m_session)
        return;
    if (m_db->isReadOnly()) {
        showError(tr("This file is open read-only; follow-ups cannot be logged."));
        return;
    }
    if (m_stack->currentWidget() == page<TodayPage>())
        page<TodayPage>()->logFollowUp();
    else if (page<CustomersPage>())
        page<CustomersPage>()->logFollowUp();
}

void MainWindow::exportCalendar()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Follow-ups to Calendar"),
                                                      QDir::homePath() + QStringLiteral("/guanxi-follow-ups.ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    const QDate until = m_session->today().addDays(180);
    auto written = FollowUpCalendar::write(*m_session, path, m_session->userId(), until);
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_notice->showMessage(tr("Exported %n follow-up(s) (up to %1) to “%2”. Import the file in Thunderbird, Outlook or "
                             "your phone's calendar.",
                             nullptr, *written)
                              .arg(QLocale().toString(until, QLocale::ShortFormat), QDir::toNativeSeparators(path)),
                          MessageBar::Kind::Information);
}


void MainWindow::reclaimInBackground()
{
    if (!m_db || m_db->isReadOnly())
        return;
    // Its own connection on a worker thread: a full pass over a large file
    // must not freeze the window. Results come back through the event loop.
    const QString path = m_db->path();
    const WorkerSpec worker = m_session->worker();
    if (m_reclaimJob.isRunning())
        return; // the last pass is still going
    QPointer<MainWindow> window(this);
    m_reclaimJob.start([window, path, worker] {
        auto opened = worker.open(false);
        if (!opened)
            return;
        auto moved = PoolStore((*opened)->session()).reclaim();
        const int count = moved ? int(moved->size()) : 0;
        const QString error = moved ? QString() : moved.error().message;
        // Runs on the GUI thread, where the window may have gone meanwhile.
        QMetaObject::invokeMethod(qApp, [window, path, count, error] {
            if (!window || !window->m_db || window->m_db->path() != path)
                return;
            if (!error.isEmpty())
                window->showError(error);
            else if (count > 0) {
                window->m_notice->showMessage(
                    tr("%n lead(s) and customer(s) went back to the public pool under the reclaim rules; see the "
                       "Inbox for why.",
                       nullptr, int(count)),
                    MessageBar::Kind::Information);
                emit window->m_session->customersChanged({});
                emit window->m_session->leadsChanged({});
                emit window->m_session->notificationsChanged();
            }
        });
    });
}

} // namespace guanxi::ui
