// Who works in a guanxi-cli command: --user LOGIN (or GUANXI_USER) logs in
// through core's Login, so the role's permissions and visibility apply to
// every command; without it, a file that needs no login opens as its first
// administrator, as before.
#include "cli.h"

#include "platform/db/database.h"
#include "platform/systemaccount.h"
#include "team/login.h"
#include "team/userstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace guanxi::cli {

bool Cli::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

QString Cli::readSecret(const QString &prompt)
{
    if (!stdinIsTerminal())
        return {};
    QTextStream tty(stderr);
    tty << prompt;
    tty.flush();
    termios before{};
    const bool saved = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (saved) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    if (saved)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &before);
    tty << '\n';
    tty.flush();
    if (line.endsWith('\r'))
        line.chop(1);
    const QString secret = QString::fromUtf8(line);
    line.fill('\0');
    return secret;
}

Result<QString> Cli::password() const
{
    if (!m_passwordFile.isEmpty()) {
        QFile f(m_passwordFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error{tr("Could not read the password file %1: %2. Check the name and that you may read it.")
                             .arg(QDir::toNativeSeparators(m_passwordFile), f.errorString()),
                         {}, QStringLiteral("password-file"), ErrorKind::Io};
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (qEnvironmentVariableIsSet("GUANXI_PASSWORD"))
        return qEnvironmentVariable("GUANXI_PASSWORD");
    return readSecret(tr("Password for %1: ").arg(m_userLogin));
}

bool Cli::attemptLogin(const QString &password)
{
    Login login(*m_session);
    auto wait = login.secondsToWait(m_userLogin);
    if (!wait) {
        fail(wait.error());
        return false;
    }
    if (*wait > 0) {
        err << "guanxi-cli: " << tr("Waiting %n s after earlier wrong passwords…", nullptr, *wait) << '\n';
        err.flush();
        QThread::sleep(static_cast<unsigned long>(*wait));
    }
    auto access = login.attempt(m_userLogin, password);
    if (!access) {
        Error e = access.error();
        e.message = tr("--user “%1”: %2").arg(m_userLogin, e.message);
        e.field.clear();   // a failed login exits 2, whatever its kind
        fail(e);
        return false;
    }
    return true;
}

bool Cli::logIn()
{
    auto required = Login(*m_session).required();
    if (!required) {
        fail(required.error());
        return false;
    }
    if (m_userLogin.isEmpty() && *required) {
        fail(Error{tr("This file has more than one team member or a password: say who you are with --user "
                      "LOGIN (or GUANXI_USER)."),
                   {}, QStringLiteral("user"), ErrorKind::Denied});
        return false;
    }
    if (!*required) {
        // A new file gets its first administrator, named after the account.
        const SystemAccount me = SystemAccount::current();
        auto id = UserStore(*m_session).ensureDefault(me.loginOrDefault(), me.displayName());
        if (!id) {
            fail(id.error());
            return false;
        }
        m_session->setUserId(*id);
        if (m_userLogin.isEmpty())
            return true;
    }
    auto user = UserStore(*m_session).byLogin(m_userLogin);
    if (!user && !*required) {
        fail(user.error());
        return false;
    }
    // A login without a password asks for none; anyone else's is read.
    QString secret;
    if (!user || user->hasPassword) {
        auto typed = password();
        if (!typed) {
            fail(typed.error());
            return false;
        }
        secret = *typed;
    }
    return attemptLogin(secret);
}

} // namespace guanxi::cli
