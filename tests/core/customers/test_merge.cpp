// Duplicates found over the whole file, merged in one transaction, and the
// merge undone later.
#include "corehelpers.h"

#include "customers/customermerge.h"
#include "platform/changelogstore.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "customers/duplicatestore.h"
#include "activities/followupstore.h"
#include "customers/mergestore.h"
#include "sales/orderstore.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 add(Session &s, const QString &name, const QString &phone = {}, const QString &email = {},
           CustomerKind kind = CustomerKind::Person, qint64 companyId = 0)
{
    Customer c;
    c.kind = kind;
    c.name = name;
    c.companyId = companyId;
    if (!phone.isEmpty())
        c.phones << Phone{{}, phone, {}};
    if (!email.isEmpty())
        c.emails << Email{{}, email};
    auto id = CustomerStore(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

const DuplicateGroup *groupWith(const QList<DuplicateGroup> &groups, qint64 id)
{
    for (const DuplicateGroup &g : groups)
        if (g.ids.contains(id))
            return &g;
    return nullptr;
}
} // namespace

TEST_CASE("Duplicates are found by phone, e-mail, company name and name at a company", "[merge]")
{
    TestDb t;
    Session &s = *t.session;
    const qint64 a = add(s, QStringLiteral("张伟"), QStringLiteral("13812345678"), QStringLiteral("zw@example.com"));
    const qint64 b = add(s, QStringLiteral("张 伟"), QStringLiteral("+86 138-1234-5678"), QStringLiteral("ZW@example.com"));
    const qint64 c1 = add(s, QStringLiteral("华信科技有限公司"), {}, {}, CustomerKind::Company);
    const qint64 c2 = add(s, QStringLiteral("华信科技（中国）股份有限公司"), {}, {}, CustomerKind::Company);
    const qint64 p1 = add(s, QStringLiteral("李娜"), {}, {}, CustomerKind::Person, c1);
    const qint64 p2 = add(s, QStringLiteral("李娜"), {}, {}, CustomerKind::Person, c1);
    const qint64 alone = add(s, QStringLiteral("王芳"), QStringLiteral("13900001111"));
    const qint64 trashed = add(s, QStringLiteral("王芳2"), QStringLiteral("13900001111"));
    REQUIRE(CustomerStore(s).moveToTrash({trashed}).ok());

    auto groups = DuplicateStore(s).find();
    REQUIRE(groups.ok());
    CHECK(groups->size() == 3);
    const DuplicateGroup *people = groupWith(*groups, a);
    REQUIRE(people);
    CHECK(people->ids == QList<qint64>{a, b});
    CHECK(people->score == 100);   // phone and e-mail
    CHECK(people->reasons.size() == 2);
    const DuplicateGroup *companies = groupWith(*groups, c1);
    REQUIRE(companies);
    CHECK(companies->ids == QList<qint64>{c1, c2});
    CHECK(companies->score == 40);
    const DuplicateGroup *colleagues = groupWith(*groups, p1);
    REQUIRE(colleagues);
    CHECK(colleagues->ids == QList<qint64>{p1, p2});
    CHECK(groupWith(*groups, alone) == nullptr);   // its twin is in the trash
    CHECK(groups->first().score >= groups->last().score);
}

TEST_CASE("A merge moves everything to the survivor in one go and can be undone", "[merge]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore customers(s);
    const qint64 keep = add(s, QStringLiteral("张伟"), QStringLiteral("13812345678"));
    Customer other;
    other.name = QStringLiteral("张伟 (旧)");
    other.city = QStringLiteral("上海");
    other.phones << Phone{{}, QStringLiteral("13900001111"), {}};
    other.emails << Email{{}, QStringLiteral("zw@example.com")};
    other.tags << QStringLiteral("VIP");
    const qint64 gone = *customers.create(other);

    OrderStore orders(s);
    Order o;
    o.customerId = gone;
    o.kind = OrderKind::Order;
    o.number = *orders.nextNumber(OrderKind::Order);
    o.orderDate = s.today();
    o.lines << OrderLine{0, QStringLiteral("ERP"), 1, 100000, 0, 0};
    const qint64 order = *orders.create(o);
    Deal d;
    d.customerId = gone;
    d.title = QStringLiteral("续约");
    d.amountMinor = 500000;
    const qint64 deal = *DealStore(s).create(d);
    Interaction i;
    i.customerId = gone;
    i.channelId = *FollowUpStore(s).findChannel(QStringLiteral("phone"));
    i.summary = QStringLiteral("回访");
    REQUIRE(FollowUpStore(s).log(i).ok());
    const qint64 historyBefore = countRows(*t.db, QStringLiteral("change_log"), QStringLiteral("entity_id = %1").arg(gone));
    REQUIRE(historyBefore > 0);

    const Customer proposal = CustomerMerge::proposal(*customers.get(keep), *customers.get(gone));
    CHECK(proposal.name == QStringLiteral("张伟"));
    CHECK(proposal.city == QStringLiteral("上海"));
    CHECK(proposal.phones.size() == 2);
    CHECK(proposal.tags == QStringList{QStringLiteral("VIP")});

    auto merge = CustomerMerge::merge(s, keep, gone, proposal);
    REQUIRE(merge.ok());
    const Customer merged = *customers.get(keep);
    CHECK(merged.city == QStringLiteral("上海"));
    CHECK(merged.emails.value(0).address == QStringLiteral("zw@example.com"));
    CHECK(customers.get(gone)->isDeleted());
    CHECK(orders.get(order)->customerId == keep);
    CHECK(DealStore(s).get(deal)->customerId == keep);
    CHECK(FollowUpStore(s).forCustomer(keep)->size() == 1);
    CHECK(FollowUpStore(s).forCustomer(gone)->isEmpty());
    CHECK(countRows(*t.db, QStringLiteral("change_log"),
                    QStringLiteral("entity = 'customer' AND entity_id = %1 AND field = 'merged'").arg(keep))
          == 1);

    REQUIRE(CustomerMerge::undo(s, *merge).ok());
    const Customer back = *customers.get(keep);
    CHECK(back.city.isEmpty());
    CHECK(back.phones.size() == 1);
    CHECK(back.emails.isEmpty());
    CHECK_FALSE(customers.get(gone)->isDeleted());
    CHECK(orders.get(order)->customerId == gone);
    CHECK(DealStore(s).get(deal)->customerId == gone);
    CHECK(FollowUpStore(s).forCustomer(gone)->size() == 1);
    CHECK(countRows(*t.db, QStringLiteral("change_log"), QStringLiteral("entity_id = %1").arg(gone)) > historyBefore);
    CHECK(MergeStore(s).get(*merge)->undoneAt.isValid());

    auto twice = CustomerMerge::undo(s, *merge);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already undone")));
}

TEST_CASE("Merging companies moves their people, mismatched or trashed records are refused", "[merge]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore customers(s);
    const qint64 c1 = add(s, QStringLiteral("华信科技有限公司"), {}, {}, CustomerKind::Company);
    const qint64 c2 = add(s, QStringLiteral("华信科技"), {}, {}, CustomerKind::Company);
    const qint64 person = add(s, QStringLiteral("李娜"), {}, {}, CustomerKind::Person, c2);
    auto merge = CustomerMerge::merge(s, c1, c2, *customers.get(c1));
    REQUIRE(merge.ok());
    CHECK(customers.get(person)->companyId == c1);
    REQUIRE(CustomerMerge::undo(s, *merge).ok());
    CHECK(customers.get(person)->companyId == c2);

    auto mixed = CustomerMerge::merge(s, c1, person, *customers.get(c1));
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().message.contains(QStringLiteral("person")));
    CHECK_FALSE(CustomerMerge::merge(s, c1, c1, *customers.get(c1)).ok());

    auto again = CustomerMerge::merge(s, c1, c2, *customers.get(c1));
    REQUIRE(again.ok());
    REQUIRE(customers.purge({c2}).ok());
    auto undo = CustomerMerge::undo(s, *again);
    // Purging the merged company removes its merge record with it (cascade).
    REQUIRE_FALSE(undo.ok());
}

