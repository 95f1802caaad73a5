#pragma once

#include "customers/customer.h"
#include "customers/duplicatestore.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// Tools → Find Duplicates: the candidate groups with their score and why,
// two of a group side by side with a choice per field of the value to keep,
// Merge, and the merges done so far with Undo.
class DuplicatesDialog : public QDialog {
    Q_OBJECT
public:
    DuplicatesDialog(Session &session, QList<DuplicateGroup> groups, QWidget *parent = nullptr);

    // The customer the merge keeps, as the choices stand (for tests).
    Customer mergedCustomer() const;
    void selectGroup(int index);

signals:
    void merged();

private:
    // Whether the role may merge (Permission::Merge); core refuses otherwise.
    bool mayMerge() const;
    void showGroup();
    void showPair();
    void merge();
    void reloadHistory();
    void undoSelected();

    Session &m_session;
    QList<DuplicateGroup> m_groups;
    QTreeWidget *m_groupList;
    QComboBox *m_keep;
    QComboBox *m_other;
    QTableWidget *m_compare;
    QList<QButtonGroup *> m_choices;
    QPushButton *m_mergeButton;
    QLabel *m_message;
    QTableWidget *m_history;
    QPushButton *m_undoButton;
    Customer m_a;
    Customer m_b;
};

} // namespace guanxi::ui
