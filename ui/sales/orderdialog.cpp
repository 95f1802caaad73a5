#include "sales/orderdialog.h"

#include "reportrender/formatting.h"
#include "customers/customerpicker.h"
#include "widgets/messagebar.h"
#include "platform/session.h"
#include "sales/orderstore.h"
#include "text/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
enum LineColumn { Description, Quantity, UnitPrice, Discount, LineTotal };
}

OrderDialog::OrderDialog(Session &session, qint64 customerId, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("orderDialog"));
    setWindowTitle(tr("New order"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_customer = new CustomerPicker(session, this);
    m_customer->setObjectName(QStringLiteral("orderCustomerEdit"));
    if (customerId)
        m_customer->setFixedCustomer(customerId);
    form->addRow(tr("C&ustomer:"), m_customer);
    m_kind = new QComboBox(this);
    for (OrderKind k : {OrderKind::Quote, OrderKind::Contract, OrderKind::Order})
        m_kind->addItem(Orders::kindLabel(k), Orders::kindCode(k));
    m_kind->setCurrentIndex(2);
    form->addRow(tr("&Kind:"), m_kind);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("orderNumberEdit"));
    auto setNumber = [this] {
        const auto kind = Orders::kindFromCode(m_kind->currentData().toString()).value_or(OrderKind::Order);
        if (auto n = OrderStore(m_session).nextNumber(kind))
            m_number->setText(*n);
    };
    setNumber();
    connect(m_kind, &QComboBox::currentIndexChanged, this, setNumber);
    form->addRow(tr("&Number:"), m_number);
    m_date = new QDateEdit(session.today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_date);
    m_status = new QComboBox(this);
    // Paid follows from payments recorded on the order, so it is not offered.
    for (OrderStatus s : Orders::statuses())
        if (s != OrderStatus::Paid)
            m_status->addItem(Orders::statusLabel(s), Orders::statusCode(s));
    form->addRow(tr("&Status:"), m_status);

    m_lines = new QTableWidget(0, 5, this);
    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_lines->setHorizontalHeaderLabels({tr("Product or service"), tr("Quantity"), tr("Unit price"), tr("Discount"), tr("Total")});
    m_lines->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    layout->addWidget(m_lines, 1);
    auto *lineButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &line"), this);
    add->setObjectName(QStringLiteral("addLineButton"));
    auto *products = new QComboBox(this);
    products->setObjectName(QStringLiteral("productCombo"));
    products->addItem(tr("Add a product…"));
    if (auto list = OrderStore(session).products())
        for (const Product &p : *list)
            products->addItem(QStringLiteral("%1 %2 (%3)").arg(p.sku, p.name, formatMoney(p.unitPriceMinor, p.currency)),
                              QVariantList{p.name, p.unitPriceMinor});
    products->setVisible(products->count() > 1);
    lineButtons->addWidget(add);
    lineButtons->addWidget(products);
    lineButtons->addStretch();
    layout->addLayout(lineButtons);
    auto *totals = new QFormLayout;
    m_discount = new QLineEdit(QStringLiteral("0"), this);
    m_discount->setObjectName(QStringLiteral("orderDiscountEdit"));
    totals->addRow(tr("Order &discount:"), m_discount);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("orderTotalLabel"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    totals->addRow(tr("Total:"), m_total);
    layout->addLayout(totals);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveOrderButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &OrderDialog::addLine);
    connect(products, &QComboBox::activated, this, [this, products](int index) {
        if (index <= 0)
            return;
        const QVariantList p = products->itemData(index).toList();
        addLine();
        const int row = m_lines->rowCount() - 1;
        m_lines->item(row, Description)->setText(p.value(0).toString());
        m_lines->item(row, UnitPrice)->setText(Money::plain(p.value(1).toLongLong()));
        products->setCurrentIndex(0);
    });
    connect(m_lines, &QTableWidget::itemChanged, this, &OrderDialog::updateTotal);
    connect(m_discount, &QLineEdit::textChanged, this, &OrderDialog::updateTotal);
    addLine();
    resize(640, 480);
}

