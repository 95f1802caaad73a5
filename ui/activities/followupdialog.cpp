#include "activities/followupdialog.h"

#include "widgets/dateedits.h"
#include "widgets/messagebar.h"
#include "platform/session.h"
#include "activities/followupstore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace guanxi::ui {

FollowUpDialog::FollowUpDialog(Session &session, qint64 customerId, const QString &customerName, QWidget *parent)
    : QDialog(parent), m_session(session), m_customerId(customerId), m_name(customerName)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Log follow-up: %1").arg(customerName));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    if (auto channels = FollowUpStore(session).channels())
        for (const FollowUpChannel &c : *channels)
            m_channel->addItem(FollowUpStore::channelDisplayName(c), c.id);
    // Start with the channel used last time: most days are mostly calls.
    const int last = m_channel->findData(QSettings().value(QStringLiteral("followUps/lastChannel")));
    m_channel->setCurrentIndex(qMax(0, last));
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    auto *addChannel = new QToolButton(this);
    addChannel->setText(tr("New…"));
    addChannel->setToolTip(tr("Add a channel to the list, e.g. 钉钉"));
    channelRow->addWidget(addChannel);
    connect(addChannel, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New channel"), tr("Name of the channel:"), QLineEdit::Normal,
                                                   QString(), &ok);
        if (!ok)
            return;
        auto id = FollowUpStore(m_session).addChannel(name);
        if (!id) {
            m_messages->showMessage(id.error().message, MessageBar::Kind::Error);
            return;
        }
        m_channel->addItem(name.simplified(), *id);
        m_channel->setCurrentIndex(m_channel->count() - 1);
    });
    auto *channelLabel = new QLabel(tr("&Channel:"), this);
    channelLabel->setBuddy(m_channel);
    form->addRow(channelLabel, channelRow);
    m_when = new QDateTimeEdit(session.now().toLocalTime(), this);
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("&When:"), m_when);
    form->addRow(QString(), addError(QStringLiteral("occurred_at")));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What was discussed? e.g. 介绍了新报价，客户要求下周发合同"));
    m_summary->setMinimumHeight(70);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(QString(), addError(QStringLiteral("summary")));
    m_feedback = new QLineEdit(this);
    m_feedback->setObjectName(QStringLiteral("feedbackEdit"));
    m_feedback->setPlaceholderText(tr("The customer's feedback or objection"));
    form->addRow(tr("&Feedback:"), m_feedback);
    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setPlaceholderText(tr("e.g. interested, sent quote, no answer"));
    form->addRow(tr("&Outcome:"), m_outcome);

    auto *nextRow = new QHBoxLayout;
    m_next = makeOptionalDateEdit(this);
    m_next->setObjectName(QStringLiteral("nextFollowUpEdit"));
    nextRow->addWidget(m_next, 1);
    auto *quick = new QToolButton(this);
    quick->setText(tr("Pick…"));
    quick->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(quick);
    const QDate today = session.today();
    for (auto [days, label] : {std::pair{1, tr("Tomorrow")}, std::pair{3, tr("In 3 days")},
                               std::pair{7, tr("In a week")}, std::pair{14, tr("In two weeks")},
                               std::pair{30, tr("In a month")}})
        menu->addAction(label, this, [this, today, days = days] { setOptionalDate(m_next, today.addDays(days)); });
    quick->setMenu(menu);
    nextRow->addWidget(quick);
    auto *nextLabel = new QLabel(tr("&Next follow-up:"), this);
    nextLabel->setBuddy(m_next);
    form->addRow(nextLabel, nextRow);
    form->addRow(QString(), addError(QStringLiteral("next_follow_up")));
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("nextActionEdit"));
    m_action->setPlaceholderText(tr("e.g. send the contract, visit the factory"));
    form->addRow(tr("Next &action:"), m_action);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveFollowUpButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(qMax(520, sizeHint().width()), sizeHint().height());
    m_summary->setFocus();
}

