#include "leads/poolpage.h"

#include "leads/assignmentrulesdialog.h"
#include "widgets/messagebar.h"
#include "leads/leadassignment.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "leads/poolstore.h"
#include "widgets/listtable.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &objectName)
{
    QTableWidget *t = listTable(parent, objectName, headers);
    t->setAlternatingRowColors(true);
    return t;
}
} // namespace

PoolPage::PoolPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("poolPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("poolKind"));
    m_kind->addItem(QString(), int(PoolEntity::Customer));
    m_kind->addItem(QString(), int(PoolEntity::Lead));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_claim = new QPushButton(tr("C&laim selected"), this);
    m_claim->setObjectName(QStringLiteral("poolClaimButton"));
    auto *assign = new QPushButton(tr("&Assign by rules"), this);
    assign->setObjectName(QStringLiteral("assignByRulesButton"));
    assign->setToolTip(tr("Give every lead in the pool an owner by the assignment rules"));
    auto *editRules = new QPushButton(tr("Assignment r&ules…"), this);
    editRules->setObjectName(QStringLiteral("assignmentRulesButton"));
    auto *rules = new QPushButton(tr("Pool &rules…"), this);
    rules->setObjectName(QStringLiteral("poolRulesButton"));
    bar->addWidget(m_kind);
    bar->addWidget(m_claim);
    bar->addWidget(assign);
    bar->addStretch();
    bar->addWidget(editRules);
    bar->addWidget(rules);
    layout->addLayout(bar);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("poolSummary"));
    layout->addWidget(m_summary);
    m_table = makeTable(this, {tr("Name"), tr("Company"), tr("City"), tr("In the pool since")}, QStringLiteral("poolTable"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_table, 3);
    m_warningsTitle = new QLabel(this);
    layout->addWidget(m_warningsTitle);
    m_warnings = makeTable(this, {tr("Name"), tr("Kind"), tr("Since"), tr("Returns to the pool")},
                           QStringLiteral("poolWarnings"));
    layout->addWidget(m_warnings, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PoolPage::reload);
    connect(m_claim, &QPushButton::clicked, this, &PoolPage::claimSelected);
    connect(m_table, &QTableWidget::doubleClicked, this, &PoolPage::claimSelected);
    connect(rules, &QPushButton::clicked, this, &PoolPage::editRules);
    connect(editRules, &QPushButton::clicked, this, [this] {
        AssignmentRulesDialog dialog(m_session, this);
        dialog.exec();
    });
    connect(assign, &QPushButton::clicked, this, [this] {
        auto report = LeadAssignment(m_session).assignPool();
        if (!report)
            m_messages->showMessage(report.error().message, MessageBar::Kind::Error);
        else if (report->considered == 0)
            m_messages->showMessage(tr("No leads wait in the pool."), MessageBar::Kind::Information);
        else
            m_messages->showMessage(tr("Assigned %1 of %2 pool leads by the rules.").arg(report->assigned).arg(report->considered)
                                        + (report->assigned < report->considered
                                               ? u' ' + tr("The others match no rule, or their team is at its limit.")
                                               : QString()),
                                    MessageBar::Kind::Information);
    });
    connect(&m_session, &Session::customersChanged, this, &PoolPage::reload);
    connect(&m_session, &Session::leadsChanged, this, &PoolPage::reload);
    reload();
}

