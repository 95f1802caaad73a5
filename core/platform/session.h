#pragma once

#include "platform/clock.h"
#include "platform/workersession.h"

#include <QDate>
#include <QObject>

#include <functional>

namespace guanxi {

class Database;

// Who is working, on which file, at what time: what every store needs to
// stamp a change. Stores announce committed changes through its signals so
// that models and views refresh.
class Session : public QObject {
    Q_OBJECT
public:
    Session(Database &db, const Clock &clock, QObject *parent = nullptr);

    Database &db() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    QDateTime now() const { return m_clock.nowUtc(); }
    QDate today() const { return m_clock.nowUtc().toLocalTime().date(); }

    qint64 userId() const { return m_userId; }
    void setUserId(qint64 id) { m_userId = id; }
    QString defaultCountryCode() const { return m_countryCode; }
    // Emits through f once the change is committed (see Database::afterCommit).
    // Dropped while quiet: bulk work announces once when it is done.
    void announce(std::function<void()> f);
    struct QuietGuard {
        explicit QuietGuard(Session &s) : session(s), was(s.m_quiet) { s.m_quiet = true; }
        ~QuietGuard() { session.m_quiet = was; }
        QuietGuard(const QuietGuard &) = delete;
        QuietGuard &operator=(const QuietGuard &) = delete;
        Session &session;
        bool was;
    };
    void setDefaultCountryCode(const QString &code) { m_countryCode = code; }
    // What a worker thread needs to open its own connection as this session
    // (WorkerSpec::open on that thread); never open the file by its path.
    WorkerSpec worker() const { return WorkerSpec(*this); }

signals:
    void customersChanged(const QList<qint64> &ids);
    void leadsChanged(const QList<qint64> &ids);
    void dealsChanged(const QList<qint64> &ids);
    void ordersChanged(const QList<qint64> &ids);
    void notificationsChanged();
    void lookupsChanged();

private:
    Database &m_db;
    const Clock &m_clock;
    qint64 m_userId = 0;
    QString m_countryCode = QStringLiteral("86");
    bool m_quiet = false;
};

} // namespace guanxi
