#pragma once

#include "customers/customerliststore.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace guanxi {
class CustomerTableModel;
class Session;
} // namespace guanxi

namespace guanxi::ui {

class CustomerListProxy;
class CustomerPanel;
class MessageBar;

// The customers module: filter bar and saved views, the paged table, and the
// selected customer's panel.
class CustomersPage : public QWidget {
    Q_OBJECT
public:
    CustomersPage(Session &session, QUndoStack &undo, QWidget *parent = nullptr);
    ~CustomersPage() override;

    void setSearchText(const QString &text);
    QString searchText() const;
    qint64 currentId() const;
    qint64 totalCount() const;
    bool searchCapped() const;
    QTableView *table() const { return m_table; }
    CustomerTableModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_messages; }
    QMenu *columnsMenu() const { return m_columnsMenu; }
    // What the list shows now: filters, search and order (for exporting the view).
    const CustomerListQuery &query() const;

public slots:
    void addCustomer();
    void editCurrent();
    void trashSelected();
    void logFollowUp();
    // Gives the selected customers to a team member (0: back to the pool).
    void assignSelected(qint64 userId);
    void selectNext(int delta);
    void openFirst();
    void reloadLookups();
    void selectCustomer(qint64 id);
    // Lists the saved views again and shows the one with this id (a view
    // saved elsewhere, e.g. an RFM segment).
    void showSavedView(qint64 id);
    void showError(const QString &message);

signals:
    void countChanged(qint64 count, bool capped);
    void importRequested();
    void newDealRequested(qint64 customerId);

private:
    QHBoxLayout *buildFilterBar();
    void buildTable();
    void connectList();
    void connectFilterBar();
    QList<QComboBox *> filterCombos() const;
    // After the list reloads: the same customer selected, or the first one.
    void keepSelection();
    void showRowMenu(const QPoint &pos);
    QList<qint64> selectedIds() const;
    // The filter bar, saved views and columns (customerspagefilters.cpp).
    void applyFilters();
    void applyView(int index);
    void saveView();
    void rebuildViews();
    void rebuildColumnsMenu();
    void restoreColumns();
    void saveColumns();
    void updateEmptyState();
    void onCustomersChanged();
    void openEditor(const Customer &customer);
    // Says why a customer asked for by id is not in the list.
    void noteHidden(qint64 id);

    Session &m_session;
    QUndoStack &m_undo;
    CustomerTableModel *m_model;
    CustomerListProxy *m_proxy;
    MessageBar *m_messages;
    QComboBox *m_views;
    QComboBox *m_stage;
    QComboBox *m_owner;
    QComboBox *m_tag;
    QComboBox *m_source;
    QComboBox *m_city;
    QComboBox *m_province;
    QComboBox *m_industry;
    QPushButton *m_clear;
    QStackedWidget *m_listStack;
    QTableView *m_table;
    QLabel *m_noMatches;
    CustomerPanel *m_panel;
    QSplitter *m_splitter;
    QMenu *m_columnsMenu;
    QString m_search;
    qint64 m_selectedId = 0;
    bool m_applying = false;
};

} // namespace guanxi::ui
