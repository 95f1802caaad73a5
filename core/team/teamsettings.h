#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// Settings that belong to the file, shared by everyone who opens it (the
// public pool's rules), as opposed to QSettings on one workstation.
class TeamSettings {
    Q_DECLARE_TR_FUNCTIONS(TeamSettings)
public:
    explicit TeamSettings(Session &session) : m_session(session) {}
    Result<int> integer(const QString &key, int fallback) const;
    Status setInteger(const QString &key, int value);
    Result<QString> text(const QString &key, const QString &fallback) const;
    Status setText(const QString &key, const QString &value);

private:
    Session &m_session;
};

} // namespace guanxi
