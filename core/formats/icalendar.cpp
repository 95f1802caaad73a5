#include "formats/icalendar.h"
#include "platform/db/databasefiles.h"

#include <QDir>
#include <QSaveFile>

namespace guanxi {

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

QByteArray ICalendar::fold(const QByteArray &line)
{
    QByteArray out;
    int lineOctets = 0;
    for (int i = 0; i < line.size();) {
        // Length of the UTF-8 sequence starting here.
        const uchar lead = uchar(line.at(i));
        const int len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        if (lineOctets + len > 75) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += line.mid(i, len);
        lineOctets += len;
        i += len;
    }
    return out + "\r\n";
}

QByteArray ICalendar::followUps(const QList<DueFollowUp> &items, const QDateTime &stampUtc)
{
    QByteArray out;
    auto line = [&out](const QString &text) { out += fold(text.toUtf8()); };
    const QString stamp = stampUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Guanxi//Guanxi CRM//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(tr("Guanxi follow-ups")));
    for (const DueFollowUp &d : items) {
        const QString summary = d.action.isEmpty() ? tr("Follow up: %1").arg(d.name)
                                                   : tr("Follow up: %1 — %2").arg(d.name, d.action);
        QStringList description;
        if (!d.companyName.isEmpty())
            description << tr("Company: %1").arg(d.companyName);
        if (!d.phone.isEmpty())
            description << tr("Phone: %1").arg(d.phone);
        if (!d.ownerName.isEmpty())
            description << tr("Owner: %1").arg(d.ownerName);
        line(QStringLiteral("BEGIN:VEVENT"));
        const QString who = d.leadId ? QStringLiteral("lead-%1").arg(d.leadId) : QString::number(d.customerId);
        line(QStringLiteral("UID:guanxi-follow-up-%1-%2@guanxi.org").arg(who, d.due.toString(QStringLiteral("yyyyMMdd"))));
        line(QStringLiteral("DTSTAMP:") + stamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + d.due.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("DTEND;VALUE=DATE:") + d.due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("SUMMARY:") + escapeText(summary));
        if (!description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(description.join(u'\n')));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("BEGIN:VALARM"));
        line(QStringLiteral("ACTION:DISPLAY"));
        line(QStringLiteral("DESCRIPTION:") + escapeText(summary));
        line(QStringLiteral("TRIGGER;RELATED=START:PT9H"));
        line(QStringLiteral("END:VALARM"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

Status ICalendar::save(const QString &path, const QByteArray &content)
{
    if (Status guarded = DatabaseFiles::checkOutput(path); !guarded)
        return guarded;
    QSaveFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write “%1”: %2. Choose a folder you may write to.").arg(name, file.errorString()), {}, {}};
    if (file.write(content) != content.size() || !file.commit())
        return Error{tr("Could not finish writing “%1”: %2. Any earlier file there was left as it was.")
                         .arg(name, file.errorString()),
                     {}, {}};
    return {};
}

} // namespace guanxi
