#include "activities/dashboardstrip.h"

#include "backgroundtask.h"
#include "reportrender/reportcells.h"

#include "platform/db/database.h"
#include "platform/session.h"
#include "team/userstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
constexpr int Cards = 6;

QString reportName(SalesReportKind kind)
{
    switch (kind) {
    case SalesReportKind::Funnel: return QStringLiteral("funnel");
    case SalesReportKind::Trend: return QStringLiteral("trend");
    case SalesReportKind::Cohort: return QStringLiteral("cohort");
    }
    return {};
}
} // namespace

DashboardStrip::DashboardStrip(Session &session, QWidget *parent)
    : QFrame(parent), m_session(session), m_status(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 4, 0, 4);
    outer->setSpacing(2);
    // Whose figures these are: the Today list below is always the user's
    // own, the cards are the team's for managers.
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_scope->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_scope);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(layout);
    for (int i = 0; i < Cards; ++i) {
        auto *card = new QToolButton(this);
        card->setObjectName(QStringLiteral("kpi%1").arg(i));
        card->setToolButtonStyle(Qt::ToolButtonTextOnly);
        card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        card->setAutoRaise(false);
        card->setEnabled(false);
        card->setMinimumHeight(64);
        layout->addWidget(card);
        m_cards << card;
        connect(card, &QToolButton::clicked, this, [this, i] {
            if (i < m_kpis.cards.size()) {
                const KpiCard &c = m_kpis.cards.at(i);
                emit openReport(reportName(c.opens), c.filter.from, c.filter.to, c.filter.ownerId, c.filter.currency);
            }
        });
    }
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();
    layout->addWidget(m_status);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(2000);
    connect(m_debounce, &QTimer::timeout, this, &DashboardStrip::refresh);
    const auto changed = [this] {
        m_stale = true;
        if (isVisible())
            m_debounce->start();
    };
    connect(&session, &Session::dealsChanged, this, changed);
    connect(&session, &Session::ordersChanged, this, changed);
    connect(&session, &Session::customersChanged, this, changed);
    connect(&session, &Session::leadsChanged, this, changed);
}

DashboardStrip::~DashboardStrip()
{
    m_job.cancelAndWait();   // stop the work's query, then wait for the thread to end
}

void DashboardStrip::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardStrip::refresh()
{
    if (m_job.isRunning()) {
        m_again = true;
        return;
    }
    m_stale = false;
    // A salesperson sees their own deals, customers and follow-ups, as on
    // the rest of the Today page; managers and administrators the team's.
    qint64 owner = 0;
    if (auto me = UserStore(m_session).byId(m_session.userId()); me && me->role == Role::Sales)
        owner = me->id;
    m_ownerId = owner;
    m_scope->setText(owner ? tr("Your figures: your deals, customers and leads. Click a card for its report.")
                           : tr("The whole team's figures. Click a card for its report."));
    const WorkerSpec worker = m_session.worker();
    auto result = std::make_shared<Result<DashboardKpis>>(Error{tr("The key figures could not be worked out."), {}, {}});
    m_job.start(
        [worker, owner, result, cancel = m_job.cancelFlag()] {
            if (auto opened = worker.open(true)) {
                (*opened)->db().watchCancel(cancel);
                *result = Dashboard::compute((*opened)->session(), owner);
            } else {
                *result = opened.error();
            }
        },
        [this, result] {
            show(*result);
            if (std::exchange(m_again, false))
                refresh();
        });
}

void DashboardStrip::show(const Result<DashboardKpis> &result)
{
    if (!result) {
        m_status->setText(result.error().message);
        m_status->show();
        return;
    }
    m_kpis = *result;
    // Amounts are in the base currency: deals without a rate are named, never silently left out.
    m_status->setText(m_kpis.missingRateLines.join(u'\n'));
    m_status->setVisible(!m_kpis.missingRateLines.isEmpty());
    for (int i = 0; i < m_cards.size(); ++i) {
        QToolButton *card = m_cards.at(i);
        if (i >= m_kpis.cards.size()) {
            card->hide();
            continue;
        }
        const KpiCard &c = m_kpis.cards.at(i);
        const QString value = c.value.isValid() ? reportCellText(c.value, c.kind, m_kpis.currency)
                                                : QStringLiteral("—");
        // The team's overdue count sits above the user's own Today list:
        // name it, or the two figures look like a contradiction.
        const QString title = m_ownerId == 0 && c.key == QStringLiteral("overdue_follow_ups")
                                  ? tr("Overdue follow-ups (team)")
                                  : c.title;
        card->setText(title + u'\n' + value);
        QString tip = c.note + u'\n' + (m_ownerId ? tr("Your deals, customers and leads.") : tr("The whole team."));
        if (c.kind == ReportKind::Money)
            tip += u'\n' + m_kpis.currencyLines.join(u'\n');
        card->setToolTip(tip + u'\n' + tr("Click to open the report."));
        card->setAccessibleName(title + QStringLiteral(": ") + value);
        card->setEnabled(true);
        card->show();
    }
    emit refreshed();
}

} // namespace guanxi::ui
