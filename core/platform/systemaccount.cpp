#include "platform/systemaccount.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace guanxi {

SystemAccount SystemAccount::current()
{
    SystemAccount me;
    for (const char *name : {"USER", "USERNAME", "LOGNAME"})
        if (me.login.isEmpty())
            me.login = qEnvironmentVariable(name).trimmed();
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid())) {
        if (me.login.isEmpty())
            me.login = QString::fromLocal8Bit(pw->pw_name);
        // The GECOS field: "Full Name,room,phone,…".
        me.realName = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
    }
#endif
    return me;
}

QString SystemAccount::loginOrDefault() const
{
    return login.isEmpty() ? QStringLiteral("me") : login;
}

QString SystemAccount::displayName() const
{
    if (!realName.isEmpty() && realName != login)
        return realName;
    return login.isEmpty() ? QCoreApplication::translate("SystemAccount", "Me") : login;
}

} // namespace guanxi
