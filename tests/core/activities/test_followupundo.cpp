// Taking a follow-up back (undo): the interaction goes, and its customer or
// lead gets back exactly the last contact, next follow-up and next action it
// had; putting a snoozed follow-up back works for a day already past.
#include "corehelpers.h"

#include "customers/customerstore.h"
#include "activities/followupstore.h"
#include "leads/leadstore.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
QVariant field(Database &db, const QString &table, const QString &column, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}
} // namespace

TEST_CASE("Unlogging a follow-up restores the customer as it was", "[followups][undo]")
{
    TestDb t;
    FollowUpStore store(*t.session);
    Customer c;
    c.name = QStringLiteral("张伟");
    c.nextFollowUp = t.session->today().addDays(-3);
    const qint64 id = *CustomerStore(*t.session).create(c);
    // An earlier follow-up gave it a last contact and a next action.
    Interaction earlier;
    earlier.customerId = id;
    earlier.occurredAt = t.session->now().addDays(-10);
    earlier.summary = QStringLiteral("first visit");
    earlier.nextFollowUp = t.session->today();
    earlier.nextAction = QStringLiteral("send the quote");
    REQUIRE(store.log(earlier).ok());
    const QVariant lastBefore = field(*t.db, QStringLiteral("customers"), QStringLiteral("last_contact_at"), id);
    REQUIRE_FALSE(lastBefore.isNull());

    Interaction call;
    call.customerId = id;
    call.occurredAt = t.session->now();
    call.summary = QStringLiteral("called, quote accepted");
    call.nextFollowUp = t.session->today().addDays(7);
    call.nextAction = QStringLiteral("sign the contract");
    LoggedFollowUp logged;
    REQUIRE(store.log(call, &logged).ok());
    CHECK(logged.interactionId != 0);
    CHECK(field(*t.db, QStringLiteral("customers"), QStringLiteral("next_action"), id).toString()
          == QStringLiteral("sign the contract"));

    REQUIRE(store.unlog(logged).ok());
    CHECK(store.forCustomer(id)->size() == 1);
    CHECK(CustomerStore(*t.session).get(id)->nextFollowUp == t.session->today());
    CHECK(field(*t.db, QStringLiteral("customers"), QStringLiteral("next_action"), id).toString()
          == QStringLiteral("send the quote"));
    CHECK(field(*t.db, QStringLiteral("customers"), QStringLiteral("last_contact_at"), id) == lastBefore);
    // Twice is refused with a message, and changes nothing.
    auto again = store.unlog(logged);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QString::number(logged.interactionId)));
    CHECK(store.forCustomer(id)->size() == 1);
}

TEST_CASE("Unlogging a lead's follow-up restores the lead, unsnoozing puts back a past day", "[followups][undo]")
{
    TestDb t;
    FollowUpStore store(*t.session);
    Lead l;
    l.name = QStringLiteral("李先生");
    l.phone = QStringLiteral("139 0000 2222");
    l.ownerId = t.session->userId();
    const qint64 lead = *LeadStore(*t.session).create(l);
    Interaction i;
    i.leadId = lead;
    i.summary = QStringLiteral("第一次电话");
    i.nextFollowUp = t.session->today().addDays(2);
    LoggedFollowUp logged;
    REQUIRE(store.log(i, &logged).ok());
    REQUIRE_FALSE(field(*t.db, QStringLiteral("leads"), QStringLiteral("next_follow_up"), lead).isNull());
    REQUIRE(store.unlog(logged).ok());
    CHECK(field(*t.db, QStringLiteral("leads"), QStringLiteral("next_follow_up"), lead).isNull());
    CHECK(field(*t.db, QStringLiteral("leads"), QStringLiteral("last_contact_at"), lead).isNull());

    Customer c;
    c.name = QStringLiteral("王芳");
    const QDate overdue = t.session->today().addDays(-4);
    c.nextFollowUp = overdue;
    const qint64 id = *CustomerStore(*t.session).create(c);
    QDate before;
    REQUIRE(store.snooze(id, t.session->today().addDays(7), &before).ok());
    CHECK(before == overdue);
    CHECK_FALSE(store.snooze(id, overdue).ok()); // snoozing into the past stays refused
    REQUIRE(store.unsnooze(id, before).ok());
    CHECK(CustomerStore(*t.session).get(id)->nextFollowUp == overdue);
}
