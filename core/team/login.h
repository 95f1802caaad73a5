#pragma once

#include "team/access.h"
#include "platform/audit.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// Who is working: a file with more than one active user, or any user with a
// password, asks at opening; a single user without a password opens as
// before. Every attempt lands in the audit trail. Wrong passwords make the
// next attempt wait longer (1, 2, 4 ... up to 30 seconds), never lock the
// account; the right password resets the count.
//
// On a single file this keeps colleagues who share a computer apart inside
// Guanxi. It does not stop someone who copies the file and reads it with
// other tools: that takes encrypted backups and disk encryption.
class Login {
    Q_DECLARE_TR_FUNCTIONS(Login)
public:
    explicit Login(Session &session) : m_session(session) {}

    Result<bool> required() const;
    // On success the session acts as the user (Session::setAccess).
    Result<Access> attempt(const QString &login, const QString &password);
    // The idle lock: the session's own user gives their password again.
    Status unlock(const QString &password);
    // Seconds before the login may try again after earlier wrong passwords.
    Result<int> secondsToWait(const QString &login) const;
    static int delayAfter(int failures);

private:
    Result<Access> attempt(const QString &login, const QString &password, AuditAction success);
    Status recordFailure(qint64 userId, const QString &login);
    bool canRecord() const;
    Session &m_session;
};

} // namespace guanxi
