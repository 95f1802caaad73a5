#include "exchange/importrunpage.h"

#include "exchange/customerimport.h"
#include "exchange/importsource.h"
#include "exchange/importwizard.h"
#include "exchange/importwizardstate.h"
#include "exchange/leadimport.h"
#include "exchange/orderimport.h"
#include "platform/session.h"
#include "platform/workersession.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace guanxi::ui {

RunPage::RunPage(ImportWizardState &state, Session &session, QWizard *parent)
    : QWizardPage(parent), m_state(state), m_session(session)
{
    setTitle(ImportWizard::tr("Importing"));
    auto *layout = new QVBoxLayout(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("importEta"));
    m_cancel = new QPushButton(ImportWizard::tr("S&top"), this);
    m_cancel->setObjectName(QStringLiteral("importStopButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addWidget(m_eta);
    buildReport(layout);
    // Back from the report to fix the mapping or options and run again.
    connect(m_change, &QPushButton::clicked, this, [this] { wizard()->back(); });
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelled = true;
        m_eta->setText(ImportWizard::tr("Stopping…"));
    });
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_state.options.dryRun = false;
        emit dryRunTurnedOff();
        start();
    });
}

void RunPage::buildReport(QVBoxLayout *layout)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_problems = importTable(this, QStringLiteral("importProblems"),
                             {ImportWizard::tr("Row"), ImportWizard::tr("Line"), ImportWizard::tr("Column"),
                              ImportWizard::tr("Value"), ImportWizard::tr("Problem")});
    layout->addWidget(m_problems, 2);
    m_warnings = importTable(this, QStringLiteral("importWarnings"),
                             {ImportWizard::tr("Row"), ImportWizard::tr("Line"), ImportWizard::tr("Column"),
                              ImportWizard::tr("Value"), ImportWizard::tr("Imported, but")});
    layout->addWidget(m_warnings, 1);
    m_duplicates = importTable(this, QStringLiteral("importDuplicates"),
                               {ImportWizard::tr("Row"), ImportWizard::tr("Line"), ImportWizard::tr("Same as"),
                                ImportWizard::tr("Matched on")});
    layout->addWidget(m_duplicates, 1);
    m_again = new QPushButton(ImportWizard::tr("&Import Now"), this);
    m_again->setObjectName(QStringLiteral("importNowButton"));
    m_change = new QPushButton(ImportWizard::tr("&Change Options…"), this);
    m_change->setObjectName(QStringLiteral("importChangeButton"));
    auto *after = new QHBoxLayout;
    after->addWidget(m_again);
    after->addWidget(m_change);
    after->addStretch();
    layout->addLayout(after);
}

void RunPage::requestStop()
{
    m_cancelled = true;
    m_eta->setText(ImportWizard::tr("Stopping…"));
}

void RunPage::stop()
{
    m_cancelled = true;
    m_job.wait();
}

void RunPage::start()
{
    m_started = true;
    m_cancelled = false;
    m_fraction = 0;
    m_summary->clear();
    m_problems->setRowCount(0);
    m_warnings->setRowCount(0);
    m_duplicates->setRowCount(0);
    m_problems->hide();
    m_warnings->hide();
    m_duplicates->hide();
    m_again->hide();
    m_change->hide();
    m_progress->show();
    m_cancel->show();
    m_progress->setValue(0);
    m_eta->setText(ImportWizard::tr("Reading “%1”…").arg(QFileInfo(m_state.source->path()).fileName()));
    setTitle(m_state.options.dryRun ? ImportWizard::tr("Checking") : ImportWizard::tr("Importing"));
    const WorkerSpec worker = m_session.worker();
    const QString file = m_state.source->path();
    ImportSourceOptions sourceOptions{m_state.encoding, m_state.sheet};
    CustomerImportOptions options = m_state.options;
    options.mapping = m_state.mapping;
    const ImportTarget target = m_state.target;
    const bool createCustomers = m_state.createCustomers;
    const std::optional<OrderStatus> defaultStatus = m_state.defaultStatus;
    m_result = Error{ImportWizard::tr("The import did not run."), {}, {}};
    // Its own connection on a worker thread: the window stays responsive
    // and a big file never freezes it.
    m_job.start([this, worker, file, sourceOptions, options, target, createCustomers, defaultStatus] {
        auto opened = worker.open(false);
        if (!opened) {
            m_result = opened.error();
            return;
        }
        Session &session = (*opened)->session();
        auto source = ImportSource::open(file, sourceOptions);
        if (!source) {
            m_result = source.error();
            return;
        }
        auto progress = [this](double f) { m_fraction = f; };
        if (target == ImportTarget::Leads)
            m_result = LeadImport(session, **source,
                                  LeadImportOptions{options.mapping, options.dryRun, options.skipInvalid,
                                                    options.rejectsPath, options.region})
                           .run(progress, &m_cancelled);
        else if (target == ImportTarget::Orders)
            m_result = OrderImport(session, **source,
                                   OrderImportOptions{createCustomers, options.dryRun, options.mapping,
                                                      options.skipInvalid, options.rejectsPath, options.region,
                                                      defaultStatus})
                           .run(progress, &m_cancelled);
        else
            m_result = CustomerImport(session, **source, options).run(progress, &m_cancelled);
    }, [this] { finished(); });
    m_clock.start();
    m_timer->start();
    emit completeChanged();
}

void RunPage::tick()
{
    const double f = m_fraction.load();
    m_progress->setValue(int(f * 1000));
    const qint64 ms = m_clock.elapsed();
    if (f > 0.02 && ms > 1500 && !m_cancelled) {
        const qint64 left = qint64(ms * (1 - f) / f / 1000) + 1;
        m_eta->setText(left < 90 ? ImportWizard::tr("About %n second(s) left", nullptr, int(left))
                                 : ImportWizard::tr("About %n minute(s) left", nullptr, int((left + 30) / 60)));
    }
}

