#include "leads/leadspage.h"

#include "leads/convertleaddialog.h"
#include "activities/followupdialog.h"
#include "leads/leaddialog.h"
#include "widgets/messagebar.h"
#include "platform/db/database.h"
#include "customers/customercolumns.h"
#include "leads/leadtablemodel.h"
#include "platform/session.h"
#include "team/channelstore.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"
#include "team/userstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace guanxi::ui {

LeadsPage::LeadsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("leadsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildToolBar());
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    layout->addWidget(buildListAndDetails(), 1);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &LeadsPage::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LeadsPage::applyFilters);
    connect(m_table, &QTableView::doubleClicked, this, &LeadsPage::convert);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadsPage::updateDetails);
    connect(m_model, &LeadTableModel::errorOccurred, this, &LeadsPage::showError);
    connect(m_empty, &QLabel::linkActivated, this, &LeadsPage::addLead);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateDetails();
}

QHBoxLayout *LeadsPage::buildToolBar()
{
    auto *bar = new QHBoxLayout;
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("leadOwnerFilter"));
    m_owner->addItem(tr("My leads"), int(LeadListQuery::Owner::Me));
    m_owner->addItem(tr("Public pool"), int(LeadListQuery::Owner::Pool));
    m_owner->addItem(tr("Everyone's leads"), int(LeadListQuery::Owner::Anyone));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("leadStatusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (LeadStatus s : Leads::statuses())
        m_status->addItem(Leads::statusLabel(s), Leads::statusCode(s));
    auto *add = new QPushButton(tr("&New lead…"), this);
    add->setObjectName(QStringLiteral("newLeadButton"));
    m_qualify = new QPushButton(tr("&Qualify"), this);
    m_disqualify = new QPushButton(tr("&Disqualify…"), this);
    m_convert = new QPushButton(tr("Con&vert…"), this);
    m_convert->setObjectName(QStringLiteral("convertLeadButton"));
    m_log = new QPushButton(tr("Log &follow-up…"), this);
    m_log->setObjectName(QStringLiteral("logLeadButton"));
    m_claim = new QPushButton(tr("C&laim"), this);
    m_claim->setObjectName(QStringLiteral("claimLeadButton"));
    m_release = new QPushButton(tr("&Release…"), this);
    m_assign = new QPushButton(tr("Assi&gn to"), this);
    m_assign->setObjectName(QStringLiteral("assignLeadButton"));
    m_assign->setMenu(buildAssignMenu());
    for (QWidget *w : {static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_status)})
        bar->addWidget(w);
    bar->addSpacing(12);
    for (QPushButton *b : {add, m_log, m_qualify, m_disqualify, m_convert, m_claim, m_release, m_assign})
        bar->addWidget(b);
    bar->addStretch();
    connect(add, &QPushButton::clicked, this, &LeadsPage::addLead);
    connect(m_qualify, &QPushButton::clicked, this, &LeadsPage::qualify);
    connect(m_disqualify, &QPushButton::clicked, this, &LeadsPage::disqualify);
    connect(m_convert, &QPushButton::clicked, this, &LeadsPage::convert);
    connect(m_claim, &QPushButton::clicked, this, &LeadsPage::claim);
    connect(m_log, &QPushButton::clicked, this, &LeadsPage::logFollowUp);
    connect(m_release, &QPushButton::clicked, this, &LeadsPage::release);
    return bar;
}

QMenu *LeadsPage::buildAssignMenu()
{
    auto *assignMenu = new QMenu(m_assign);
    if (auto users = UserStore(m_session).list())
        for (const User &u : *users)
            assignMenu->addAction(u.displayName, this, [this, id = u.id] {
                if (const qint64 lead = currentLeadId())
                    if (Status s = PoolStore(m_session).assign(PoolEntity::Lead, {lead}, id, tr("assigned from the leads list")); !s)
                        showError(s.error().message);
            });
    return assignMenu;
}

QSplitter *LeadsPage::buildListAndDetails()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new LeadTableModel(m_session, this);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setColumnWidth(LeadTableModel::Company, 180);
    leftLayout->addWidget(m_table);
    m_empty = new QLabel(left);
    m_empty->setObjectName(QStringLiteral("leadsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    leftLayout->addWidget(m_empty);
    m_details = new QTextBrowser(split);
    m_details->setObjectName(QStringLiteral("leadDetails"));
    split->addWidget(left);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    return split;
}

qint64 LeadsPage::currentLeadId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(CustomerRole::Id).toLongLong() : 0;
}

void LeadsPage::applyFilters()
{
    LeadListQuery q;
    q.owner = LeadListQuery::Owner(m_owner->currentData().toInt());
    q.status = Leads::statusFromCode(m_status->currentData().toString());
    m_model->setQuery(q);
}

void LeadsPage::showError(const QString &message)
{
    m_messages->showMessage(message, MessageBar::Kind::Error);
}

