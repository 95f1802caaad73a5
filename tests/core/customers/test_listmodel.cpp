// The customer list model over 100,000 customers: it passes Qt's model
// tester, pages in the right order, filters, finds rows by id, and jumps.
#include "corehelpers.h"

#include "customers/customertablemodel.h"
#include "team/channelstore.h"
#include "customers/customersearchindex.h"
#include "customers/customerstore.h"
#include "customers/customfieldstore.h"
#include "text/han.h"
#include "text/pinyin.h"
#include "text/searchkeys.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <algorithm>
#include <map>

using namespace guanxi;
using namespace guanxi::test;

namespace {

#define S(x) QStringLiteral(x)

// 100,000 customers written straight into the tables in one transaction,
// with the same search keys and sort keys CustomerStore would write.
// SampleData takes ~26 s for 100,000 customers on the test machine; this
// takes a few seconds and lets the test know exactly what it inserted.
struct BigList {
    static constexpr int total = 100000;
    TestDb t;
    QList<qint64> owners;
    QList<qint64> sources;

    struct Row {
        qint64 id;
        QString name;
        QString sortKey;
        QString city; // null for "no city"
        QString citySort; // what CustomerStore stores: its pinyin key
        qint64 owner;
    };
    QList<Row> rows; // by id
    std::map<Stage, int> byStage;
    std::map<qint64, int> byOwner, bySource;
    std::map<QString, int> byTag, byCity;
    int customersInBeijing = 0;
    int customersInBeijingAndStageCustomer = 0;

