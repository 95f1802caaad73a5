#include "sales/paymentdialog.h"

#include "widgets/fielderrors.h"
#include "reportrender/formatting.h"
#include "widgets/messagebar.h"
#include "platform/session.h"
#include "sales/orderstore.h"
#include "text/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
const QString lastMethodKey = QStringLiteral("orders/lastPaymentMethod");

QLabel *heading(const Order &o, QWidget *parent)
{
    auto *label = new QLabel(PaymentDialog::tr("%1 · %2 · total %3 · still owed %4")
                                 .arg(o.number, o.customerName, formatMoney(o.totalMinor, o.currency),
                                      formatMoney(o.outstandingMinor(), o.currency)),
                             parent);
    label->setWordWrap(true);
    return label;
}

// A field with its error line under it, as one form row.
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget(field->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    field->setParent(box);
    v->addWidget(field);
    v->addWidget(error);
    return box;
}
} // namespace

QStringList PaymentDialog::methods()
{
    return {tr("WeChat Pay"), tr("Alipay"), tr("Bank transfer"), tr("Cash"), tr("Other")};
}

PaymentDialog::PaymentDialog(Session &session, const Order &order, QWidget *parent)
    : QDialog(parent), m_session(session), m_order(order), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record Payment"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    layout->addWidget(heading(order, this));
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_amount = new QLineEdit(Money::plain(order.outstandingMinor()), this);
    m_amount->setObjectName(QStringLiteral("paymentAmountEdit"));
    m_amount->setToolTip(tr("In %1; at most what is still owed.").arg(order.currency));
    form->addRow(tr("&Amount received:"), withError(m_amount, m_errors->add(QStringLiteral("amount"), QStringLiteral("amountError"))));
    m_date = new QDateEdit(session.today(), this);
    m_date->setObjectName(QStringLiteral("paymentDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(session.today());
    form->addRow(tr("&Date received:"), withError(m_date, m_errors->add(QStringLiteral("paid_on"), QStringLiteral("dateError"))));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethodCombo"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_method->addItems(methods());
    const QString last = QSettings().value(lastMethodKey).toString();
    m_method->setCurrentText(last.isEmpty() ? methods().at(2) : last);
    m_method->setToolTip(tr("Choose how the money came in, or type another way."));
    form->addRow(tr("&Method:"), m_method);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("paymentReferenceEdit"));
    m_reference->setPlaceholderText(tr("Transaction or voucher number"));
    form->addRow(tr("&Reference:"), m_reference);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("paymentNoteEdit"));
    form->addRow(tr("N&ote:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_amount->selectAll();
    m_amount->setFocus();
}

PaymentDialog::~PaymentDialog()
{
    delete m_errors;
}

void PaymentDialog::accept()
{
    m_errors->clear();
    m_messages->hide();
    auto amount = Money::parse(m_amount->text());
    if (!amount) {
        Error e = amount.error();
        e.field = QStringLiteral("amount");
        m_errors->show({e}, m_messages);
        m_amount->setFocus();
        return;
    }
    Payment p;
    p.amountMinor = *amount;
    p.paidOn = m_date->date();
    p.method = m_method->currentText().trimmed();
    p.reference = m_reference->text();
    p.note = m_note->text();
    auto id = OrderStore(m_session).addPayment(m_order.id, p);
    if (!id) {
        m_errors->show({id.error()}, m_messages);
        return;
    }
    m_paymentId = *id;
    if (!p.method.isEmpty())
        QSettings().setValue(lastMethodKey, p.method);
    QDialog::accept();
}

WriteOffDialog::WriteOffDialog(Session &session, const Order &order, QWidget *parent)
    : QDialog(parent), m_session(session), m_order(order), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("writeOffDialog"));
    setWindowTitle(tr("Write Off"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    layout->addWidget(heading(order, this));
    auto *explain = new QLabel(tr("%1 will be written off: the order counts as settled and leaves the receivables. "
                                  "Your name and the reason are recorded with it.")
                                   .arg(formatMoney(order.outstandingMinor(), order.currency)),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *label = new QLabel(tr("&Why will the rest not be paid?"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("writeOffReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_errors->add(QStringLiteral("reason"), QStringLiteral("reasonError")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write Off"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WriteOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WriteOffDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_reason->setFocus();
}

WriteOffDialog::~WriteOffDialog()
{
    delete m_errors;
}

void WriteOffDialog::accept()
{
    m_errors->clear();
    m_messages->hide();
    if (auto id = OrderStore(m_session).writeOff(m_order.id, m_reason->toPlainText(), m_order.outstandingMinor()); !id) {
        m_errors->show({id.error()}, m_messages);
        return;
    }
    QDialog::accept();
}

} // namespace guanxi::ui
