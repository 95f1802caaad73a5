#include "sales/orderspage.h"

#include "reportrender/formatting.h"
#include "widgets/messagebar.h"
#include "sales/orderdialog.h"
#include "sales/orderdocument.h"
#include "sales/paymentdialog.h"
#include "sales/productsdialog.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "sales/orderstore.h"
#include "text/money.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QUrl>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <climits>
#include <optional>

namespace guanxi::ui {

OrdersPage::OrdersPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("ordersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildToolBar());
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    layout->addLayout(buildPager());
    layout->addWidget(buildTableAndDetails(), 1);
    // A new filter starts again at the newest orders.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { showPage(0); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { showPage(0); });
    connect(m_unpaid, &QCheckBox::toggled, this, [this] { showPage(0); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &OrdersPage::showDetails);
    connect(&m_session, &Session::ordersChanged, this, &OrdersPage::reload);
    reload();
}

QHBoxLayout *OrdersPage::buildToolBar()
{
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
    m_writeOff = new QPushButton(tr("&Write Off…"), this);
    m_writeOff->setObjectName(QStringLiteral("writeOffButton"));
    m_writeOff->setToolTip(tr("Write off what is still owed, saying why"));
    m_advance = new QPushButton(tr("&Advance"), this);
    m_advance->setObjectName(QStringLiteral("advanceButton"));
    m_advance->setToolTip(tr("Quote → contract → order"));
    QPushButton *status = buildStatusButton();
    m_document = new QPushButton(tr("P&rint"), this);
    m_document->setObjectName(QStringLiteral("orderDocumentButton"));
    auto *documentMenu = new QMenu(m_document);
    documentMenu->addAction(tr("&Print…"), this, &OrdersPage::print);
    documentMenu->addAction(tr("Save as P&DF…"), this, &OrdersPage::saveAsPdf);
    m_document->setMenu(documentMenu);
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_unpaid)})
        bar->addWidget(w);
    bar->addSpacing(12);
    for (QPushButton *b : {add, m_pay, m_writeOff, m_advance, status, m_document})
        bar->addWidget(b);
    bar->addStretch();
    auto *products = new QPushButton(tr("Pro&ducts…"), this);
    products->setObjectName(QStringLiteral("productsButton"));
    bar->addWidget(products);
    connect(products, &QPushButton::clicked, this, [this] {
        ProductsDialog dialog(m_session, this);
        dialog.exec();
    });
    connect(add, &QPushButton::clicked, this, [this] { addOrder(); });
    connect(m_pay, &QPushButton::clicked, this, &OrdersPage::recordPayment);
    connect(m_advance, &QPushButton::clicked, this, &OrdersPage::advance);
    connect(m_writeOff, &QPushButton::clicked, this, &OrdersPage::writeOff);
    return bar;
}

QPushButton *OrdersPage::buildStatusButton()
{
    auto *status = new QPushButton(tr("S&tatus"), this);
    status->setToolTip(tr("An order becomes paid when its payments cover the total"));
    auto *statusMenu = new QMenu(status);
    for (OrderStatus s : Orders::statuses())
        if (s != OrderStatus::Paid)
            statusMenu->addAction(Orders::statusLabel(s), this, [this, s] {
                if (const qint64 id = currentOrderId())
                    if (Status st = OrderStore(m_session).setStatus(id, s); !st)
                        m_messages->showMessage(st.error().message, MessageBar::Kind::Error);
            });
    status->setMenu(statusMenu);
    return status;
}

QHBoxLayout *OrdersPage::buildPager()
{
    auto *pager = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ordersSummary"));
    m_previous = new QPushButton(tr("◀ Ne&wer"), this);
    m_previous->setObjectName(QStringLiteral("ordersNewerButton"));
    m_next = new QPushButton(tr("Ol&der ▶"), this);
    m_next->setObjectName(QStringLiteral("ordersOlderButton"));
    pager->addWidget(m_summary, 1);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    return pager;
}

