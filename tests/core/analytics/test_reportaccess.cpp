// Reports, dashboard figures and data quality count only what the session
// sees: a salesperson their own customers, orders and deals plus the public
// pool, a manager their team's, an administrator everything. Exporting a
// report needs the Export permission and is audited.
#include "corehelpers.h"
#include "access.h"

#include "analytics/dashboard.h"
#include "analytics/dataquality.h"
#include "analytics/receivables.h"
#include "analytics/reportfile.h"
#include "analytics/rfmanalysis.h"
#include "analytics/trendanalysis.h"
#include "customers/customerstore.h"
#include "platform/auditstore.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"

#include <QCryptographicHash>

using namespace guanxi;
using namespace guanxi::test;

namespace {
// Four customers: ana's, ben's (both of team north, managed by mia), cai's
// (team south) and one in the public pool. Each has a signed order in March
// (1000, 2000, 4000, 8000 fen: every sum names who is in it; the pool
// customer's was taken by the administrator, so it is theirs) and, but for
// the pool's, an open deal (100, 200, 400). None has a city.
struct Teams {
    TestDb t;
    qint64 admin = t.session->userId();
    qint64 ana = addUser(*t.session, QStringLiteral("ana"), Role::Sales, QStringLiteral("north"));
    qint64 ben = addUser(*t.session, QStringLiteral("ben"), Role::Sales, QStringLiteral("north"));
    qint64 mia = addUser(*t.session, QStringLiteral("mia"), Role::Manager, QStringLiteral("north"));
    qint64 cai = addUser(*t.session, QStringLiteral("cai"), Role::Sales, QStringLiteral("south"));
    qint64 a1 = 0, b1 = 0, c1 = 0, p1 = 0;
    int orders = 0;

    Teams()
    {
        a1 = customer(QStringLiteral("安"), ana, 1000, 100);
        b1 = customer(QStringLiteral("本"), ben, 2000, 200);
        c1 = customer(QStringLiteral("蔡"), cai, 4000, 400);
        p1 = customer(QStringLiteral("池"), 0, 8000, 0);
    }
    qint64 customer(const QString &name, qint64 owner, qint64 order, qint64 deal)
    {
        Customer c;
        c.name = name;
        c.ownerId = owner;
        auto id = CustomerStore(*t.session).create(c, {}, CustomerStore::NoOwner::PublicPool);
        REQUIRE(id.ok());
        Order o;
        o.customerId = *id;
        o.number = QStringLiteral("SO-%1").arg(++orders);
        o.orderDate = QDate(2026, 3, 2);
        o.totalMinor = order;
        o.status = OrderStatus::Signed;
        o.ownerId = owner;
        REQUIRE(OrderStore(*t.session).create(o).ok());
        if (deal) {
            Deal d;
            d.customerId = *id;
            d.title = name;
            d.amountMinor = deal;
            d.stageId = openStage();
            d.ownerId = owner;
            REQUIRE(DealStore(*t.session).create(d).ok());
        }
        return *id;
    }
    qint64 openStage()
    {
        auto stages = DealStore(*t.session).stages();
        REQUIRE(stages.ok());
        for (const DealStage &s : *stages)
            if (s.kind == StageKind::Open)
                return s.id;
        FAIL("no open stage");
        return 0;
    }
    void as(qint64 user)
    {
        if (user == admin)
            actAsEveryone(*t.session, admin);
        else
            actAs(*t.session, user);
    }

    QSet<qint64> rfmCustomers()
    {
        auto r = RfmAnalysis::run(*t.session, {});
        REQUIRE(r.ok());
        QSet<qint64> ids;
        for (const RfmRow &row : r->result.rows)
            ids.insert(row.customerId);
        return ids;
    }
    qint64 revenue()
    {
        SalesFilter f;
        f.from = QDate(2026, 3, 1);
        f.to = QDate(2026, 3, 31);
        auto r = TrendAnalysis::run(*t.session, f);
        REQUIRE(r.ok());
        return r->revenueMinor;
    }
    qint64 openPipeline()
    {
        auto k = Dashboard::compute(*t.session);
        REQUIRE(k.ok());
        return k->deals.openMinor;
    }
    qint64 owed()
    {
        auto r = Receivables::run(*t.session, {});
        REQUIRE(r.ok());
        return r->totalMinor;
    }
    qint64 qualityCustomers()
    {
        auto r = DataQuality::compute(*t.session, {});
        REQUIRE(r.ok());
        return r->team.customers;
    }
    QSet<qint64> withoutCity()
    {
        auto r = DataQuality::records(*t.session, QStringLiteral("city"), {}, -1, 100);
        REQUIRE(r.ok());
        QSet<qint64> ids;
        for (const QualityRecord &q : *r)
            ids.insert(q.id);
        return ids;
    }
};
} // namespace

