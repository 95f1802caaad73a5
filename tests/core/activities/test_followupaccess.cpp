// Follow-ups, Today, notifications and the calendar export as a salesperson:
// only about the customers and leads the session sees; the pool's phones
// masked; channels need their permission; the calendar is an audited export.
#include "../../support/access.h"
#include "corehelpers.h"

#include "activities/followupcalendar.h"
#include "activities/followupstore.h"
#include "activities/notificationstore.h"
#include "activities/todaymodel.h"
#include "customers/customerstore.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"
#include "platform/auditstore.h"
#include "team/channelstore.h"

#include <QTemporaryDir>

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 addCustomer(Session &s, const QString &name, qint64 owner, const QDate &next, const QString &phone = {})
{
    Customer c;
    c.name = name;
    c.ownerId = owner;
    c.nextFollowUp = next;
    if (!phone.isEmpty())
        c.phones << Phone{QString(), phone, QString()};
    auto id = CustomerStore(s).create(c, {}, CustomerStore::NoOwner::PublicPool);
    REQUIRE(id.ok());
    return *id;
}

Result<qint64> logCall(Session &s, qint64 customer, const QString &summary, LoggedFollowUp *logged = nullptr)
{
    Interaction i;
    i.customerId = customer;
    i.occurredAt = s.now().addSecs(-3600);
    i.summary = summary;
    i.nextFollowUp = s.today().addDays(2);
    return FollowUpStore(s).log(i, logged);
}

QStringList names(const QList<DueFollowUp> &items)
{
    QStringList out;
    for (const DueFollowUp &d : items)
        out << d.name;
    out.sort();
    return out;
}

// East: manager boss with li; West: wang. A customer each, due today, and
// one in the pool.
struct Desk {
    TestDb t;
    Session &s = *t.session;
    qint64 admin = s.userId();
    qint64 boss = addUser(s, QStringLiteral("boss"), Role::Manager, QStringLiteral("East"));
    qint64 li = addUser(s, QStringLiteral("li"), Role::Sales, QStringLiteral("East"));
    qint64 wang = addUser(s, QStringLiteral("wang"), Role::Sales, QStringLiteral("West"));
    qint64 liCustomer = addCustomer(s, QStringLiteral("李的客户"), li, s.today());
    qint64 wangCustomer = addCustomer(s, QStringLiteral("王的客户"), wang, s.today());
    qint64 pooled = addCustomer(s, QStringLiteral("公海客户"), 0, s.today(), QStringLiteral("138 1234 5678"));
};
} // namespace

TEST_CASE("A salesperson cannot log, read, snooze or take back follow-ups of another's customer", "[followups][access]")
{
    Desk d;
    LoggedFollowUp theirs;
    REQUIRE(logCall(d.s, d.wangCustomer, QStringLiteral("王打的电话"), &theirs).ok());

    actAs(d.s, d.li);
    FollowUpStore store(d.s);
    CHECK(logCall(d.s, d.wangCustomer, QStringLiteral("偷偷打的")).error().kind == ErrorKind::NotFound);
    CHECK(store.forCustomer(d.wangCustomer).value().isEmpty());
    CHECK(store.snooze(d.wangCustomer, d.s.today().addDays(5)).error().kind == ErrorKind::NotFound);
    CHECK(store.unlog(theirs).error().kind == ErrorKind::NotFound);
    CHECK(logCall(d.s, d.liCustomer, QStringLiteral("我的电话")).ok());

    actAsEveryone(d.s, d.admin);
    const QList<Interaction> wangs = store.forCustomer(d.wangCustomer).value();
    REQUIRE(wangs.size() == 1);
    CHECK(wangs.first().summary == QStringLiteral("王打的电话"));
    CHECK(CustomerStore(d.s).get(d.wangCustomer).value().nextFollowUp == d.s.today().addDays(2));
}

TEST_CASE("What is due, and Today, hold the session's own, the team's and the pool's", "[followups][today][access]")
{
    Desk d;
    actAs(d.s, d.li);
    const QList<DueFollowUp> due = FollowUpStore(d.s).due(0, d.s.today()).value();
    CHECK(names(due) == QStringList{QStringLiteral("公海客户"), QStringLiteral("李的客户")});
    // The pool's phone is masked for everyone but an administrator.
    for (const DueFollowUp &item : due)
        if (item.customerId == d.pooled)
            CHECK(item.phone == QStringLiteral("138****5678"));

    TodayModel today(d.s);
    const QModelIndex dueToday = today.index(TodayModel::DueToday, 0);
    QStringList shown;
    for (int row = 0; row < today.rowCount(dueToday); ++row)
        shown << today.index(row, TodayModel::Name, dueToday).data().toString();
    CHECK(shown == QStringList{QStringLiteral("李的客户")});

    actAs(d.s, d.boss);
    CHECK(names(FollowUpStore(d.s).due(0, d.s.today()).value())
          == QStringList{QStringLiteral("公海客户"), QStringLiteral("李的客户")});
    CHECK(FollowUpStore(d.s).due(d.wang, d.s.today()).value().isEmpty());

    actAs(d.s, d.admin);
    CHECK(FollowUpStore(d.s).due(0, d.s.today()).value().size() == 3);
}

