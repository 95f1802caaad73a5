#include "customers/customerpanel.h"

#include "reportrender/formatting.h"
#include "widgets/messagebar.h"
#include "sales/stagestyle.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "platform/changelogstore.h"
#include "team/channelstore.h"
#include "customers/customerstore.h"
#include "customers/customfieldstore.h"
#include "sales/dealstore.h"
#include "activities/followupstore.h"
#include "sales/orderstore.h"
#include "team/userstore.h"
#include "widgets/listtable.h"
#include "text/phone.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
// What a tel: link dials: the E.164 number, or for a number not verified the
// digits as written (an internal extension is dialled as it is).
QString dialled(const Phone &p)
{
    if (!p.e164.isEmpty())
        return p.e164;
    return (p.raw.trimmed().startsWith(u'+') ? QStringLiteral("+") : QString()) + PhoneNumber::digits(p.raw);
}

// An edit of one field whose earlier value CustomerStore::restoreValue puts back.
bool restorable(const Change &ch)
{
    return ch.action == u"update" && !ch.field.isEmpty() && ch.field != u"owner" && ch.field != u"merged";
}
} // namespace

CustomerPanel::CustomerPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("customerPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 0, 0, 0);
    m_empty = new QLabel(tr("Select a customer to see the details here."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    buildHeader(layout);
    buildActions(layout);
    buildTabs();
    layout->addWidget(m_tabs, 1);
    outer->addWidget(m_content, 1);
    m_content->hide();
}

void CustomerPanel::buildHeader(QVBoxLayout *layout)
{
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(m_content);
    m_subtitle->setWordWrap(true);
    m_badges = new QLabel(m_content);
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_badges);
}

void CustomerPanel::buildActions(QVBoxLayout *layout)
{
    auto *actions = new QHBoxLayout;
    m_edit = new QPushButton(tr("Edit"), m_content);
    m_edit->setObjectName(QStringLiteral("panelEditButton"));
    m_log = new QPushButton(tr("Log follow-up"), m_content);
    m_log->setObjectName(QStringLiteral("panelLogButton"));
    m_log->setToolTip(tr("Log a call, visit or message and plan the next follow-up (Ctrl+L)"));
    m_deal = new QPushButton(tr("New deal"), m_content);
    m_deal->setObjectName(QStringLiteral("panelDealButton"));
    m_call = new QPushButton(tr("Call"), m_content);
    m_email = new QPushButton(tr("E-mail"), m_content);
    m_reveal = new QPushButton(tr("Reveal Numbers"), m_content);
    m_reveal->setObjectName(QStringLiteral("panelRevealButton"));
    m_reveal->setToolTip(tr("Show the full phone numbers of this customer in the pool; this is recorded in the "
                            "audit log"));
    for (QPushButton *b : {m_log, m_deal, m_edit, m_call, m_reveal, m_email})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_id); });
    connect(m_log, &QPushButton::clicked, this, [this] { emit logRequested(m_id); });
    connect(m_deal, &QPushButton::clicked, this, [this] { emit newDealRequested(m_id); });
    connect(m_call, &QPushButton::clicked, this, [this] {
        if (!m_customer.phones.isEmpty())
            openLink(QUrl(QStringLiteral("tel:") + dialled(m_customer.phones.first())));
    });
    connect(m_reveal, &QPushButton::clicked, this, &CustomerPanel::revealPhones);
    connect(m_email, &QPushButton::clicked, this, [this] {
        if (!m_customer.emails.isEmpty())
            openLink(QUrl(QStringLiteral("mailto:") + m_customer.emails.first().address));
    });
    m_notice = new MessageBar(m_content); // keeps the name "messageBar" its style sheet is keyed to
    layout->addWidget(m_notice);
    connect(m_notice, &MessageBar::linkActivated, this, [this](const QString &link) {
        if (!link.startsWith(QStringLiteral("copy:")))
            return;
        const QString text = link.mid(5);
        QGuiApplication::clipboard()->setText(text);
        m_notice->showMessage(tr("Copied %1 to the clipboard.").arg(text.toHtmlEscaped()), MessageBar::Kind::Information);
    });
}

