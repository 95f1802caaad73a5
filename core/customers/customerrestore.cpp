// CustomerStore: a field's earlier value put back from the history.
#include "customers/customerstore.h"
#include "customers/phonemask.h"

#include "platform/auditstore.h"
#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/transaction.h"
#include "platform/session.h"

#include <QSqlQuery>

namespace guanxi {

namespace {
QStringList listText(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QStringLiteral(", "));
}
} // namespace

Status CustomerStore::setFieldText(Customer &c, const QString &field, const QString &text) const
{
    const QHash<QString, QString *> plain = {
        {QStringLiteral("name"), &c.name},         {QStringLiteral("job_title"), &c.jobTitle},
        {QStringLiteral("province"), &c.province}, {QStringLiteral("city"), &c.city},
        {QStringLiteral("address"), &c.address},   {QStringLiteral("industry"), &c.industry},
        {QStringLiteral("notes"), &c.notes},
    };
    if (QString *value = plain.value(field))
        *value = text;
    else if (field == u"kind")
        c.kind = Customers::kindFromCode(text).value_or(c.kind);
    else if (field == u"stage")
        c.stage = Customers::stageFromCode(text).value_or(c.stage);
    else if (field == CustomerField::Birthday)
        c.birthday = fromStoredDate(text);
    else if (field == CustomerField::NextFollowUp)
        c.nextFollowUp = fromStoredDate(text);
    else if (field == CustomerField::Tags)
        c.tags = listText(text);
    else if (field == CustomerField::Phones) {
        // Labels are not in the history: the same number's, else the one's
        // at the same place.
        QList<Phone> phones;
        for (const QString &raw : listText(text)) {
            QString label = phones.size() < c.phones.size() ? c.phones.at(phones.size()).label : QString();
            for (const Phone &p : std::as_const(c.phones))
                if (p.raw == raw)
                    label = p.label;
            phones << Phone{label, raw, {}};
        }
        c.phones = phones;
    } else if (field == CustomerField::Emails) {
        QList<Email> emails;
        for (const QString &address : listText(text))
            emails << Email{{}, address};
        c.emails = emails;
    } else if (field == CustomerField::Company) {
        auto company = text.isEmpty() ? Result<qint64>(qint64(0)) : companyByName(text);
        if (!company)
            return company.error();
        if (!text.isEmpty() && *company == 0)
            return Error{tr("The company “%1” is no longer in the customer list (or is in the trash), so it cannot be "
                            "put back. Restore it from the trash first.").arg(text),
                         {}, CustomerField::Company};
        c.companyId = *company;
    } else if (field == u"source") {
        QSqlQuery &q = m_session.db().prepared(QStringLiteral("SELECT id FROM source_channels WHERE name = ?"));
        q.bindValue(0, text);
        if (!q.exec())
            return SqlErrors::from(q.lastError(), tr("Could not look up the source “%1”.").arg(text));
        const bool found = q.next();
        const qint64 id = found ? q.value(0).toLongLong() : 0;
        q.finish();
        if (!text.isEmpty() && !found)
            return Error{tr("The source “%1” no longer exists, so it cannot be put back. Add it again under "
                            "Settings first.").arg(text),
                         {}, QStringLiteral("source")};
        c.sourceId = id;
    } else if (field.startsWith(CustomerField::custom(0).chopped(1))) {
        const qint64 fieldId = field.mid(CustomerField::custom(0).size() - 1).toLongLong();
        if (text.isEmpty())
            c.customValues.remove(fieldId);
        else
            c.customValues.insert(fieldId, text);
    } else {
        return Error{field == u"owner"
                         ? tr("The owner is not restored from the history: hand the customer over, or put it back in "
                              "the pool, instead.")
                         : tr("This change cannot be undone field by field."),
                     {}, field};
    }
    return {};
}

Status CustomerStore::restoreValue(qint64 customerId, qint64 changeId)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    auto current = get(customerId);
    if (!current)
        return current.error();
    auto changes = history(customerId, 1000000); // with the records merged into it
    if (!changes)
        return changes.error();
    const auto it = std::find_if(changes->cbegin(), changes->cend(), [&](const Change &c) { return c.id == changeId; });
    if (it == changes->cend() || it->action != u"update" || it->field.isEmpty())
        return Error{tr("Change %1 is not an edit of a field of customer %2, so there is no value to put back.")
                         .arg(changeId)
                         .arg(customerId),
                     {}, {}, ErrorKind::NotFound};
    if (current->isDeleted())
        return Error{tr("“%1” is in the trash. Restore it before changing it.").arg(current->name), {}, {}};
    // Undo carries the version: a field changed again since (by anyone) is
    // not put back over that newer change.
    if (std::any_of(changes->cbegin(), changes->cend(),
                    [&](const Change &c) { return c.id > changeId && c.field == it->field; }))
        return ChangeLogStore(m_session).conflict(QStringLiteral("customer"), customerId);
    // The history shows a pool customer's numbers masked, and a masked value
    // is not one to put back.
    if ((it->field == u"phones" || it->field == u"emails") && PhoneMask::applies(m_session, current->ownerId))
        return Error{tr("Earlier phone numbers and e-mail addresses of a customer in the public pool cannot be put "
                        "back: claim the customer first."),
                     {}, {}, ErrorKind::Denied};
    Customer c = *current;
    if (Status s = setFieldText(c, it->field, it->oldValue); !s)
        return s;
    if (Status s = update(c, ChangeLogStore::newBatch(), &*current); !s)
        return s;
    AuditEvent e;
    e.action = AuditAction::ValueRestored;
    e.entity = QStringLiteral("customer");
    e.entityId = customerId;
    e.detail = {{QStringLiteral("change"), changeId}, {QStringLiteral("field"), it->field}};
    if (Status s = AuditStore(m_session).record(e); !s)
        return s;
    return tx.commit();
}

} // namespace guanxi
