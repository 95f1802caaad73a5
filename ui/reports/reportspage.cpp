#include "reports/reportspage.h"

#include "widgets/dateedits.h"
#include "reportrender/reportdocument.h"
#include "reports/reportentries.h"
#include "reports/reportpanel.h"
#include "reports/rfmsegmentdialog.h"

#include "platform/db/database.h"
#include "analytics/reportfile.h"
#include "platform/session.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPrintDialog>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace guanxi::ui {


ReportsPage::ReportsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)), m_from(makeOptionalDateEdit(this)),
      m_to(makeOptionalDateEdit(this)), m_currency(new QComboBox(this)), m_options(new QStackedWidget(this)),
      m_run(new QPushButton(tr("&Run"), this)), m_export(new QToolButton(this)),
      m_saveSegment(new QPushButton(tr("Save Se&gment as Tag…"), this)), m_body(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_panel(new ReportPanel(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_list->setObjectName(QStringLiteral("reportList"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_run->setObjectName(QStringLiteral("runReport"));
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_saveSegment->setObjectName(QStringLiteral("saveSegment"));
    m_from->setToolTip(tr("The first day counted. Leave it empty to start at the first record."));
    m_to->setToolTip(tr("The last day counted. Leave it empty to go up to the latest record."));
    m_currency->setEditable(true);
    // First: every currency, converted to the base currency at the rates in
    // Tools › Currency Rates; a code: only that currency, not converted.
    m_currency->addItem(tr("All, in the base currency"));
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("HKD")});
    m_currency->setToolTip(tr("All: every order and deal, converted to the base currency at the rate on its date "
                              "(the report lists the rates and what has none). A code: only that currency, not "
                              "converted."));
    m_run->setDefault(true);
    m_run->setShortcut(QKeySequence::Refresh);
    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    m_export->setEnabled(false);
    m_saveSegment->setVisible(false);
    m_saveSegment->setToolTip(tr("Tag the customers of one segment and save a customer view of them, for "
                                 "follow-up work and campaigns."));

    auto *window = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    window->addWidget(fromLabel);
    window->addWidget(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    window->addWidget(toLabel);
    window->addWidget(m_to);
    auto *currencyLabel = new QLabel(tr("C&urrency:"), this);
    currencyLabel->setBuddy(m_currency);
    window->addWidget(currencyLabel);
    window->addWidget(m_currency);
    window->addStretch(1);
    window->addWidget(m_saveSegment);
    window->addWidget(m_run);
    window->addWidget(m_export);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("reportEmpty"));
    m_empty->setMargin(40);
    m_body->addWidget(m_empty);
    m_body->addWidget(m_panel);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addLayout(window);
    rightLayout->addWidget(m_options);   // the report's own options, on a line of their own
    rightLayout->addWidget(m_body, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (const ReportEntry &entry : standardReportEntries(session, this))
        addEntry(entry);
    int widest = 0;
    for (const ReportEntry &entry : m_entries)
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(entry.title));
    m_list->setMinimumWidth(widest + 32);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsPage::entryChanged);
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    connect(m_saveSegment, &QPushButton::clicked, this, &ReportsPage::saveSegment);
    connect(m_panel, &ReportPanel::openCustomer, this, &ReportsPage::openCustomer);
    m_list->setCurrentRow(0);
}

void ReportsPage::addEntry(const ReportEntry &entry)
{
    m_entries << entry;
    m_results << Report{};
    m_list->addItem(entry.title);
    m_options->addWidget(entry.options ? entry.options : new QWidget(this));
}

QStringList ReportsPage::reportNames() const
{
    QStringList out;
    for (const ReportEntry &e : m_entries)
        out << e.name;
    return out;
}

bool ReportsPage::hasReport() const
{
    return m_body->currentWidget() == m_panel;
}

void ReportsPage::entryChanged(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_options->setCurrentIndex(row);
    if (m_entries.at(row).refresh)
        m_entries.at(row).refresh();
    const Report &result = m_results.at(row);
    if (result.name.isEmpty()) {
        m_empty->setText(m_entries.at(row).help + QStringLiteral("\n\n") + tr("Choose the window and press Run."));
        m_body->setCurrentWidget(m_empty);
    } else if (!result.tables.isEmpty() && result.tables.first().rows.isEmpty()) {
        m_empty->setText(tr("Nothing to show for this window.") + QStringLiteral("\n\n") + result.filters.join(u'\n'));
        m_body->setCurrentWidget(m_empty);
    } else {
        m_panel->setReport(result);
        m_body->setCurrentWidget(m_panel);
    }
    m_saveSegment->setVisible(m_entries.at(row).name == u"rfm");
    m_saveSegment->setEnabled(hasReport() && !m_session.db().isReadOnly());
    if (m_session.db().isReadOnly())
        m_saveSegment->setToolTip(tr("This file is open read-only, so no tag can be saved. Open a copy you may "
                                     "write to."));
    rebuildExportMenu();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {   // the first visit shows the report at once
        m_shownOnce = true;
        QMetaObject::invokeMethod(
            this, [this] {
                if (!hasReport() && !m_running)
                    run();
            },
            Qt::QueuedConnection);
    }
}

void ReportsPage::showReport(const QString &name, const QDate &from, const QDate &to, qint64 ownerId,
                             const QString &currency)
{
    if (m_running)   // one report at a time; this one's dialog is up
        return;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).name == name) {
            m_list->setCurrentRow(i);
            // Exactly the filter the caller asks for (a dashboard card's): the
            // window, the currency, the salesperson, every source.
            setOptionalDate(m_from, from);
            setOptionalDate(m_to, to);
            if (currency.isEmpty())
                m_currency->setCurrentIndex(0);
            else
                m_currency->setCurrentText(currency);
            if (auto *source = m_options->widget(i)->findChild<QComboBox *>(QStringLiteral("source")))
                source->setCurrentIndex(0);
            if (m_entries.at(i).refresh)   // a salesperson added since the page was built
                m_entries.at(i).refresh();
            if (auto *owner = m_options->widget(i)->findChild<QComboBox *>(QStringLiteral("owner")))
                owner->setCurrentIndex(std::max(0, owner->findData(ownerId)));
            m_shownOnce = true;
            run();
            return;
        }
}