TEST_CASE("An earlier merge cannot be undone under a later one, company merges re-index the people", "[merge]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore customers(s);
    const qint64 x = add(s, QStringLiteral("甲"), QStringLiteral("13800000001"));
    const qint64 y = add(s, QStringLiteral("乙"), QStringLiteral("13800000002"));
    const qint64 z = add(s, QStringLiteral("丙"), QStringLiteral("13800000003"));
    auto first = CustomerMerge::merge(s, y, x, CustomerMerge::proposal(*customers.get(y), *customers.get(x)));
    REQUIRE(first.ok());
    auto second = CustomerMerge::merge(s, z, y, CustomerMerge::proposal(*customers.get(z), *customers.get(y)));
    REQUIRE(second.ok());
    auto refused = CustomerMerge::undo(s, *first);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("merge %1").arg(*second)));
    REQUIRE(CustomerMerge::undo(s, *second).ok());
    REQUIRE(CustomerMerge::undo(s, *first).ok());
    CHECK(customers.get(x)->phones.size() == 1);
    CHECK_FALSE(customers.get(x)->isDeleted());

    const qint64 acme = add(s, QStringLiteral("Acme Trading Ltd"), {}, {}, CustomerKind::Company);
    const qint64 zenith = add(s, QStringLiteral("Zenith Holdings"), {}, {}, CustomerKind::Company);
    const qint64 person = add(s, QStringLiteral("Zhang Wei"), {}, {}, CustomerKind::Person, acme);
    REQUIRE(CustomerMerge::merge(s, zenith, acme, *customers.get(zenith)).ok());
    CHECK(customers.search(QStringLiteral("zenith"), 10)->contains(person));
    CHECK_FALSE(customers.search(QStringLiteral("acme"), 10)->contains(person));
}
