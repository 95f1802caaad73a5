#include "sales/funnelpage.h"

#include "sales/dealundo.h"
#include "sales/dealdialog.h"
#include "reportrender/formatting.h"
#include "widgets/messagebar.h"
#include "sales/stagesdialog.h"
#include "platform/db/database.h"
#include "sales/dealcolumnmodel.h"
#include "platform/session.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {

// A card: the title, then what the user chose to show (customer, owner,
// amount, expected close); stale deals are always marked.
class CardDelegate : public QStyledItemDelegate {
public:
    CardDelegate(const int *fields, QObject *parent) : QStyledItemDelegate(parent), m_fields(fields) {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(option.rect.width(), option.fontMetrics.height() * 3 + 20);
    }
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        const QRect r = option.rect.adjusted(3, 3, -3, -3);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &pal = option.palette;
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid));
        p->setBrush(pal.color(QPalette::Base));
        p->drawRoundedRect(r, 4, 4);
        const int line = option.fontMetrics.height();
        QRect text = r.adjusted(8, 4, -8, -4);
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, text.width()));
        p->setFont(option.font);
        const int fields = *m_fields;
        QStringList second;
        if (fields & FunnelPage::CardCustomer)
            second << index.data(DealColumnModel::CustomerRole).toString();
        if (fields & FunnelPage::CardOwner)
            second << index.data(DealColumnModel::OwnerRole).toString();
        p->drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    option.fontMetrics.elidedText(second.join(QStringLiteral(" · ")), Qt::ElideRight, text.width()));
        if (fields & FunnelPage::CardAmount) {
            // The deal's own amount and currency; column totals are in the base currency.
            const QString amount = formatMoney(index.data(DealColumnModel::AmountRole).toLongLong(),
                                               index.data(DealColumnModel::CurrencyRole).toString());
            p->drawText(QRect(text.left(), text.top() + 2 * line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter, amount);
        }
        QString right;
        if (index.data(DealColumnModel::StaleRole).toBool()) {
            p->setPen(QColor(0xb4, 0x53, 0x09));
            right = FunnelPage::tr("stale");
        } else if (const QDate close = index.data(DealColumnModel::CloseRole).toDate(); close.isValid() && (fields & FunnelPage::CardClose)) {
            p->setPen(pal.color(QPalette::PlaceholderText));
            right = QLocale().toString(close, QLocale::ShortFormat);
        }
        p->drawText(QRect(text.left(), text.top() + 2 * line, text.width(), line), Qt::AlignRight | Qt::AlignVCenter, right);
        p->restore();
    }

private:
    const int *m_fields;
};

// A column accepts cards dropped from any column and hands the move to the page.
class ColumnView : public QListView {
public:
    ColumnView(FunnelPage *page, qint64 stageId, QWidget *parent) : QListView(parent), m_page(page), m_stage(stageId)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setSelectionMode(QAbstractItemView::ExtendedSelection);
        setUniformItemSizes(true);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    }

protected:
    // Ctrl+Right / Ctrl+Left move the selected cards one stage on or back.
    void keyPressEvent(QKeyEvent *e) override
    {
        if ((e->modifiers() & Qt::ControlModifier) && (e->key() == Qt::Key_Right || e->key() == Qt::Key_Left)) {
            QList<qint64> ids;
            for (const QModelIndex &i : selectionModel()->selectedIndexes())
                ids << i.data(DealColumnModel::IdRole).toLongLong();
            if (ids.isEmpty() && currentIndex().isValid())
                ids << currentIndex().data(DealColumnModel::IdRole).toLongLong();
            if (!ids.isEmpty())
                m_page->moveByKeyboard(ids, m_stage, e->key() == Qt::Key_Right ? 1 : -1);
            e->accept();
            return;
        }
        QListView::keyPressEvent(e);
    }
    void dragEnterEvent(QDragEnterEvent *e) override
    {
        if (e->mimeData()->hasFormat(DealColumnModel::mimeType))
            e->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent *e) override
    {
        if (e->mimeData()->hasFormat(DealColumnModel::mimeType))
            e->acceptProposedAction();
    }
    void dropEvent(QDropEvent *e) override
    {
        const QList<qint64> ids = DealColumnModel::idsFrom(e->mimeData());
        if (ids.isEmpty())
            return;
        // The page moves the deals and reloads the columns; the view must not
        // also remove the dragged rows itself.
        e->setDropAction(Qt::CopyAction);
        e->accept();
        m_page->moveDeals(ids, m_stage);
    }

