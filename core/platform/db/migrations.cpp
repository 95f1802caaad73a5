#include "platform/db/migrations.h"

#include "platform/db/sqlerror.h"
#include "text/phone.h"
#include "text/pinyin.h"
#include "text/searchkeys.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace guanxi {

namespace {
// version -> resource path, discovered by listing the folder.
QMap<int, QString> steps()
{
    QMap<int, QString> found;
    const QDir dir(QStringLiteral(":/guanxi/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok && version > 0)
            found.insert(version, dir.filePath(name));
    }
    return found;
}
} // namespace

int Migrations::latestVersion()
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.lastKey();
}

namespace {
// True when the text holds nothing but white space and comments.
bool onlyComments(const QString &text)
{
    QString rest = text;
    static const QRegularExpression comments(QStringLiteral(R"(--[^\n]*|/\*.*?\*/)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    rest.remove(comments);
    return rest.trimmed().isEmpty();
}
// Drops the comments and blank lines in front of a statement.
QString withoutLeadingComments(QString text)
{
    for (;;) {
        text = text.trimmed();
        if (text.startsWith(QStringLiteral("--"))) {
            const qsizetype end = text.indexOf(u'\n');
            text = end < 0 ? QString() : text.mid(end + 1);
        } else if (text.startsWith(QStringLiteral("/*"))) {
            const qsizetype end = text.indexOf(QStringLiteral("*/"));
            text = end < 0 ? QString() : text.mid(end + 2);
        } else {
            return text;
        }
    }
}
} // namespace

QStringList Migrations::statements(const QString &script)
{
    // Walk the script once, outside quotes and comments a ';' may end a
    // statement; sqlite3_complete() says whether it really does (a trigger's
    // body holds semicolons until its END).
    QStringList out;
    QString current;
    enum class State { Code, Single, Double, Bracket, Backtick, LineComment, BlockComment };
    State state = State::Code;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        current += c;
        switch (state) {
        case State::Code:
            if (c == u'\'') state = State::Single;
            else if (c == u'"') state = State::Double;
            else if (c == u'[') state = State::Bracket;
            else if (c == u'`') state = State::Backtick;
            else if (c == u'-' && next == u'-') state = State::LineComment;
            else if (c == u'/' && next == u'*') state = State::BlockComment;
            else if (c == u';' && sqlite3_complete(current.toUtf8().constData())) {
                if (!onlyComments(current))
                    out << withoutLeadingComments(current);
                current.clear();
            }
            break;
        case State::Single: if (c == u'\'') state = State::Code; break;
        case State::Double: if (c == u'"') state = State::Code; break;
        case State::Bracket: if (c == u']') state = State::Code; break;
        case State::Backtick: if (c == u'`') state = State::Code; break;
        case State::LineComment: if (c == u'\n') state = State::Code; break;
        case State::BlockComment:
            if (c == u'/' && current.size() >= 2 && current.at(current.size() - 2) == u'*')
                state = State::Code;
            break;
        }
    }
    if (!onlyComments(current))
        out << withoutLeadingComments(current);
    return out;
}

namespace {
QString textArgument(sqlite3_value *value)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(value));
    return text ? QString::fromUtf16(text) : QString();
}

void resultText(sqlite3_context *context, const QString &text)
{
    if (text.isEmpty())
        sqlite3_result_null(context);
    else
        sqlite3_result_text16(context, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

using Function = void (*)(sqlite3_context *, int, sqlite3_value **);
void define(sqlite3 *raw, const char *name, int arguments, Function f)
{
    sqlite3_create_function_v2(raw, name, arguments, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr, f, nullptr,
                               nullptr, nullptr);
}

// Why a number stored before libphonenumber checked phones is not verified,
// or empty: the number as written, read in the region of the calling code
// its stored E.164 starts with (the region it was read in then).
QString storedPhoneProblem(const QString &raw, const QString &e164)
{
    QString region;
    const QString digits = PhoneNumber::digits(e164);
    for (int length = 1; length <= 3 && region.isEmpty(); ++length)
        region = PhoneNumber::regionForCountryCode(digits.left(length));
    return PhoneNumber::check(raw.isEmpty() ? e164 : raw, region.isEmpty() ? QStringLiteral("CN") : region).problem;
}

// Functions for steps that fill stored keys from text already in the file:
// guanxi_phone_problem(raw, e164): storedPhoneProblem(), NULL when verified;
// guanxi_sort_key(text): Pinyin::optionalSortKey(), NULL for blank text;
// guanxi_name_sort_key(name, kind): Pinyin::sortKey() of a customer's or a
// lead's name, read with its surname when kind is 'person';
// guanxi_search_keys(kind, name, company, city, notes, phones, emails): the
// search keys CustomerSearchIndex::refresh() builds from those columns.
void registerFunctions(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    sqlite3 *raw = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                       ? *static_cast<sqlite3 *const *>(handle.data())
                       : nullptr;
    if (!raw)
        return;
    define(raw, "guanxi_sort_key", 1, [](sqlite3_context *context, int, sqlite3_value **argv) {
        resultText(context, Pinyin::optionalSortKey(textArgument(argv[0])));
    });
    define(raw, "guanxi_name_sort_key", 2, [](sqlite3_context *context, int, sqlite3_value **argv) {
        const bool person = textArgument(argv[1]) == QStringLiteral("person");
        resultText(context, Pinyin::sortKey(textArgument(argv[0]), person ? PinyinText::PersonName : PinyinText::Text));
    });
    define(raw, "guanxi_phone_problem", 2, [](sqlite3_context *context, int, sqlite3_value **argv) {
        resultText(context, storedPhoneProblem(textArgument(argv[0]), textArgument(argv[1])));
    });
    define(raw, "guanxi_search_keys", 7, [](sqlite3_context *context, int, sqlite3_value **argv) {
        QStringList v;
        for (int i = 1; i < 7; ++i)
            v << textArgument(argv[i]);
        const bool person = textArgument(argv[0]) == QStringLiteral("person");
        resultText(context, SearchKeys::build(SearchKeys::stored(person, v[0], v[1], v[2], v[3], v[4], v[5])));
    });
}
} // namespace

Status Migrations::upgrade(QSqlDatabase db, int fromVersion, int toVersion)
{
    const auto all = steps();
    if (all.upperBound(fromVersion) != all.cend())
        registerFunctions(db);
    if (toVersion < 0)
        toVersion = latestVersion();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const int version = it.key();
        if (version <= fromVersion || version > toVersion)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Schema step %1 is missing from this build of Guanxi.").arg(version),
                         it.value(), {}};
        const QString script = QString::fromUtf8(file.readAll());
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return SqlErrors::from(q.lastError(),
                                   tr("Could not upgrade the database to version %1.").arg(version));
        for (const QString &statement : statements(script)) {
            if (!q.exec(statement)) {
                const QSqlError err = q.lastError();
                q.exec(QStringLiteral("ROLLBACK"));
                Error e = SqlErrors::from(
                    err, tr("Could not upgrade the database to version %1; it was left at version "
                            "%2.")
                             .arg(version)
                             .arg(version - 1));
                e.detail += QStringLiteral(" in: ") + statement.left(200);
                return e;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
            || !q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError err = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return SqlErrors::from(err,
                                   tr("Could not upgrade the database to version %1.").arg(version));
        }
    }
    return {};
}

} // namespace guanxi
