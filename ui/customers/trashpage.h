#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// Customers moved to the trash: restore them, or purge them for good.
class TrashPage : public QWidget {
    Q_OBJECT
public:
    TrashPage(Session &session, QUndoStack &undo, QWidget *parent = nullptr);
    void reload();
    int count() const;

signals:
    void countChanged(int count);

private:
    QList<qint64> selectedIds() const;
    void restoreSelected();
    void purgeSelected();

    Session &m_session;
    QUndoStack &m_undo;
    MessageBar *m_messages;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_restore;
    QPushButton *m_purge;
};

} // namespace guanxi::ui
