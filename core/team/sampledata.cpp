#include "team/sampledata.h"

#include "platform/db/database.h"
#include "platform/db/transaction.h"
#include "customers/customer.h"
#include "sales/order.h"
#include "platform/session.h"
#include "team/channelstore.h"
#include "team/samplegenerator.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "leads/leadstore.h"
#include "sales/orderstore.h"
#include "leads/poolstore.h"
#include "team/userstore.h"
#include "platform/clock.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace guanxi {

namespace {

// A failure to write the i-th (0-based) sample record, with the store's reason.
Error failed(const QString &pattern, qint64 i, const Error &e)
{
    return Error{pattern.arg(i + 1).arg(e.message), e.detail, {}, e.kind};
}

// One run of SampleData::generate: the random stream, the clock records are
// written at, the team, and the records written so far, which later ones
// refer to. Every record is drawn in the same order as ever, so the same seed
// on the same empty file gives the same records.
class SampleRun {
public:
    SampleRun(Session &session, const SampleData::Options &options, const SampleData::Progress &progress)
        : m_session(session), m_options(options), m_progress(progress), m_gen(options.seed),
          m_past(session.now()), m_history(session.db(), m_past), m_quiet(m_history), m_now(session.now()),
          m_today(session.today()), m_threeYearsAgo(m_today.addYears(-3)), m_span(m_threeYearsAgo.daysTo(m_today)),
          m_total(options.customers + options.orders)
    {
        m_history.setUserId(session.userId());
        m_history.setDefaultRegion(session.defaultRegion());
    }

    Status addTeam();
    Status readChannels();
    Status addCustomers();
    Status addOrders();
    Status addLeads();
    Status addDeals();
    Status leaveRoomToClaim();

    qint64 total() const { return m_total; }
    const SampleData::Report &report() const { return m_report; }

private:
    // Records are written as of the day they happened; office hours still to
    // come today move into the hour before now, but never back into
    // yesterday (just after midnight, a payment dated today would be "in the
    // future" of a clock set to 23:40).
    void at(const QDateTime &when)
    {
        if (when <= m_now) {
            m_past.set(when);
            return;
        }
        const QDateTime earlier = m_now.addSecs(-(when.secsTo(m_now) % 3600 + 3600) % 3600);
        const QDateTime midnight = m_now.toLocalTime().date().startOfDay().toUTC();
        m_past.set(qMax(earlier, qMin(midnight, m_now)));
    }
    bool cancelled(qint64 i, qint64 done) const { return m_progress && (i % 500 == 0) && !m_progress(done, m_total); }
    static Error cancelledError()
    {
        return Error{SampleData::tr("Creating sample data was cancelled; nothing was added."), {}, {}};
    }

    Customer sampleCustomer(qint64 i, bool &company, bool &pooled);
    void describeCompany(Customer &c, const SamplePlace &p, qint64 i);
    void describePerson(Customer &c, const SamplePlace &p, qint64 i);
    QDate createdDay(qint64 i);
    Result<Order> sampleOrder(OrderStore &orders, const QDate &day, bool &paidInFull, bool &partPaid);
    Result<QString> orderNumber(OrderStore &orders, int year);
    void addLines(Order &o);
    Status addPayments(OrderStore &orders, qint64 id, const Order &o, qint64 i, bool paidInFull, bool partPaid);
    Lead sampleLead();
    Result<qint64> dealOwner();
    Status addDeal(DealStore &deals, const QList<DealStage> &stages, qint64 mine, qint64 i);
    int dealStage(Deal &d, qint64 mine, qint64 i, int stageCount);

