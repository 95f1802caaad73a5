#include "leads/assignmentrulesdialog.h"

#include "widgets/messagebar.h"
#include "leads/assignmentrulestore.h"
#include "team/userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi::ui {

AssignmentRulesDialog::AssignmentRulesDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("assignmentRulesDialog"));
    setWindowTitle(tr("Lead assignment rules"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_rules = new QListWidget(this);
    layout->addWidget(m_rules, 1);
    auto *remove = new QPushButton(tr("&Remove rule"), this);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    auto *group = new QGroupBox(tr("New rule (tried after the ones above; empty fields match anything)"), this);
    auto *form = new QFormLayout(group);
    m_name = new QLineEdit(group);
    form->addRow(tr("&Name:"), m_name);
    m_city = new QLineEdit(group);
    form->addRow(tr("&City:"), m_city);
    m_industry = new QLineEdit(group);
    form->addRow(tr("&Industry:"), m_industry);
    m_product = new QLineEdit(group);
    m_product->setPlaceholderText(tr("Text found in the lead's product interest"));
    form->addRow(tr("&Product:"), m_product);
    m_method = new QComboBox(group);
    m_method->addItem(tr("To one person"), AssignmentRuleStore::methodCode(AssignMethod::User));
    m_method->addItem(tr("To the team, in turn"), AssignmentRuleStore::methodCode(AssignMethod::RoundRobin));
    m_method->addItem(tr("To whoever in the team has the fewest open leads"), AssignmentRuleStore::methodCode(AssignMethod::LeastLoaded));
    form->addRow(tr("&Give to:"), m_method);
    m_users = new QListWidget(group);
    m_users->setMaximumHeight(110);
    if (auto users = UserStore(session).list())
        for (const User &u : *users) {
            auto *item = new QListWidgetItem(u.displayName, m_users);
            item->setData(Qt::UserRole, u.id);
            item->setCheckState(Qt::Unchecked);
        }
    form->addRow(tr("&Who:"), m_users);
    auto *add = new QPushButton(tr("&Add rule"), group);
    form->addRow(QString(), add);
    layout->addWidget(group);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &AssignmentRulesDialog::addRule);
    connect(remove, &QPushButton::clicked, this, &AssignmentRulesDialog::removeRule);
    reload();
    resize(560, 560);
}

void AssignmentRulesDialog::reload()
{
    m_rules->clear();
    auto rules = AssignmentRuleStore(m_session).list();
    if (!rules)
        return;
    UserStore users(m_session);
    for (const AssignmentRule &r : *rules) {
        QStringList match, to;
        for (const QString &m : {r.province, r.city, r.industry, r.product})
            if (!m.isEmpty())
                match << m;
        for (qint64 id : r.userIds)
            if (auto u = users.byId(id))
                to << u->displayName;
        const QString method = r.method == AssignMethod::User ? tr("to") : r.method == AssignMethod::RoundRobin ? tr("in turn to")
                                                                                                                : tr("least loaded of");
        auto *item = new QListWidgetItem(tr("%1: %2 → %3 %4")
                                             .arg(r.name, match.isEmpty() ? tr("any lead") : match.join(QStringLiteral(", ")),
                                                  method, to.join(QStringLiteral(", "))),
                                         m_rules);
        item->setData(Qt::UserRole, r.id);
    }
}

void AssignmentRulesDialog::addRule()
{
    AssignmentRule r;
    r.name = m_name->text();
    r.city = m_city->text();
    r.industry = m_industry->text();
    r.product = m_product->text();
    r.method = AssignmentRuleStore::methodFromCode(m_method->currentData().toString()).value_or(AssignMethod::User);
    for (int i = 0; i < m_users->count(); ++i)
        if (m_users->item(i)->checkState() == Qt::Checked)
            r.userIds << m_users->item(i)->data(Qt::UserRole).toLongLong();
    if (auto id = AssignmentRuleStore(m_session).add(r); !id) {
        m_messages->showMessage(id.error().message, MessageBar::Kind::Error);
        return;
    }
    m_messages->hide();
    m_name->clear();
    reload();
}

void AssignmentRulesDialog::removeRule()
{
    if (QListWidgetItem *item = m_rules->currentItem())
        if (Status s = AssignmentRuleStore(m_session).remove(item->data(Qt::UserRole).toLongLong()); !s)
            m_messages->showMessage(s.error().message, MessageBar::Kind::Error);
    reload();
}

} // namespace guanxi::ui
