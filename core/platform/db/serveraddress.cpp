#include "platform/db/serveraddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace guanxi {

namespace {
bool isUrl(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

// The address as typed, with any password replaced by ***: for messages.
QString redacted(const QString &text)
{
    static const QRegularExpression urlPassword(QStringLiteral(R"((://[^/:@\s]*):[^@\s]*@)"));
    static const QRegularExpression kvPassword(QStringLiteral(R"(password\s*=\s*('(?:[^'\\]|\\.)*'?|\S+))"));
    QString out = text;
    out.replace(urlPassword, QStringLiteral("\\1:***@"));
    out.replace(kvPassword, QStringLiteral("password=***"));
    return out;
}

// key=value pairs separated by spaces; values may be 'quoted' with \' and \\.
Result<QList<std::pair<QString, QString>>> keyValues(const QString &text)
{
    QList<std::pair<QString, QString>> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = text.indexOf(u'=', i);
        if (eq < 0)
            return Error{ServerAddress::tr("“%1” is not a server address: “%2” has no value. Write key=value "
                                           "pairs such as host=office-pc dbname=guanxi user=anna, or a "
                                           "postgresql:// address.")
                             .arg(redacted(text), text.mid(i).section(u' ', 0, 0)),
                         {}, {}};
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return Error{ServerAddress::tr("“%1” is not a server address: the value of %2 has no closing quote.")
                                 .arg(redacted(text), key),
                             {}, {}};
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        out.append({key, value});
    }
    return out;
}

QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') && !value.contains(u'\\'))
        return value;
    QString v = value;
    v.replace(QStringLiteral("\\"), QStringLiteral("\\\\")).replace(QStringLiteral("'"), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

Status assign(ServerAddress &a, const QString &key, const QString &value, const QString &text)
{
    if (key == u"host" || key == u"hostaddr") {
        a.host = value;
    } else if (key == u"port") {
        bool ok = false;
        a.port = value.toInt(&ok);
        if (!ok || a.port <= 0 || a.port > 65535)
            return Error{ServerAddress::tr("“%1” is not a server address: port “%2” is not a number from 1 to 65535.")
                             .arg(redacted(text), value),
                         {}, {}};
    } else if (key == u"dbname") {
        a.database = value;
    } else if (key == u"user") {
        a.user = value;
    } else if (key == u"password") {
        a.password = value;
    } else if (key.isEmpty()) {
        return Error{ServerAddress::tr("“%1” is not a server address: a setting has no name.").arg(redacted(text)), {}, {}};
    } else {
        a.options.append({key, value});
    }
    return {};
}
} // namespace

bool ServerAddress::looksLikeServer(const QString &text)
{
    if (isUrl(text))
        return true;
    // key=value strings: a known key followed by '=' at the start.
    static const QRegularExpression kv(QStringLiteral(R"(^\s*(host|hostaddr|port|dbname|user|service)\s*=)"));
    return kv.match(text).hasMatch();
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    ServerAddress a;
    if (isUrl(text)) {
        const QUrl url(text, QUrl::StrictMode);
        // QUrl's own explanation quotes the whole address, password and all:
        // never shown.
        if (!url.isValid())
            return Error{tr("“%1” is not a server address. Write it as postgresql://user@host/database; in a "
                            "password, write # as %23, @ as %40 and / as %2F.")
                             .arg(redacted(text)),
                         {}, {}};
        a.host = url.host(QUrl::FullyDecoded);
        a.port = url.port(0);
        a.user = url.userName(QUrl::FullyDecoded);
        a.password = url.password(QUrl::FullyDecoded);
        a.database = url.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            if (Status s = assign(a, key, value, text); !s)
                return s.error();
    } else {
        auto pairs = keyValues(text);
        if (!pairs)
            return pairs.error();
        for (const auto &[key, value] : *pairs)
            if (Status s = assign(a, key, value, text); !s)
                return s.error();
    }
    if (a.database.isEmpty())
        return Error{tr("“%1” names no database. Add it: postgresql://user@host/guanxi, or dbname=guanxi.").arg(redacted(text)),
                     {}, {}};
    return a;
}

QString ServerAddress::display() const
{
    QString out;
    if (!user.isEmpty())
        out += user + QLatin1Char('@');
    out += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port)
        out += QLatin1Char(':') + QString::number(port);
    return out + QLatin1Char('/') + database;
}

QString ServerAddress::toUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket folder is not a host name a URL can hold: it goes in the query.
    if (host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    if (port)
        url.setPort(port);
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl writes "postgresql:/db" for an empty authority.
    if (url.authority().isEmpty())
        text.replace(0, QStringLiteral("postgresql:").size(), QStringLiteral("postgresql://"));
    return text;
}

ServerAddress ServerAddress::withDatabase(const QString &name) const
{
    ServerAddress other = *this;
    other.database = name;
    return other;
}

QString ServerAddress::option(const QString &key) const
{
    for (const auto &[k, v] : options)
        if (k == key)
            return v;
    return {};
}

void ServerAddress::applyTo(QSqlDatabase &db) const
{
    if (!host.isEmpty())
        db.setHostName(host);
    if (port)
        db.setPort(port);
    db.setDatabaseName(database);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    QList<std::pair<QString, QString>> all = options;
    // A crashed client's connection is noticed by the server within about a
    // minute (keepalives), so its locks are released; an unreachable server
    // is given up on after 10 s.
    const QList<std::pair<QString, QString>> defaults = {
        {QStringLiteral("connect_timeout"), QStringLiteral("10")},
        {QStringLiteral("keepalives"), QStringLiteral("1")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("30")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("10")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
        {QStringLiteral("application_name"), QStringLiteral("guanxi")},
    };
    for (const auto &[key, value] : defaults)
        if (option(key).isEmpty())
            all.append({key, value});
    QStringList parts;
    for (const auto &[key, value] : all)
        parts << key + QLatin1Char('=') + quoted(value);
    db.setConnectOptions(parts.join(QLatin1Char(';')));
}

} // namespace guanxi
