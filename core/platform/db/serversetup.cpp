#include "platform/db/serversetup.h"

#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace guanxi {

namespace {
// A database name PostgreSQL takes without quoting and Guanxi can put in
// CREATE DATABASE (which takes no parameters).
bool plainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}
} // namespace

Result<ServerSetup::Outcome> ServerSetup::createDatabase(const ServerAddress &target)
{
    if (!plainName(target.database))
        return Error{tr("“%1” cannot be the name of a team database: use lower-case letters, digits and _ (at most 63, "
                        "not starting with a digit), for example guanxi.")
                         .arg(target.database),
                     {}, QStringLiteral("database"), ErrorKind::Invalid};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("Qt's PostgreSQL driver is missing. Install the package libqt6sql6-psql."), {}, {}, ErrorKind::Io};
    const QString name = QStringLiteral("guanxi-setup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<Outcome> result = Outcome{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        target.withDatabase(QStringLiteral("postgres")).applyTo(db);
        if (!db.open()) {
            result = Error{tr("Cannot connect to the server at %1 to create the database. Check the address, user "
                              "and password.")
                               .arg(target.withDatabase(QStringLiteral("postgres")).display()),
                           db.lastError().text(), QStringLiteral("host"), ErrorKind::Io};
        } else {
            QSqlQuery q(db);
            if (!sql::run(q, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {target.database})
                || !q.next()) {
                result = SqlErrors::from(q.lastError(), tr("Could not look for the database on the server."));
            } else if (q.value(0).toInt() > 0) {
                result = Outcome{false};
            } else {
                q.finish();
                // template0: the sort order and character set can only be
                // chosen when copying it.
                if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                                           "LC_CTYPE 'C.UTF-8'")
                                .arg(target.database)))
                    result = q.lastError().nativeErrorCode() == u"42501"
                                 ? Result<Outcome>(Error{tr("Your login %1 may not create databases on this server. "
                                                            "Run this as the server's administrator (for example "
                                                            "postgres), or ask them to.")
                                                             .arg(target.user.isEmpty() ? QStringLiteral("(default)")
                                                                                        : target.user),
                                                         q.lastError().text(), QStringLiteral("user"),
                                                         ErrorKind::Denied})
                                 : Result<Outcome>(SqlErrors::from(
                                       q.lastError(), tr("Could not create the database %1.").arg(target.database)));
                else
                    result = Outcome{true};
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace guanxi
