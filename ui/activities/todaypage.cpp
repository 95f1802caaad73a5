#include "activities/todaypage.h"

#include "activities/followupdialog.h"
#include "widgets/messagebar.h"
#include "sales/stagestyle.h"
#include "customers/customercolumns.h"
#include "activities/todaymodel.h"
#include "platform/session.h"
#include "activities/followupstore.h"

#include "activities/dashboardstrip.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
// Group rows in bold; overdue follow-ups in red.
class TodayDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.parent().isValid())
            option->font.setBold(true);
        if (index.data(CustomerRole::Overdue).toBool())
            option->palette.setColor(QPalette::Text, overdueColor());
    }
};
} // namespace

TodayPage::TodayPage(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("todayPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_dashboard = new DashboardStrip(session, this);
    layout->addWidget(m_dashboard);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_summary->setFont(f);
    layout->addWidget(m_summary);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto *buttons = new QHBoxLayout;
    m_log = new QPushButton(tr("&Log follow-up…"), this);
    m_log->setObjectName(QStringLiteral("logFollowUpButton"));
    m_log->setToolTip(tr("Log what happened and plan the next follow-up (Ctrl+L)"));
    m_snooze = new QToolButton(this);
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_snooze->setText(tr("S&nooze"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_snooze);
    menu->addAction(tr("Until tomorrow"), this, [this] { snooze(1); });
    menu->addAction(tr("For 3 days"), this, [this] { snooze(3); });
    menu->addAction(tr("For a week"), this, [this] { snooze(7); });
    m_snooze->setMenu(menu);
    m_open = new QPushButton(tr("&Open customer"), this);
    m_open->setObjectName(QStringLiteral("openCustomerButton"));
    buttons->addWidget(m_log);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_open);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_model = new TodayModel(session, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("todayView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TodayDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setDefaultSectionSize(140);
    m_view->header()->resizeSection(TodayModel::Name, 200);
    m_view->header()->resizeSection(TodayModel::Action, 220);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("todayEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<p style=\"font-size:large\">Nothing is due in the next week.</p>"
                        "<p>Plan follow-ups with “Next follow-up” when you log a call or edit a customer.</p>"));
    layout->addWidget(m_empty, 1);

    connect(m_log, &QPushButton::clicked, this, &TodayPage::logFollowUp);
    auto open = [this] {
        if (const qint64 id = currentCustomerId())
            emit openCustomer(id);
        else if (const qint64 lead = currentLeadId())
            emit openLead(lead);
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_view, &QTreeView::doubleClicked, this, open);
    connect(m_model, &TodayModel::pendingChanged, this, &TodayPage::pendingChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayPage::updateState);
    updateState();
}

void TodayPage::reload()
{
    m_model->reload();
}

void TodayPage::updateState()
{
    m_view->expandAll();
    const int overdue = m_model->count(TodayModel::Overdue);
    const int today = m_model->count(TodayModel::DueToday);
    const int upcoming = m_model->count(TodayModel::Upcoming);
    // The list is the user's own; the dashboard above may be the team's.
    m_summary->setText(tr("Your follow-ups: %1 overdue, %2 due today, %3 coming up").arg(overdue).arg(today).arg(upcoming));
    const bool empty = overdue + today + upcoming == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    const bool onCustomer = currentCustomerId() != 0 || currentLeadId() != 0;
    m_log->setEnabled(onCustomer);
    m_snooze->setEnabled(onCustomer);
    m_open->setEnabled(onCustomer);
    if (!m_model->lastError().isEmpty())
        m_messages->showMessage(m_model->lastError(), MessageBar::Kind::Error);
    // Keep something selected so Ctrl+L works at once.
    if (!onCustomer && !empty) {
        for (int g = 0; g < TodayModel::GroupCount; ++g) {
            const QModelIndex group = m_model->index(g, 0);
            if (m_model->rowCount(group) > 0) {
                m_view->setCurrentIndex(m_model->index(0, 0, group));
                break;
            }
        }
    }
}

qint64 TodayPage::currentCustomerId() const
{
    return m_view->currentIndex().data(CustomerRole::Id).toLongLong();
}

qint64 TodayPage::currentLeadId() const
{
    return m_view->currentIndex().data(CustomerRole::LeadId).toLongLong();
}

void TodayPage::logFollowUp()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.data(CustomerRole::Id).toLongLong();
    const qint64 lead = current.data(CustomerRole::LeadId).toLongLong();
    if (!id && !lead)
        return;
    const QString name = current.siblingAtColumn(TodayModel::Name).data().toString();
    FollowUpDialog dialog(m_session, id, name, this);
    if (lead)
        dialog.setLead(lead);
    dialog.setUndoStack(&m_undo, [this](const Error &e) { m_messages->showMessage(e.message, MessageBar::Kind::Error); });
    dialog.exec();
}

void TodayPage::snooze(int days)
{
    const qint64 id = currentCustomerId();
    if (!id) {
        if (currentLeadId())
            m_messages->showMessage(tr("Leads are rescheduled by logging a follow-up with a new date (Ctrl+L)."),
                                    MessageBar::Kind::Information);
        return;
    }
    const QString name = m_view->currentIndex().siblingAtColumn(TodayModel::Name).data().toString();
    Status first;
    m_undo.push(new SnoozeCommand(m_session, id, name, m_session.today().addDays(days), &first,
                                  [this](const Error &e) { m_messages->showMessage(e.message, MessageBar::Kind::Error); }));
    if (!first)
        m_messages->showMessage(first.error().message, MessageBar::Kind::Error);
}

} // namespace guanxi::ui