QSplitter *OrdersPage::buildTableAndDetails()
{
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
    m_details->setObjectName(QStringLiteral("orderDetails"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QStringLiteral("remove-payment"))
            removePayment(url.path().toLongLong());
    });
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    return split;
}

qint64 OrdersPage::currentOrderId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void OrdersPage::showPage(int page)
{
    m_page = qMax(0, page);
    reload();
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
    if (!count) {
        m_messages->showMessage(count.error().message, MessageBar::Kind::Error);
        return;
    }
    m_count = *count;
    const int pages = int((m_count + pageSize - 1) / pageSize);
    m_page = qBound(0, m_page, qMax(0, pages - 1));
    auto orders = store.list(q, qint64(m_page) * pageSize, pageSize);
    if (!orders) {
        m_messages->showMessage(orders.error().message, MessageBar::Kind::Error);
        return;
    }
    const QLocale locale;
    const qint64 first = qint64(m_page) * pageSize + 1, last = qint64(m_page) * pageSize + orders->size();
    m_summary->setText(m_count == 0 ? tr("Nothing here yet. Create a quote or an order with “New…”, or import orders with "
                                         "guanxi-cli orders import.")
                       : pages > 1 ? tr("%1–%2 of %3, newest first.")
                                         .arg(locale.toString(first), locale.toString(last), locale.toString(m_count))
                                   : tr("%n in all.", nullptr, int(qMin<qint64>(m_count, INT_MAX))));
    m_previous->setVisible(pages > 1);
    m_next->setVisible(pages > 1);
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
    m_table->setRowCount(int(orders->size()));
    int select = 0;
    for (int i = 0; i < orders->size(); ++i) {
        const Order &o = orders->at(i);
        const QStringList cells = {o.number, Orders::kindLabel(o.kind), o.customerName,
                                   locale.toString(o.orderDate, QLocale::ShortFormat), Orders::statusLabel(o.status),
                                   formatMoney(o.totalMinor, o.currency), formatMoney(o.paidMinor, o.currency),
                                   o.owes() ? formatMoney(o.outstandingMinor(), o.currency) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
        if (!o.owes())
            m_table->item(i, 7)->setToolTip(tr("A quote, contract, draft or cancelled order owes nothing."));
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
    m_pay->setEnabled(false);
    m_writeOff->setEnabled(false);
    m_advance->setEnabled(false);
    m_document->setEnabled(id);
    if (!id) {
        m_details->clear();
        return;
    }
    OrderStore store(m_session);
    auto o = store.get(id);
    if (!o)
        return;
    const bool owing = o->outstandingMinor() > 0;
    m_pay->setEnabled(!readOnly && owing);
    m_writeOff->setEnabled(!readOnly && owing);
    m_advance->setEnabled(!readOnly && o->kind != OrderKind::Order && o->status != OrderStatus::Cancelled);
    m_pay->setToolTip(owing ? QString() : tr("Only a signed or delivered order with money still owed takes payments."));
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3</p><table cellspacing=4>")
                       .arg(o->number.toHtmlEscaped(), o->customerName.toHtmlEscaped(), Orders::kindLabel(o->kind));
    for (const OrderLine &l : o->lines)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2 × %3%4</td><td align=right>%5</td></tr>")
                    .arg(l.description.toHtmlEscaped())
                    .arg(l.quantity)
                    .arg(formatMoney(l.unitPriceMinor, o->currency),
                         l.discountMinor ? QStringLiteral(" − ") + formatMoney(l.discountMinor, o->currency) : QString(),
                         formatMoney(l.totalMinor, o->currency));
    if (o->discountMinor)
        html += QStringLiteral("<tr><td>%1</td><td></td><td align=right>-%2</td></tr>")
                    .arg(tr("Discount"), formatMoney(o->discountMinor, o->currency));
    html += QStringLiteral("<tr><td><b>%1</b></td><td></td><td align=right><b>%2</b></td></tr></table>")
                .arg(tr("Total"), formatMoney(o->totalMinor, o->currency));
    if (auto pays = store.payments(id); pays && !pays->isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing=4>").arg(tr("Payments"));
        for (const Payment &p : *pays) {
            QStringList about;
            if (p.kind != PaymentKind::Received)
                about << Orders::paymentKindLabel(p.kind);
            for (const QString &part : {p.method, p.reference, p.note})
                if (!part.isEmpty())
                    about << part;
            if (!p.recordedBy.isEmpty())
                about << tr("recorded by %1").arg(p.recordedBy);
            html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(QLocale().toString(p.paidOn, QLocale::ShortFormat), formatMoney(p.amountMinor, o->currency),
                             about.join(QStringLiteral(" · ")).toHtmlEscaped(),
                             readOnly ? QString()
                                      : QStringLiteral("<a href=\"remove-payment:%1\">%2</a>").arg(p.id).arg(tr("Remove")));
        }
        html += QStringLiteral("</table>");
    }
    if (o->owes())
        html += QStringLiteral("<p>%1</p>").arg(tr("Outstanding: %1").arg(formatMoney(o->outstandingMinor(), o->currency)));
    else
        html += QStringLiteral("<p>%1</p>").arg(o->kind != OrderKind::Order ? tr("A %1 owes nothing until it becomes an order.")
                                                                                  .arg(Orders::kindLabel(o->kind).toLower())
                                                : o->status == OrderStatus::Draft ? tr("A draft owes nothing until it is signed.")
                                                                                   : tr("A cancelled order owes nothing."));
    m_details->setHtml(html);
}

void OrdersPage::addOrder(qint64 customerId)
{
    OrderDialog dialog(m_session, customerId, this);
    dialog.exec();
}

std::optional<Order> OrdersPage::currentOrder()
{
    const qint64 id = currentOrderId();
    if (!id)
        return std::nullopt;
    auto o = OrderStore(m_session).get(id);
    if (!o) {
        m_messages->showMessage(o.error().message, MessageBar::Kind::Error);
        return std::nullopt;
    }
    return *o;
}

void OrdersPage::recordPayment()
{
    if (const auto o = currentOrder()) {
        PaymentDialog dialog(m_session, *o, this);
        dialog.exec();
    }
}

void OrdersPage::writeOff()
{
    if (const auto o = currentOrder()) {
        WriteOffDialog dialog(m_session, *o, this);
        dialog.exec();
    }
}

void OrdersPage::removePayment(qint64 paymentId)
{
    if (MessageBox::question(this, tr("Remove Payment"),
                             tr("Remove this payment? Use this for a payment recorded by mistake; the amount will be "
                                "owed again."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (Status s = OrderStore(m_session).removePayment(paymentId); !s)
        m_messages->showMessage(s.error().message, MessageBar::Kind::Error);
}

void OrdersPage::saveAsPdf()
{
    const qint64 id = currentOrderId();
    if (!id)
        return;
    auto o = OrderStore(m_session).get(id);
    if (!o)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"),
                                                QDir(folder).filePath(OrderDocument::suggestedFileName(o->number)),
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (Status s = OrderDocument::writePdf(m_session, id, path); !s)
        m_messages->showMessage(s.error().message, MessageBar::Kind::Error);
    else
        m_messages->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Kind::Information);
}

void OrdersPage::print()
{
    const qint64 id = currentOrderId();
    if (!id)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (auto o = OrderStore(m_session).get(id))
        printer.setDocName(o->number);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = OrderDocument::print(m_session, id, printer); !s)
        m_messages->showMessage(s.error().message, MessageBar::Kind::Error);
}

void OrdersPage::advance()
{
    if (const qint64 id = currentOrderId())
        if (Status s = OrderStore(m_session).advance(id); !s)
            m_messages->showMessage(s.error().message, MessageBar::Kind::Error);
}

} // namespace guanxi::ui
