// CustomerStore: what an update writes to the change log, one row per field.
#include "customers/customerstore.h"

#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "team/userstore.h"

#include <QSqlQuery>

namespace guanxi {

namespace {
QString joinPhones(const QList<Phone> &phones)
{
    QStringList out;
    for (const Phone &p : phones)
        out << p.raw;
    return out.join(QStringLiteral(", "));
}
QString joinEmails(const QList<Email> &emails)
{
    QStringList out;
    for (const Email &e : emails)
        out << e.address;
    return out.join(QStringLiteral(", "));
}
QString companyName(Database &db, qint64 id)
{
    if (!id)
        return {};
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    q.bindValue(0, id);
    QString name = (q.exec() && q.next()) ? q.value(0).toString() : QString::number(id);
    q.finish();
    return name;
}
} // namespace

Status CustomerStore::logDiff(const Customer &before, const Customer &after, const QString &batch)
{
    struct Field {
        QString name;
        QString oldValue;
        QString newValue;
    };
    QStringList sortedTagsBefore = before.tags, sortedTagsAfter = after.tags;
    sortedTagsBefore.sort(Qt::CaseInsensitive);
    sortedTagsAfter.sort(Qt::CaseInsensitive);
    QList<Field> fields = {
        {QStringLiteral("kind"), Customers::kindCode(before.kind), Customers::kindCode(after.kind)},
        {QStringLiteral("name"), before.name, after.name},
        {QStringLiteral("company"), companyName(m_session.db(), before.companyId),
         companyName(m_session.db(), after.companyId)},
        {QStringLiteral("job_title"), before.jobTitle, after.jobTitle},
        {QStringLiteral("province"), before.province, after.province},
        {QStringLiteral("city"), before.city, after.city},
        {QStringLiteral("address"), before.address, after.address},
        {QStringLiteral("industry"), before.industry, after.industry},
        {QStringLiteral("source"), sourceName(before.sourceId), sourceName(after.sourceId)},
        {QStringLiteral("stage"), Customers::stageCode(before.stage), Customers::stageCode(after.stage)},
        {QStringLiteral("owner"), UserStore(m_session).nameForHistory(before.ownerId),
         UserStore(m_session).nameForHistory(after.ownerId)},
        {QStringLiteral("notes"), before.notes, after.notes},
        {QStringLiteral("birthday"), toStoredDate(before.birthday), toStoredDate(after.birthday)},
        {QStringLiteral("next_follow_up"), toStoredDate(before.nextFollowUp),
         toStoredDate(after.nextFollowUp)},
        {QStringLiteral("phones"), joinPhones(before.phones), joinPhones(after.phones)},
        {QStringLiteral("emails"), joinEmails(before.emails), joinEmails(after.emails)},
        {QStringLiteral("tags"), sortedTagsBefore.join(QStringLiteral(", ")),
         sortedTagsAfter.join(QStringLiteral(", "))},
    };
    QList<qint64> customIds = before.customValues.keys() + after.customValues.keys();
    std::sort(customIds.begin(), customIds.end());
    customIds.erase(std::unique(customIds.begin(), customIds.end()), customIds.end());
    for (qint64 id : customIds)
        fields << Field{CustomerField::custom(id), before.customValues.value(id),
                        after.customValues.value(id)};

    ChangeLogStore log(m_session);
    for (const Field &f : fields) {
        if (f.oldValue == f.newValue)
            continue;
        Change c;
        c.entity = QStringLiteral("customer");
        c.entityId = after.id;
        c.action = QStringLiteral("update");
        c.field = f.name;
        c.oldValue = f.oldValue.isNull() ? QStringLiteral("") : f.oldValue;
        c.newValue = f.newValue.isNull() ? QStringLiteral("") : f.newValue;
        c.batch = batch;
        if (Status s = log.record(c); !s)
            return s;
    }
    return {};
}

} // namespace guanxi