void LeadsPage::updateDetails()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty)
        m_empty->setText(m_model->query().owner == LeadListQuery::Owner::Pool
                             ? tr("<p style=\"font-size:large\">The public pool has no leads.</p>")
                             : tr("<p style=\"font-size:large\">No leads here yet.</p><p><a href=\"add\">Capture a "
                                  "lead</a> from a call, a form or a trade show.</p>"));
    const Lead *l = m_table->currentIndex().isValid() ? m_model->leadAt(m_table->currentIndex().row()) : nullptr;
    const bool readOnly = m_session.db().isReadOnly();
    const bool open = l && (l->status == LeadStatus::New || l->status == LeadStatus::Qualified);
    m_qualify->setEnabled(!readOnly && l && l->status != LeadStatus::Qualified && l->status != LeadStatus::Converted);
    m_disqualify->setEnabled(!readOnly && open);
    m_convert->setEnabled(!readOnly && open);
    m_log->setEnabled(!readOnly && open);
    m_claim->setEnabled(!readOnly && open && l->ownerId == 0);
    m_release->setEnabled(!readOnly && open && l->ownerId != 0);
    m_assign->setEnabled(!readOnly && open);
    if (!l) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(l->name.toHtmlEscaped());
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><span style=\"color:gray\">%1</span><br>%2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Company"), l->company);
    row(tr("Job title"), l->jobTitle);
    row(tr("Phone"), !l->phoneProblem.isEmpty() ? tr("%1 (not verified: %2)").arg(l->phone, l->phoneProblem)
                     : l->phoneE164.isEmpty()    ? l->phone
                                                 : l->phone + QStringLiteral(" (") + l->phoneE164 + u')');
    row(tr("E-mail"), l->email);
    row(tr("City"), l->city);
    if (l->sourceId)
        if (auto channels = ChannelStore(m_session).list(true))
            for (const SourceChannel &c : *channels)
                if (c.id == l->sourceId)
                    row(tr("Source"), ChannelStore::displayName(c));
    row(tr("Campaign"), l->campaign);
    row(tr("Interested in"), l->productInterest);
    row(tr("Status"), l->status == LeadStatus::Disqualified
                          ? tr("%1: %2").arg(Leads::statusLabel(l->status), l->disqualifyReason)
                          : Leads::statusLabel(l->status));
    row(tr("Owner"), l->ownerId ? l->ownerName : tr("(public pool)"));
    row(tr("Notes"), l->notes);
    if (auto moves = PoolStore(m_session).history(PoolEntity::Lead, l->id); moves && !moves->isEmpty()) {
        QStringList lines;
        for (const PoolMove &m : *moves)
            lines << QStringLiteral("%1 %2 %3 → %4 %5")
                         .arg(QLocale().toString(m.at.toLocalTime(), QLocale::ShortFormat), m.action, m.fromName, m.toName, m.reason);
        row(tr("Pool moves"), lines.join(u'\n'));
    }
    m_details->setHtml(html);
}

void LeadsPage::addLead()
{
    LeadDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_messages->hide();
}

void LeadsPage::qualify()
{
    if (Status s = LeadStore(m_session).qualify(currentLeadId()); !s)
        showError(s.error().message);
}

void LeadsPage::disqualify()
{
    const qint64 id = currentLeadId();
    if (!id)
        return;
    // The lead as it was when the question was asked: a change someone else
    // saves meanwhile is not overwritten (LeadStore refuses, the error shows).
    const qint64 version = LeadStore(m_session).get(id).value_or(Lead()).version;
    bool ok = false;
    const QString reason = QInputDialog::getItem(this, tr("Disqualify lead"), tr("Why is this lead not worth pursuing?"),
                                                 {tr("No budget"), tr("No need"), tr("Wrong contact"),
                                                  tr("Bought from a competitor"), tr("Cannot be reached")},
                                                 0, true, &ok);
    if (!ok)
        return;
    if (Status s = LeadStore(m_session).disqualify(id, reason, version); !s)
        showError(s.error().message);
}

void LeadsPage::convert()
{
    const qint64 id = currentLeadId();
    if (!id)
        return;
    auto lead = LeadStore(m_session).get(id);
    if (!lead) {
        showError(lead.error().message);
        return;
    }
    if (lead->status == LeadStatus::Converted || lead->status == LeadStatus::Disqualified) {
        showError(tr("Only new and qualified leads can be converted."));
        return;
    }
    ConvertLeadDialog dialog(m_session, *lead, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_messages->showMessage(dialog.result().linked ? tr("“%1” is now linked to the existing customer.").arg(lead->name)
                                                       : tr("“%1” is now a customer.").arg(lead->name),
                                MessageBar::Kind::Information);
        emit customerCreated(dialog.result().personId);
    }
}

void LeadsPage::logFollowUp()
{
    const Lead *l = m_table->currentIndex().isValid() ? m_model->leadAt(m_table->currentIndex().row()) : nullptr;
    if (!l)
        return;
    FollowUpDialog dialog(m_session, 0, l->name, this);
    dialog.setLead(l->id);
    dialog.exec();
}

void LeadsPage::claim()
{
    if (Status s = PoolStore(m_session).claim(PoolEntity::Lead, currentLeadId()); !s)
        showError(s.error().message);
}

void LeadsPage::release()
{
    const qint64 id = currentLeadId();
    if (!id)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Release to the public pool"),
                                                 tr("Why give this lead back (optional)?"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = PoolStore(m_session).release(PoolEntity::Lead, id, reason); !s)
        showError(s.error().message);
}

} // namespace guanxi::ui