    BigList()
    {
        QElapsedTimer timer;
        timer.start();
        Session &s = *t.session;
        owners << s.userId();
        for (const char *login : {"sales1", "sales2"}) {
            User u;
            u.login = QString::fromLatin1(login);
            u.displayName = u.login.toUpper();
            auto id = UserStore(s).create(u);
            REQUIRE(id.ok());
            owners << *id;
        }
        const auto channels = ChannelStore(s).list();
        REQUIRE(channels.ok());
        for (const SourceChannel &c : channels.value())
            sources << c.id;
        REQUIRE(sources.size() == 7);

        const QStringList surnames = {S("阿"), S("白"), S("陈"), S("李"), S("王"), S("张")};
        const QStringList given = {S("明"), S("伟"), S("芳"), S("娜"), S("强"), S("静"), S("磊"), S("洋"),
                                   S("勇"), S("艳"), S("杰"), S("涛"), S("超"), S("霞"), S("平"), S("刚")};
        const QStringList latin = {S("Mike Brown"), S("Mia Wong"), S("Max Lee")};
        const QStringList cities = {S("北京"), S("北京"), S("北京"), S("北京"), S("上海"), S("上海"),
                                    S("上海"), S("广州"), S("广州"), QString()};

        QSqlDatabase db = t.db->connection();
        QSqlQuery q(db);
        REQUIRE(q.exec(onServer() ? S("BEGIN") : S("BEGIN IMMEDIATE")));
        REQUIRE(q.exec(S("INSERT INTO tags (id, name) VALUES (1, 'VIP'), (2, '展会')")));
        QSqlQuery customer(db), search(db), tag(db);
        REQUIRE(customer.prepare(S(
            "INSERT INTO customers (id, kind, name, name_sort, city, source_id, stage, owner_id, next_follow_up, "
            "created_at, created_by, updated_at, updated_by, city_sort) "
            "VALUES (?, 'person', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        // On PostgreSQL the search index is written by CustomerSearchIndex
        // after the commit (its tables are more than a key per customer).
        if (!onServer())
            REQUIRE(search.prepare(S("INSERT INTO customer_search (rowid, keys) VALUES (?, ?)")));
        REQUIRE(tag.prepare(S("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)")));
        const QString now = toStoredTime(fixedNow());
        rows.reserve(total);
        for (int i = 0; i < total; ++i) {
            const qint64 id = i + 1;
            QString name;
            if (i % 97 == 50)
                name = latin.at((i / 97) % latin.size());
            else
                name = surnames.at(i % surnames.size()) + given.at((i / 6) % given.size())
                       + given.at((i / 96) % given.size());
            const QString city = cities.at(i % cities.size());
            const Stage stage = Stage((i / 3) % 5);
            const qint64 owner = owners.at((i / 7) % owners.size());
            const qint64 source = sources.at((i / 11) % sources.size());
            const QString sortKey = Pinyin::sortKey(name);
            const QString citySort = Pinyin::optionalSortKey(city);
            rows.append({id, name, sortKey, city, citySort, owner});
            ++byStage[stage];
            ++byOwner[owner];
            ++bySource[source];
            if (!city.isNull())
                ++byCity[city];
            if (city == S("北京")) {
                ++customersInBeijing;
                customersInBeijingAndStageCustomer += stage == Stage::Customer;
            }

            const QVariantList values = {id, name, sortKey, city.isNull() ? QVariant() : QVariant(city), source,
                                         Customers::stageCode(stage), owner,
                                         i % 4 == 0 ? QVariant(toStoredDate(QDate(2026, 3, 1).addDays(i % 30)))
                                                    : QVariant(),
                                         now, owners.first(), now, owners.first(),
                                         citySort.isEmpty() ? QVariant() : QVariant(citySort)};
            for (int v = 0; v < values.size(); ++v)
                customer.bindValue(v, values.at(v));
            if (!customer.exec())
                FAIL(str(customer.lastError().text()));
            if (!onServer()) {
                SearchDocument doc;
                doc.name = name;
                search.bindValue(0, id);
                search.bindValue(1, SearchKeys::build(doc));
                if (!search.exec())
                    FAIL(str(search.lastError().text()));
            }
            for (const auto &[every, tagId, tagName] :
                 {std::tuple{13, 1, S("VIP")}, std::tuple{17, 2, S("展会")}}) {
                if (i % every != 0)
                    continue;
                tag.bindValue(0, id);
                tag.bindValue(1, tagId);
                if (!tag.exec())
                    FAIL(str(tag.lastError().text()));
                ++byTag[tagName];
            }
        }
        REQUIRE(q.exec(S("COMMIT")));
        if (onServer()) {
            // The ids were given: the identity columns go on after them.
            REQUIRE(q.exec(S("SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT max(id) FROM customers))")));
            REQUIRE(q.exec(S("SELECT setval(pg_get_serial_sequence('tags', 'id'), (SELECT max(id) FROM tags))")));
            REQUIRE(CustomerSearchIndex(s).rebuild().ok());
        }
        WARN("inserted " << total << " customers in " << timer.elapsed() << " ms");
    }

    // Ids in the order the list must show them.
    QList<qint64> byName() const
    {
        QList<const Row *> order;
        for (const Row &r : rows)
            order << &r;
        std::sort(order.begin(), order.end(), [](const Row *a, const Row *b) {
            return a->sortKey != b->sortKey ? a->sortKey < b->sortKey : a->id < b->id;
        });
        QList<qint64> ids;
        for (const Row *r : order)
            ids << r->id;
        return ids;
    }
    QList<qint64> byCityOrder() const
    {
        QList<const Row *> order;
        for (const Row &r : rows)
            order << &r;
        // NULLs first when ascending, then by pinyin: 北京, 广州, 上海 (in
        // code point order 上海 would come first).
        std::sort(order.begin(), order.end(), [](const Row *a, const Row *b) {
            if (a->city.isNull() != b->city.isNull())
                return a->city.isNull();
            return a->citySort != b->citySort ? a->citySort < b->citySort : a->id < b->id;
        });
        QList<qint64> ids;
        for (const Row *r : order)
            ids << r->id;
        return ids;
    }
    // By owner name in pinyin: SALES1, SALES2, then Tester (the first owner).
    QList<qint64> byOwnerOrder() const
    {
        const QList<qint64> rank = {owners.at(1), owners.at(2), owners.at(0)};
        QList<const Row *> order;
        for (const Row &r : rows)
            order << &r;
        std::sort(order.begin(), order.end(), [&](const Row *a, const Row *b) {
            const auto ra = rank.indexOf(a->owner), rb = rank.indexOf(b->owner);
            return ra != rb ? ra < rb : a->id < b->id;
        });
        QList<qint64> ids;
        for (const Row *r : order)
            ids << r->id;
        return ids;
    }
    const Row &row(qint64 id) const { return rows.at(int(id - 1)); }
};

QString nameAt(const CustomerTableModel &m, int row)
{
    return m.data(m.index(row, int(CustomerColumn::Name))).toString();
}

// Rows to look at: both ends, page edges, the middle and a random sample.
QList<int> sampleRows(int count)
{
    QList<int> rows;
    for (int r = 0; r < 450 && r < count; ++r)
        rows << r;
    for (int r = count / 2 - 210; r < count / 2 + 210; ++r)
        rows << r;
    for (int r = count - 410; r < count; ++r)
        rows << r;
    QRandomGenerator rng(2026);
    for (int i = 0; i < 25; ++i) // far-apart pages cost an OFFSET scan each
        rows << int(rng.bounded(count));
    return rows;
}

} // namespace

// Compares the model's ids with the expected order on a sample of rows; stops
// at the first difference.
void checkOrder(const CustomerTableModel &model, const QList<qint64> &expected, bool reversed)
{
    const int n = int(expected.size());
    REQUIRE(model.rowCount() == n);
    for (int r : sampleRows(n)) {
        const qint64 want = reversed ? expected.at(n - 1 - r) : expected.at(r);
        const qint64 got = model.idAt(r);
        if (got != want) {
            FAIL_CHECK("row " << r << " shows id " << got << ", expected id " << want);
            return;
        }
    }
    SUCCEED("sampled rows in order");
}

TEST_CASE("The customer list over 100,000 customers", "[listmodel][big]")
{
    // One database for the whole test case (building it takes seconds); the
    // parts run one after another on it and put back what they change.
    QElapsedTimer timer;
    timer.start();
    BigList big;
    const QList<qint64> nameOrder = big.byName();
    const QList<qint64> cityOrder = big.byCityOrder();
    Session &s = *big.t.session;
    const int total = BigList::total;

    CustomerTableModel model(s);
    QSignalSpy counts(&model, &CustomerTableModel::countChanged);
    // Fatal: any broken rule of QAbstractItemModel aborts the test run. The
    // tester re-checks the whole model after every reset below.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == total);
    REQUIRE(model.columnCount() == builtInColumnCount);
    CHECK(model.lastError().isEmpty());

    {
        INFO("by name, in pinyin order");
        CHECK(nameAt(model, 0).startsWith(S("阿")));
        CHECK(nameAt(model, total - 1).startsWith(S("张")));
        checkOrder(model, nameOrder, false);
        CHECK(nameAt(model, 50000) == big.row(nameOrder.at(50000)).name);
        // Surname groups follow each other in pinyin order: a bai chen li,
        // then the Latin names (m...), wang, zhang. Each group is one block
        // of exactly its customers.
        const QString groups = S("阿白陈李M王张");
        auto groupOf = [&](const QString &name) {
            return Han::isHan(name.at(0).unicode()) ? int(groups.indexOf(name.at(0))) : 4;
        };
        QList<int> sizes(groups.size(), 0);
        for (const BigList::Row &r : big.rows)
            ++sizes[groupOf(r.name)];
        int start = 0;
        for (int g = 0; g < groups.size(); ++g) {
            INFO("group " << str(QString(groups.at(g))) << " of " << sizes.at(g) << " rows from row " << start);
            REQUIRE(sizes.at(g) > 0);
            CHECK(groupOf(nameAt(model, start)) == g);
            CHECK(groupOf(nameAt(model, start + sizes.at(g) - 1)) == g);
            start += sizes.at(g);
        }
        CHECK(start == total);
    }
    {
        INFO("descending by name is the exact reverse");
        model.sort(int(CustomerColumn::Name), Qt::DescendingOrder);
        CHECK(nameAt(model, 0).startsWith(S("张")));
        checkOrder(model, nameOrder, true);
    }
    {
        INFO("by city: customers without a city first, each city one block");
        model.sort(int(CustomerColumn::City), Qt::AscendingOrder);
        checkOrder(model, cityOrder, false);
        const int noCity = total - big.byCity[S("北京")] - big.byCity[S("上海")] - big.byCity[S("广州")];
        CHECK(noCity == total / 10);
        CHECK(model.data(model.index(noCity - 1, int(CustomerColumn::City))).toString().isEmpty());
        CHECK(model.data(model.index(noCity, int(CustomerColumn::City))).toString() == S("北京"));
        CHECK(model.data(model.index(noCity + big.byCity[S("北京")], int(CustomerColumn::City))).toString()
              == S("广州"));
        CHECK(model.data(model.index(total - 1, int(CustomerColumn::City))).toString() == S("上海"));
        INFO("by city, descending");
        model.sort(int(CustomerColumn::City), Qt::DescendingOrder);
        checkOrder(model, cityOrder, true);
        CHECK(model.data(model.index(total - 1, int(CustomerColumn::City))).toString().isEmpty());
        INFO("by owner: their names in pinyin order, not their ids");
        const QList<qint64> ownerOrder = big.byOwnerOrder();
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const bool reversed = order == Qt::DescendingOrder;
            model.sort(int(CustomerColumn::Owner), order);
            checkOrder(model, ownerOrder, reversed);
            for (int expected : {0, 1, 33332, 33333, 50000, 66667, total - 1}) {
                model.refresh(); // from SQL, not from a cached page
                const qint64 id = reversed ? ownerOrder.at(total - 1 - expected) : ownerOrder.at(expected);
                INFO("by owner: id " << id << " expected at row " << expected);
                CHECK(model.rowOfId(id) == expected);
            }
        }
    }
    model.setQuery(CustomerListQuery{});
    {
        INFO("filters give the counts that were inserted");
        for (Stage stage : Customers::stages()) {
            CustomerListQuery q;
            q.stage = stage;
            model.setQuery(q);
            INFO("stage " << str(Customers::stageCode(stage)));
            CHECK(model.rowCount() == big.byStage[stage]);
            CHECK(model.data(model.index(0, 0), CustomerRole::StageCode).toString() == Customers::stageCode(stage));
        }
        for (qint64 owner : big.owners) {
            CustomerListQuery q;
            q.ownerId = owner;
            model.setQuery(q);
            INFO("owner " << owner);
            CHECK(model.rowCount() == big.byOwner[owner]);
        }
        for (qint64 source : big.sources) {
            CustomerListQuery q;
            q.sourceId = source;
            model.setQuery(q);
            INFO("source " << source);
            CHECK(model.rowCount() == big.bySource[source]);
        }
        for (const QString &tag : {S("VIP"), S("展会")}) {
            CustomerListQuery q;
            q.tag = tag;
            model.setQuery(q);
            INFO("tag " << str(tag));
            CHECK(model.rowCount() == big.byTag[tag]);
            CHECK(model.data(model.index(0, int(CustomerColumn::Tags))).toString().contains(tag));
        }
        for (const QString &city : {S("北京"), S("上海"), S("广州")}) {
            CustomerListQuery q;
            q.city = city;
            model.setQuery(q);
            INFO("city " << str(city));
            CHECK(model.rowCount() == big.byCity[city]);
        }
        CustomerListQuery both;
        both.city = S("北京");
        both.stage = Stage::Customer;
        model.setQuery(both);
        CHECK(model.rowCount() == big.customersInBeijingAndStageCustomer);
        CHECK(counts.last().first().toLongLong() == big.customersInBeijingAndStageCustomer);
        both.city = S("深圳");
        model.setQuery(both);
        CHECK(model.rowCount() == 0);

        // A search is capped: more than searchCap customers are called 张.
        CustomerListQuery search;
        search.search = S("张");
        model.setQuery(search);
        CHECK(model.rowCount() == CustomerListStore::searchCap);
        CHECK(model.searchCapped());
        for (int r = 0; r < 50; ++r)
            CHECK(nameAt(model, r).startsWith(S("张")));
        search.search = S("Mike Brown");
        model.setQuery(search);
        CHECK(model.rowCount() > 0);
        CHECK_FALSE(model.searchCapped());
        CHECK(nameAt(model, 0) == S("Mike Brown"));
    }
    model.setQuery(CustomerListQuery{});
    {
        INFO("rowOfId finds a customer's row, also on pages not read yet");
        for (int expected : {0, 1, 199, 200, 12345, 50000, 77777, total - 1}) {
            model.refresh(); // no page cached: the row comes from SQL
            const qint64 id = nameOrder.at(expected);
            INFO("by name: id " << id << " expected at row " << expected);
            CHECK(model.rowOfId(id) == expected);
            CHECK(model.idAt(expected) == id);
            CHECK(model.rowOfId(id) == expected); // now from the cached page
        }
        model.sort(int(CustomerColumn::City), Qt::DescendingOrder);
        for (int expected : {0, 9999, 50000, total - 10001, total - 10000, total - 1}) {
            model.refresh();
            const qint64 id = cityOrder.at(total - 1 - expected);
            INFO("by city descending: id " << id << " expected at row " << expected);
            CHECK(model.rowOfId(id) == expected);
        }
        model.sort(int(CustomerColumn::City), Qt::AscendingOrder);
        for (int expected : {0, 9999, 10000, 50000, total - 1}) {
            model.refresh();
            INFO("by city ascending: row " << expected);
            CHECK(model.rowOfId(cityOrder.at(expected)) == expected);
        }
        // A customer the filter hides has no row.
        CustomerListQuery q;
        q.city = S("上海");
        model.setQuery(q);
        const qint64 inBeijing = big.rows.at(0).id; // i = 0 lives in 北京
        REQUIRE(big.row(inBeijing).city == S("北京"));
        CHECK(model.rowOfId(inBeijing) == -1);
        CHECK(model.rowOfId(987654321) == -1);
    }
    model.setQuery(CustomerListQuery{});
    {
        INFO("a jump to row 50,000 returns its data at once");
        CustomerTableModel fresh(s);
        QElapsedTimer jump;
        jump.start();
        const QModelIndex index = fresh.index(50000, int(CustomerColumn::Name));
        const QString name = fresh.data(index).toString();
        const qint64 ms = jump.elapsed();
        CHECK(name == big.row(nameOrder.at(50000)).name);
        CHECK(fresh.data(index, CustomerRole::Id).toLongLong() == nameOrder.at(50000));
        CHECK(fresh.data(fresh.index(50000, int(CustomerColumn::Kind))).toString()
              == Customers::kindLabel(CustomerKind::Person));
        CHECK_FALSE(fresh.data(fresh.index(50000, int(CustomerColumn::Owner))).toString().isEmpty());
        CHECK(ms < 2000);
        CHECK(nameAt(fresh, total - 1) == big.row(nameOrder.last()).name);
        CHECK_FALSE(fresh.data(fresh.index(total, 0)).isValid());
    }
    {
        INFO("refresh shows a new customer and hides a trashed one");
        CustomerStore store(s);
        Customer c;
        c.name = S("阿阿");
        const auto id = store.create(c);
        REQUIRE(id.ok());
        CHECK(model.rowCount() == total); // not until refreshed
        model.refresh();
        CHECK(model.rowCount() == total + 1);
        CHECK(model.rowOfId(*id) == 0);
        CHECK(nameAt(model, 0) == S("阿阿"));
        CHECK(model.idAt(1) == nameOrder.at(0));
        REQUIRE(store.moveToTrash({*id, nameOrder.at(5)}).ok());
        model.refresh();
        CHECK(model.rowCount() == total - 1);
        CHECK(model.idAt(0) == nameOrder.at(0));
        CHECK(model.rowOfId(nameOrder.at(5)) == -1);
        CHECK(model.idAt(5) == nameOrder.at(6));
        REQUIRE(store.restore({nameOrder.at(5)}).ok());
        REQUIRE(store.purge({*id}).ok());
        model.refresh();
        CHECK(model.rowCount() == total);
        CHECK(model.idAt(5) == nameOrder.at(5));
    }
    WARN("100,000-row list test took " << timer.elapsed() << " ms");
}

// ---------------------------------------------------------------------------
// The same model over a handful of customers: what each column and role shows.

TEST_CASE("The customer list shows each column and role", "[listmodel]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore store(s);
    Customer company;
    company.kind = CustomerKind::Company;
    company.name = S("华兴科技");
    const auto companyId = store.create(company);
    REQUIRE(companyId.ok());
    Customer c;
    c.name = S("王芳");
    c.companyId = *companyId;
    c.stage = Stage::Prospect;
    c.city = S("北京");
    c.province = S("北京");
    c.industry = S("零售");
    c.sourceId = *ChannelStore(s).find(S("exhibition"));
    c.tags = {S("VIP"), S("展会")};
    c.phones = {Phone{{}, S("138 1234 5678"), {}}, Phone{{}, S("010-8888 6666"), {}}};
    c.emails = {Email{{}, S("wang.fang@example.com")}};
    c.nextFollowUp = s.today().addDays(-1);
    const auto id = store.create(c);
    REQUIRE(id.ok());

    CustomField budget;
    budget.name = S("预算");
    budget.type = CustomFieldType::Number;
    CustomField interests;
    interests.name = S("兴趣");
    interests.type = CustomFieldType::MultiChoice;
    interests.choices = {S("软件"), S("硬件")};
    REQUIRE(CustomFieldStore(s).add(budget).ok());
    REQUIRE(CustomFieldStore(s).add(interests).ok());
    const auto fields = CustomFieldStore(s).list();
    REQUIRE(fields.ok());
    Customer withValues = *store.get(*id);
    withValues.customValues = {{fields->at(0).id, S("250000")}, {fields->at(1).id, S("[\"硬件\",\"软件\"]")}};
    REQUIRE(store.update(withValues).ok());

    CustomerTableModel model(s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomFields(*fields);
    REQUIRE(model.columnCount() == builtInColumnCount + 2);
    for (int col = 0; col < builtInColumnCount; ++col)
        CHECK_FALSE(model.headerData(col, Qt::Horizontal).toString().isEmpty());
    CHECK(model.headerData(builtInColumnCount, Qt::Horizontal).toString() == S("预算"));
    CHECK(model.headerData(builtInColumnCount + 1, Qt::Horizontal).toString() == S("兴趣"));

    REQUIRE(model.rowCount() == 2);
    const int row = model.rowOfId(*id);
    REQUIRE(row >= 0);
    auto cell = [&](CustomerColumn col, int role = Qt::DisplayRole) {
        return model.data(model.index(row, int(col)), role);
    };
    CHECK(cell(CustomerColumn::Name).toString() == S("王芳"));
    CHECK(cell(CustomerColumn::Kind).toString() == Customers::kindLabel(CustomerKind::Person));
    CHECK(cell(CustomerColumn::Company).toString() == S("华兴科技"));
    CHECK(cell(CustomerColumn::Phone).toString() == S("138 1234 5678")); // the first phone
    CHECK(cell(CustomerColumn::Email).toString() == S("wang.fang@example.com"));
    CHECK(cell(CustomerColumn::City).toString() == S("北京"));
    CHECK(cell(CustomerColumn::Industry).toString() == S("零售"));
    CHECK(cell(CustomerColumn::Source).toString() == S("Exhibition"));
    CHECK(cell(CustomerColumn::Stage).toString() == Customers::stageLabel(Stage::Prospect));
    CHECK(cell(CustomerColumn::Owner).toString() == S("Tester"));
    CHECK(cell(CustomerColumn::Tags).toString().contains(S("VIP")));
    CHECK(cell(CustomerColumn::Tags).toString().contains(S("展会")));
    CHECK_FALSE(cell(CustomerColumn::NextFollowUp).toString().isEmpty());
    CHECK_FALSE(cell(CustomerColumn::Created).toString().isEmpty());
    CHECK(cell(CustomerColumn::Name, CustomerRole::Id).toLongLong() == *id);
    CHECK(cell(CustomerColumn::Name, CustomerRole::StageCode).toString() == S("prospect"));
    CHECK(cell(CustomerColumn::NextFollowUp, CustomerRole::Raw).toString() == toStoredDate(s.today().addDays(-1)));
    CHECK(cell(CustomerColumn::Name, CustomerRole::Overdue).toBool());
    CHECK(model.data(model.index(row, builtInColumnCount + 1)).toString() == S("硬件, 软件"));
    CHECK(model.data(model.index(row, builtInColumnCount), CustomerRole::Raw).toString() == S("250000"));

    // The company's row: no follow-up, so not overdue.
    const int companyRow = model.rowOfId(*companyId);
    CHECK(model.data(model.index(companyRow, int(CustomerColumn::Kind))).toString()
          == Customers::kindLabel(CustomerKind::Company));
    CHECK_FALSE(model.data(model.index(companyRow, 0), CustomerRole::Overdue).toBool());

    // Sorting by the custom number column puts the customer without a value first.
    model.sort(builtInColumnCount, Qt::AscendingOrder);
    CHECK(model.idAt(0) == *companyId);
    CHECK(model.idAt(1) == *id);
    model.sort(builtInColumnCount, Qt::DescendingOrder);
    CHECK(model.idAt(0) == *id);
    // Sorting by a column that does not exist is ignored.
    model.sort(builtInColumnCount + 5, Qt::AscendingOrder);
    CHECK(model.idAt(0) == *id);
}