private:
    FunnelPage *m_page;
    qint64 m_stage;
};

} // namespace

FunnelPage::FunnelPage(Session &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("funnelPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("funnelOwner"));
    m_owner->addItem(tr("My deals"), true);
    m_owner->addItem(tr("Everyone's deals"), false);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("funnelMode"));
    m_mode->addItem(tr("Board"));
    m_mode->addItem(tr("List"));
    auto *add = new QPushButton(tr("&New deal…"), this);
    add->setObjectName(QStringLiteral("newDealButton"));
    bar->addWidget(m_owner);
    bar->addWidget(m_mode);
    bar->addWidget(add);
    bar->addStretch();
    auto *cards = new QPushButton(tr("&Cards show"), this);
    auto *cardMenu = new QMenu(cards);
    m_cardFields = QSettings().value(QStringLiteral("funnel/cardFields"), int(CardCustomer | CardAmount | CardClose)).toInt();
    for (auto [flag, label] : {std::pair{CardCustomer, tr("Customer")}, std::pair{CardOwner, tr("Owner")},
                               std::pair{CardAmount, tr("Amount")}, std::pair{CardClose, tr("Expected close")}}) {
        QAction *a = cardMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_cardFields & flag);
        connect(a, &QAction::toggled, this, [this, flag = flag](bool on) {
            m_cardFields = on ? (m_cardFields | flag) : (m_cardFields & ~flag);
            QSettings().setValue(QStringLiteral("funnel/cardFields"), m_cardFields);
            for (QListView *v : std::as_const(m_views))
                v->viewport()->update();
        });
    }
    cards->setMenu(cardMenu);
    bar->addWidget(cards);
    auto *stagesButton = new QPushButton(tr("&Stages…"), this);
    stagesButton->setObjectName(QStringLiteral("stagesButton"));
    bar->addWidget(stagesButton);
    connect(stagesButton, &QPushButton::clicked, this, [this] {
        StagesDialog dialog(m_session, this);
        dialog.exec();
        rebuildBoard();
    });
    layout->addLayout(bar);
    m_forecast = new QLabel(this);
    m_forecast->setObjectName(QStringLiteral("forecastLabel"));
    m_forecast->setWordWrap(true);
    layout->addWidget(m_forecast);
    auto *hint = new QLabel(tr("Drag a card to another stage, or select it and press Ctrl+→ / Ctrl+← (Ctrl+Z undoes)."), this);
    hint->setEnabled(false);
    layout->addWidget(hint);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_stack = new QStackedWidget(this);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    m_board = new QWidget(scroll);
    m_boardLayout = new QHBoxLayout(m_board);
    m_boardLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_board);
    m_stack->addWidget(scroll);
    m_list = new QTableWidget(0, 7, m_stack);
    m_list->setObjectName(QStringLiteral("dealList"));
    m_list->setHorizontalHeaderLabels({tr("Deal"), tr("Customer"), tr("Stage"), tr("Amount"), tr("Probability"),
                                       tr("Expected close"), tr("Owner")});
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(add, &QPushButton::clicked, this, [this] { addDeal(); });
    connect(m_messages, &MessageBar::linkActivated, this, [this](const QString &link) {
        if (link != QStringLiteral("order") || !m_wonDeal)
            return;
        auto order = OrderStore(m_session).createFromDeal(m_wonDeal);
        m_messages->showMessage(order ? tr("Draft order created; find it under Orders.") : order.error().message,
                                order ? MessageBar::Kind::Information : MessageBar::Kind::Error);
        m_wonDeal = 0;
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, &FunnelPage::reload);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_stack->setCurrentIndex(i);
        if (i == 1)
            fillList();
    });
    connect(&m_session, &Session::dealsChanged, this, &FunnelPage::reload);
    rebuildBoard();
}