void ReportsPage::run()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_running)   // one report at a time
        return;
    const QString typed = m_currency->currentText().trimmed();
    const bool all = typed.isEmpty() || typed == m_currency->itemText(0);
    ReportWindow w{optionalDate(m_from), optionalDate(m_to), all ? QString() : typed.toUpper()};
    if (!all && w.currency.size() != 3) {
        showError(tr("“%1” is no currency code. Type three letters, like CNY or USD.").arg(w.currency));
        m_currency->setFocus();
        return;
    }
    if (w.from.isValid() && w.to.isValid() && w.from > w.to) {
        showError(tr("The window starts after it ends. Put the earlier date in From."));
        m_from->setFocus();
        return;
    }
    const ReportEntry &entry = m_entries.at(row);
    auto work = entry.prepare(w);
    const WorkerSpec worker = m_session.worker();
    Result<Report> result = Error{tr("The report did not run."), {}, {}};
    m_running = true;
    QPointer<ReportsPage> self(this);
    const bool finished = runInBackground(this, tr("Working out “%1”…").arg(entry.title), [&](TaskControl &control) {
        auto opened = worker.open(true);
        if (!opened) {
            result = opened.error();
            return;
        }
        (*opened)->db().watchCancel(&control.cancelled);   // Cancel stops a long query too
        result = work((*opened)->session(), control);
    });
    if (!self)   // the file was closed meanwhile and this page with it
        return;
    m_running = false;
    if (!finished)
        return;
    if (!result) {
        showError(result.error().message);
        return;
    }
    m_results[row] = *result;
    if (m_list->currentRow() == row)   // the user may have gone to another report meanwhile
        entryChanged(row);
}

void ReportsPage::rebuildExportMenu()
{
    QMenu *menu = m_export->menu();
    menu->clear();
    m_export->setEnabled(hasReport());
    if (!hasReport())
        return;
    menu->addAction(tr("Save as &File (XLSX, CSV, PDF, JSON)…"), this, &ReportsPage::exportReport);
    QMenu *charts = menu->addMenu(tr("Save &Chart as Image"));
    for (const ReportChart &chart : m_panel->report().charts)
        charts->addAction(chart.title, this, [this, chart] { exportChart(chart); });
    charts->setEnabled(!m_panel->report().charts.isEmpty());
    menu->addSeparator();
    menu->addAction(tr("&Print…"), this, &ReportsPage::printReport);
}