void CustomerPanel::buildTabs()
{
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("panelTabs"));
    m_details = new QTextBrowser(m_tabs);
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, &CustomerPanel::openLink);
    m_tabs->addTab(m_details, tr("Details"));
    m_history = listTable(m_tabs, QStringLiteral("historyTable"), {tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_history->setWordWrap(false);
    m_history->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_history, &QTableWidget::customContextMenuRequested, this, &CustomerPanel::historyMenu);
    m_tabs->addTab(m_history, tr("Timeline"));
    m_deals = listTable(m_tabs, QStringLiteral("dealsTable"), {tr("Deal"), tr("Stage"), tr("Amount"), tr("Expected close")});
    m_tabs->addTab(m_deals, tr("Deals"));
    connect(&m_session, &Session::dealsChanged, this, [this] {
        if (m_id)
            showDeals(m_id);
    });
    connect(&m_session, &Session::ordersChanged, this, [this] {
        if (m_id)
            showOrders(m_id);
    });
    auto *ordersPage = new QWidget(m_tabs);
    auto *ordersLayout = new QVBoxLayout(ordersPage);
    m_ordersSummary = new QLabel(ordersPage);
    m_ordersSummary->setObjectName(QStringLiteral("purchasesSummary"));
    m_ordersSummary->setWordWrap(true);
    m_orders = listTable(ordersPage, QStringLiteral("ordersTable"), {tr("Order"), tr("Date"), tr("Status"), tr("Amount")});
    ordersLayout->addWidget(m_ordersSummary);
    ordersLayout->addWidget(m_orders);
    m_tabs->addTab(ordersPage, tr("Orders"));
}

void CustomerPanel::showCustomer(qint64 id)
{
    m_id = id;
    auto c = id ? CustomerStore(m_session).read(id) : Result<Customer>(Error{});
    if (!id || !c || c->isDeleted()) {
        m_id = 0;
        m_content->hide();
        m_empty->show();
        return;
    }
    if (m_customer.id != id)
        m_notice->hide();
    m_customer = *c;
    m_empty->hide();
    m_content->show();
    m_title->setText(c->name);
    QStringList sub;
    if (!c->jobTitle.isEmpty())
        sub << c->jobTitle;
    if (!c->companyName.isEmpty())
        sub << c->companyName;
    sub << Customers::kindLabel(c->kind);
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    QStringList badges = {stageBadgeHtml(c->stage)};
    if (auto owner = UserStore(m_session).byId(c->ownerId))
        badges << tr("Owner: %1").arg(owner->displayName.toHtmlEscaped());
    if (c->nextFollowUp.isValid()) {
        const bool overdue = c->nextFollowUp < m_session.today();
        const QString when = relativeDay(c->nextFollowUp, m_session.today());
        badges << (overdue ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                 .arg(overdueColor().name(), tr("Follow up: %1 (overdue)").arg(when).toHtmlEscaped())
                           : tr("Follow up: %1").arg(when).toHtmlEscaped());
    }
    m_badges->setText(badges.join(QStringLiteral(" &nbsp; ")));
    m_log->setEnabled(!m_session.db().isReadOnly());
    m_deal->setEnabled(!m_session.db().isReadOnly());
    m_call->setEnabled(!c->phones.isEmpty() && !c->masked);
    m_reveal->setVisible(c->masked && !c->phones.isEmpty() && m_session.access().can(Permission::RevealPhone));
    m_email->setEnabled(!c->emails.isEmpty());
    m_call->setToolTip(c->phones.isEmpty() ? tr("No phone number") : dialled(c->phones.first()));
    m_email->setToolTip(c->emails.isEmpty() ? tr("No e-mail address") : c->emails.first().address);
    showDetails(*c);
    showTimeline(id);
    showOrders(id);
    showDeals(id);
}

