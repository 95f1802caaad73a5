#pragma once

#include "platform/result.h"
#include <QWidget>

class QLabel;
class QTableWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// What each role may do: a permission per row, a role per column. The
// administrators' column is always all checked and cannot be changed; Save
// writes the others with AccessStore::setPermissions (audited).
class PermissionsEditor : public QWidget {
    Q_OBJECT
public:
    PermissionsEditor(Session &session, QWidget *parent = nullptr);
    void load();
    Status save();
    QTableWidget *table() const { return m_table; }

signals:
    void saved();

private:
    Session &m_session;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace guanxi::ui
