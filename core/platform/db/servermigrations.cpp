#include "platform/db/migrations.h"

#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace guanxi {

namespace {
// version -> its scripts in name order (0021_baseline.sql, then
// 0021_search.sql), all run in the step's one transaction.
QMap<int, QStringList> serverSteps()
{
    QMap<int, QStringList> found;
    const QDir dir(QStringLiteral(":/guanxi/migrations-pg"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok && version > 0)
            found[version] << dir.filePath(name);
    }
    return found;
}

// Any advisory lock number Guanxi's upgrades agree on ("GXUP").
constexpr qint64 upgradeLock = 0x47585550;

Status failed(QSqlQuery &q, const QSqlError &err, int version, int from, const QString &statement = {})
{
    q.exec(QStringLiteral("ROLLBACK"));
    Error e = SqlErrors::from(err, Migrations::tr("Could not upgrade the database to version %1; it was left at "
                                                  "version %2.")
                                       .arg(version)
                                       .arg(from));
    if (!statement.isEmpty())
        e.detail += QStringLiteral(" in: ") + statement.left(200);
    return e;
}
} // namespace

QStringList Migrations::serverStatements(const QString &script)
{
    QStringList out;
    QString current;
    enum class State { Code, Single, Double, Dollar, LineComment, BlockComment };
    State state = State::Code;
    QString dollarTag;
    auto flush = [&] {
        const QString statement = current.trimmed();
        static const QRegularExpression comments(QStringLiteral(R"(--[^\n]*|/\*.*?\*/)"),
                                                 QRegularExpression::DotMatchesEverythingOption);
        if (!QString(statement).remove(comments).trimmed().isEmpty())
            out << statement;
        current.clear();
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'\'') {
                state = State::Single;
            } else if (c == u'"') {
                state = State::Double;
            } else if (c == u'-' && next == u'-') {
                state = State::LineComment;
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
            } else if (c == u'$') {
                static const QRegularExpression tag(QStringLiteral(R"(\$[A-Za-z_]*\$)"));
                const auto m = tag.match(script, i, QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption);
                if (m.hasMatch()) {
                    dollarTag = m.captured();
                    current += dollarTag;
                    i += dollarTag.size() - 1;
                    state = State::Dollar;
                    continue;
                }
            } else if (c == u';') {
                flush();
                continue;
            }
            break;
        case State::Single: if (c == u'\'') state = State::Code; break;
        case State::Double: if (c == u'"') state = State::Code; break;
        case State::Dollar:
            if (c == u'$' && script.mid(i, dollarTag.size()) == dollarTag) {
                current += dollarTag;
                i += dollarTag.size() - 1;
                state = State::Code;
                continue;
            }
            break;
        case State::LineComment: if (c == u'\n') state = State::Code; break;
        case State::BlockComment:
            if (c == u'/' && !current.isEmpty() && current.back() == u'*')
                state = State::Code;
            break;
        }
        current += c;
    }
    flush();
    return out;
}

Status Migrations::upgradeServer(QSqlDatabase db, int fromVersion)
{
    const auto all = serverSteps();
    QSqlQuery q(db);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const int version = it.key();
        if (version <= fromVersion)
            continue;
        QString script;
        for (const QString &path : it.value()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{tr("Schema step %1 is missing from this build of Guanxi.").arg(version), path, {}};
            script += QString::fromUtf8(file.readAll()) + u'\n';
        }
        if (!q.exec(QStringLiteral("BEGIN")))
            return SqlErrors::from(q.lastError(), tr("Could not upgrade the database to version %1.").arg(version));
        // Another client may be upgrading the same database: wait for it
        // however long that takes (no lock_timeout), then look again at
        // where it left the version.
        if (!q.exec(QStringLiteral("SET LOCAL lock_timeout = 0"))
            || !sql::run(q, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {upgradeLock}))
            return failed(q, q.lastError(), version, fromVersion);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS guanxi_meta (key text PRIMARY KEY, value text NOT NULL)")))
            return failed(q, q.lastError(), version, fromVersion);
        if (!q.exec(QStringLiteral("SELECT value FROM guanxi_meta WHERE key = 'schema_version'")))
            return failed(q, q.lastError(), version, fromVersion);
        const int now = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (now >= version) {
            q.exec(QStringLiteral("ROLLBACK"));
            fromVersion = now;
            continue;
        }
        for (const QString &statement : serverStatements(script)) {
            if (!q.exec(statement))
                return failed(q, q.lastError(), version, now, statement);
        }
        if (!sql::run(q,
                      QStringLiteral("INSERT INTO guanxi_meta (key, value) VALUES ('application', 'guanxi'), "
                                     "('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {QString::number(version)})
            || !q.exec(QStringLiteral("COMMIT")))
            return failed(q, q.lastError(), version, now);
        fromVersion = version;
    }
    return {};
}

} // namespace guanxi