void FunnelPage::rebuildBoard()
{
    qDeleteAll(m_models);
    m_models.clear();
    m_views.clear();
    m_headers.clear();
    while (QLayoutItem *item = m_boardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto stages = DealStore(m_session).stages();
    if (!stages) {
        m_messages->showMessage(stages.error().message, MessageBar::Kind::Error);
        return;
    }
    for (const DealStage &s : *stages) {
        auto *column = new QWidget(m_board);
        column->setMinimumWidth(190);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(2, 0, 2, 0);
        auto *header = new QLabel(column);
        header->setObjectName(QStringLiteral("stageHeader%1").arg(s.id));
        header->setWordWrap(true);
        auto *model = new DealColumnModel(m_session, s, this);
        auto *view = new ColumnView(this, s.id, column);
        view->setObjectName(QStringLiteral("stageColumn%1").arg(s.id));
        view->setModel(model);
        view->setItemDelegate(new CardDelegate(&m_cardFields, view));
        connect(model, &DealColumnModel::errorOccurred, this,
                [this](const QString &m) { m_messages->showMessage(m, MessageBar::Kind::Error); });
        v->addWidget(header);
        v->addWidget(view, 1);
        m_boardLayout->addWidget(column, 1);
        m_models << model;
        m_views << view;
        m_headers << header;
    }
    reload();
}

void FunnelPage::reload()
{
    const qint64 owner = m_owner->currentData().toBool() ? m_session.userId() : 0;
    m_base = CurrencyRates(m_session).baseCurrency().value_or(QStringLiteral("CNY"));
    auto totals = DealStore(m_session).totals(owner);
    for (DealColumnModel *m : std::as_const(m_models)) {
        qint64 count = 0, amount = 0;
        if (totals)
            for (const StageTotals &t : *totals)
                if (t.stageId == m->stage().id) {
                    count = t.count;
                    amount = t.amountMinor;
                }
        m->setTotals(count, amount);
        m->setOwnerFilter(owner);
    }
    updateHeaders();
    auto forecast = DealStore(m_session).forecast(owner, 3);
    if (forecast) {
        QStringList parts;
        for (const ForecastMonth &f : *forecast)
            parts << tr("%1: %2 weighted of %3").arg(QLocale().toString(f.month, QStringLiteral("yyyy-MM")),
                                                      formatMoney(f.weightedMinor, m_base),
                                                      formatMoney(f.pipelineMinor, m_base));
        QStringList lines{tr("Forecast (open deals by expected close): %1").arg(parts.join(QStringLiteral(" · ")))};
        lines += missingRateLines(owner);
        m_forecast->setText(lines.join(u'\n'));
    }
    if (m_stack->currentIndex() == 1)
        fillList();
}

QStringList FunnelPage::missingRateLines(qint64 owner) const
{
    // Column totals and the forecast leave out deals whose currency has no
    // rate for their day: say which, so no total is silently short.
    QStringList lines;
    for (const auto &conversion : {DealStore(m_session).totalsConversion(owner), DealStore(m_session).forecastConversion(owner, 3)}) {
        if (!conversion)
            continue;
        for (const MissingRate &m : conversion->missing)
            if (const QString line = CurrencyRates::missingText(m, ConvertedRecords::Deals); !lines.contains(line))
                lines << line;
    }
    return lines;
}

void FunnelPage::updateHeaders()
{
    for (int i = 0; i < m_models.size(); ++i) {
        const DealColumnModel *m = m_models.at(i);
        m_headers.at(i)->setText(QStringLiteral("<b>%1</b> · %2%<br>%3 · %4")
                                     .arg(Deals::stageName(m->stage()).toHtmlEscaped())
                                     .arg(m->stage().probability)
                                     .arg(tr("%n deal(s)", nullptr, int(m->total())))
                                     .arg(formatMoney(m->totalAmountMinor(), m_base)));
    }
}

void FunnelPage::fillList()
{
    m_list->setRowCount(0);
    int row = 0;
    for (DealColumnModel *m : std::as_const(m_models)) {
        auto deals = DealStore(m_session).column(m->stage().id, m_owner->currentData().toBool() ? m_session.userId() : 0, 0, 200);
        if (!deals)
            continue;
        m_list->setRowCount(row + int(deals->size()));
        for (const Deal &d : *deals) {
            const int probability = d.probability >= 0 ? d.probability : m->stage().probability;
            const QStringList cells = {d.title, d.customerName, Deals::stageName(m->stage()),
                                       formatMoney(d.amountMinor, d.currency), QStringLiteral("%1 %").arg(probability),
                                       d.expectedClose.isValid() ? QLocale().toString(d.expectedClose, QLocale::ShortFormat) : QString(),
                                       d.ownerName};
            for (int c = 0; c < cells.size(); ++c)
                m_list->setItem(row, c, new QTableWidgetItem(cells.at(c)));
            ++row;
        }
    }
    m_list->resizeColumnsToContents();
}

bool FunnelPage::moveDeals(const QList<qint64> &ids, qint64 stageId)
{
    if (m_session.db().isReadOnly()) {
        m_messages->showMessage(tr("This file is open read-only; deals cannot be moved."), MessageBar::Kind::Error);
        return false;
    }
    DealStage target;
    for (DealColumnModel *m : std::as_const(m_models))
        if (m->stage().id == stageId)
            target = m->stage();
    QString reason;
    if (target.kind == StageKind::Lost) {
        bool ok = false;
        reason = QInputDialog::getItem(this, tr("Deal lost"), tr("Why was it lost?"),
                                       {tr("Price"), tr("Chose a competitor"), tr("No budget"), tr("Timing"), tr("No decision")},
                                       0, true, &ok);
        if (!ok)
            return false;
    }
    Status failed;
    m_undo.push(new MoveDealsCommand(m_session, ids, stageId, reason, Deals::stageName(target), &failed,
                                     [this](const Error &e) { m_messages->showMessage(e.message, MessageBar::Kind::Error); }));
    if (!failed) {
        m_messages->showMessage(failed.error().message, MessageBar::Kind::Error);
        return false;
    }
    if (target.kind == StageKind::Won && ids.size() == 1) {
        m_wonDeal = ids.first();
        m_messages->showMessage(tr("Won! <a href=\"order\">Create the order from this deal</a> to track delivery and "
                                   "payments."),
                                MessageBar::Kind::Information);
    }
    return true;
}

void FunnelPage::moveByKeyboard(const QList<qint64> &ids, qint64 fromStage, int step)
{
    for (int i = 0; i < m_models.size(); ++i) {
        if (m_models.at(i)->stage().id != fromStage)
            continue;
        const int target = i + step;
        if (target < 0 || target >= m_models.size())
            return;
        if (moveDeals(ids, m_models.at(target)->stage().id)) {
            QListView *view = m_views.at(target);
            view->setFocus();
            if (view->model()->rowCount() == 0 && view->model()->canFetchMore({}))
                view->model()->fetchMore({});
            view->setCurrentIndex(view->model()->index(0, 0));
        }
        return;
    }
}

void FunnelPage::addDeal(qint64 customerId)
{
    DealDialog dialog(m_session, customerId, this);
    dialog.exec();
}

} // namespace guanxi::ui
