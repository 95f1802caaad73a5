// Follow-ups (跟进): logging moves the customer's last contact and next
// follow-up in one transaction; Today's groups follow the day boundary of a
// fixed clock; snoozing; bad input leaves everything as it was; the calendar
// export is valid iCalendar.
#include "corehelpers.h"

#include "formats/icalendar.h"
#include "platform/changelogstore.h"
#include "customers/customercolumns.h"
#include "activities/todaymodel.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "activities/followupstore.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <functional>

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 addCustomer(Session &session, const QString &name, const QDate &next = {}, qint64 owner = 0)
{
    Customer c;
    c.name = name;
    c.nextFollowUp = next;
    c.ownerId = owner;
    c.phones << Phone{QString(), QStringLiteral("138 0000 %1").arg(qHash(name) % 10000, 4, 10, QChar(u'0')), QString()};
    auto id = CustomerStore(session).create(c);
    REQUIRE(id.ok());
    return *id;
}

QStringList names(const QList<DueFollowUp> &items)
{
    QStringList out;
    for (const DueFollowUp &d : items)
        out << d.name;
    return out;
}
} // namespace

TEST_CASE("Logging a follow-up records it and moves the customer's dates", "[followups]")
{
    TestDb t;
    const QDate today = t.session->today();
    const qint64 id = addCustomer(*t.session, QStringLiteral("张伟"), today);
    FollowUpStore store(*t.session);
    auto phone = store.findChannel(QStringLiteral("phone"));
    REQUIRE(phone.ok());

    Interaction i;
    i.customerId = id;
    i.channelId = *phone;
    i.summary = QStringLiteral("  介绍了新报价  ");
    i.feedback = QStringLiteral("价格偏高");
    i.outcome = QStringLiteral("sent quote");
    i.nextFollowUp = today.addDays(3);
    i.nextAction = QStringLiteral("发合同");
    auto logged = store.log(i);
    REQUIRE(logged.ok());

    auto c = CustomerStore(*t.session).get(id);
    REQUIRE(c.ok());
    CHECK(c->nextFollowUp == today.addDays(3));
    CHECK(countRows(*t.db, QStringLiteral("customers"),
                    QStringLiteral("last_contact_at = '%1' AND next_action = '发合同'").arg(toStoredTime(t.clock.nowUtc())))
          == 1);

    auto list = store.forCustomer(id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().summary == QStringLiteral("介绍了新报价"));
    CHECK(list->first().feedback == QStringLiteral("价格偏高"));
    CHECK(list->first().channelName == QStringLiteral("Phone"));
    CHECK(list->first().userName == QStringLiteral("Tester"));
    CHECK(list->first().occurredAt == t.clock.nowUtc());

    // The move of the follow-up date is in the customer's history.
    auto history = ChangeLogStore(*t.session).history(QStringLiteral("customer"), id);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->first().field == QStringLiteral("next_follow_up"));
    CHECK(history->first().oldValue == toStoredDate(today));
    CHECK(history->first().newValue == toStoredDate(today.addDays(3)));

    SECTION("without a next date the pending follow-up is done")
    {
        Interaction done;
        done.customerId = id;
        done.summary = QStringLiteral("合同已发");
        REQUIRE(store.log(done).ok());
        CHECK_FALSE(CustomerStore(*t.session).get(id)->nextFollowUp.isValid());
        CHECK(store.due(0, today.addDays(30))->isEmpty());
    }

    SECTION("a follow-up logged late does not move the last contact back")
    {
        Interaction late;
        late.customerId = id;
        late.summary = QStringLiteral("last week's visit");
        late.occurredAt = t.clock.nowUtc().addDays(-7);
        late.nextFollowUp = today.addDays(1);
        REQUIRE(store.log(late).ok());
        CHECK(countRows(*t.db, QStringLiteral("customers"),
                        QStringLiteral("last_contact_at = '%1'").arg(toStoredTime(t.clock.nowUtc())))
              == 1);
    }
}