void RunPage::finished()
{
    m_timer->stop();
    m_progress->hide();
    m_cancel->hide();
    m_eta->clear();
    if (!m_result) {
        setTitle(ImportWizard::tr("The import could not run"));
        m_summary->setText(m_result.error().message);
        m_change->show();
        emit completeChanged();
        return;
    }
    m_state.report = *m_result;
    showReport(m_state.report);
    if (m_state.report.written)
        emit imported();
    emit completeChanged();
}

void RunPage::showReport(const ImportReport &r)
{
    setTitle(r.written ? ImportWizard::tr("Import finished") : ImportWizard::tr("Import report"));
    m_summary->setText(summary(r));
    showProblems(r);
    m_again->setVisible(r.dryRun && !r.rejected && !r.cancelled && (r.created || r.updated));
    m_change->setVisible(!r.written);
}

QString RunPage::recordCounts(const ImportReport &r) const
{
    const QLocale locale;
    return (r.written ? ImportWizard::tr("Rows read: %1. Created: %2, updated: %3, skipped as duplicates: %4, rejected: %5.")
                      : ImportWizard::tr("Rows read: %1. To create: %2, to update: %3, to skip as duplicates: %4, "
                                         "rejected: %5."))
        .arg(locale.toString(r.rowsRead), locale.toString(r.created), locale.toString(r.updated),
             locale.toString(r.skipped), locale.toString(r.rejected));
}

QString RunPage::orderCounts(const ImportReport &r) const
{
    const QLocale locale;
    QString text = (r.written ? ImportWizard::tr("Rows read: %1. Orders added: %2. Rows rejected: %3.")
                              : ImportWizard::tr("Rows read: %1. Orders to add: %2. Rows rejected: %3."))
                       .arg(locale.toString(r.rowsRead), locale.toString(r.created), locale.toString(r.rejected));
    if (r.customersCreated)
        text += u' '
                + (r.written ? ImportWizard::tr("%n new customer(s) added for names Guanxi did not know.", nullptr,
                                                int(r.customersCreated))
                             : ImportWizard::tr("%n new customer(s) would be added for names Guanxi does not know.",
                                                nullptr, int(r.customersCreated)));
    return text;
}

// The headline, the counts and the notes, as rich text.
QString RunPage::summary(const ImportReport &r) const
{
    QString counts = m_state.orders() ? orderCounts(r) : recordCounts(r);
    if (r.companiesCreated)
        counts += u' '
                  + (r.written ? ImportWizard::tr("%n company record(s) were added for the companies people work at.",
                                                  nullptr, int(r.companiesCreated))
                               : ImportWizard::tr("%n company record(s) would be added for the companies people "
                                                  "work at.",
                                                  nullptr, int(r.companiesCreated)));
    QString headline;
    if (r.cancelled)
        headline = ImportWizard::tr("Stopped. Nothing was imported; the file is as it was before.");
    else if (r.written)
        headline = r.rejected ? ImportWizard::tr("Imported the valid rows. The rejected ones are in “%1”.")
                                    .arg(QDir::toNativeSeparators(m_state.options.rejectsPath))
                              : ImportWizard::tr("Imported.");
    else if (r.rejected)
        headline = ImportWizard::tr("Nothing was imported: %n row(s) have problems, listed below with their line "
                                    "and column. Fix them in the file and import again, or use Change Options to "
                                    "import the valid rows.",
                                    nullptr, int(r.rejected));
    else if (r.dryRun)
        headline = ImportWizard::tr("The check found no problems. Nothing was written yet.");
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(headline.toHtmlEscaped(), counts.toHtmlEscaped());
    for (const QString &note : r.notes)   // what the file had that was passed over
        text += QStringLiteral("<br>") + note.toHtmlEscaped();
    if (r.warningCount && !r.cancelled)
        text += QStringLiteral("<br>")
                + ImportWizard::tr("%n value(s) were kept as written but need checking, such as phone numbers that "
                                   "could not be verified; they are listed below.",
                                   nullptr, int(r.warningCount))
                      .toHtmlEscaped();
    return text;
}

void RunPage::showProblems(const ImportReport &r)
{
    m_problems->setVisible(!r.problems.isEmpty());
    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const ImportProblem &p = r.problems.at(i);
        setImportRow(m_problems, i, {QString::number(p.record), QString::number(p.line), p.column, p.value, p.reason});
    }
    m_problems->resizeColumnsToContents();
    m_warnings->setVisible(!r.warnings.isEmpty() && !r.cancelled);
    m_warnings->setRowCount(int(r.warnings.size()));
    for (int i = 0; i < r.warnings.size(); ++i) {
        const ImportProblem &w = r.warnings.at(i);
        setImportRow(m_warnings, i, {QString::number(w.record), QString::number(w.line), w.column, w.value, w.reason});
    }
    m_warnings->resizeColumnsToContents();
    m_duplicates->setVisible(!r.duplicates.isEmpty());
    m_duplicates->setRowCount(int(r.duplicates.size()));
    for (int i = 0; i < r.duplicates.size(); ++i) {
        const ImportDuplicate &d = r.duplicates.at(i);
        const QString same = d.earlierRecord ? ImportWizard::tr("row %1 of this file").arg(d.earlierRecord)
                             : m_state.leads() ? ImportWizard::tr("lead %1").arg(d.existingId)
                                               : ImportWizard::tr("customer %1").arg(d.existingId);
        setImportRow(m_duplicates, i, {QString::number(d.record), QString::number(d.line), same, d.key});
    }
    m_duplicates->resizeColumnsToContents();
}

} // namespace guanxi::ui