void OrderDialog::addLine()
{
    const QSignalBlocker block(m_lines);
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setItem(row, Description, new QTableWidgetItem());
    m_lines->setItem(row, Quantity, new QTableWidgetItem(QStringLiteral("1")));
    m_lines->setItem(row, UnitPrice, new QTableWidgetItem(QStringLiteral("0.00")));
    m_lines->setItem(row, Discount, new QTableWidgetItem(QStringLiteral("0")));
    auto *total = new QTableWidgetItem();
    total->setFlags(total->flags() & ~Qt::ItemIsEditable);
    m_lines->setItem(row, LineTotal, total);
    m_lines->setCurrentCell(row, Description);
    updateTotal();
}

bool OrderDialog::collect(Order &o, QList<Error> &problems) const
{
    o.customerId = m_customer->customerId();
    if (!o.customerId)
        problems << Error{tr("Pick the customer from the list that appears as you type."), {}, QStringLiteral("customer")};
    o.kind = Orders::kindFromCode(m_kind->currentData().toString()).value_or(OrderKind::Order);
    o.number = m_number->text();
    o.orderDate = m_date->date();
    o.status = Orders::statusFromCode(m_status->currentData().toString()).value_or(OrderStatus::Draft);
    o.lines.clear();
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        OrderLine l;
        l.description = m_lines->item(r, Description)->text();
        if (l.description.trimmed().isEmpty() && m_lines->item(r, UnitPrice)->text().trimmed() == QStringLiteral("0.00"))
            continue; // an untouched empty line
        bool ok = false;
        l.quantity = m_lines->item(r, Quantity)->text().trimmed().toLongLong(&ok);
        if (!ok)
            problems << Error{tr("Line %1: the quantity must be a whole number.").arg(r + 1), {}, QStringLiteral("lines")};
        auto price = Money::parse(m_lines->item(r, UnitPrice)->text());
        auto discount = Money::parse(m_lines->item(r, Discount)->text());
        if (!price)
            problems << Error{tr("Line %1: %2").arg(r + 1).arg(price.error().message), {}, QStringLiteral("lines")};
        if (!discount)
            problems << Error{tr("Line %1: %2").arg(r + 1).arg(discount.error().message), {}, QStringLiteral("lines")};
        l.unitPriceMinor = price.value_or(0);
        l.discountMinor = discount.value_or(0);
        o.lines << l;
    }
    if (o.lines.isEmpty())
        problems << Error{tr("Add at least one line with what is sold."), {}, QStringLiteral("lines")};
    auto discount = Money::parse(m_discount->text());
    if (!discount)
        problems << Error{discount.error().message, {}, QStringLiteral("discount")};
    o.discountMinor = discount.value_or(0);
    if (problems.isEmpty())
        if (Status s = Orders::computeTotals(o); !s)
            problems << s.error();
    return problems.isEmpty();
}

void OrderDialog::updateTotal()
{
    Order o;
    QList<Error> problems;
    const bool ok = collect(o, problems);
    const QSignalBlocker block(m_lines);
    int k = 0;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const bool used = !(m_lines->item(r, Description)->text().trimmed().isEmpty()
                            && m_lines->item(r, UnitPrice)->text().trimmed() == QStringLiteral("0.00"));
        m_lines->item(r, LineTotal)->setText(ok && used && k < o.lines.size() ? Money::plain(o.lines.at(k).totalMinor) : QString());
        if (used)
            ++k;
    }
    m_total->setText(ok ? formatMoney(o.totalMinor, o.currency) : tr("—"));
}

void OrderDialog::accept()
{
    Order o;
    QList<Error> problems;
    if (collect(o, problems)) {
        auto id = OrderStore(m_session).create(o);
        if (id) {
            m_id = *id;
            QDialog::accept();
            return;
        }
        problems << id.error();
    }
    QStringList messages;
    for (const Error &e : problems)
        messages << e.message;
    m_messages->showMessage(messages.join(u'\n'), MessageBar::Kind::Error);
}

} // namespace guanxi::ui
