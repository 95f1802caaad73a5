#include "reports/dataqualitypage.h"

#include "platform/db/database.h"
#include "platform/session.h"
#include "widgets/listtable.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace guanxi::ui {

DataQualityPage::DataQualityPage(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("dataQualityPage"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    m_messages->hide();
    layout->addWidget(m_messages);
    layout->addWidget(buildHeader());
    m_content = new QStackedWidget(this);
    auto *empty = new QLabel(tr("No customers yet — the data-quality score appears once there are customers to "
                                "check. Import them or add them on the Customers page."),
                             m_content);
    empty->setObjectName(QStringLiteral("qualityEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_content->addWidget(buildTables());
    m_content->addWidget(empty);
    layout->addWidget(m_content, 1);
    // A change seen while hidden waits for the page to be shown.
    connect(&m_session, &Session::customersChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

DataQualityPage::~DataQualityPage()
{
    m_job.cancelAndWait();
    m_listJob.cancelAndWait();
}

QWidget *DataQualityPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_score = new QLabel(QStringLiteral("—"), header);
    m_score->setObjectName(QStringLiteral("qualityScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setMinimumWidth(m_score->fontMetrics().horizontalAdvance(QStringLiteral("100.0")));
    row->addWidget(m_score);
    auto *texts = new QVBoxLayout;
    m_formula = new QLabel(header);
    m_formula->setObjectName(QStringLiteral("qualityFormula"));
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("qualityStatus"));
    texts->addWidget(m_formula);
    texts->addWidget(m_status);
    row->addLayout(texts, 1);
    auto *controls = new QVBoxLayout;
    m_scope = new QComboBox(header);
    m_scope->setObjectName(QStringLiteral("qualityScope"));
    m_scope->setToolTip(tr("Whose customers the score and the checks count."));
    m_months = new QSpinBox(header);
    m_months->setObjectName(QStringLiteral("qualityMonths"));
    m_months->setRange(1, 120);
    m_months->setPrefix(tr("Recently touched: within "));
    // "1 month", "6 months": the suffix follows the value.
    connect(m_months, &QSpinBox::valueChanged, m_months,
            [this](int n) { m_months->setSuffix(tr(" month(s)", nullptr, n)); });
    m_months->setValue(6);
    m_refresh = new QPushButton(tr("&Check again"), header);
    m_refresh->setObjectName(QStringLiteral("qualityRefresh"));
    controls->addWidget(m_scope);
    controls->addWidget(m_months);
    controls->addWidget(m_refresh);
    row->addLayout(controls);
    connect(m_refresh, &QPushButton::clicked, this, &DataQualityPage::refresh);
    connect(m_months, &QSpinBox::editingFinished, this, &DataQualityPage::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillChecks();
        if (!m_recordsCheck.isEmpty())
            showRecords(m_recordsCheck);
    });
    return header;
}

QWidget *DataQualityPage::buildTables()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *checksBox = new QVBoxLayout;
    m_checks = listTable(top, QStringLiteral("qualityChecks"),
                         {tr("Dimension"), tr("Check"), tr("Pass"), tr("Failing"), tr("Of"), tr("Rule")});
    m_checks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checks->setWordWrap(false); // one line a check; the whole rule is in the tooltip
    m_showRecords = new QPushButton(tr("&Show records"), top);
    m_showRecords->setObjectName(QStringLiteral("qualityShowRecords"));
    m_showRecords->setToolTip(tr("List the customers that fail the selected check."));
    checksBox->addWidget(m_checks, 1);
    checksBox->addWidget(m_showRecords, 0, Qt::AlignLeft);
    topLayout->addLayout(checksBox, 1);
    m_owners = listTable(top, QStringLiteral("qualityOwners"),
                         {tr("Salesperson"), tr("Customers"), tr("Score", "data quality, 0 to 100"),
                          tr("Completeness"), tr("Validity"), tr("Uniqueness"), tr("Timeliness")});
    m_owners->setToolTip(tr("Double-click a salesperson to see the checks over their customers."));
    topLayout->addWidget(m_owners, 1);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_recordsTitle = new QLabel(tr("Select a check and choose Show records to list the customers to fix."), bottom);
    m_recordsTitle->setObjectName(QStringLiteral("qualityRecordsTitle"));
    m_recordsTitle->setWordWrap(true);
    m_recordTable = listTable(bottom, QStringLiteral("qualityRecords"),
                              {tr("ID"), tr("Name"), tr("Salesperson"), tr("What to fix")});
    bottomLayout->addWidget(m_recordsTitle);
    bottomLayout->addWidget(m_recordTable, 1);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    connect(m_showRecords, &QPushButton::clicked, this, [this] {
        if (!currentCheck().isEmpty())
            showRecords(currentCheck());
    });
    connect(m_checks, &QTableWidget::cellDoubleClicked, this, [this] { showRecords(currentCheck()); });
    connect(m_checks, &QTableWidget::itemSelectionChanged, this,
            [this] { m_showRecords->setEnabled(!currentCheck().isEmpty()); });
    connect(m_owners, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row + 1 < m_scope->count())
            m_scope->setCurrentIndex(row + 1);
    });
    connect(m_recordTable, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRecord(row); });
    return splitter;
}

void DataQualityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DataQualityPage::setBusy(bool busy)
{
    m_refresh->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Checking the customers…"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void DataQualityPage::refresh()
{
    if (m_job.isRunning()) {
        m_again = true;
        return;
    }
    m_stale = false;
    setBusy(true);
    DataQualityOptions options;
    options.staleMonths = m_months->value();
    const WorkerSpec worker = m_session.worker();
    auto result = std::make_shared<Result<DataQualityReport>>(Error{tr("The data quality could not be checked."), {}, {}});
    m_job.start(
        [worker, options, result, cancel = m_job.cancelFlag()] {
            if (auto opened = worker.open(true)) {
                (*opened)->db().watchCancel(cancel);
                *result = DataQuality::compute((*opened)->session(), options, cancel);
            } else {
                *result = opened.error();
            }
        },
        [this, result] {
            setBusy(false);
            show(*result);
            if (std::exchange(m_again, false))
                refresh();
        });
}

void DataQualityPage::showRecords(const QString &checkKey)
{
    if (checkKey.isEmpty())
        return;
    if (m_listJob.isRunning())
        m_listJob.cancelAndWait();
    m_recordsCheck = checkKey;
    m_recordsTitle->setText(tr("Listing the customers failing “%1”…").arg(DataQuality::checkTitle(checkKey)));
    DataQualityOptions options;
    options.staleMonths = m_months->value();
    const qint64 owner = shownOwner();
    const WorkerSpec worker = m_session.worker();
    auto result = std::make_shared<Result<QList<QualityRecord>>>(Error{tr("The customers could not be listed."), {}, {}});
    m_listJob.start(
        [worker, options, owner, checkKey, result, cancel = m_listJob.cancelFlag()] {
            if (auto opened = worker.open(true)) {
                (*opened)->db().watchCancel(cancel);
                *result = DataQuality::records((*opened)->session(), checkKey, options, owner, 500);
            } else {
                *result = opened.error();
            }
        },
        [this, result] { fillRecords(*result); });
}

void DataQualityPage::show(const Result<DataQualityReport> &result)
{
    if (!result) {
        m_status->setText(QString());
        m_messages->showMessage(result.error().message, MessageBar::Kind::Error);
        return;
    }
    m_messages->hide();
    m_report = *result;
    const qint64 owner = shownOwner();
    m_scope->blockSignals(true);
    m_scope->clear();
    m_scope->addItem(tr("Whole team"), qint64(-1));
    for (const OwnerQuality &o : m_report.owners)
        m_scope->addItem(o.ownerId ? o.ownerName : tr("Public pool (no salesperson)"), o.ownerId);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(owner)));
    m_scope->blockSignals(false);
    m_content->setCurrentIndex(m_report.team.customers == 0 ? 1 : 0);
    fillChecks();
    fillOwners();
    if (!m_recordsCheck.isEmpty())
        showRecords(m_recordsCheck);
    emit refreshed();
}

} // namespace guanxi::ui
