#include "orderspage.h"

#include "formatting.h"
#include "messagebar.h"
#include "orderdialog.h"
#include "productsdialog.h"
#include "db/database.h"
#include "services/session.h"
#include "stores/orderstore.h"
#include "text/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace guanxi::ui {

OrdersPage::OrdersPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("ordersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Quotes, contracts and orders"), QString());
    for (OrderKind k : {OrderKind::Quote, OrderKind::Contract, OrderKind::Order})
        m_kind->addItem(Orders::kindLabel(k), Orders::kindCode(k));
    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), QString());
    for (OrderStatus s : Orders::statuses())
        m_status->addItem(Orders::statusLabel(s), Orders::statusCode(s));
    m_unpaid = new QCheckBox(tr("Money outstanding"), this);
    auto *add = new QPushButton(tr("&New…"), this);
    add->setObjectName(QStringLiteral("newOrderButton"));
    m_pay = new QPushButton(tr("Record &payment…"), this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_advance = new QPushButton(tr("&Advance"), this);
    m_advance->setToolTip(tr("Quote → contract → order"));
    auto *status = new QPushButton(tr("S&tatus"), this);
    auto *statusMenu = new QMenu(status);
    for (OrderStatus s : Orders::statuses())
        statusMenu->addAction(Orders::statusLabel(s), this, [this, s] {
            if (const qint64 id = currentOrderId())
                if (Status st = OrderStore(m_session).setStatus(id, s); !st)
                    m_messages->showMessage(st.error().message, MessageBar::Kind::Error);
        });
    status->setMenu(statusMenu);
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_unpaid)})
        bar->addWidget(w);
    bar->addSpacing(12);
    for (QPushButton *b : {add, m_pay, m_advance, status})
        bar->addWidget(b);
    bar->addStretch();
    auto *products = new QPushButton(tr("Pro&ducts…"), this);
    products->setObjectName(QStringLiteral("productsButton"));
    bar->addWidget(products);
    connect(products, &QPushButton::clicked, this, [this] {
        ProductsDialog dialog(m_session, this);
        dialog.exec();
    });
    layout->addLayout(bar);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(this);
    m_table = new QTableWidget(0, 8, split);
    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Kind"), tr("Customer"), tr("Date"), tr("Status"), tr("Total"),
                                        tr("Paid"), tr("Outstanding")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_details = new QTextBrowser(split);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, [this] { addOrder(); });
    connect(m_pay, &QPushButton::clicked, this, &OrdersPage::recordPayment);
    connect(m_advance, &QPushButton::clicked, this, &OrdersPage::advance);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrdersPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersPage::reload);
    connect(m_unpaid, &QCheckBox::toggled, this, &OrdersPage::reload);
    connect(m_table, &QTableWidget::currentCellChanged, this, &OrdersPage::showDetails);
    connect(&m_session, &Session::ordersChanged, this, &OrdersPage::reload);
    reload();
}

qint64 OrdersPage::currentOrderId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void OrdersPage::reload()
{
    const qint64 keep = currentOrderId();
    OrderListQuery q;
    q.kind = Orders::kindFromCode(m_kind->currentData().toString());
    q.status = Orders::statusFromCode(m_status->currentData().toString());
    q.unpaidOnly = m_unpaid->isChecked();
    OrderStore store(m_session);
    auto count = store.count(q);
    auto orders = store.list(q, 0, shown);
    if (!count || !orders) {
        m_messages->showMessage((!count ? count.error() : orders.error()).message, MessageBar::Kind::Error);
        return;
    }
    m_summary->setText(*count == 0 ? tr("Nothing here yet. Create a quote or an order with “New…”, or import orders with "
                                        "guanxi-cli orders import.")
                       : *count > shown ? tr("%1 in all; the newest %2 are shown.").arg(*count).arg(shown)
                                        : tr("%1 in all.").arg(*count));
    m_table->setRowCount(int(orders->size()));
    int select = 0;
    for (int i = 0; i < orders->size(); ++i) {
        const Order &o = orders->at(i);
        const QStringList cells = {o.number, Orders::kindLabel(o.kind), o.customerName,
                                   QLocale().toString(o.orderDate, QLocale::ShortFormat), Orders::statusLabel(o.status),
                                   formatMoney(o.totalMinor, o.currency), formatMoney(o.paidMinor, o.currency),
                                   formatMoney(o.outstandingMinor(), o.currency)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
        m_table->item(i, 0)->setData(Qt::UserRole, o.id);
        if (o.id == keep)
            select = i;
    }
    m_table->resizeColumnsToContents();
    if (!orders->isEmpty())
        m_table->setCurrentCell(select, 0);
    showDetails();
}

void OrdersPage::showDetails()
{
    const qint64 id = currentOrderId();
    const bool readOnly = m_session.db().isReadOnly();
    m_pay->setEnabled(id && !readOnly);
    m_advance->setEnabled(id && !readOnly);
    if (!id) {
        m_details->clear();
        return;
    }
    OrderStore store(m_session);
    auto o = store.get(id);
    if (!o)
        return;
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3</p><table cellspacing=4>")
                       .arg(o->number.toHtmlEscaped(), o->customerName.toHtmlEscaped(), Orders::kindLabel(o->kind));
    for (const OrderLine &l : o->lines)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2 × %3</td><td align=right>%4</td></tr>")
                    .arg(l.description.toHtmlEscaped())
                    .arg(l.quantity)
                    .arg(formatMoney(l.unitPriceMinor, o->currency), formatMoney(l.totalMinor, o->currency));
    if (o->discountMinor)
        html += QStringLiteral("<tr><td>%1</td><td></td><td align=right>-%2</td></tr>")
                    .arg(tr("Discount"), formatMoney(o->discountMinor, o->currency));
    html += QStringLiteral("<tr><td><b>%1</b></td><td></td><td align=right><b>%2</b></td></tr></table>")
                .arg(tr("Total"), formatMoney(o->totalMinor, o->currency));
    if (auto pays = store.payments(id); pays && !pays->isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Payments"));
        for (const Payment &p : *pays)
            html += QStringLiteral("<li>%1 %2 %3</li>")
                        .arg(QLocale().toString(p.paidOn, QLocale::ShortFormat), formatMoney(p.amountMinor, o->currency),
                             p.method.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>%1</p>").arg(tr("Outstanding: %1").arg(formatMoney(o->outstandingMinor(), o->currency)));
    m_details->setHtml(html);
}

void OrdersPage::addOrder(qint64 customerId)
{
    OrderDialog dialog(m_session, customerId, this);
    dialog.exec();
}

void OrdersPage::recordPayment()
{
    const qint64 id = currentOrderId();
    if (!id)
        return;
    auto o = OrderStore(m_session).get(id);
    if (!o)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Record payment"),
                                               tr("Amount received for %1 (outstanding %2):")
                                                   .arg(o->number, formatMoney(o->outstandingMinor(), o->currency)),
                                               QLineEdit::Normal, Money::plain(o->outstandingMinor()), &ok);
    if (!ok)
        return;
    auto amount = Money::parse(text);
    if (!amount) {
        m_messages->showMessage(amount.error().message, MessageBar::Kind::Error);
        return;
    }
    Payment p;
    p.amountMinor = *amount;
    if (auto r = OrderStore(m_session).addPayment(id, p); !r)
        m_messages->showMessage(r.error().message, MessageBar::Kind::Error);
}

void OrdersPage::advance()
{
    if (const qint64 id = currentOrderId())
        if (Status s = OrderStore(m_session).advance(id); !s)
            m_messages->showMessage(s.error().message, MessageBar::Kind::Error);
}

} // namespace guanxi::ui
