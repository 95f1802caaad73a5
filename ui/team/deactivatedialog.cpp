#include "team/deactivatedialog.h"

#include "customers/customerliststore.h"
#include "leads/leadstore.h"
#include "platform/session.h"
#include "team/userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace guanxi::ui {

DeactivateDialog::DeactivateDialog(Session &session, const User &user, QWidget *parent)
    : QDialog(parent), m_session(session), m_user(user)
{
    setObjectName(QStringLiteral("deactivateDialog"));
    setWindowTitle(tr("Deactivate Team Member"));
    auto *layout = new QVBoxLayout(this);
    CustomerListQuery customers;
    customers.ownerId = user.id;
    LeadListQuery leads;
    leads.owner = LeadListQuery::Owner::User;
    leads.userId = user.id;
    const qint64 customerCount = CustomerListStore(session).count(customers).value_or(0);
    qint64 leadCount = 0;
    for (LeadStatus open : {LeadStatus::New, LeadStatus::Qualified}) {
        leads.status = open;
        leadCount += LeadStore(session).count(leads).value_or(0);
    }
    auto *counts = new QLabel(tr("%1 owns %2 and %3, with their open deals and orders. After deactivation %1 "
                                 "can no longer log in; their name stays on their history.")
                                  .arg(user.displayName, tr("%n customer(s)", nullptr, int(customerCount)),
                                       tr("%n open lead(s)", nullptr, int(leadCount))),
                              this);
    counts->setObjectName(QStringLiteral("deactivateCounts"));
    counts->setWordWrap(true);
    layout->addWidget(counts);
    m_toColleague = new QRadioButton(tr("Hand them to a &colleague:"), this);
    m_toColleague->setObjectName(QStringLiteral("handToColleague"));
    m_colleague = new QComboBox(this);
    m_colleague->setObjectName(QStringLiteral("handToCombo"));
    if (auto users = UserStore(session).list())
        for (const User &u : *users)
            if (u.id != user.id)
                m_colleague->addItem(u.displayName, u.id);
    m_toPool = new QRadioButton(tr("Put customers and leads in the public &pool (deals and orders go to their manager)"), this);
    m_toPool->setObjectName(QStringLiteral("handToPool"));
    m_toColleague->setChecked(m_colleague->count() > 0);
    m_toColleague->setEnabled(m_colleague->count() > 0);
    m_toPool->setChecked(m_colleague->count() == 0);
    layout->addWidget(m_toColleague);
    layout->addWidget(m_colleague);
    layout->addWidget(m_toPool);
    connect(m_toColleague, &QRadioButton::toggled, m_colleague, &QWidget::setEnabled);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("deactivateError"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Deactivate"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeactivateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeactivateDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void DeactivateDialog::handTo(qint64 userId)
{
    if (userId == 0) {
        m_toPool->setChecked(true);
        return;
    }
    m_toColleague->setChecked(true);
    m_colleague->setCurrentIndex(m_colleague->findData(userId));
}

void DeactivateDialog::accept()
{
    const qint64 to = m_toColleague->isChecked() ? m_colleague->currentData().toLongLong() : 0;
    if (Status s = UserStore(m_session).deactivate(m_user.id, to); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace guanxi::ui
