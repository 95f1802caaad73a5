#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace guanxi {
class Session;
struct ImportRevertReport;
}

namespace guanxi::ui {

// Tools → Import History: every import with its file, time, who and counts,
// and Revert, which undoes a whole import.
class ImportHistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Session &session, QWidget *parent = nullptr);
    void reload();
    void revertSelected();

signals:
    void reverted();

private:
    // What Revert asks first, and what it says after, for the kind of record.
    QString question(const QString &entity, const QString &file) const;
    QString outcome(const QString &entity, const ImportRevertReport &report) const;

    Session &m_session;
    QTableWidget *m_table;
    QPushButton *m_revert;
};

} // namespace guanxi::ui