QLabel *FollowUpDialog::addError(const QString &field)
{
    return m_errors.add(field, field + QStringLiteral("Error"));
}

void FollowUpDialog::accept()
{
    Interaction i;
    i.customerId = m_leadId || m_dealId ? 0 : m_customerId;
    i.leadId = m_leadId;
    i.dealId = m_dealId;
    i.channelId = m_channel->currentData().toLongLong();
    i.occurredAt = m_when->dateTime().toUTC();
    i.summary = m_summary->toPlainText();
    i.feedback = m_feedback->text();
    i.outcome = m_outcome->text();
    i.nextFollowUp = optionalDate(m_next);
    i.nextAction = m_action->text();
    m_errors.clear();
    QList<Error> problems = Interactions::validate(i, m_session.now(), m_session.today());
    Result<qint64> id = Error{};
    if (problems.isEmpty()) {
        // Opened from any page of the main window (Today, the customer
        // list or pane, leads), the follow-up goes on the window's one undo
        // stack unless the caller gave one; errors of a later undo go to the
        // window's notice bar.
        QUndoStack *undo = m_undo;
        FollowUpErrorHandler onError = m_onError;
        if (!undo && parentWidget()) {
            QWidget *window = parentWidget()->window();
            undo = window->findChild<QUndoStack *>(QString(), Qt::FindDirectChildrenOnly);
            if (undo && !onError) {
                QPointer<MessageBar> notice = window->findChild<MessageBar *>(QStringLiteral("noticeBar"));
                onError = [notice](const Error &e) {
                    if (notice)
                        notice->showMessage(e.message, MessageBar::Kind::Error);
                };
            }
        }
        if (undo)
            undo->push(new LogFollowUpCommand(m_session, i, m_name, &id, onError));
        else
            id = FollowUpStore(m_session).log(i);
        if (!id)
            problems << id.error();
    }
    if (!problems.isEmpty()) {
        m_errors.show(problems, m_messages);
        return;
    }
    m_id = *id;
    QSettings().setValue(QStringLiteral("followUps/lastChannel"), i.channelId);
    QDialog::accept();
}

LogFollowUpCommand::LogFollowUpCommand(Session &session, Interaction interaction, const QString &name,
                                       Result<qint64> *first, FollowUpErrorHandler onError)
    : m_session(session), m_interaction(std::move(interaction)), m_first(first), m_onError(std::move(onError))
{
    setText(FollowUpDialog::tr("Log follow-up with “%1”").arg(name));
}

void LogFollowUpCommand::redo()
{
    Result<qint64> id = FollowUpStore(m_session).log(m_interaction, &m_logged);
    if (m_first) {
        *m_first = id;
        m_first = nullptr; // the dialog that asked is gone after this
    } else if (!id && m_onError) {
        m_onError(id.error());
    }
    if (!id)
        setObsolete(true);
}

void LogFollowUpCommand::undo()
{
    if (Status s = FollowUpStore(m_session).unlog(m_logged); !s) {
        if (m_onError)
            m_onError(s.error());
        setObsolete(true);
    }
}

SnoozeCommand::SnoozeCommand(Session &session, qint64 customerId, const QString &name, const QDate &until,
                             Status *first, FollowUpErrorHandler onError)
    : m_session(session), m_customerId(customerId), m_until(until), m_first(first), m_onError(std::move(onError))
{
    setText(FollowUpDialog::tr("Snooze “%1”").arg(name));
}

void SnoozeCommand::redo()
{
    Status s = FollowUpStore(m_session).snooze(m_customerId, m_until, &m_before);
    if (m_first) {
        *m_first = s;
        m_first = nullptr;
    } else if (!s && m_onError) {
        m_onError(s.error());
    }
    if (!s)
        setObsolete(true);
}

void SnoozeCommand::undo()
{
    if (Status s = FollowUpStore(m_session).unsnooze(m_customerId, m_before); !s) {
        if (m_onError)
            m_onError(s.error());
        setObsolete(true);
    }
}

} // namespace guanxi::ui