TEST_CASE("A salesperson's reports and dashboard count their own customers, orders and deals, nobody else's",
          "[access][reports]")
{
    Teams f;
    f.as(f.admin);
    CHECK(f.rfmCustomers() == QSet<qint64>{f.a1, f.b1, f.c1, f.p1});
    CHECK(f.revenue() == 15000);
    CHECK(f.openPipeline() == 700);
    CHECK(f.owed() == 15000);

    f.as(f.ana);
    CHECK(f.rfmCustomers() == QSet<qint64>{f.a1});
    CHECK(f.revenue() == 1000);
    CHECK(f.openPipeline() == 100);
    CHECK(f.owed() == 1000);

    f.as(f.cai);
    CHECK(f.rfmCustomers() == QSet<qint64>{f.c1});
    CHECK(f.revenue() == 4000);
    CHECK(f.openPipeline() == 400);
    CHECK(f.owed() == 4000);
}

TEST_CASE("A manager's reports and dashboard count the team's, not another team's", "[access][reports]")
{
    Teams f;
    f.as(f.mia);
    CHECK(f.rfmCustomers() == QSet<qint64>{f.a1, f.b1});
    CHECK(f.revenue() == 3000);
    CHECK(f.openPipeline() == 300);
    CHECK(f.owed() == 3000);
    CHECK(f.qualityCustomers() == 3);   // a1, b1 and the pool's p1
}

TEST_CASE("Data quality counts and lists only the customers the session sees", "[access][dataquality]")
{
    Teams f;
    f.as(f.admin);
    CHECK(f.qualityCustomers() == 4);
    CHECK(f.withoutCity() == QSet<qint64>{f.a1, f.b1, f.c1, f.p1});

    f.as(f.ana);
    CHECK(f.qualityCustomers() == 2);
    CHECK(f.withoutCity() == QSet<qint64>{f.a1, f.p1});
    // A colleague's customer is not even listed under their name.
    auto bens = DataQuality::records(*f.t.session, QStringLiteral("city"), {}, f.ben, 100);
    REQUIRE(bens.ok());
    CHECK(bens->isEmpty());
}

TEST_CASE("Exporting a report needs the Export permission and is audited with its rows and SHA-256",
          "[access][reportfile]")
{
    Teams f;
    f.as(f.ana);   // salespeople may not export by default
    auto rfm = RfmAnalysis::run(*f.t.session, {});
    REQUIRE(rfm.ok());
    const Report report = RfmAnalysis::toReport(*rfm, {}, RfmAnalysis::SegmentNames::Translated);
    const QString path = f.t.dir.filePath(QStringLiteral("rfm.csv"));
    Status denied = ReportFile::exportAs(*f.t.session, report, path, ReportFormat::Csv);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == ErrorKind::Denied);
    CHECK(denied.error().field == QStringLiteral("export"));
    CHECK_FALSE(QFileInfo::exists(path));

    f.as(f.mia);
    auto teams = RfmAnalysis::run(*f.t.session, {});
    REQUIRE(teams.ok());
    const Report team = RfmAnalysis::toReport(*teams, {}, RfmAnalysis::SegmentNames::Translated);
    REQUIRE(ReportFile::exportAs(*f.t.session, team, path, ReportFormat::Csv).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());

    AuditStore::Filter only;
    only.action = AuditAction::Export;
    auto events = AuditStore(*f.t.session).list(only);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    const AuditEvent &e = events->first();
    CHECK(e.userId == f.mia);
    CHECK(e.entity == QStringLiteral("rfm"));
    CHECK(e.detail.value(QStringLiteral("rows")).toInteger() == 2);   // a1's and b1's rows
    CHECK(e.detail.value(QStringLiteral("sha256")).toString() == sha);
    CHECK(e.detail.value(QStringLiteral("filter")).toObject().value(QStringLiteral("format")).toString()
          == QStringLiteral("csv"));

    // A workbook holds every table: its rows are counted.
    const QString xlsx = f.t.dir.filePath(QStringLiteral("rfm.xlsx"));
    REQUIRE(ReportFile::exportAs(*f.t.session, team, xlsx, ReportFormat::Xlsx).ok());
    qint64 all = 0;
    for (const ReportTable &table : team.tables)
        all += table.rows.size();
    REQUIRE(all > 2);
    auto both = AuditStore(*f.t.session).list(only);
    REQUIRE(both.ok());
    REQUIRE(both->size() == 2);
    CHECK(both->first().detail.value(QStringLiteral("rows")).toInteger() == all);   // newest first
}