TEST_CASE("Bad follow-ups are refused with the field and nothing is written", "[followups]")
{
    TestDb t;
    const QDate today = t.session->today();
    const qint64 id = addCustomer(*t.session, QStringLiteral("李娜"), today);
    FollowUpStore store(*t.session);
    const qint64 interactions = countRows(*t.db, QStringLiteral("interactions"));
    const qint64 changes = countRows(*t.db, QStringLiteral("change_log"));

    Interaction base;
    base.customerId = id;
    base.summary = QStringLiteral("call");

    struct Case {
        const char *what;
        std::function<void(Interaction &)> spoil;
        QString field;
    };
    const QList<Case> cases = {
        {"empty summary", [](Interaction &i) { i.summary = QStringLiteral("   "); }, QStringLiteral("summary")},
        {"next date in the past", [&](Interaction &i) { i.nextFollowUp = today.addDays(-1); }, QStringLiteral("next_follow_up")},
        {"happened in the future", [&](Interaction &i) { i.occurredAt = t.clock.nowUtc().addSecs(3600); },
         QStringLiteral("occurred_at")},
        {"action without a date", [](Interaction &i) { i.nextAction = QStringLiteral("call again"); },
         QStringLiteral("next_follow_up")},
        {"unknown customer", [](Interaction &i) { i.customerId = 999999; }, QStringLiteral("customer")},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        Interaction i = base;
        c.spoil(i);
        auto r = store.log(i);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == c.field);
        CHECK_FALSE(r.error().message.isEmpty());
    }
    // A trashed customer gets no follow-ups.
    REQUIRE(CustomerStore(*t.session).moveToTrash({id}).ok());
    auto trashed = store.log(base);
    REQUIRE_FALSE(trashed.ok());
    CHECK(trashed.error().message.contains(QStringLiteral("trash")));

    CHECK(countRows(*t.db, QStringLiteral("interactions")) == interactions);
    CHECK(countRows(*t.db, QStringLiteral("change_log")) == changes + 1); // only the move to the trash
    CHECK(countRows(*t.db, QStringLiteral("customers"), QStringLiteral("last_contact_at IS NOT NULL")) == 0);
}

TEST_CASE("What is due follows the local day boundary of the clock", "[followups]")
{
    TestDb t;
    // 2026-03-15 23:59:59 UTC (tests run in UTC): the last second of the 15th.
    t.clock.set(QDateTime(QDate(2026, 3, 15), QTime(23, 59, 59), Qt::UTC));
    const QDate today(2026, 3, 15);
    REQUIRE(t.session->today() == today);
    const qint64 me = t.session->userId();
    addCustomer(*t.session, QStringLiteral("Overdue Ann"), today.addDays(-1), me);
    addCustomer(*t.session, QStringLiteral("Today Tom"), today, me);
    addCustomer(*t.session, QStringLiteral("Tomorrow Tim"), today.addDays(1), me);
    addCustomer(*t.session, QStringLiteral("Week Wu"), today.addDays(7), me);
    addCustomer(*t.session, QStringLiteral("Later Li"), today.addDays(8), me);
    addCustomer(*t.session, QStringLiteral("No Date Nie"), QDate(), me);
    User other;
    other.login = QStringLiteral("wangfang");
    other.displayName = QStringLiteral("王芳");
    const qint64 colleague = *UserStore(*t.session).create(other);
    addCustomer(*t.session, QStringLiteral("Colleague's Chen"), today, colleague);

    FollowUpStore store(*t.session);
    CHECK(names(*store.due(me, today)) == QStringList{QStringLiteral("Overdue Ann"), QStringLiteral("Today Tom")});
    CHECK(store.due(0, today)->size() == 3);

    TodayModel model(*t.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.count(TodayModel::Overdue) == 1);
    CHECK(model.count(TodayModel::DueToday) == 1);
    CHECK(model.count(TodayModel::Upcoming) == 2); // tomorrow and in 7 days; day 8 is beyond
    CHECK(model.pending() == 2);
    const QModelIndex overdue = model.index(TodayModel::Overdue, 0);
    CHECK(model.index(0, TodayModel::Name, overdue).data().toString() == QStringLiteral("Overdue Ann"));
    CHECK(model.index(0, TodayModel::Name, overdue).data(CustomerRole::Overdue).toBool());

    // One second later it is the 16th: today's becomes overdue, tomorrow's is due.
    t.clock.set(QDateTime(QDate(2026, 3, 16), QTime(0, 0, 0), Qt::UTC));
    model.reload();
    CHECK(model.count(TodayModel::Overdue) == 2);
    CHECK(model.count(TodayModel::DueToday) == 1);
    CHECK(model.count(TodayModel::Upcoming) == 2); // in 6 days, and the one now 7 days away
    CHECK(model.index(0, TodayModel::Name, model.index(TodayModel::DueToday, 0)).data().toString()
          == QStringLiteral("Tomorrow Tim"));

    SECTION("logging from the list updates the model")
    {
        const qint64 ann = model.index(0, 0, model.index(TodayModel::Overdue, 0)).data(CustomerRole::Id).toLongLong();
        Interaction i;
        i.customerId = ann;
        i.summary = QStringLiteral("called back");
        REQUIRE(store.log(i).ok()); // Session::customersChanged reloads the model
        CHECK(model.count(TodayModel::Overdue) == 1);
    }
}

