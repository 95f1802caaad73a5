// Row versions of leads (issue 17): a lead screened by someone else since it
// was read is not screened over; on SQLite and on PostgreSQL.
#include "corehelpers.h"
#include "seconddesk.h"

#include "leads/leadstore.h"
#include "leads/poolstore.h"

using namespace guanxi;
using namespace guanxi::test;

TEST_CASE("A lead changed by someone else since it was read is not overwritten", "[rowversion][leads]")
{
    TestDb t;
    SecondDesk wang(t, QStringLiteral("wangfang"), QStringLiteral("王芳"));
    LeadStore mine(*t.session);
    LeadStore theirs(*wang.session);
    Lead l;
    l.name = QStringLiteral("陈静");
    l.company = QStringLiteral("远景贸易");
    l.ownerId = t.session->userId();
    auto created = mine.create(l);
    if (!created)
        FAIL(str(created.error().message));
    const qint64 id = *created;

    const Lead readByMe = mine.get(id).value();
    const Lead readByWang = theirs.get(id).value();
    CHECK(readByMe.version == 1);

    REQUIRE(theirs.disqualify(id, QStringLiteral("没有预算"), readByWang.version).ok());
    const Status refused = mine.qualify(id, readByMe.version);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("王芳")));
    CHECK(refused.error().message.contains(QStringLiteral("没有预算")));
    const Lead now = mine.get(id).value();
    CHECK(now.status == LeadStatus::Disqualified);
    CHECK(now.version == 2);

    REQUIRE(mine.qualify(id, now.version).ok());
    CHECK(theirs.get(id)->status == LeadStatus::Qualified);
    CHECK(theirs.get(id)->version == 3);

    // A pool move is no edit: it moves the version on without checking.
    REQUIRE(PoolStore(*t.session).release(PoolEntity::Lead, id, QStringLiteral("不跟了")).ok());
    CHECK(mine.get(id)->version == 4);
    CHECK(mine.disqualify(id, QStringLiteral("x"), 3).error().kind == ErrorKind::Conflict);
}