Status ReportsPage::exportTo(const QString &path)
{
    // Core decides who may take data out and records what left (rows,
    // SHA-256): asked before writing, recorded once the file is there.
    if (Status s = ReportFile::mayExport(m_session); !s)
        return s;
    const Report &report = m_panel->report();
    if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0) {
        if (Status s = ReportDocument::writePdf(report, path); !s)
            return s;
        return ReportFile::recordExport(m_session, report, path, QStringLiteral("pdf"));
    }
    const auto format = ReportFile::formatOf(path);
    if (!format)
        return Error{tr("Cannot tell the format of “%1”: end the name in .xlsx, .csv, .pdf or .json.")
                         .arg(QFileInfo(path).fileName()),
                     {}, {}};
    // A million rows take seconds to write: off the UI thread (the PDF draws
    // widgets, so it stays here, and prints at most 300 rows a table).
    Status written = Error{tr("The export did not run."), {}, {}};
    const Report copy = report;
    // The writer has no way to stop halfway, so Cancel waits for it: the
    // result is what it did.
    runInBackground(this, tr("Writing “%1”…").arg(QFileInfo(path).fileName()),
                    [&](TaskControl &) { written = ReportFile::write(copy, path, *format); });
    if (!written)
        return written;
    return ReportFile::recordExport(m_session, copy, path, QFileInfo(path).suffix().toLower());
}

namespace {
const QString folderKey = QStringLiteral("reports/folder");
} // namespace

// Where the last report or chart went (Documents at first).
QString ReportsPage::exportFolder()
{
    return QSettings()
        .value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void ReportsPage::rememberExportFolder(const QString &path)
{
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

void ReportsPage::exportReport()
{
    const QString folder = exportFolder();
    const Report &report = m_panel->report();
    const QString suggested = folder + u'/' + report.name + u'-' + report.generated.date().toString(Qt::ISODate);
    const QString xlsx = tr("Excel workbook (*.xlsx)"), pdf = tr("PDF document (*.pdf)"),
                  csv = tr("CSV, main table (*.csv)"), json = tr("JSON (*.json)");
    QString filter = xlsx;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested + QStringLiteral(".xlsx"),
                                                QStringList{xlsx, pdf, csv, json}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == pdf ? u".pdf" : filter == csv ? u".csv" : filter == json ? u".json" : u".xlsx";
    QPointer<ReportsPage> self(this);
    const Status s = exportTo(path);
    if (!self)
        return;
    if (!s) {
        showError(s.error().message);
        return;
    }
    rememberExportFolder(path);
}

void ReportsPage::exportChart(const ReportChart &chart)
{
    const QString folder = exportFolder();
    const QString png = tr("PNG image (*.png)"), svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), folder + u'/' + chart.name + QStringLiteral(".png"),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? u".svg" : u".png";
    Status s = ReportFile::mayExport(m_session);
    if (s)
        s = ReportDocument::writeChartImage(m_panel->report(), chart, path);
    if (s)
        s = ReportFile::recordExport(m_session, m_panel->report(), path, QFileInfo(path).suffix().toLower());
    if (!s)
        showError(s.error().message);
    else
        rememberExportFolder(path);
}

void ReportsPage::printReport()
{
    // Paper leaves the building too: the same permission as a file.
    if (Status s = ReportFile::mayExport(m_session); !s) {
        showError(s.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_panel->report().title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportDocument::paint(printer, m_panel->report());
}

void ReportsPage::saveSegment()
{
    if (!hasReport() || m_panel->report().name != u"rfm")
        return;
    RfmSegmentDialog dialog(m_session, m_panel->report(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.savedViewId() > 0)
        emit showSavedView(dialog.savedViewId());
}

void ReportsPage::showError(const QString &message)
{
    qWarning("Reports: %s", qPrintable(message));
    MessageBox::warning(this, tr("Reports"), message);
}

} // namespace guanxi::ui