TEST_CASE("Snoozing moves a follow-up to a later day, never into the past", "[followups]")
{
    TestDb t;
    const QDate today = t.session->today();
    const qint64 id = addCustomer(*t.session, QStringLiteral("王芳"), today.addDays(-2));
    FollowUpStore store(*t.session);
    auto past = store.snooze(id, today.addDays(-1));
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().field == QStringLiteral("next_follow_up"));
    CHECK(CustomerStore(*t.session).get(id)->nextFollowUp == today.addDays(-2));
    REQUIRE(store.snooze(id, today.addDays(7)).ok());
    CHECK(CustomerStore(*t.session).get(id)->nextFollowUp == today.addDays(7));
    auto history = ChangeLogStore(*t.session).history(QStringLiteral("customer"), id);
    CHECK(history->first().field == QStringLiteral("next_follow_up"));
}

TEST_CASE("Follow-ups export to iCalendar that calendars accept", "[followups][ics]")
{
    DueFollowUp d;
    d.customerId = 42;
    d.name = QStringLiteral("张伟");
    d.companyName = QStringLiteral("华信科技有限公司, 北京; 分部");
    d.due = QDate(2026, 3, 16);
    d.action = QStringLiteral("发合同");
    d.phone = QStringLiteral("138 1234 5678");
    const QByteArray ics = ICalendar::followUps({d}, QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC));
    const QString text = QString::fromUtf8(ics);
    // Every line ends in CRLF and no line is longer than 75 octets.
    REQUIRE(ics.endsWith("\r\n"));
    for (const QByteArray &line : ics.split('\n')) {
        CHECK(line.size() <= 76); // 75 octets plus the CR
        if (!line.isEmpty())
            CHECK(line.endsWith('\r'));
    }
    // Unfolded, the event carries what a calendar needs.
    QString unfolded = text;
    unfolded.replace(QStringLiteral("\r\n "), QString());
    CHECK(unfolded.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")));
    CHECK(unfolded.contains(QStringLiteral("UID:guanxi-follow-up-42-20260316@guanxi.org\r\n")));
    CHECK(unfolded.contains(QStringLiteral("DTSTART;VALUE=DATE:20260316\r\nDTEND;VALUE=DATE:20260317\r\n")));
    CHECK(unfolded.contains(QStringLiteral("DTSTAMP:20260315T093000Z\r\n")));
    CHECK(unfolded.contains(QStringLiteral("SUMMARY:Follow up: 张伟 — 发合同\r\n")));
    CHECK(unfolded.contains(QStringLiteral("Company: 华信科技有限公司\\, 北京\\; 分部\\nPhone: 138 1234 5678")));
    CHECK(unfolded.contains(QStringLiteral("TRIGGER;RELATED=START:PT9H")));
    CHECK(unfolded.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    // Folding never splits a Chinese character: every piece is valid UTF-8.
    for (const QByteArray &line : ics.split('\n'))
        CHECK(QString::fromUtf8(line).toUtf8() == line);

    SECTION("an unwritable target leaves an error, not a half file")
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("missing/sub/dir/f.ics"));
        auto saved = ICalendar::save(target, ics);
        CHECK_FALSE(saved.ok());
        CHECK_FALSE(QFileInfo::exists(target));
        const QString good = dir.filePath(QStringLiteral("f.ics"));
        REQUIRE(ICalendar::save(good, ics).ok());
        CHECK(fileBytes(good) == ics);
    }
}

