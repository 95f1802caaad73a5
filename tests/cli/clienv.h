#pragma once

// What the CLI tests share: a scratch environment that runs guanxi-cli as a
// process, and readers for its CSV and JSON output.
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#define S(x) QStringLiteral(x)

namespace guanxi::test::cli {

inline std::string str(const QString &s)
{
    return s.toStdString();
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// A scratch folder that is also HOME and the data folders, so nothing the CLI
// does by default can touch the real user's files. In a PostgreSQL run
// (testserver.h) db is the address of a fresh database of the test cluster,
// dropped at the end; the folder still holds everything else.
struct CliEnv {
    QTemporaryDir dir;
    QString db;
    // Set for every run after the defaults (LC_ALL=C.UTF-8...); an empty value
    // removes the variable.
    QHash<QString, QString> environment;
    // The program to run: the built guanxi-cli unless a test copies it elsewhere.
    QString program = QString::fromUtf8(GUANXI_CLI_PATH);

    CliEnv()
    {
        REQUIRE(dir.isValid());
        db = onServer() ? newServerDatabase() : dir.filePath(S("crm.guanxi"));
    }
    ~CliEnv()
    {
        if (onServer())
            dropServerDatabase(db);
    }
    CliEnv(const CliEnv &) = delete;
    CliEnv &operator=(const CliEnv &) = delete;

    QString path(const QString &name) const { return dir.filePath(name); }
    QString absoluteDb() const { return QDir::toNativeSeparators(QFileInfo(db).absoluteFilePath()); }
    // How guanxi-cli names the database in its messages (Cli::where()): the
    // file's absolute path, or "user@host/db" on a server.
    QString where() const
    {
        if (!onServer())
            return absoluteDb();
        auto address = ServerAddress::parse(db);
        REQUIRE(address.ok());
        return address->display();
    }

    Run run(const QStringList &args) const
    {
        QProcess p;
        p.setProgram(program);
        p.setArguments(args);
        p.setWorkingDirectory(dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(S("HOME"), dir.path());
        env.insert(S("XDG_DATA_HOME"), dir.filePath(S("xdg-data")));
        env.insert(S("XDG_CONFIG_HOME"), dir.filePath(S("xdg-config")));
        env.insert(S("USER"), S("tester"));
        env.insert(S("LC_ALL"), S("C.UTF-8"));
        // A file with several users needs a login: the tests act as the
        // administrator init names after $USER, as a script would.
        env.insert(S("GUANXI_USER"), S("tester"));
        env.remove(S("GUANXI_PASSWORD"));
        env.remove(S("GUANXI_NEW_PASSWORD"));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
            if (it.value().isEmpty())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(env);
        p.start();
        if (!p.waitForStarted(10000))
            FAIL("cannot start " << str(program) << ": " << str(p.errorString()));
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            FAIL("guanxi-cli " << str(args.join(u' ')) << " did not finish within 60 s");
        }
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    // Runs a command on the test database.
    Run onDb(const QStringList &args) const { return run(QStringList{S("--database"), db} + args); }
    // Runs a command that must succeed and returns its stdout.
    QString ok(const QStringList &args) const
    {
        const Run r = onDb(args);
        INFO("guanxi-cli " << str(args.join(u' ')) << "\nstdout: " << str(r.out) << "\nstderr: " << str(r.err));
        REQUIRE(r.code == 0);
        return r.out;
    }
    void seeded(int customers = 50, int orders = 100, int seed = 7) const
    {
        ok({S("init")});
        ok({S("seed"), S("--customers"), QString::number(customers), S("--orders"), QString::number(orders),
            S("--seed"), QString::number(seed), S("--now"), S("2026-03-15T09:30:00Z")});
    }
};

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

inline QJsonArray parseJsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO("JSON: " << str(text.left(500)));
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

inline QSet<qint64> idsIn(const QJsonArray &array)
{
    QSet<qint64> ids;
    for (const QJsonValue &v : array)
        ids.insert(v.toObject().value(S("id")).toString().toLongLong());
    return ids;
}

inline const QStringList listHeader = {S("id"), S("name"), S("kind"), S("company"), S("phone"), S("email"),
                                S("city"), S("stage"), S("owner"), S("tags"), S("next_follow_up")};

} // namespace guanxi::test::cli
