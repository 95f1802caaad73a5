#include "sales/dealdialog.h"

#include "widgets/dateedits.h"
#include "customers/customerpicker.h"
#include "widgets/messagebar.h"
#include "platform/session.h"
#include "sales/dealstore.h"
#include "text/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace guanxi::ui {

DealDialog::DealDialog(Session &session, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_session(session), m_customerId(customerId)
{
    setObjectName(QStringLiteral("dealDialog"));
    setWindowTitle(tr("New deal"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    m_customer = new CustomerPicker(session, this);
    m_customer->setObjectName(QStringLiteral("dealCustomerEdit"));
    if (customerId)
        m_customer->setFixedCustomer(customerId);
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(QString(), error(QStringLiteral("customer")));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("dealTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. ERP upgrade 2026"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), error(QStringLiteral("title")));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("dealAmountEdit"));
    m_amount->setPlaceholderText(tr("In yuan, e.g. 120,000.00"));
    form->addRow(tr("&Amount (CNY):"), m_amount);
    form->addRow(QString(), error(QStringLiteral("amount")));
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("dealStageCombo"));
    m_probability = new QSpinBox(this);
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    if (auto stages = DealStore(session).stages())
        for (const DealStage &s : *stages)
            if (s.kind == StageKind::Open)
                m_stage->addItem(Deals::stageName(s), QVariantList{s.id, s.probability});
    connect(m_stage, &QComboBox::currentIndexChanged, this,
            [this] { m_probability->setValue(m_stage->currentData().toList().value(1).toInt()); });
    m_probability->setValue(m_stage->currentData().toList().value(1).toInt());
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Probability:"), m_probability);
    m_close = makeOptionalDateEdit(this);
    m_close->setObjectName(QStringLiteral("dealCloseEdit"));
    setOptionalDate(m_close, session.today().addMonths(1));
    form->addRow(tr("Expected &close:"), m_close);
    form->addRow(QString(), error(QStringLiteral("expected_close")));
    m_products = new QLineEdit(this);
    m_products->setPlaceholderText(tr("What they would buy"));
    form->addRow(tr("P&roducts:"), m_products);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveDealButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(qMax(480, sizeHint().width()), sizeHint().height());
    (customerId ? m_title : m_customer)->setFocus();
}

QLabel *DealDialog::error(const QString &field)
{
    return m_errors.add(field, QStringLiteral("deal_") + field + QStringLiteral("Error"));
}

void DealDialog::accept()
{
    m_errors.clear();
    QList<Error> problems;
    Deal d;
    d.customerId = m_customer->customerId();
    if (!d.customerId)
        problems << Error{tr("Pick the customer from the list that appears as you type."), {}, QStringLiteral("customer")};
    d.title = m_title->text();
    auto amount = Money::parse(m_amount->text());
    if (amount)
        d.amountMinor = *amount;
    else
        problems << Error{amount.error().message, {}, QStringLiteral("amount")};
    d.stageId = m_stage->currentData().toList().value(0).toLongLong();
    const int stageDefault = m_stage->currentData().toList().value(1).toInt();
    d.probability = m_probability->value() == stageDefault ? -1 : m_probability->value();
    d.expectedClose = optionalDate(m_close);
    d.products = m_products->text();
    if (problems.isEmpty())
        problems = Deals::validate(d, m_session.today());
    if (problems.isEmpty()) {
        auto id = DealStore(m_session).create(d);
        if (id) {
            m_id = *id;
            QDialog::accept();
            return;
        }
        problems << id.error();
    }
    m_errors.show(problems, m_messages);
}

} // namespace guanxi::ui