namespace {
// A lead the tester owns, reachable by phone or e-mail.
qint64 ownLead(TestDb &t, const QString &name, const QString &phone, const QString &email)
{
    Lead l;
    l.name = name;
    l.phone = phone;
    l.email = email;
    l.ownerId = t.session->userId();
    auto id = LeadStore(*t.session).create(l);
    if (!id)
        FAIL(str(id.error().toString()));
    return *id;
}
} // namespace

TEST_CASE("Follow-ups on a lead and on a deal", "[followups][leads][deals]")
{
    TestDb t;
    const qint64 lead = ownLead(t, QStringLiteral("张先生"), QStringLiteral("139 0000 1111"), {});
    Interaction onLead;
    onLead.leadId = lead;
    onLead.summary = QStringLiteral("first call");
    onLead.nextFollowUp = t.session->today().addDays(2);
    REQUIRE(FollowUpStore(*t.session).log(onLead).ok());
    CHECK(countRows(*t.db, QStringLiteral("leads"), QStringLiteral("last_contact_at IS NOT NULL AND next_follow_up IS NOT NULL")) == 1);
    // A follow-up restarts the lead's reclaim clock.
    PoolRules rules;
    rules.reclaimAfterDays = 5;
    rules.warnDaysBefore = 1;
    REQUIRE(PoolStore(*t.session).setRules(rules).ok());
    t.clock.set(fixedNow().addDays(4));
    onLead.nextFollowUp = QDate();
    REQUIRE(FollowUpStore(*t.session).log(onLead).ok());
    t.clock.set(fixedNow().addDays(6));
    CHECK(PoolStore(*t.session).reclaim()->isEmpty());

    Customer c;
    c.name = QStringLiteral("华信");
    Deal d;
    d.customerId = *CustomerStore(*t.session).create(c);
    d.title = QStringLiteral("ERP");
    d.amountMinor = 100;
    const qint64 deal = *DealStore(*t.session).create(d);
    t.clock.set(fixedNow().addDays(30));
    CHECK(DealStore(*t.session).get(deal)->stale);
    Interaction onDeal;
    onDeal.dealId = deal;
    onDeal.summary = QStringLiteral("sent the proposal");
    REQUIRE(FollowUpStore(*t.session).log(onDeal).ok());
    CHECK_FALSE(DealStore(*t.session).get(deal)->stale);
    CHECK(FollowUpStore(*t.session).forCustomer(d.customerId)->size() == 1); // on the customer's timeline too
    Interaction nowhere;
    nowhere.summary = QStringLiteral("?");
    CHECK(FollowUpStore(*t.session).log(nowhere).error().field == QStringLiteral("customer"));
}

TEST_CASE("A lead's follow-ups show on Today and move to the customer it becomes", "[followups][leads]")
{
    TestDb t;
    const qint64 lead = ownLead(t, QStringLiteral("李先生"), {}, QStringLiteral("li@example.com"));
    Interaction i;
    i.leadId = lead;
    i.summary = QStringLiteral("第一次电话");
    i.nextFollowUp = t.session->today();
    REQUIRE(FollowUpStore(*t.session).log(i).ok());
    auto due = FollowUpStore(*t.session).due(t.session->userId(), t.session->today());
    REQUIRE(due->size() == 1);
    CHECK(due->first().leadId == lead);
    CHECK(due->first().customerId == 0);
    TodayModel today(*t.session);
    CHECK(today.count(TodayModel::DueToday) == 1);
    // The calendar keeps leads and customers apart.
    CHECK(QString::fromUtf8(ICalendar::followUps(*due, t.clock.nowUtc())).contains(QStringLiteral("lead-%1").arg(lead)));

    auto converted = LeadStore(*t.session).convert(lead);
    REQUIRE(converted.ok());
    auto history = FollowUpStore(*t.session).forCustomer(converted->personId);
    REQUIRE(history->size() == 1);
    CHECK(history->first().summary == QStringLiteral("第一次电话"));
    CHECK(CustomerStore(*t.session).get(converted->personId)->nextFollowUp == t.session->today());
    // Now it is due as the customer, once.
    due = FollowUpStore(*t.session).due(t.session->userId(), t.session->today());
    REQUIRE(due->size() == 1);
    CHECK(due->first().customerId == converted->personId);
}
