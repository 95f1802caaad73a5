#include "customers/customermerge.h"

#include "platform/auditstore.h"
#include "platform/db/transaction.h"
#include "exchange/customerjson.h"
#include "platform/session.h"
#include "platform/changelogstore.h"
#include "customers/customerstore.h"
#include "customers/mergestore.h"

namespace guanxi {

Customer CustomerMerge::proposal(const Customer &survivor, const Customer &other)
{
    Customer c = survivor;
    auto fill = [](QString &mine, const QString &theirs) {
        if (mine.trimmed().isEmpty())
            mine = theirs;
    };
    fill(c.jobTitle, other.jobTitle);
    fill(c.province, other.province);
    fill(c.city, other.city);
    fill(c.address, other.address);
    fill(c.industry, other.industry);
    if (c.notes.trimmed().isEmpty())
        c.notes = other.notes;
    else if (!other.notes.trimmed().isEmpty() && !c.notes.contains(other.notes))
        c.notes += QStringLiteral("\n") + other.notes;
    if (!c.companyId)
        c.companyId = other.companyId;
    if (!c.sourceId)
        c.sourceId = other.sourceId;
    if (!c.ownerId)
        c.ownerId = other.ownerId;
    if (!c.birthday.isValid())
        c.birthday = other.birthday;
    if (!c.nextFollowUp.isValid() || (other.nextFollowUp.isValid() && other.nextFollowUp < c.nextFollowUp))
        c.nextFollowUp = other.nextFollowUp;
    Customers::addContacts(c, other);
    for (auto it = other.customValues.cbegin(); it != other.customValues.cend(); ++it)
        if (c.customValues.value(it.key()).isEmpty())
            c.customValues.insert(it.key(), it.value());
    return c;
}

Result<qint64> CustomerMerge::merge(Session &session, qint64 survivorId, qint64 mergedId, const Customer &result)
{
    if (Status s = session.require(Permission::Merge); !s)
        return s.error();
    if (survivorId == mergedId)
        return Error{tr("Choose two different customers to merge."), {}, {}};
    CustomerStore customers(session);
    MergeStore merges(session);
    Transaction tx(session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto survivor = customers.get(survivorId);
    if (!survivor)
        return survivor.error();
    auto merged = customers.get(mergedId);
    if (!merged)
        return merged.error();
    if (survivor->isDeleted() || merged->isDeleted())
        return Error{tr("“%1” is in the trash. Restore it before merging.")
                         .arg(survivor->isDeleted() ? survivor->name : merged->name),
                     {}, {}};
    if (survivor->kind != merged->kind)
        return Error{tr("“%1” is a person and “%2” a company: only two people or two companies can be merged.")
                         .arg(survivor->kind == CustomerKind::Person ? survivor->name : merged->name,
                              survivor->kind == CustomerKind::Person ? merged->name : survivor->name),
                     {}, {}};
    const QString batch = ChangeLogStore::newBatch();
    auto moved = merges.moveAll(mergedId, survivorId);
    if (!moved)
        return moved.error();
    const QList<qint64> people = moved->value(QStringLiteral("customers"));
    Customer after = result;
    after.id = survivorId;
    after.kind = survivor->kind;
    if (after.companyId == mergedId || after.companyId == survivorId)
        after.companyId = 0;
    after.version = 0; // a merge writes over whatever the survivor holds now, unchecked
    if (Status s = customers.update(after, batch); !s)
        return s.error();
    if (Status s = customers.setDeleted({mergedId}, true); !s)
        return s.error();
    // A company's people now work at the survivor: their search keys name it.
    if (Status s = customers.refreshSearchKeys(people); !s)
        return s.error();
    Change note;
    note.entity = QStringLiteral("customer");
    note.entityId = survivorId;
    note.action = QStringLiteral("update");
    note.field = QStringLiteral("merged");
    note.newValue = QStringLiteral("%1 (#%2)").arg(merged->name).arg(mergedId);
    note.batch = batch;
    if (Status s = ChangeLogStore(session).record(note); !s)
        return s.error();
    MergeRecord record;
    record.survivorId = survivorId;
    record.mergedId = mergedId;
    record.survivorBefore = CustomerJson::write(*survivor);
    record.moved = *moved;
    record.batch = batch;
    auto id = merges.add(record);
    if (!id)
        return id.error();
    AuditEvent audit;
    audit.action = AuditAction::Merge;
    audit.entity = QStringLiteral("customer");
    audit.entityId = survivorId;
    audit.detail = {{QStringLiteral("survivor"), survivorId}, {QStringLiteral("merged"), mergedId},
                    {QStringLiteral("merge"), *id}};
    if (Status s = AuditStore(session).record(audit); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    session.announce(Session::Changed::Customers, people + QList<qint64>{survivorId, mergedId});
    return *id;
}

Status CustomerMerge::undo(Session &session, qint64 mergeId)
{
    if (Status s = session.require(Permission::Merge); !s)
        return s;
    CustomerStore customers(session);
    MergeStore merges(session);
    Transaction tx(session.db());
    if (Status s = tx.begin(); !s)
        return s;
    auto record = merges.get(mergeId);
    if (!record)
        return record.error();
    // Both records must be this session's to see, as for merging.
    if (Status s = customers.checkVisible({record->survivorId, record->mergedId}); !s)
        return s;
    if (record->undoneAt.isValid())
        return Error{tr("The merge of “%1” into “%2” was already undone.").arg(record->mergedName, record->survivorName),
                     {}, {}};
    // A later merge built on this one: undo it first, or the records it moved
    // would stay with the wrong customer.
    auto later = merges.laterActive(mergeId, record->survivorId, record->mergedId);
    if (!later)
        return later.error();
    if (!later->isEmpty())
        return Error{tr("Undo the later merge of “%1” into “%2” (merge %3) first; it moved records this merge "
                        "brought together.")
                         .arg(later->first().mergedName, later->first().survivorName)
                         .arg(later->first().id),
                     {}, {}};
    auto merged = customers.get(record->mergedId);
    if (!merged)
        return Error{tr("“%1” was purged from the trash after the merge, so the merge cannot be undone.")
                         .arg(record->mergedName),
                     {}, {}};
    auto before = CustomerJson::read(record->survivorBefore);
    if (!before)
        return Error{tr("Merge %1 kept an unreadable copy of “%2”, so it cannot be undone.")
                         .arg(mergeId)
                         .arg(record->survivorName),
                     {}, {}};
    if (merged->isDeleted())
        if (Status s = customers.restore({record->mergedId}); !s)
            return s;
    if (Status s = merges.moveBack(record->moved, record->survivorId, record->mergedId); !s)
        return s;
    if (Status s = customers.refreshSearchKeys(record->moved.value(QStringLiteral("customers"))); !s)
        return s;
    Customer restored = *before;
    restored.id = record->survivorId;
    if (Status s = customers.update(restored, ChangeLogStore::newBatch()); !s)
        return s;
    if (Status s = merges.markUndone(mergeId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    session.announce(Session::Changed::Customers, {record->survivorId, record->mergedId});
    return {};
}

} // namespace guanxi
