#include "exchange/importrevert.h"

#include "platform/db/transaction.h"
#include "exchange/customerjson.h"
#include "platform/session.h"
#include "platform/changelogstore.h"
#include "customers/customerstore.h"
#include "exchange/importstore.h"
#include "leads/leadstore.h"
#include "sales/orderstore.h"
#include "customers/mergestore.h"

#include <QLocale>

#include <algorithm>

namespace guanxi {

namespace {

// Leads are never deleted: a lead import's leads not converted since are
// disqualified.
Status disqualifyLeads(Session &session, const QList<ImportedRecord> &records, const QString &fileName,
                       ImportRevertReport &report)
{
    LeadStore leads(session);
    const QString reason = ImportRevert::tr("Import of “%1” reverted").arg(fileName);
    for (const ImportedRecord &r : records) {
        auto lead = leads.get(r.entityId);
        if (!lead || lead->status == LeadStatus::Converted || lead->status == LeadStatus::Disqualified)
            continue;
        if (Status s = leads.disqualify(r.entityId, reason); !s)
            return s;
        ++report.trashed;
    }
    return {};
}

// Orders are never deleted: an order import's orders are cancelled, the
// "marked paid" settlement the import recorded for a paid one removed first.
// One with money received or written off since is left as it is.
Status cancelOrders(Session &session, const QList<ImportedRecord> &records, ImportRevertReport &report)
{
    OrderStore orders(session);
    for (const ImportedRecord &r : records) {
        auto order = orders.get(r.entityId);
        if (!order || order->status == OrderStatus::Cancelled)
            continue;
        auto payments = orders.payments(r.entityId);
        if (!payments)
            return payments.error();
        if (std::any_of(payments->begin(), payments->end(),
                        [](const Payment &p) { return p.kind != PaymentKind::MarkedPaid; })) {
            ++report.keptPaid;
            continue;
        }
        for (const Payment &p : *payments)
            if (Status s = orders.removePayment(p.id); !s)
                return s;
        if (Status s = orders.setStatus(r.entityId, OrderStatus::Cancelled); !s)
            return s;
        ++report.trashed;
    }
    return {};
}

// Puts the customers the import updated back as they were before it.
Status restoreUpdated(CustomerStore &customers, qint64 batchId, const QList<ImportedRecord> &records,
                      ImportRevertReport &report)
{
    const QString revertBatch = ChangeLogStore::newBatch();
    for (const ImportedRecord &r : records) {
        if (r.created)
            continue;
        auto before = CustomerJson::read(r.before);
        if (!before)
            return Error{ImportRevert::tr("Import %1 kept an unreadable copy of customer %2, so it cannot be reverted.")
                             .arg(batchId)
                             .arg(r.entityId),
                         {}, {}};
        auto now = customers.get(r.entityId);
        if (!now)
            continue;   // purged since: nothing to put back
        Customer restored = *before;
        restored.id = r.entityId;
        if (now->isDeleted()) {
            // Put it back as it was, in the trash where it is now.
            if (Status s = customers.restore({r.entityId}); !s)
                return s;
            if (Status s = customers.update(restored, revertBatch); !s)
                return s;
            if (Status s = customers.moveToTrash({r.entityId}); !s)
                return s;
        } else if (Status s = customers.update(restored, revertBatch); !s) {
            return Error{ImportRevert::tr("Could not put customer %1 back as it was before import %2: %3")
                             .arg(r.entityId)
                             .arg(batchId)
                             .arg(s.error().message),
                         s.error().detail, {}, s.error().kind};
        }
        ++report.restored;
    }
    return {};
}

// Moves the customers the import created to the trash, but for those that
// kept another customer's records in a merge since.
Status trashCreated(Session &session, CustomerStore &customers, const QList<ImportedRecord> &records,
                    ImportRevertReport &report)
{
    QList<qint64> live;
    MergeStore merges(session);
    for (const ImportedRecord &r : records) {
        if (!r.created)
            continue;
        auto c = customers.get(r.entityId);
        if (!c || c->isDeleted())
            continue;
        // It kept another customer's records in a merge: trashing it would
        // hide those too. It stays; the report says so.
        auto survivor = merges.isActiveSurvivor(r.entityId);
        if (!survivor)
            return survivor.error();
        if (*survivor) {
            ++report.keptMerged;
            continue;
        }
        live << r.entityId;
    }
    if (!live.isEmpty())
        if (Status s = customers.moveToTrash(live); !s)
            return s;
    report.trashed = live.size();
    return {};
}

// A customer import whose records are now someone else's the session does
// not see cannot be undone by it: nothing of them is changed or shown.
Status refuseHidden(const ImportStore &imports, const ImportBatch &batch, const QList<ImportedRecord> &records)
{
    QList<qint64> ids;
    for (const ImportedRecord &r : records)
        ids << r.entityId;
    auto hidden = imports.hiddenCustomers(ids);
    if (!hidden)
        return hidden.error();
    if (hidden->isEmpty())
        return {};
    return Error{ImportRevert::tr("Import %1 (“%2”) cannot be reverted by you: %n of its customers now belong to "
                                  "another salesperson. Ask them or a manager to revert it.",
                                  nullptr, int(hidden->size()))
                     .arg(batch.id)
                     .arg(batch.fileName),
                 {}, {}, ErrorKind::Denied};
}

} // namespace

Result<ImportRevertReport> ImportRevert::run(Session &session, qint64 batchId)
{
    // The same right as importing.
    if (Status allowed = session.require(Permission::Import); !allowed)
        return allowed.error();
    ImportStore imports(session);
    CustomerStore customers(session);
    Transaction tx(session.db(), tr("reverting an import"));
    if (Status s = tx.begin(); !s)
        return s.error();
    auto batch = imports.batch(batchId);
    if (!batch)
        return batch.error();
    if (batch->revertedAt.isValid())
        return Error{tr("Import %1 (“%2”) was already reverted on %3.")
                         .arg(batchId)
                         .arg(batch->fileName,
                              QLocale().toString(batch->revertedAt.toLocalTime(), QLocale::ShortFormat)),
                     {}, {}};
    auto records = imports.records(batchId);
    if (!records)
        return records.error();
    ImportRevertReport report;
    if (batch->entity == u"lead") {
        if (Status s = disqualifyLeads(session, *records, batch->fileName, report); !s)
            return s.error();
    } else if (batch->entity == u"order") {
        if (Status s = cancelOrders(session, *records, report); !s)
            return s.error();
    } else {
        if (Status s = refuseHidden(imports, *batch, *records); !s)
            return s.error();
        if (Status s = restoreUpdated(customers, batchId, *records, report); !s)
            return s.error();
        if (Status s = trashCreated(session, customers, *records, report); !s)
            return s.error();
    }
    if (Status s = imports.markReverted(batchId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace guanxi
