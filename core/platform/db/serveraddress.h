#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace guanxi {

// Where a team database lives on a PostgreSQL server, read from what a user
// types: a URL ("postgresql://anna@office-pc/guanxi?sslmode=require") or
// libpq's key=value string ("host=office-pc dbname=guanxi user=anna").
// Unix socket folders go in host (host=/run/postgresql). A password may be
// given; display() and toUrl(false) never show it.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    QString host;      // empty: libpq's default (the local socket)
    int port = 0;      // 0: the default, 5432
    QString database;
    QString user;      // empty: libpq's default (the system user)
    QString password;  // empty: libpq looks in PGPASSWORD and ~/.pgpass
    // Other libpq settings: sslmode, sslrootcert, connect_timeout, …
    QList<std::pair<QString, QString>> options;

    static bool looksLikeServer(const QString &text);
    static Result<ServerAddress> parse(const QString &text);

    // "anna@office-pc:5433/guanxi": for titles, messages and recent lists.
    QString display() const;
    // A postgresql:// URL; the password only when asked for.
    QString toUrl(bool withPassword = false) const;
    // The same server and user, another database (server init, tests).
    ServerAddress withDatabase(const QString &name) const;
    QString option(const QString &key) const;
    // Fills a QPSQL connection; adds keepalives, a connect timeout and the
    // application name unless the address sets them.
    void applyTo(QSqlDatabase &db) const;
};

} // namespace guanxi
