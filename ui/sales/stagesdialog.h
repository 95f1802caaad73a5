#pragma once

#include <QDialog>

class QListWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// The funnel's stages: add an open stage, rename, change its default win
// probability, or remove one that holds no deals.
class StagesDialog : public QDialog {
    Q_OBJECT
public:
    explicit StagesDialog(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    qint64 currentId() const;
    void add();
    void rename();
    void setProbability();
    void remove();

    Session &m_session;
    MessageBar *m_messages;
    QListWidget *m_list;
};

} // namespace guanxi::ui
