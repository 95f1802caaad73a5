#include "leads/convertleaddialog.h"

#include "widgets/messagebar.h"
#include "text/money.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace guanxi::ui {

ConvertLeadDialog::ConvertLeadDialog(Session &session, const Lead &lead, QWidget *parent)
    : QDialog(parent), m_session(session), m_lead(lead)
{
    setObjectName(QStringLiteral("convertLeadDialog"));
    setWindowTitle(tr("Convert “%1” into a customer").arg(lead.name));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto dupes = LeadStore(session).duplicates(lead);
    m_create = new QRadioButton(tr("Create a new customer from the lead"), this);
    m_create->setObjectName(QStringLiteral("createRadio"));
    m_company = new QCheckBox(lead.company.isEmpty() ? tr("Also create the company")
                                                     : tr("Also add the company “%1” (an existing one with the same name is "
                                                          "reused)").arg(lead.company),
                              this);
    m_company->setObjectName(QStringLiteral("companyCheck"));
    m_company->setChecked(!lead.company.isEmpty());
    m_company->setEnabled(!lead.company.isEmpty());
    m_link = new QRadioButton(tr("Link the lead to an existing customer:"), this);
    m_link->setObjectName(QStringLiteral("linkRadio"));
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidateList"));
    if (dupes) {
        for (const DuplicateCandidate &d : *dupes) {
            QString text = d.name;
            if (!d.companyName.isEmpty())
                text += QStringLiteral(" · ") + d.companyName;
            text += QStringLiteral(" — ") + d.reason;
            auto *item = new QListWidgetItem(text, m_candidates);
            item->setData(Qt::UserRole, d.customerId);
        }
    } else {
        m_messages->showMessage(dupes.error().message, MessageBar::Kind::Error);
    }
    const bool anyDupes = m_candidates->count() > 0;
    auto *intro = new QLabel(anyDupes ? tr("This lead looks like customers you have already. Link it to one of them "
                                           "rather than create a duplicate?")
                                      : tr("No customer with the same phone, e-mail or company was found."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_link);
    layout->addWidget(m_candidates);
    layout->addWidget(m_create);
    layout->addWidget(m_company);
    m_deal = new QCheckBox(tr("Also open a deal:"), this);
    m_deal->setObjectName(QStringLiteral("dealCheck"));
    m_dealTitle = new QLineEdit(lead.productInterest.isEmpty() ? QString() : lead.productInterest, this);
    m_dealTitle->setPlaceholderText(tr("Deal title, e.g. ERP upgrade 2026"));
    m_dealAmount = new QLineEdit(this);
    m_dealAmount->setPlaceholderText(tr("Amount in yuan"));
    auto *dealRow = new QHBoxLayout;
    dealRow->addWidget(m_deal);
    dealRow->addWidget(m_dealTitle, 2);
    dealRow->addWidget(m_dealAmount, 1);
    layout->addLayout(dealRow);
    m_link->setVisible(anyDupes);
    m_candidates->setVisible(anyDupes);
    (anyDupes ? m_link : m_create)->setChecked(true);
    if (anyDupes)
        m_candidates->setCurrentRow(0);
    connect(m_candidates, &QListWidget::currentRowChanged, this, [this] { m_link->setChecked(true); });
    connect(m_create, &QRadioButton::toggled, m_company, [this](bool on) { m_company->setEnabled(on && !m_lead.company.isEmpty()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *convert = buttons->addButton(tr("&Convert"), QDialogButtonBox::AcceptRole);
    convert->setObjectName(QStringLiteral("convertButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConvertLeadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(qMax(520, sizeHint().width()), sizeHint().height());
}

void ConvertLeadDialog::accept()
{
    ConversionOptions options;
    if (m_link->isChecked()) {
        QListWidgetItem *item = m_candidates->currentItem();
        if (!item) {
            m_messages->showMessage(tr("Pick the customer to link to, or choose to create a new one."),
                                    MessageBar::Kind::Error);
            return;
        }
        options.linkToCustomerId = item->data(Qt::UserRole).toLongLong();
    }
    options.createCompany = m_company->isChecked();
    if (m_deal->isChecked()) {
        options.dealTitle = m_dealTitle->text().trimmed();
        if (options.dealTitle.isEmpty()) {
            m_messages->showMessage(tr("Give the deal a title, or untick “Also open a deal”."), MessageBar::Kind::Error);
            return;
        }
        if (!m_dealAmount->text().trimmed().isEmpty()) {
            auto amount = Money::parse(m_dealAmount->text());
            if (!amount) {
                m_messages->showMessage(amount.error().message, MessageBar::Kind::Error);
                return;
            }
            options.dealAmountMinor = *amount;
        }
    }
    auto result = LeadStore(m_session).convert(m_lead.id, options);
    if (!result) {
        m_messages->showMessage(result.error().message, MessageBar::Kind::Error);
        return;
    }
    m_result = *result;
    QDialog::accept();
}

} // namespace guanxi::ui
