// Who sees which customers (issue 16): a salesperson their own and the pool,
// a manager their team's, an administrator all, on every customer surface.
#include "customeraccessfixture.h"

#include "customers/customerliststore.h"
#include "customers/customermerge.h"
#include "customers/duplicatestore.h"
#include "customers/mergestore.h"
#include "platform/auditstore.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
QStringList names(Session &session, const CustomerListQuery &query = {})
{
    auto rows = CustomerListStore(session).page(query, 0, 100);
    REQUIRE(rows.ok());
    QStringList out;
    for (const CustomerListRow &r : *rows)
        out << r.values.at(int(CustomerColumn::Name)).toString();
    out.sort();
    return out;
}

CustomerListQuery searchFor(const QString &text)
{
    CustomerListQuery q;
    q.search = text;
    return q;
}

void checkNotFound(const Status &s)
{
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::NotFound);
}
} // namespace

TEST_CASE("A salesperson counts, lists and finds only their own customers and the pool", "[access][customers]")
{
    TeamFile f;
    Customer far = CustomerStore(f.session()).get(f.wangsCustomer).value();
    far.city = QStringLiteral("成都");
    far.province = QStringLiteral("四川");
    REQUIRE(CustomerStore(f.session()).update(far).ok());
    f.as(f.li);
    CustomerListStore list(f.session());
    CHECK(list.count({}).value() == 2);
    // The filter lists hold only what the session's customers have.
    CHECK(CustomerStore(f.session()).cities().value() == QStringList{QStringLiteral("杭州")});
    CHECK(list.distinctValues(CustomerColumn::Province).value().isEmpty());
    CHECK(names(f.session()) == QStringList{QStringLiteral("张三"), QStringLiteral("王小明")});
    for (const QString &typed : {QStringLiteral("欧阳"), QStringLiteral("ouyang"), QStringLiteral("oynn"),
                                 QStringLiteral("13900001111"), QStringLiteral("0001111"), QStringLiteral("nana")}) {
        INFO(typed.toStdString());
        CHECK(list.count(searchFor(typed)).value() == 0);
        CHECK(CustomerStore(f.session()).search(typed, 50).value().isEmpty());
    }
    CHECK(list.count(searchFor(QStringLiteral("wxm"))).value() == 1);
    CHECK(list.rowOf({}, f.wangsCustomer).value() == -1);
    CustomerListQuery byOwner;
    byOwner.sortColumn = int(CustomerColumn::Owner);
    CHECK(names(f.session(), byOwner).size() == 2);
    CHECK(CustomerStore(f.session()).countLive().value() == 2);
    CHECK(CustomerStore(f.session()).findByEmail(QStringLiteral("nana@example.cn")).value().isEmpty());
    CHECK(CustomerStore(f.session()).findByName(QStringLiteral("欧阳娜娜")).value().isEmpty());
    CHECK_FALSE(CustomerStore(f.session()).liveIds().value().contains(f.wangsCustomer));

    f.asAdmin();
    CHECK(list.count({}).value() == 3);
    CHECK(list.count(searchFor(QStringLiteral("ouyang"))).value() == 1);
}

TEST_CASE("Another salesperson's customer is not there: reading, history and the trash", "[access][customers]")
{
    TeamFile f;
    CustomerStore store(f.session());
    REQUIRE(store.moveToTrash({f.wangsCustomer}).ok());
    f.as(f.li);
    auto read = store.get(f.wangsCustomer);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::NotFound);
    // The same words as for a customer that never existed.
    QString missing = store.get(999999).error().message;
    CHECK(read.error().message == missing.replace(QStringLiteral("999999"), QString::number(f.wangsCustomer)));
    checkNotFound(Status(store.history(f.wangsCustomer).error()));
    CHECK(store.history(f.lisCustomer).ok());
    const auto trash = store.trash().value();
    for (const TrashEntry &e : trash)
        CHECK(e.id != f.wangsCustomer);
    checkNotFound(store.restore({f.wangsCustomer}));
    f.asAdmin();
    CHECK(store.trash().value().size() == 1);
}

