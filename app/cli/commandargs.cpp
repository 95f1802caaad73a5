#include "commandargs.h"

#include "team/channelstore.h"
#include "team/userstore.h"
#include "text/money.h"

namespace guanxi::cli {

Stop CommandArgs::number(const QString &option, int &out, int minimum, const QString &message) const
{
    bool ok = false;
    out = m_p.value(option).toInt(&ok);
    if (!ok || out < minimum)
        return m_cli.usage(message);
    return {};
}

Stop CommandArgs::id(const QString &option, qint64 &out, const QString &message) const
{
    bool ok = false;
    out = m_p.value(option).toLongLong(&ok);
    if (!ok)
        return m_cli.usage(message);
    return {};
}

Stop CommandArgs::date(const QString &option, QDate &out, const QString &message) const
{
    if (!m_p.isSet(option))
        return {};
    out = QDate::fromString(m_p.value(option), Qt::ISODate);
    if (out.isValid())
        return {};
    return m_cli.usage(!message.isEmpty() ? message
                                          : Cli::tr("--%1 “%2” is not a date; write it like 2026-03-31.")
                                                .arg(option, m_p.value(option)));
}

Stop CommandArgs::money(const QString &option, qint64 &out) const
{
    auto amount = Money::parse(m_p.value(option));
    if (!amount)
        return m_cli.fail(amount.error());
    out = *amount;
    return {};
}

Stop CommandArgs::user(const QString &option, qint64 &out) const
{
    if (!m_p.isSet(option))
        return {};
    auto user = UserStore(m_cli.session()).byLogin(m_p.value(option));
    if (!user)
        return m_cli.fail(user.error());
    out = user->id;
    return {};
}

Stop CommandArgs::source(qint64 &out) const
{
    if (!m_p.isSet(QStringLiteral("source")))
        return {};
    auto source = ChannelStore(m_cli.session()).find(m_p.value(QStringLiteral("source")));
    if (!source)
        return m_cli.fail(source.error());
    out = *source;
    return {};
}

Stop CommandArgs::ownerOrAll(qint64 &out) const
{
    out = m_cli.session().userId();
    if (m_p.value(QStringLiteral("owner")) == QStringLiteral("all")) {
        out = 0;
        return {};
    }
    return user(QStringLiteral("owner"), out);
}

Stop recordIds(Cli &cli, const QStringList &words, QList<qint64> &ids, const QString &notNumber, const QString &none)
{
    for (const QString &w : words) {
        bool ok = false;
        const qint64 id = w.toLongLong(&ok);
        if (!ok || id <= 0)
            return cli.usage(notNumber.arg(w));
        ids << id;
    }
    if (ids.isEmpty())
        return cli.usage(none);
    return {};
}

Stop recordId(Cli &cli, const QStringList &words, qint64 &id, const QString &message)
{
    bool ok = false;
    id = words.value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return cli.usage(message);
    return {};
}

Stop openForRecord(Cli &cli, const QStringList &words, qint64 &id, const QString &message)
{
    if (auto stop = recordId(cli, words, id, message))
        return stop;
    if (!cli.open())
        return DataError;
    return {};
}

} // namespace guanxi::cli