void PoolPage::reload()
{
    const auto entity = PoolEntity(m_kind->currentData().toInt());
    PoolStore pool(m_session);
    auto customers = pool.count(PoolEntity::Customer);
    auto leads = pool.count(PoolEntity::Lead);
    if (customers && leads) {
        m_kind->setItemText(0, tr("Customers in the pool (%1)").arg(*customers));
        m_kind->setItemText(1, tr("Leads in the pool (%1)").arg(*leads));
        m_total = int(*customers + *leads);
    }
    auto count = entity == PoolEntity::Customer ? customers : leads;
    auto items = pool.list(entity, 0, shown);
    m_table->setRowCount(0);
    if (!count || !items) {
        m_messages->showMessage((!count ? count.error() : items.error()).message, MessageBar::Kind::Error);
        return;
    }
    m_summary->setText(*count == 0 ? (entity == PoolEntity::Customer ? tr("No customers wait in the pool: every customer has an owner.")
                                                                     : tr("No leads wait in the pool."))
                       : *count > shown ? tr("%1 records wait in the pool; the newest %2 are shown. Double-click or "
                                             "press Claim to make one yours.").arg(*count).arg(shown)
                                        : tr("%n record(s) wait in the pool. Double-click or press Claim to make one yours.", nullptr,
                                             int(*count)));
    m_table->setRowCount(int(items->size()));
    for (int i = 0; i < items->size(); ++i) {
        const PoolItem &p = items->at(i);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.id);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(p.company));
        m_table->setItem(i, 2, new QTableWidgetItem(p.city));
        m_table->setItem(i, 3, new QTableWidgetItem(p.since.isValid() ? QLocale().toString(p.since.toLocalTime(), QLocale::ShortFormat)
                                                                      : QString()));
    }
    m_table->resizeColumnsToContents();
    m_claim->setEnabled(*count > 0 && !m_session.db().isReadOnly());

    auto warnings = pool.warnings(m_session.userId());
    m_warnings->setRowCount(0);
    auto rules = pool.rules();
    if (!warnings || !rules)
        return;
    QStringList ruleTexts;
    if (rules->reclaimAfterDays > 0)
        ruleTexts << tr("%n day(s) without a follow-up", nullptr, rules->reclaimAfterDays);
    if (rules->reclaimNoWinDays > 0)
        ruleTexts << tr("%n day(s) without a won deal", nullptr, rules->reclaimNoWinDays);
    const bool anyRule = !ruleTexts.isEmpty();
    if (!anyRule)
        m_warningsTitle->setText(tr("Records never return to the pool by themselves (both reclaim rules are off)."));
    else if (warnings->isEmpty())
        m_warningsTitle->setText(tr("Nothing of yours returns to the pool in the next %n day(s) (rules: %1).", nullptr,
                                        rules->warnDaysBefore)
                                         .arg(ruleTexts.join(tr(" or "))));
    else
        m_warningsTitle->setText(tr("Yours that return to the pool soon (rules: %1):").arg(ruleTexts.join(tr(" or "))));
    m_warnings->setVisible(anyRule && !warnings->isEmpty());
    m_warnings->setRowCount(int(warnings->size()));
    for (int i = 0; i < warnings->size(); ++i) {
        const PoolItem &w = warnings->at(i);
        m_warnings->setItem(i, 0, new QTableWidgetItem(w.name));
        m_warnings->setItem(i, 1, new QTableWidgetItem(w.entity == PoolEntity::Lead ? tr("Lead") : tr("Customer")));
        m_warnings->setItem(i, 2, new QTableWidgetItem(QLocale().toString(w.since.toLocalTime(), QLocale::ShortFormat)));
        m_warnings->setItem(i, 3, new QTableWidgetItem(QLocale().toString(w.reclaimAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

void PoolPage::claimSelected()
{
    const auto entity = PoolEntity(m_kind->currentData().toInt());
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_table->item(i.row(), 0)->data(Qt::UserRole).toLongLong();
    if (ids.isEmpty()) {
        m_messages->showMessage(tr("Select what to claim first."), MessageBar::Kind::Information);
        return;
    }
    int claimed = 0;
    QStringList problems;
    PoolStore pool(m_session);
    for (qint64 id : ids) {
        if (Status s = pool.claim(entity, id); s)
            ++claimed;
        else
            problems << s.error().message;
    }
    if (!problems.isEmpty())
        m_messages->showMessage(problems.join(u'\n'), MessageBar::Kind::Error);
    else
        m_messages->showMessage(tr("Claimed %1; find them under your customers and leads.").arg(claimed),
                                MessageBar::Kind::Information);
}

void PoolPage::editRules()
{
    PoolStore pool(m_session);
    auto current = pool.rules();
    if (!current) {
        m_messages->showMessage(current.error().message, MessageBar::Kind::Error);
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("poolRulesDialog"));
    dialog.setWindowTitle(tr("Public pool rules"));
    auto *form = new QFormLayout(&dialog);
    // Days read "1 day", "2 days": the suffix follows the value.
    auto spin = [&](int value, int min, int max, bool days) {
        auto *s = new QSpinBox(&dialog);
        s->setRange(min, max);
        if (days) {
            auto suffix = [s](int n) { s->setSuffix(tr(" day(s)", nullptr, n)); };
            connect(s, &QSpinBox::valueChanged, s, suffix);
            suffix(value);
        }
        s->setValue(value);
        return s;
    };
    QSpinBox *cap = spin(current->claimCap, 1, 1000000, false);
    QSpinBox *cooldown = spin(current->cooldownDays, 0, 365, true);
    QSpinBox *reclaim = spin(current->reclaimAfterDays, 0, 3650, true);
    reclaim->setSpecialValueText(tr("never"));
    QSpinBox *warn = spin(current->warnDaysBefore, 0, 365, true);
    QSpinBox *noWin = spin(current->reclaimNoWinDays, 0, 3650, true);
    noWin->setSpecialValueText(tr("never"));
    form->addRow(tr("Most leads and customers one person may hold when claiming:"), cap);
    form->addRow(tr("After releasing, wait before claiming the same record again:"), cooldown);
    form->addRow(tr("Return to the pool after this long without a follow-up:"), reclaim);
    form->addRow(tr("Warn the owner this long before:"), warn);
    form->addRow(tr("Return a customer to the pool after this long without a won deal:"), noWin);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color:#c62828;"));
    error->setWordWrap(true);
    error->hide();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        PoolRules r;
        r.claimCap = cap->value();
        r.cooldownDays = cooldown->value();
        r.reclaimAfterDays = reclaim->value();
        r.warnDaysBefore = warn->value();
        r.reclaimNoWinDays = noWin->value();
        if (Status s = pool.setRules(r); !s) {
            error->setText(s.error().message);
            error->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace guanxi::ui