TEST_CASE("A salesperson cannot change, tag, delete or purge another salesperson's customer", "[access][customers]")
{
    TeamFile f;
    CustomerStore store(f.session());
    const Customer before = store.get(f.wangsCustomer).value();
    f.as(f.li);
    Customer changed = before;
    changed.notes = QStringLiteral("mine now");
    checkNotFound(store.update(changed));
    checkNotFound(Status(store.addTag({f.lisCustomer, f.wangsCustomer}, QStringLiteral("VIP")).error()));
    checkNotFound(store.moveToTrash({f.wangsCustomer}));
    // Purging needs its permission first; with it, the customer is still not there.
    Status purge = store.purge({f.wangsCustomer});
    REQUIRE_FALSE(purge.ok());
    CHECK(purge.error().kind == ErrorKind::Denied);
    f.grant(Role::Sales, Permission::Purge);
    f.as(f.li);
    checkNotFound(store.purge({f.wangsCustomer}));
    f.asAdmin();
    const Customer after = store.get(f.wangsCustomer).value();
    CHECK(after == before);
    CHECK(store.get(f.lisCustomer).value().tags.isEmpty()); // the whole batch was refused
}

TEST_CASE("A manager sees their team's customers and not another team's", "[access][customers]")
{
    TeamFile f;
    f.as(f.boss);
    CHECK(names(f.session()) == QStringList{QStringLiteral("张三"), QStringLiteral("王小明")});
    CustomerStore store(f.session());
    CHECK(store.get(f.lisCustomer).ok());
    CHECK(store.get(f.wangsCustomer).error().kind == ErrorKind::NotFound);
    Customer c = store.get(f.lisCustomer).value();
    c.notes = QStringLiteral("called back");
    CHECK(store.update(c).ok());
}

TEST_CASE("Duplicates and merges only among customers the session sees", "[access][merge][customers]")
{
    TeamFile f;
    // Wang's customer and one of Li's share a number.
    const qint64 twin = f.add(QStringLiteral("欧阳娜"), f.li, QStringLiteral("13900001111"), {});
    const qint64 liTwin = f.add(QStringLiteral("王小明"), f.li, QStringLiteral("13812345678"), {});
    REQUIRE(DuplicateStore(f.session()).find().value().size() == 2);
    f.as(f.li);
    auto groups = DuplicateStore(f.session()).find().value();
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().ids == QList<qint64>{f.lisCustomer, liTwin});
    Customer probe = CustomerStore(f.session()).get(twin).value();
    const auto matching = DuplicateStore(f.session()).matching(probe).value();
    for (const DuplicateCandidate &d : matching)
        CHECK(d.customerId != f.wangsCustomer);

    // A salesperson may not merge at all by default; with the permission, not another's record.
    auto denied = CustomerMerge::merge(f.session(), twin, f.wangsCustomer, probe);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == ErrorKind::Denied);
    f.grant(Role::Sales, Permission::Merge);
    f.as(f.li);
    auto hidden = CustomerMerge::merge(f.session(), twin, f.wangsCustomer, probe);
    REQUIRE_FALSE(hidden.ok());
    CHECK(hidden.error().kind == ErrorKind::NotFound);

    // The manager merges Li's two, and the audit trail names both.
    f.as(f.boss);
    const Customer keep = CustomerStore(f.session()).get(f.lisCustomer).value();
    const Customer other = CustomerStore(f.session()).get(liTwin).value();
    auto merged = CustomerMerge::merge(f.session(), f.lisCustomer, liTwin, CustomerMerge::proposal(keep, other));
    INFO((merged.ok() ? QString() : merged.error().toString()).toStdString());
    REQUIRE(merged.ok());
    f.asAdmin();
    AuditStore::Filter filter;
    filter.action = AuditAction::Merge;
    auto events = AuditStore(f.session()).list(filter).value();
    REQUIRE(events.size() == 1);
    CHECK(events.first().userId == f.boss);
    CHECK(events.first().detail.value(QStringLiteral("survivor")).toInteger() == f.lisCustomer);
    CHECK(events.first().detail.value(QStringLiteral("merged")).toInteger() == liTwin);
    f.as(f.wang);
    CHECK(MergeStore(f.session()).all().value().isEmpty());
}