    Session &m_session;
    const SampleData::Options &m_options;
    const SampleData::Progress &m_progress;
    SampleGenerator m_gen;
    // Records are written through the stores as of the day they happened, so
    // that their created dates, change log and stage history spread over the
    // past years: what Trends, cohorts and days-in-stage read.
    FixedClock m_past;
    Session m_history;
    const Session::QuietGuard m_quiet;   // one announcement at the end
    const QDateTime m_now;
    const QDate m_today;
    const QDate m_threeYearsAgo;
    const qint64 m_span;
    const qint64 m_total;
    SampleData::Report m_report;
    QList<qint64> m_team;
    QList<qint64> m_channelIds;
    QList<qint64> m_companies;
    QList<qint64> m_customerIds;
    QList<QDate> m_customerSince;   // each customer's created day, in m_customerIds' order (never decreasing)
    QHash<int, qint64> m_nextSerial;
};

// The current user and the salespeople (sales1, sales2...), reusing the ones
// an earlier run added.
Status SampleRun::addTeam()
{
    UserStore users(m_session);
    const qint64 me = m_session.userId();
    if (me)
        m_team << me;
    static const char16_t *teamNames[] = {u"王芳", u"李强", u"陈静", u"Michael Chen", u"赵磊", u"刘洋", u"Sarah Lin", u"周杰"};
    for (int i = 0; i < m_options.teamSize && i < int(std::size(teamNames)); ++i) {
        const QString login = QStringLiteral("sales%1").arg(i + 1);
        auto existing = users.byLogin(login);
        if (existing) {
            m_team << existing->id;
            continue;
        }
        User u;
        u.login = login;
        u.displayName = QString::fromUtf16(teamNames[i]);
        u.role = i == 0 ? Role::Manager : Role::Sales;
        auto id = users.create(u);
        if (!id)
            return id.error();
        m_team << *id;
        ++m_report.users;
    }
    return {};
}

Status SampleRun::readChannels()
{
    auto channels = ChannelStore(m_session).list();
    if (!channels)
        return channels.error();
    for (const SourceChannel &c : *channels)
        m_channelIds << c.id;
    return {};
}

Status SampleRun::addCustomers()
{
    CustomerStore customers(m_history);
    m_customerIds.reserve(m_options.customers);
    m_customerSince.reserve(m_options.customers);
    const QString batch = QStringLiteral("sample-data-%1").arg(m_options.seed);
    for (qint64 i = 0; i < m_options.customers; ++i) {
        bool company = false, pooled = false;
        const Customer c = sampleCustomer(i, company, pooled);
        const QDate since = createdDay(i);
        m_customerSince << since;
        at(m_gen.officeHours(since));
        auto id = customers.create(c, batch, pooled ? CustomerStore::NoOwner::PublicPool : CustomerStore::NoOwner::CurrentUser);
        if (!id)
            return failed(SampleData::tr("Could not create sample customer %1: %2"), i, id.error());
        m_customerIds << *id;
        if (company)
            m_companies << *id;
        ++m_report.customers;
        if (cancelled(i, i))
            return cancelledError();
    }
    return {};
}

// The i-th customer: a company (the first one always) or a person, in a
// stage, with an owner or waiting in the public pool, tags and notes.
Customer SampleRun::sampleCustomer(qint64 i, bool &company, bool &pooled)
{
    Customer c;
    const SamplePlace &p = m_gen.place();
    company = m_gen.chance(20) || m_companies.isEmpty();
    c.kind = company ? CustomerKind::Company : CustomerKind::Person;
    c.province = QString::fromUtf16(p.province);
    c.city = QString::fromUtf16(p.city);
    c.industry = m_gen.industry();
    if (company)
        describeCompany(c, p, i);
    else
        describePerson(c, p, i);
    static const int stageWeights[] = {30, 25, 30, 10, 5};
    int r = m_gen.below(100);
    for (int s = 0; s < 5; ++s) {
        if (r < stageWeights[s]) {
            c.stage = Stage(s);
            break;
        }
        r -= stageWeights[s];
    }
    c.sourceId = m_channelIds.isEmpty() ? 0 : m_gen.pick(m_channelIds);
    c.ownerId = m_team.isEmpty() ? 0 : m_gen.pick(m_team);
    pooled = m_gen.chance(4); // a few wait in the public pool
    const int tagCount = m_gen.chance(45) ? 1 + m_gen.below(2) : 0;
    for (int t = 0; t < tagCount; ++t)
        c.tags << m_gen.tag();
    if (m_gen.chance(25))
        c.notes = m_gen.pick(QStringList{QStringLiteral("对价格比较敏感，需要报价单。"), QStringLiteral("下季度有采购计划。"),
                                         QStringLiteral("Prefers e-mail; call after 2pm."), QStringLiteral("展会上认识，对新品感兴趣。"),
                                         QStringLiteral("老客户介绍，决策周期较长。"), QStringLiteral("Asked for a demo next month.")});
    if (c.stage != Stage::Churned && m_gen.chance(55))
        c.nextFollowUp = m_today.addDays(m_gen.below(45) - 10);
    if (pooled)
        c.ownerId = 0;
    return c;
}

void SampleRun::describeCompany(Customer &c, const SamplePlace &p, qint64 i)
{
    c.name = m_gen.companyName(p);
    c.phones << Phone{QString(), m_gen.landline(p), QString()};
    if (m_gen.chance(60))
        c.emails << Email{QString(), QStringLiteral("info%1@").arg(i) + m_gen.mailDomain()};
    c.address = c.city + QStringLiteral("市") + m_gen.brandChar() + QStringLiteral("路") +
                QString::number(1 + m_gen.below(999)) + QStringLiteral("号");
}

void SampleRun::describePerson(Customer &c, const SamplePlace &p, qint64 i)
{
    const bool english = m_gen.chance(12);
    c.name = english ? m_gen.englishName() : m_gen.chineseName();
    c.phones << Phone{QString(), m_gen.mobile(), QString()};
    if (m_gen.chance(15))
        c.phones << Phone{QString(), m_gen.landline(p), QString()};
    if (m_gen.chance(70))
        c.emails << Email{QString(), m_gen.email(english ? c.name : QStringLiteral("kh"), int(i))};
    if (m_gen.chance(60) && !m_companies.isEmpty())
        c.companyId = m_companies.at(m_gen.below(int(m_companies.size())));
    if (m_gen.chance(50))
        c.jobTitle = m_gen.jobTitle();
    if (m_gen.chance(30))
        c.birthday = QDate(1960 + m_gen.below(42), 1 + m_gen.below(12), 1 + m_gen.below(28));
}

// Created over the three years, more of them lately (a growing business):
// the i-th of n at (i/n)^0.75 of the span.
QDate SampleRun::createdDay(qint64 i)
{
    const double u = (double(i) + double(m_gen.below(1000)) / 1000.0) / double(m_options.customers);
    return m_threeYearsAgo.addDays(qMin(m_span, qint64(std::pow(u, 0.75) * double(m_span + 1))));
}

// Orders are numbered SO-YYYY-NNNNN by their year, after any the file has
// already; payments (回款) are recorded as they came in, so "paid" orders
// are paid by real payments and some delivered ones are part paid.
Status SampleRun::addOrders()
{
    OrderStore orders(m_history);
    // Numbers follow the dates, as they would have been given.
    QList<QDate> orderDates;
    orderDates.reserve(m_options.orders);
    for (qint64 i = 0; i < m_options.orders; ++i)
        orderDates << m_gen.dateWithin(m_threeYearsAgo, int(m_threeYearsAgo.daysTo(m_today)) + 1);
    std::sort(orderDates.begin(), orderDates.end());
    for (qint64 i = 0; i < m_options.orders; ++i) {
        bool paidInFull = false, partPaid = false;
        auto o = sampleOrder(orders, orderDates.at(i), paidInFull, partPaid);
        if (!o)
            return o.error();
        at(m_gen.officeHours(o->orderDate));
        auto id = orders.create(*o);
        if (!id)
            return failed(SampleData::tr("Could not create sample order %1: %2"), i, id.error());
        if (Status s = addPayments(orders, *id, *o, i, paidInFull, partPaid); !s)
            return s;
        ++m_report.orders;
        if (cancelled(i, m_options.customers + i))
            return cancelledError();
    }
    return {};
}

// An order on the given day (or its customer's first day) with its status,
// lines and totals; whether it is to be paid in full or in part.
Result<Order> SampleRun::sampleOrder(OrderStore &orders, const QDate &day, bool &paidInFull, bool &partPaid)
{
    Order o;
    // Only customers who existed by the order date buy; a few buy often:
    // skew towards the front of the list (the oldest customers).
    const int n = int(qMax<qsizetype>(1, std::upper_bound(m_customerSince.cbegin(), m_customerSince.cend(), day)
                                             - m_customerSince.cbegin()));
    const int a = m_gen.below(n), b = m_gen.below(n);
    const int pickIndex = m_gen.chance(60) ? qMin(a, b) : a;
    o.customerId = m_customerIds.at(pickIndex);
    o.orderDate = qMax(day, m_customerSince.value(pickIndex, day));
    auto number = orderNumber(orders, o.orderDate.year());
    if (!number)
        return number.error();
    o.number = *number;
    // Older orders are delivered and nearly all paid; recent ones are
    // still drafts, signed, or waiting for their money.
    const qint64 age = o.orderDate.daysTo(m_today);
    const int r = m_gen.below(100);
    int paidChance = 35;
    if (age > 90) {
        o.status = r < 93 ? OrderStatus::Delivered : OrderStatus::Cancelled;
        paidChance = 95;
    } else if (age > 30) {
        o.status = r < 10 ? OrderStatus::Signed : r < 95 ? OrderStatus::Delivered : OrderStatus::Cancelled;
        paidChance = 70;
    } else {
        o.status = r < 15 ? OrderStatus::Draft : r < 50 ? OrderStatus::Signed
                 : r < 95 ? OrderStatus::Delivered : OrderStatus::Cancelled;
    }
    paidInFull = o.status == OrderStatus::Delivered && m_gen.chance(paidChance);
    partPaid = !paidInFull && (o.status == OrderStatus::Delivered || o.status == OrderStatus::Signed)
               && m_gen.chance(30);
    addLines(o);
    o.ownerId = m_team.isEmpty() ? 0 : m_gen.pick(m_team);
    if (Status s = Orders::computeTotals(o); !s)
        return s.error();
    return o;
}

Result<QString> SampleRun::orderNumber(OrderStore &orders, int year)
{
    if (!m_nextSerial.contains(year)) {
        auto first = orders.nextNumber(OrderKind::Order, year);
        if (!first)
            return first.error();
        m_nextSerial.insert(year, first->section(u'-', 2).toLongLong());
    }
    return QStringLiteral("SO-%1-%2").arg(year).arg(m_nextSerial[year]++, 5, 10, QChar(u'0'));
}

// One to three lines from a small catalogue, a discount now and then.
void SampleRun::addLines(Order &o)
{
    struct Item {
        const char16_t *name;
        qint64 priceMinor;
        int most;   // largest quantity
    };
    static const Item catalogue[] = {
        {u"ERP 软件许可", 1280000, 3},   {u"CRM 标准版（年）", 360000, 20}, {u"实施服务（人天）", 200000, 30},
        {u"现场培训（场）", 500000, 4},   {u"年度维护服务", 680000, 2},     {u"仓储系统模块", 980000, 2},
        {u"定制开发（人天）", 250000, 40}, {u"服务器及安装", 3200000, 3},    {u"数据迁移服务", 1500000, 1},
    };
    const int lineCount = 1 + m_gen.below(3);
    for (int k = 0; k < lineCount; ++k) {
        const Item &item = catalogue[m_gen.below(int(std::size(catalogue)))];
        const qint64 quantity = 1 + m_gen.below(item.most);
        const qint64 discount = m_gen.chance(15) ? item.priceMinor * quantity / 20 / 100 * 100 : 0;
        o.lines << OrderLine{0, QString::fromUtf16(item.name), quantity, item.priceMinor, discount, 0};
    }
}

// Paid in one to three instalments, or a first payment only.
Status SampleRun::addPayments(OrderStore &orders, qint64 id, const Order &o, qint64 i, bool paidInFull, bool partPaid)
{
    static const QStringList methods = {QStringLiteral("银行转账"), QStringLiteral("银行转账"), QStringLiteral("微信"),
                                        QStringLiteral("支付宝"), QStringLiteral("现金")};
    const int instalments = paidInFull ? 1 + m_gen.below(3) : partPaid ? 1 : 0;
    qint64 left = o.totalMinor;
    QDate paidOn = o.orderDate;
    for (int k = 0; k < instalments && left > 0; ++k) {
        const bool last = paidInFull && k == instalments - 1;
        Payment p;
        p.amountMinor = last ? left : qMax<qint64>(100, left * (30 + m_gen.below(40)) / 100 / 100 * 100);
        paidOn = qMin(m_today, paidOn.addDays(m_gen.below(45)));
        p.paidOn = paidOn;
        p.method = m_gen.pick(methods);
        if (p.method == QStringLiteral("银行转账"))
            p.reference = QStringLiteral("HX%1").arg(100000000 + m_gen.below(900000000));
        at(m_gen.officeHours(paidOn));
        if (auto paid = orders.addPayment(id, p); !paid)
            return failed(SampleData::tr("Could not create sample order %1: %2"), i, paid.error());
        left -= p.amountMinor;
    }
    return {};
}

Status SampleRun::addLeads()
{
    const qint64 leadCount = m_options.leads >= 0 ? m_options.leads : m_options.customers / 10;
    LeadStore leads(m_history);
    for (qint64 i = 0; i < leadCount; ++i) {
        const Lead l = sampleLead();
        at(m_gen.officeHours(m_today.addDays(-m_gen.below(120))));   // captured over the last four months
        auto id = leads.create(l);
        if (!id)
            return failed(SampleData::tr("Could not create sample lead %1: %2"), i, id.error());
        ++m_report.leads;
    }
    return {};
}

// A lead from a campaign; some wait in the public pool.
Lead SampleRun::sampleLead()
{
    static const QStringList campaigns = {QStringLiteral("春季展会"), QStringLiteral("官网活动"), QStringLiteral("Spring webinar"),
                                          QStringLiteral("老客户转介绍"), QString()};
    static const QStringList products = {QStringLiteral("ERP"), QStringLiteral("CRM"), QStringLiteral("仓储系统"),
                                         QStringLiteral("定制开发"), QString()};
    Lead l;
    const SamplePlace &p = m_gen.place();
    l.name = m_gen.chance(12) ? m_gen.englishName() : m_gen.chineseName();
    l.company = m_gen.chance(70) ? m_gen.companyName(p) : QString();
    l.phone = m_gen.mobile();
    l.city = QString::fromUtf16(p.city);
    l.province = QString::fromUtf16(p.province);
    l.campaign = m_gen.pick(campaigns);
    l.productInterest = m_gen.pick(products);
    l.sourceId = m_channelIds.isEmpty() ? 0 : m_gen.pick(m_channelIds);
    l.ownerId = m_gen.chance(40) || m_team.isEmpty() ? 0 : m_gen.pick(m_team);
    return l;
}

Status SampleRun::addDeals()
{
    const qint64 dealCount = m_options.deals >= 0 ? m_options.deals : m_options.customers / 5;
    if (dealCount <= 0 || m_customerIds.isEmpty())
        return {};
    DealStore deals(m_history);
    auto stages = deals.stages();
    if (!stages)
        return stages.error();
    auto mine = dealOwner();
    if (!mine)
        return mine.error();
    for (qint64 i = 0; i < dealCount; ++i) {
        if (Status s = addDeal(deals, *stages, *mine, i); !s)
            return s;
        ++m_report.deals;
    }
    return {};
}

// The user the app opens the file as: the session's, or with none the one
// UserStore::ensureDefault picks. Their "My deals" board shows deals in
// every stage.
Result<qint64> SampleRun::dealOwner()
{
    qint64 mine = m_session.userId();
    if (!mine && !m_team.isEmpty()) {
        auto picked = UserStore(m_session).ensureDefault(QString(), QString());
        if (!picked)
            return picked.error();
        mine = *picked;
    }
    return mine;
}

// A deal walked through the funnel to its stage, so that its stage history
// is realistic.
Status SampleRun::addDeal(DealStore &deals, const QList<DealStage> &stages, qint64 mine, qint64 i)
{
    static const QStringList titles = {QStringLiteral("ERP 升级"), QStringLiteral("年度采购"), QStringLiteral("仓储系统"),
                                       QStringLiteral("CRM rollout"), QStringLiteral("定制开发"), QStringLiteral("培训服务"),
                                       QStringLiteral("设备更新"), QStringLiteral("Support renewal")};
    static const QStringList lostReasons = {QStringLiteral("价格"), QStringLiteral("选择了竞争对手"), QStringLiteral("No budget")};
    Deal d;
    d.title = m_gen.pick(titles);
    d.amountMinor = qint64(5 + m_gen.below(500)) * 100000; // ¥5,000 – ¥505,000
    const int stageIndex = dealStage(d, mine, i, int(stages.size()));
    // The stages it passes through on the way, and the days spent in each.
    // A lost deal is lost from any open stage, not only the last.
    const bool toLost = stages.at(stageIndex).kind == StageKind::Lost;
    const int openUpTo = toLost && stageIndex > 0 ? m_gen.below(stageIndex) : stageIndex;
    QList<int> path;
    for (int s = 1; s <= stageIndex; ++s) {
        const StageKind kind = stages.at(s).kind;
        if ((kind == StageKind::Open && s <= openUpTo) || s == stageIndex)
            path << s;
    }
    QList<int> daysIn;
    int walk = 0;
    for (qsizetype s = 0; s < path.size(); ++s) {
        daysIn << 3 + m_gen.below(25);
        walk += daysIn.last();
    }
    // Open deals entered their stage in the last two weeks, a few
    // longer ago (stale, as DealStore marks them); closed ones closed
    // any time in the three years.
    const bool closed = stages.at(stageIndex).kind != StageKind::Open;
    const int staleFor = m_gen.chance(20) ? DealStore::staleDays + 1 + m_gen.below(45) : m_gen.below(DealStore::staleDays);
    const QDate entered = closed ? m_today.addDays(-m_gen.below(int(qMax<qint64>(1, m_span - walk))))
                                 : m_today.addDays(-staleFor);
    QDate opened = entered.addDays(-walk);
    // A customer who was there the day before the deal opened.
    const qsizetype known = std::lower_bound(m_customerSince.begin(), m_customerSince.end(), opened) - m_customerSince.begin();
    d.customerId = m_customerIds.at(m_gen.below(int(qMax<qsizetype>(1, known))));
    if (known == 0)
        opened = qMax(opened, m_customerSince.first().addDays(1));
    d.expectedClose = closed ? entered : m_today.addDays(m_gen.below(150) - 20);
    d.stageId = stages.first().id;
    at(m_gen.officeHours(opened));
    auto id = deals.create(d);
    if (!id)
        return failed(SampleData::tr("Could not create sample deal %1: %2"), i, id.error());
    QDate day = opened;
    for (qsizetype s = 0; s < path.size(); ++s) {
        const DealStage &next = stages.at(path.at(s));
        day = day.addDays(daysIn.at(s));
        at(m_gen.officeHours(day));
        const QString reason = next.kind == StageKind::Lost ? m_gen.pick(lostReasons) : QString();
        if (Status st = deals.move(*id, next.id, reason); !st)
            return st;
    }
    return {};
}

// The stage the i-th deal ends in, and its owner: the first deals one of the
// current user's in each stage, the rest by weight.
int SampleRun::dealStage(Deal &d, qint64 mine, qint64 i, int stageCount)
{
    static const int stageWeights[] = {30, 22, 18, 12, 10, 8}; // first contact ... won, lost
    int stageIndex = 0;
    if (mine && i < stageCount) {
        stageIndex = int(i);   // the first deals: one of the current user's in each stage
        d.ownerId = mine;
    } else {
        int r = m_gen.below(100);
        for (int s = 0; s < int(std::size(stageWeights)); ++s) {
            if (r < stageWeights[s]) {
                stageIndex = s;
                break;
            }
            r -= stageWeights[s];
        }
        d.ownerId = m_team.isEmpty() ? 0 : mine && m_gen.chance(25) ? mine : m_gen.pick(m_team);
    }
    return qMin(stageIndex, stageCount - 1);
}

// Everyone seeded holds many customers; the claim limit leaves them room
// to claim and be assigned more from the pool.
Status SampleRun::leaveRoomToClaim()
{
    if (m_team.isEmpty())
        return {};
    PoolStore pool(m_session);
    auto rules = pool.rules();
    if (!rules)
        return rules.error();
    qint64 most = 0;
    for (qint64 member : std::as_const(m_team)) {
        auto held = pool.holdings(member);
        if (!held)
            return held.error();
        most = qMax(most, *held);
    }
    const qint64 room = qMax<qint64>(50, most / 5);
    if (most + room > rules->claimCap) {
        PoolRules raised = *rules;
        raised.claimCap = int(qMin<qint64>(std::numeric_limits<int>::max(), (most + room + 99) / 100 * 100));
        if (Status s = pool.setRules(raised); !s)
            return s;
    }
    return {};
}

} // namespace

Result<SampleData::Report> SampleData::generate(Session &session, const Options &options, const Progress &progress)
{
    if (options.customers < 0 || options.orders < 0)
        return Error{tr("The number of customers and orders cannot be negative."), {}, {}};
    if (options.orders > 0 && options.customers == 0)
        return Error{tr("Orders need customers: ask for at least one customer."), {}, {}};
    Transaction tx(session.db(), tr("adding sample data"));
    if (Status s = tx.begin(); !s)
        return s.error();
    SampleRun run(session, options, progress);
    for (Status (SampleRun::*step)() : {&SampleRun::addTeam, &SampleRun::readChannels, &SampleRun::addCustomers,
                                        &SampleRun::addOrders, &SampleRun::addLeads, &SampleRun::addDeals,
                                        &SampleRun::leaveRoomToClaim})
        if (Status s = (run.*step)(); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(run.total(), run.total());
    session.announce(Session::Changed::Customers);
    session.announce(Session::Changed::Lookups);
    return run.report();
}

} // namespace guanxi
