#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListView;
class QStackedWidget;
class QTableWidget;
class QUndoStack;

namespace guanxi {
class DealColumnModel;
class Session;
} // namespace guanxi

namespace guanxi::ui {

class MessageBar;

// 商机: the funnel as a board (one column per stage, count and total on top,
// cards dragged between stages with undo) or as a list, with the weighted
// forecast by month.
class FunnelPage : public QWidget {
    Q_OBJECT
public:
    // What a card shows besides the title.
    enum CardField { CardCustomer = 1, CardOwner = 2, CardAmount = 4, CardClose = 8 };

    FunnelPage(Session &session, QUndoStack &undo, QWidget *parent = nullptr);
    QList<DealColumnModel *> columns() const { return m_models; }
    QListView *columnView(int index) const { return m_views.value(index); }
    // Moves deals to a stage through the undo stack (a drop does this).
    bool moveDeals(const QList<qint64> &ids, qint64 stageId);
    // The keyboard's way: one stage to the right (+1) or left (-1).
    void moveByKeyboard(const QList<qint64> &ids, qint64 fromStage, int step);

public slots:
    void addDeal(qint64 customerId = 0);
    void reload();

private:
    void rebuildBoard();
    void updateHeaders();
    void fillList();

    Session &m_session;
    QUndoStack &m_undo;
    MessageBar *m_messages;
    QComboBox *m_owner;
    QComboBox *m_mode;
    QLabel *m_forecast;
    QString m_base = QStringLiteral("CNY");   // the base currency of the column totals and the forecast
    QStringList missingRateLines(qint64 owner) const;
    QStackedWidget *m_stack;
    QWidget *m_board;
    QHBoxLayout *m_boardLayout;
    QTableWidget *m_list;
    QList<DealColumnModel *> m_models;
    QList<QListView *> m_views;
    QList<QLabel *> m_headers;
    qint64 m_wonDeal = 0;
    int m_cardFields = CardCustomer | CardAmount | CardClose;
};

} // namespace guanxi::ui