TEST_CASE("Notifications about a record the session no longer sees are not shown", "[notifications][access]")
{
    Desk d;
    Lead lead;
    lead.name = QStringLiteral("转来转去");
    lead.company = QStringLiteral("某公司");
    const qint64 id = LeadStore(d.s).create(lead).value();
    REQUIRE(PoolStore(d.s).assign(PoolEntity::Lead, {id}, d.li, {}).ok());
    actAs(d.s, d.li);
    CHECK(NotificationStore(d.s).unreadCount(d.li).value() == 1);

    actAsEveryone(d.s, d.admin);
    REQUIRE(PoolStore(d.s).assign(PoolEntity::Lead, {id}, d.wang, {}).ok());
    actAs(d.s, d.li);
    CHECK(NotificationStore(d.s).list(d.li, false).value().isEmpty());
    CHECK(NotificationStore(d.s).unreadCount(d.li).value() == 0);
    // Nor another team's inbox.
    CHECK(NotificationStore(d.s).list(d.wang, false).value().isEmpty());
    CHECK(NotificationStore(d.s).unreadCount(d.wang).value() == 0);
    REQUIRE(NotificationStore(d.s).markAllRead(d.wang).ok());

    actAs(d.s, d.wang);
    const QList<Notification> wangs = NotificationStore(d.s).list(d.wang, true).value();
    REQUIRE(wangs.size() == 1);
    CHECK(wangs.first().entityId == id);
}

TEST_CASE("Adding or changing channels needs the permission to edit stages and channels", "[followups][access]")
{
    Desk d;
    actAs(d.s, d.li);
    auto followUp = FollowUpStore(d.s).addChannel(QStringLiteral("钉钉"));
    REQUIRE_FALSE(followUp.ok());
    CHECK(followUp.error().kind == ErrorKind::Denied);
    CHECK(followUp.error().field == Permissions::code(Permission::EditStagesChannels));
    const qint64 phone = FollowUpStore(d.s).findChannel(QStringLiteral("phone")).value();
    CHECK(FollowUpStore(d.s).archiveChannel(phone).error().kind == ErrorKind::Denied);
    CHECK(ChannelStore(d.s).add(QStringLiteral("展会")).error().kind == ErrorKind::Denied);
    const qint64 source = ChannelStore(d.s).list().value().first().id;
    CHECK(ChannelStore(d.s).rename(source, QStringLiteral("改名")).error().kind == ErrorKind::Denied);
    CHECK(ChannelStore(d.s).setArchived(source, true).error().kind == ErrorKind::Denied);
    CHECK(FollowUpStore(d.s).channels().value().size() == FollowUpStore(d.s).channels(true).value().size());

    actAs(d.s, d.admin);
    CHECK(FollowUpStore(d.s).addChannel(QStringLiteral("钉钉")).ok());
    CHECK(ChannelStore(d.s).add(QStringLiteral("展会")).ok());
}

TEST_CASE("The follow-up calendar is an export: permission, the session's records only, and the audit trail",
          "[followups][icalendar][access]")
{
    Desk d;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("follow-ups.ics"));
    actAs(d.s, d.li);
    auto denied = FollowUpCalendar::write(d.s, path, 0, d.s.today().addDays(30));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == ErrorKind::Denied);
    CHECK(denied.error().field == Permissions::code(Permission::Export));
    CHECK_FALSE(QFile::exists(path));

    actAs(d.s, d.boss);
    auto written = FollowUpCalendar::write(d.s, path, 0, d.s.today().addDays(30));
    REQUIRE(written.ok());
    CHECK(*written == 2);
    const QString ics = QString::fromUtf8(fileBytes(path)).remove(QStringLiteral("\r\n "));
    CHECK(ics.contains(QStringLiteral("李的客户")));
    CHECK_FALSE(ics.contains(QStringLiteral("王的客户")));

    actAs(d.s, d.admin);
    AuditStore::Filter exports;
    exports.action = AuditAction::Export;
    const QList<AuditEvent> events = AuditStore(d.s).list(exports).value();
    REQUIRE(events.size() == 1);
    CHECK(events.first().userId == d.boss);
    CHECK(events.first().detail.value(QStringLiteral("rows")).toInt() == 2);
    CHECK(events.first().detail.value(QStringLiteral("sha256")).toString().size() == 64);
}
