#pragma once

#include "analytics/dataquality.h"
#include "backgroundjob.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QUndoStack;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// The Data Quality page: one score from 0 to 100 with its formula, a row per
// check (dimension, pass rate, customers failing), the same per salesperson,
// and the customers a check lists, each opened in the customer form with a
// double-click. The checks run on a worker thread (seconds on a million
// customers) and again when customers change while the page is shown.
class DataQualityPage : public QWidget {
    Q_OBJECT
public:
    DataQualityPage(Session &session, QUndoStack &undo, QWidget *parent = nullptr);
    ~DataQualityPage() override;

    void refresh();
    bool isComputing() const { return m_job.isRunning(); }
    bool isListing() const { return m_listJob.isRunning(); }
    const DataQualityReport &report() const { return m_report; }
    // Lists the customers failing a check (of the salesperson chosen above).
    void showRecords(const QString &checkKey);
    // Opens one listed customer in the customer form.
    void openRecord(int row);

signals:
    void refreshed();
    void recordsShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildTables();
    void show(const Result<DataQualityReport> &result);
    void fillChecks();
    void fillOwners();
    void fillRecords(const Result<QList<QualityRecord>> &result);
    const QualityFigures &shownFigures() const;
    qint64 shownOwner() const;
    QString currentCheck() const;
    void setBusy(bool busy);

    Session &m_session;
    QUndoStack &m_undo;
    DataQualityReport m_report;
    QList<QualityRecord> m_records;
    QString m_recordsCheck;
    MessageBar *m_messages;
    QLabel *m_score;
    QLabel *m_formula;
    QLabel *m_status;
    QComboBox *m_scope;
    QSpinBox *m_months;
    QPushButton *m_refresh;
    QPushButton *m_showRecords;
    QStackedWidget *m_content;
    QTableWidget *m_checks;
    QTableWidget *m_owners;
    QTableWidget *m_recordTable;
    QLabel *m_recordsTitle;
    BackgroundJob m_job;
    BackgroundJob m_listJob;
    bool m_again = false;
    bool m_stale = true;
};

} // namespace guanxi::ui
