// The seams of issue 14: the search index as a class of its own (the piece a
// second backend replaces), and one owning store per table: the follow-up
// columns written through CustomerStore/LeadStore, owners through the pool.
#include "corehelpers.h"

#include "activities/followupstore.h"
#include "customers/customerstore.h"
#include "customers/customersearchindex.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"
#include "platform/db/transaction.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 addCustomer(CustomerStore &store, const QString &name)
{
    Customer c;
    c.name = name;
    auto id = store.create(c);
    if (!id)
        FAIL(str(id.error().toString()));
    return *id;
}

QString column(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString());
    return q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
}
} // namespace

TEST_CASE("The search index holds keys back until it is flushed, then finds them", "[search][seams]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const qint64 id = addCustomer(store, QStringLiteral("欧阳娜娜"));
    CustomerSearchIndex index(*t.session);
    REQUIRE(index.remove(id).ok());
    CHECK(index.search(QStringLiteral("ouyang"), 10)->isEmpty());

    Transaction tx(t.session->db());
    REQUIRE(tx.begin().ok());
    REQUIRE(index.refresh(id, true).ok());            // held
    CHECK(index.search(QStringLiteral("ouyang"), 10)->isEmpty());
    REQUIRE(index.flush().ok());
    REQUIRE(tx.commit().ok());
    CHECK(*index.search(QStringLiteral("ouyang"), 10) == QList<qint64>{id});
    CHECK(*index.search(QStringLiteral("欧阳"), 10) == QList<qint64>{id});

    // The list's condition: nothing for an empty query, a bound match otherwise.
    CHECK(CustomerSearchIndex::matchCondition(QStringLiteral("c.id"), QStringLiteral("  "), 10).sql.isEmpty());
    const auto cond = CustomerSearchIndex::matchCondition(QStringLiteral("c.id"), QStringLiteral("ouyang"), 10);
    CHECK(cond.sql.startsWith(QStringLiteral("c.id IN (")));
    CHECK(cond.values.size() == 2);
}

TEST_CASE("Follow-up columns change only what is set, through the owning store", "[followups][seams]")
{
    TestDb t;
    CustomerStore customers(*t.session);
    const qint64 id = addCustomer(customers, QStringLiteral("王芳"));
    Database &db = t.session->db();

    FollowUpColumns all;
    all.lastContact = QStringLiteral("2026-03-01T09:00:00.000Z");
    all.nextFollowUp = QStringLiteral("2026-03-10");
    all.nextAction = QStringLiteral("报价");
    REQUIRE(customers.setFollowUpColumns(id, all, QStringLiteral("x")).ok());

    FollowUpColumns nextOnly;
    nextOnly.nextFollowUp = QVariant();   // cleared; the others stay
    REQUIRE(customers.setFollowUpColumns(id, nextOnly, QStringLiteral("x")).ok());
    const QString where = QStringLiteral(" FROM customers WHERE id = %1").arg(id);
    CHECK(column(db, QStringLiteral("SELECT next_follow_up") + where) == QStringLiteral("<null>"));
    CHECK(column(db, QStringLiteral("SELECT next_action") + where) == QStringLiteral("报价"));
    CHECK(column(db, QStringLiteral("SELECT last_contact_at") + where) == QStringLiteral("2026-03-01T09:00:00.000Z"));

    // A failure says what the caller was doing.
    Lead lead;
    lead.name = QStringLiteral("赵六");
    lead.phone = QStringLiteral("13800138000");
    auto leadId = LeadStore(*t.session).create(lead);
    if (!leadId)
        FAIL(str(leadId.error().toString()));
    if (onServer()) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("CREATE FUNCTION no_leads() RETURNS trigger LANGUAGE plpgsql AS "
                                      "$$BEGIN RAISE EXCEPTION 'locked'; END$$")));
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER no_leads BEFORE UPDATE ON leads FOR EACH ROW "
                                      "EXECUTE FUNCTION no_leads()")));
    } else {
        RawConnection raw(t.path);
        raw.exec(QStringLiteral("CREATE TRIGGER no_leads BEFORE UPDATE ON leads BEGIN SELECT RAISE(ABORT, 'locked'); END"));
    }
    const Status failed = LeadStore(*t.session).setFollowUpColumns(*leadId, all, QStringLiteral("Could not log it."));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.startsWith(QStringLiteral("Could not log it.")));
}

TEST_CASE("An owner changed in the form moves through the pool's record", "[pool][seams]")
{
    TestDb t;
    CustomerStore customers(*t.session);
    const qint64 id = addCustomer(customers, QStringLiteral("孙七"));
    auto read = customers.get(id);
    REQUIRE(read.ok());
    Customer c = *read;
    REQUIRE(c.ownerId == t.session->userId());
    c.ownerId = 0;
    REQUIRE(customers.update(c).ok());
    CHECK(countRows(t.session->db(), QStringLiteral("customers"),
                    QStringLiteral("id = %1 AND owner_id IS NULL AND owned_since IS NULL").arg(id)) == 1);
    auto moves = PoolStore(*t.session).history(PoolEntity::Customer, id);
    REQUIRE(moves.ok());
    REQUIRE(moves->size() == 1);
    CHECK(moves->first().action == QStringLiteral("release"));
    CHECK(moves->first().fromUser == t.session->userId());
    // The form's change log has the owner once, not once more from the pool.
    CHECK(countRows(t.session->db(), QStringLiteral("change_log"),
                    QStringLiteral("entity = 'customer' AND entity_id = %1 AND field = 'owner'").arg(id)) == 1);
}
