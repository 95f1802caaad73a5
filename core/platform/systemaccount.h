#pragma once

#include <QString>

namespace guanxi {

// The person at the computer, for the first user of a new file: the login
// and the real name from the system's account, when it has one. The desktop
// app and guanxi-cli name a new file's first user the same way.
struct SystemAccount {
    QString login;
    QString realName;
    // The login, else "me" (a login is typed, so it stays ASCII).
    QString loginOrDefault() const;
    // The real name, else the login, else "Me" in the UI's language.
    QString displayName() const;
    static SystemAccount current();
};

} // namespace guanxi