void CustomerPanel::showDeals(qint64 id)
{
    m_deals->setRowCount(0);
    auto deals = DealStore(m_session).forCustomer(id);
    auto stages = DealStore(m_session).stages();
    if (!deals || !stages)
        return;
    m_deals->setRowCount(int(deals->size()));
    for (int i = 0; i < deals->size(); ++i) {
        const Deal &d = deals->at(i);
        QString stage;
        for (const DealStage &s : *stages)
            if (s.id == d.stageId)
                stage = Deals::stageName(s);
        if (!d.lostReason.isEmpty())
            stage += QStringLiteral(" (") + d.lostReason + u')';
        const QStringList cells = {d.title, stage, formatMoney(d.amountMinor, d.currency),
                                   d.expectedClose.isValid() ? QLocale().toString(d.expectedClose, QLocale::ShortFormat) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_deals->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_deals->resizeColumnsToContents();
}

void CustomerPanel::openLink(const QUrl &url)
{
    if (QDesktopServices::openUrl(url))
        return;
    // Nothing on this computer takes tel: (or mailto:) links: say so, and
    // offer the number or address to dial or write from elsewhere.
    const QString what = url.path();
    QString shown = what;
    for (const Phone &p : m_customer.phones)
        if (dialled(p) == what)
            shown = p.raw;
    const QString copy = QStringLiteral("<a href=\"copy:%1\">%2</a>");
    if (url.scheme() == QStringLiteral("tel"))
        m_notice->showMessage(tr("Nothing was dialled: no program on this computer makes phone calls (tel: links). %1 "
                                 "and dial it from your phone, or set up a calling program in your system settings.")
                                  .arg(copy.arg(shown.toHtmlEscaped(), tr("Copy %1").arg(shown.toHtmlEscaped()))),
                              MessageBar::Kind::Warning);
    else if (url.scheme() == QStringLiteral("mailto"))
        m_notice->showMessage(tr("No e-mail program is set up on this computer (mailto: links). %1 and write from "
                                 "your usual mail.")
                                  .arg(copy.arg(what.toHtmlEscaped(), tr("Copy %1").arg(what.toHtmlEscaped()))),
                              MessageBar::Kind::Warning);
    else
        m_notice->showMessage(tr("No program on this computer opens “%1”.").arg(url.toDisplayString().toHtmlEscaped()),
                              MessageBar::Kind::Warning);
}

void CustomerPanel::showDetails(const Customer &c)
{
    QString html = QStringLiteral("<table cellspacing=4>");
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style=\"color:gray\">%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    QStringList phones, emails;
    for (const Phone &p : c.phones)
        phones << (c.masked ? p.raw.toHtmlEscaped()
                            : QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(dialled(p), p.raw.toHtmlEscaped()))
                      + (p.verified() ? QString()
                                      : QStringLiteral(" <span style=\"color:#8a5a00\">%1</span><br><small>%2</small>")
                                            .arg(tr("not verified").toHtmlEscaped(), p.problem.toHtmlEscaped()));
    for (const Email &e : c.emails)
        emails << QStringLiteral("<a href=\"mailto:%1\">%2</a>").arg(e.address.toHtmlEscaped(), e.address.toHtmlEscaped());
    row(tr("Phones"), phones.join(QStringLiteral("<br>")));
    row(tr("E-mails"), emails.join(QStringLiteral("<br>")));
    QStringList place;
    for (const QString &p : {c.province, c.city, c.address})
        if (!p.isEmpty() && !place.contains(p))
            place << p;
    row(tr("Address"), place.join(QStringLiteral(" ")).toHtmlEscaped());
    row(tr("Industry"), c.industry.toHtmlEscaped());
    if (c.sourceId)
        if (auto channels = ChannelStore(m_session).list(true))
            for (const SourceChannel &ch : *channels)
                if (ch.id == c.sourceId)
                    row(tr("Source"), ChannelStore::displayName(ch).toHtmlEscaped());
    row(tr("Tags"), c.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    if (c.birthday.isValid())
        row(c.kind == CustomerKind::Company ? tr("Founded") : tr("Birthday"),
            QLocale().toString(c.birthday, QLocale::LongFormat).toHtmlEscaped());
    if (auto fields = CustomFieldStore(m_session).list())
        for (const CustomField &f : *fields)
            row(f.name, f.display(c.customValues.value(f.id)).toHtmlEscaped());
    row(tr("Notes"), c.notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    row(tr("Created"), QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat));
    row(tr("Updated"), QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void CustomerPanel::showTimeline(qint64 id)
{
    // One timeline: follow-ups, orders and every recorded change, newest first.
    struct Entry {
        QDateTime when;
        QString who;
        QString what;
        QString details;
        bool followUp = false;
        qint64 changeId = 0; // a field's edit, whose earlier value can be put back
    };
    QList<Entry> entries;
    if (auto history = CustomerStore(m_session).history(id, 500))
        for (const Change &ch : *history)
            entries << Entry{ch.changedAt, ch.userName, changeActionLabel(ch), changeDescription(ch), false,
                             restorable(ch) ? ch.id : 0};
    if (auto followUps = FollowUpStore(m_session).forCustomer(id, 500))
        for (const Interaction &i : *followUps) {
            QStringList parts = {i.summary};
            if (!i.feedback.isEmpty())
                parts << tr("Feedback: %1").arg(i.feedback);
            if (!i.outcome.isEmpty())
                parts << tr("Outcome: %1").arg(i.outcome);
            if (i.nextFollowUp.isValid())
                parts << tr("Next: %1 %2").arg(QLocale().toString(i.nextFollowUp, QLocale::ShortFormat), i.nextAction).trimmed();
            entries << Entry{i.occurredAt, i.userName,
                             i.channelName.isEmpty() ? tr("Follow-up") : tr("Follow-up (%1)").arg(i.channelName),
                             parts.join(QStringLiteral(" · ")), true};
        }
    if (auto deals = DealStore(m_session).forCustomer(id); deals && !deals->isEmpty()) {
        auto stages = DealStore(m_session).stages();
        auto stageName = [&](qint64 stageId) {
            if (stages)
                for (const DealStage &s : *stages)
                    if (s.id == stageId)
                        return Deals::stageName(s);
            return QString();
        };
        for (const Deal &d : *deals)
            if (auto moves = DealStore(m_session).stageHistory(d.id))
                for (const StageMove &m : *moves)
                    entries << Entry{m.at, m.userName, tr("Deal “%1”").arg(d.title),
                                     m.fromStageId ? tr("%1 → %2").arg(stageName(m.fromStageId), stageName(m.toStageId))
                                                   : tr("opened in %1, %2").arg(stageName(m.toStageId), formatMoney(d.amountMinor, d.currency))};
    }
    if (auto orders = OrderStore(m_session).forCustomer(id))
        for (const Order &o : *orders)
            entries << Entry{QDateTime(o.orderDate, QTime(12, 0)).toUTC(), QString(), tr("Order %1").arg(o.number),
                             tr("%1, %2").arg(Orders::statusLabel(o.status), formatMoney(o.totalMinor, o.currency))};
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.when > b.when; });
    m_history->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        auto *when = new QTableWidgetItem(relativeTime(e.when, m_session.now()));
        when->setToolTip(QLocale().toString(e.when.toLocalTime(), QLocale::LongFormat));
        when->setData(Qt::UserRole, e.changeId);
        m_history->setItem(i, 0, when);
        m_history->setItem(i, 1, new QTableWidgetItem(e.who));
        auto *what = new QTableWidgetItem(e.what);
        if (e.followUp) {
            QFont bold = what->font();
            bold.setBold(true);
            what->setFont(bold);
        }
        m_history->setItem(i, 2, what);
        auto *details = new QTableWidgetItem(e.details);
        details->setToolTip(e.details);
        m_history->setItem(i, 3, details);
    }
    m_history->resizeColumnsToContents();
}

void CustomerPanel::showPurchaseTotal(qint64 id, const OrderSummary &summary)
{
    // The total in the base currency; each order in the table keeps its own.
    auto conversion = OrderStore(m_session).summaryConversion(id);
    const QString base = conversion ? conversion->base : QStringLiteral("CNY");
    QStringList lines{tr("Purchases: %1, %2 in total; the last on %3.")
                          .arg(QString::number(summary.count), formatMoney(summary.totalMinor, base),
                               QLocale().toString(summary.lastOrderDate, QLocale::ShortFormat))};
    if (conversion)
        for (const MissingRate &m : conversion->missing)
            lines << CurrencyRates::missingText(m, ConvertedRecords::Orders);
    m_ordersSummary->setText(lines.join(u'\n'));
}

void CustomerPanel::showOrders(qint64 id)
{
    auto orders = OrderStore(m_session).forCustomer(id);
    m_orders->setRowCount(0);
    if (!orders)
        return;
    m_orders->setRowCount(int(orders->size()));
    for (int i = 0; i < orders->size(); ++i) {
        const Order &o = orders->at(i);
        m_orders->setItem(i, 0, new QTableWidgetItem(o.number));
        m_orders->setItem(i, 1, new QTableWidgetItem(QLocale().toString(o.orderDate, QLocale::ShortFormat)));
        m_orders->setItem(i, 2, new QTableWidgetItem(Orders::statusLabel(o.status)));
        auto *amount = new QTableWidgetItem(formatMoney(o.totalMinor, o.currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_orders->setItem(i, 3, amount);
    }
    m_orders->resizeColumnsToContents();
    auto summary = OrderStore(m_session).summary(id);
    if (orders->isEmpty())
        m_ordersSummary->setText(tr("No orders yet."));
    else if (summary)
        showPurchaseTotal(id, *summary);
}

void CustomerPanel::revealPhones()
{
    auto phones = CustomerStore(m_session).revealPhones(m_id);
    if (!phones) {
        m_notice->showMessage(phones.error().message.toHtmlEscaped(), MessageBar::Kind::Warning);
        return;
    }
    m_customer.phones = *phones;
    m_customer.masked = false;
    m_reveal->hide();
    m_call->setEnabled(!m_customer.phones.isEmpty());
    if (!m_customer.phones.isEmpty())
        m_call->setToolTip(dialled(m_customer.phones.first()));
    showDetails(m_customer);
}

void CustomerPanel::historyMenu(const QPoint &pos)
{
    const int row = m_history->rowAt(pos.y());
    QTableWidgetItem *when = row < 0 ? nullptr : m_history->item(row, 0);
    const qint64 changeId = when ? when->data(Qt::UserRole).toLongLong() : 0;
    if (!changeId)
        return;
    QMenu menu(this);
    QAction *restore = menu.addAction(tr("Restore This Value"));
    restore->setObjectName(QStringLiteral("restoreValueAction"));
    restore->setToolTip(tr("Puts back the value the field had before this change, as a new change"));
    restore->setEnabled(!m_session.db().isReadOnly());
    connect(restore, &QAction::triggered, this, [this, changeId] { restoreValue(changeId); });
    menu.exec(m_history->viewport()->mapToGlobal(pos));
}

void CustomerPanel::restoreValue(qint64 changeId)
{
    if (Status s = CustomerStore(m_session).restoreValue(m_id, changeId); !s) {
        m_notice->showMessage(s.error().message.toHtmlEscaped(), MessageBar::Kind::Warning);
        return;
    }
    reload();
    m_notice->showMessage(tr("The earlier value is back; the history shows the change."),
                          MessageBar::Kind::Information);
}

} // namespace guanxi::ui
