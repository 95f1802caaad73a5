#pragma once

#include "analytics/dashboard.h"
#include "backgroundjob.h"

#include <QFrame>
#include <QPointer>

#include <atomic>
#include <memory>

class QLabel;
class QTimer;
class QToolButton;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// The key figures above the Today page: open pipeline, weighted forecast,
// won this month, conversion rate, repeat purchase rate and overdue
// follow-ups. They are worked out on a worker thread (on a million customers
// that takes seconds) and again a little after deals, orders or customers
// change. A click on a card opens the report behind its figure.
class DashboardStrip : public QFrame {
    Q_OBJECT
public:
    explicit DashboardStrip(Session &session, QWidget *parent = nullptr);
    ~DashboardStrip() override;

    void refresh();
    bool isComputing() const { return m_job.isRunning(); }
    const DashboardKpis &kpis() const { return m_kpis; }

signals:
    void openReport(const QString &name, const QDate &from, const QDate &to, qint64 ownerId,
                    const QString &currency);
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(const Result<DashboardKpis> &result);

    Session &m_session;
    DashboardKpis m_kpis;
    QList<QToolButton *> m_cards;
    QLabel *m_scope;
    QLabel *m_status;
    QTimer *m_debounce;
    BackgroundJob m_job;
    bool m_again = false;
    bool m_stale = true;
    qint64 m_ownerId = 0;   // 0: the team
};

} // namespace guanxi::ui
