#include "team/sampledata.h"

#include "platform/db/database.h"
#include "platform/db/transaction.h"
#include "customers/customer.h"
#include "sales/order.h"
#include "platform/session.h"
#include "team/channelstore.h"
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
#include <random>

namespace guanxi {

namespace {

const QStringList surnames = QStringLiteral(
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 "
    "蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 "
    "闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 欧阳 司马 诸葛").split(u' ');
const QStringList givenChars = QStringLiteral(
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 红 玉 兰 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 "
    "帅 旭 宁 龙 林 欣 佳 婷 雪 琳 晨 阳 梅 莉 萍 建 国 海 峰 亮 辉 文 志 嘉 怡 子 涵 思 雨 博 晓 睿 轩 然 哲 瑞 安 "
    "诗 琪 悦 晗 妍 一 家 德 成 春 东 永 金").split(u' ');
const QStringList englishFirst = QStringLiteral(
    "James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph "
    "Jessica Thomas Sarah Daniel Karen Matthew Nancy Anthony Lisa Mark Emily Paul Anna Kevin Laura Brian Grace "
    "Oliver Sophie Lucas Chloe Henry Olivia Ethan Mia").split(u' ');
const QStringList englishLast = QStringLiteral(
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson "
    "White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell "
    "Mitchell Roberts Carter Phillips Evans Turner Parker Collins").split(u' ');
const QStringList brandChars = QStringLiteral(
    "华 兴 盛 达 通 联 创 信 恒 远 泰 隆 宏 瑞 鑫 晟 博 源 中 天 海 新 嘉 安 德 利 丰 汇 金 科 启 明 光 腾 云 智 合 美 "
    "佳 辰").split(u' ');
const QStringList companyTrades = QStringLiteral(
    "科技 电子 贸易 机械 食品 医药 建材 物流 软件 文化 服装 化工 环保 教育 咨询 家居 汽车配件 新能源 网络 餐饮").split(u' ');
const QStringList companySuffixes = QStringLiteral("有限公司 股份有限公司 有限责任公司 集团有限公司").split(u' ');
const QStringList englishCompanyWords = QStringLiteral(
    "Blue River Summit Orchid Pacific Golden Harbor Silver Maple Crescent Northstar Bright Evergreen Lotus "
    "Jade Horizon").split(u' ');
const QStringList englishCompanyTrades = QStringLiteral(
    "Technologies Trading Logistics Foods Medical Software Consulting Manufacturing Design Energy").split(u' ');
const QStringList englishCompanySuffixes = QStringLiteral("Ltd.|Co., Ltd.|Inc.|Group Ltd.|LLC").split(u'|');
const QStringList industries = QStringLiteral(
    "制造业 零售 批发 信息技术 医疗健康 教育培训 金融服务 房地产 物流运输 餐饮酒店 建筑工程 能源化工 农业 文化传媒").split(u' ');
const QStringList jobTitles = QStringLiteral(
    "总经理 采购经理 销售总监 技术总监 财务经理 行政主管 市场经理 项目经理 董事长 采购专员 Purchasing Manager CEO").split(u' ');
const QStringList tagPool = QStringLiteral(
    "VIP 老客户 重点跟进 价格敏感 决策人 已报价 展会 转介绍 续约 海外").split(u' ');
const QStringList mailDomains = QStringLiteral(
    "qq.com 163.com 126.com sina.com gmail.com outlook.com foxmail.com").split(u' ');

struct Place {
    const char16_t *province;
    const char16_t *city;
    const char16_t *areaCode; // landline area code without trunk 0
    int weight;
};
const Place places[] = {
    {u"北京", u"北京", u"10", 10},     {u"上海", u"上海", u"21", 10},     {u"广东", u"广州", u"20", 8},
    {u"广东", u"深圳", u"755", 9},     {u"广东", u"东莞", u"769", 4},     {u"广东", u"佛山", u"757", 3},
    {u"浙江", u"杭州", u"571", 7},     {u"浙江", u"宁波", u"574", 4},     {u"浙江", u"温州", u"577", 3},
    {u"江苏", u"南京", u"25", 5},      {u"江苏", u"苏州", u"512", 6},     {u"江苏", u"无锡", u"510", 3},
    {u"四川", u"成都", u"28", 6},      {u"湖北", u"武汉", u"27", 5},      {u"陕西", u"西安", u"29", 4},
    {u"天津", u"天津", u"22", 4},      {u"重庆", u"重庆", u"23", 5},      {u"山东", u"济南", u"531", 3},
    {u"山东", u"青岛", u"532", 4},     {u"福建", u"厦门", u"592", 3},     {u"福建", u"福州", u"591", 3},
    {u"湖南", u"长沙", u"731", 4},     {u"河南", u"郑州", u"371", 4},     {u"安徽", u"合肥", u"551", 3},
    {u"辽宁", u"沈阳", u"24", 3},      {u"辽宁", u"大连", u"411", 3},     {u"云南", u"昆明", u"871", 2},
    {u"黑龙江", u"哈尔滨", u"451", 2}, {u"广西", u"南宁", u"771", 2},     {u"海南", u"海口", u"898", 1},
};

class Generator {
public:
    explicit Generator(quint64 seed) : m_rng(seed) {}

    int below(int n) { return int(m_rng() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List>
    const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

    const Place &place()
    {
        int total = 0;
        for (const Place &p : places)
            total += p.weight;
        int r = below(total);
        for (const Place &p : places) {
            if (r < p.weight)
                return p;
            r -= p.weight;
        }
        return places[0];
    }
    QString chineseName()
    {
        QString name = pick(surnames) + pick(givenChars);
        if (chance(65))
            name += pick(givenChars);
        return name;
    }
    QString englishName() { return pick(englishFirst) + u' ' + pick(englishLast); }
    QString companyName(const Place &p)
    {
        if (chance(12))
            return pick(englishCompanyWords) + u' ' + pick(englishCompanyTrades) + u' ' + pick(englishCompanySuffixes);
        QString brand = pick(brandChars) + pick(brandChars);
        return QString::fromUtf16(p.city) + brand + pick(companyTrades) + pick(companySuffixes);
    }
    QString mobile()
    {
        static const int prefixes[] = {130, 131, 132, 135, 136, 137, 138, 139, 150, 151, 152, 155, 156, 157,
                                       158, 159, 166, 176, 177, 180, 181, 182, 185, 186, 187, 188, 189, 199};
        const int prefix = prefixes[below(int(std::size(prefixes)))];
        return QStringLiteral("%1 %2 %3").arg(prefix).arg(below(10000), 4, 10, QChar(u'0')).arg(below(10000), 4, 10, QChar(u'0'));
    }
    QString landline(const Place &p)
    {
        const QString area = QString::fromUtf16(p.areaCode);
        const int digits = area.size() == 2 ? 8 : 7;
        QString number = QString::number(2 + below(7));
        while (number.size() < digits)
            number += QString::number(below(10));
        return u'0' + area + u'-' + number;
    }
    QString email(const QString &name, int serial)
    {
        QString local;
        for (QChar c : name.toLower())
            if (c.isLetterOrNumber() && c.unicode() < 128)
                local += c;
        if (local.isEmpty())
            local = QStringLiteral("user");
        return local + QString::number(serial) + u'@' + pick(mailDomains);
    }
    QDate dateWithin(const QDate &from, int days) { return from.addDays(below(qMax(1, days))); }
    // A moment in office hours (local time) on the given day.
    QDateTime officeHours(const QDate &day)
    {
        return QDateTime(day, QTime(9 + below(9), below(60), below(60))).toUTC();
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace

Result<SampleData::Report> SampleData::generate(Session &session, const Options &options, const Progress &progress)
{
    if (options.customers < 0 || options.orders < 0)
        return Error{tr("The number of customers and orders cannot be negative."), {}, {}};
    if (options.orders > 0 && options.customers == 0)
        return Error{tr("Orders need customers: ask for at least one customer."), {}, {}};
    Generator gen(options.seed);
    Report report;
    Transaction tx(session.db(), tr("adding sample data"));
    if (Status s = tx.begin(); !s)
        return s.error();
    // Records are written as of the day they happened, through the stores,
    // so that their created dates, change log and stage history spread over
    // the past years: what Trends, cohorts and days-in-stage read.
    FixedClock past(session.now());
    Session history(session.db(), past);
    history.setUserId(session.userId());
    history.setDefaultCountryCode(session.defaultCountryCode());
    const Session::QuietGuard quiet(history);   // one announcement at the end
    const QDateTime now = session.now();
    // Office hours still to come today move into the hour before now.
    auto at = [&](const QDateTime &when) { past.set(when <= now ? when : now.addSecs(-(when.secsTo(now) % 3600 + 3600) % 3600)); };

    UserStore users(session);
    const qint64 me = session.userId();
    QList<qint64> team;
    if (me)
        team << me;
    static const char16_t *teamNames[] = {u"王芳", u"李强", u"陈静", u"Michael Chen", u"赵磊", u"刘洋", u"Sarah Lin", u"周杰"};
    for (int i = 0; i < options.teamSize && i < int(std::size(teamNames)); ++i) {
        const QString login = QStringLiteral("sales%1").arg(i + 1);
        auto existing = users.byLogin(login);
        if (existing) {
            team << existing->id;
            continue;
        }
        User u;
        u.login = login;
        u.displayName = QString::fromUtf16(teamNames[i]);
        u.role = i == 0 ? Role::Manager : Role::Sales;
        auto id = users.create(u);
        if (!id)
            return id.error();
        team << *id;
        ++report.users;
    }
    auto channels = ChannelStore(session).list();
    if (!channels)
        return channels.error();
    QList<qint64> channelIds;
    for (const SourceChannel &c : *channels)
        channelIds << c.id;

    CustomerStore customers(history);
    const QDate today = session.today();
    const QDate threeYearsAgo = today.addYears(-3);
    const qint64 total = options.customers + options.orders;
    QList<qint64> companies;
    QList<qint64> customerIds;
    customerIds.reserve(options.customers);
    QList<QDate> customerSince;   // each customer's created day, in customerIds' order (never decreasing)
    customerSince.reserve(options.customers);
    const qint64 span = threeYearsAgo.daysTo(today);
    const QString batch = QStringLiteral("sample-data-%1").arg(options.seed);
    static const int stageWeights[] = {30, 25, 30, 10, 5};
    for (qint64 i = 0; i < options.customers; ++i) {
        Customer c;
        const Place &p = gen.place();
        const bool company = gen.chance(20) || companies.isEmpty();
        c.kind = company ? CustomerKind::Company : CustomerKind::Person;
        c.province = QString::fromUtf16(p.province);
        c.city = QString::fromUtf16(p.city);
        c.industry = gen.pick(industries);
        if (company) {
            c.name = gen.companyName(p);
            c.phones << Phone{QString(), gen.landline(p), QString()};
            if (gen.chance(60))
                c.emails << Email{QString(), QStringLiteral("info%1@").arg(i) + gen.pick(mailDomains)};
            c.address = c.city + QStringLiteral("市") + gen.pick(brandChars) + QStringLiteral("路") +
                        QString::number(1 + gen.below(999)) + QStringLiteral("号");
        } else {
            const bool english = gen.chance(12);
            c.name = english ? gen.englishName() : gen.chineseName();
            c.phones << Phone{QString(), gen.mobile(), QString()};
            if (gen.chance(15))
                c.phones << Phone{QString(), gen.landline(p), QString()};
            if (gen.chance(70))
                c.emails << Email{QString(), gen.email(english ? c.name : QStringLiteral("kh"), int(i))};
            if (gen.chance(60) && !companies.isEmpty())
                c.companyId = companies.at(gen.below(int(companies.size())));
            if (gen.chance(50))
                c.jobTitle = gen.pick(jobTitles);
            if (gen.chance(30))
                c.birthday = QDate(1960 + gen.below(42), 1 + gen.below(12), 1 + gen.below(28));
        }
        int r = gen.below(100);
        for (int s = 0; s < 5; ++s) {
            if (r < stageWeights[s]) {
                c.stage = Stage(s);
                break;
            }
            r -= stageWeights[s];
        }
        c.sourceId = channelIds.isEmpty() ? 0 : gen.pick(channelIds);
        c.ownerId = team.isEmpty() ? 0 : gen.pick(team);
        const bool pooled = gen.chance(4); // a few wait in the public pool
        const int tagCount = gen.chance(45) ? 1 + gen.below(2) : 0;
        for (int t = 0; t < tagCount; ++t)
            c.tags << gen.pick(tagPool);
        if (gen.chance(25))
            c.notes = gen.pick(QStringList{QStringLiteral("对价格比较敏感，需要报价单。"), QStringLiteral("下季度有采购计划。"),
                                           QStringLiteral("Prefers e-mail; call after 2pm."), QStringLiteral("展会上认识，对新品感兴趣。"),
                                           QStringLiteral("老客户介绍，决策周期较长。"), QStringLiteral("Asked for a demo next month.")});
        if (c.stage != Stage::Churned && gen.chance(55))
            c.nextFollowUp = today.addDays(gen.below(45) - 10);
        if (pooled)
            c.ownerId = 0;
        // Created over the three years, more of them lately (a growing
        // business): the i-th of n at (i/n)^0.75 of the span.
        const double u = (double(i) + double(gen.below(1000)) / 1000.0) / double(options.customers);
        const QDate since = threeYearsAgo.addDays(qMin(span, qint64(std::pow(u, 0.75) * double(span + 1))));
        customerSince << since;
        at(gen.officeHours(since));
        auto id = customers.create(c, batch, pooled ? CustomerStore::NoOwner::PublicPool : CustomerStore::NoOwner::CurrentUser);
        if (!id)
            return Error{tr("Could not create sample customer %1: %2").arg(i + 1).arg(id.error().message),
                         id.error().detail, {}, id.error().kind};
        customerIds << *id;
        if (company)
            companies << *id;
        ++report.customers;
        if (progress && (i % 500 == 0) && !progress(i, total))
            return Error{tr("Creating sample data was cancelled; nothing was added."), {}, {}};
    }

    // Orders are numbered SO-YYYY-NNNNN by their year, after any the file has
    // already; payments (回款) are recorded as they came in, so "paid" orders
    // are paid by real payments and some delivered ones are part paid.
    OrderStore orders(history);
    QHash<int, qint64> nextSerial;
    static const QStringList methods = {QStringLiteral("银行转账"), QStringLiteral("银行转账"), QStringLiteral("微信"),
                                        QStringLiteral("支付宝"), QStringLiteral("现金")};
    // Numbers follow the dates, as they would have been given.
    QList<QDate> orderDates;
    orderDates.reserve(options.orders);
    for (qint64 i = 0; i < options.orders; ++i)
        orderDates << gen.dateWithin(threeYearsAgo, int(threeYearsAgo.daysTo(today)) + 1);
    std::sort(orderDates.begin(), orderDates.end());
    for (qint64 i = 0; i < options.orders; ++i) {
        Order o;
        // Only customers who existed by the order date buy; a few buy often:
        // skew towards the front of the list (the oldest customers).
        const QDate day = orderDates.at(i);
        const int n = int(qMax<qsizetype>(1, std::upper_bound(customerSince.cbegin(), customerSince.cend(), day)
                                                 - customerSince.cbegin()));
        const int a = gen.below(n), b = gen.below(n);
        const int pickIndex = gen.chance(60) ? qMin(a, b) : a;
        o.customerId = customerIds.at(pickIndex);
        o.orderDate = qMax(day, customerSince.value(pickIndex, day));
        const int year = o.orderDate.year();
        if (!nextSerial.contains(year)) {
            auto first = orders.nextNumber(OrderKind::Order, year);
            if (!first)
                return first.error();
            nextSerial.insert(year, first->section(u'-', 2).toLongLong());
        }
        o.number = QStringLiteral("SO-%1-%2").arg(year).arg(nextSerial[year]++, 5, 10, QChar(u'0'));
        // Older orders are delivered and nearly all paid; recent ones are
        // still drafts, signed, or waiting for their money.
        const qint64 age = o.orderDate.daysTo(today);
        const int r = gen.below(100);
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
        const bool paidInFull = o.status == OrderStatus::Delivered && gen.chance(paidChance);
        const bool partPaid = !paidInFull && (o.status == OrderStatus::Delivered || o.status == OrderStatus::Signed)
                              && gen.chance(30);
        // One to three lines from a small catalogue, a discount now and then.
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
        const int lineCount = 1 + gen.below(3);
        for (int k = 0; k < lineCount; ++k) {
            const Item &item = catalogue[gen.below(int(std::size(catalogue)))];
            const qint64 quantity = 1 + gen.below(item.most);
            const qint64 discount = gen.chance(15) ? item.priceMinor * quantity / 20 / 100 * 100 : 0;
            o.lines << OrderLine{0, QString::fromUtf16(item.name), quantity, item.priceMinor, discount, 0};
        }
        o.ownerId = team.isEmpty() ? 0 : gen.pick(team);
        if (Status s = Orders::computeTotals(o); !s)
            return s.error();
        at(gen.officeHours(o.orderDate));
        auto id = orders.create(o);
        if (!id)
            return Error{tr("Could not create sample order %1: %2").arg(i + 1).arg(id.error().message),
                         id.error().detail, {}, id.error().kind};
        // Paid in one to three instalments, or a first payment only.
        const int instalments = paidInFull ? 1 + gen.below(3) : partPaid ? 1 : 0;
        qint64 left = o.totalMinor;
        QDate paidOn = o.orderDate;
        for (int k = 0; k < instalments && left > 0; ++k) {
            const bool last = paidInFull && k == instalments - 1;
            Payment p;
            p.amountMinor = last ? left : qMax<qint64>(100, left * (30 + gen.below(40)) / 100 / 100 * 100);
            paidOn = qMin(today, paidOn.addDays(gen.below(45)));
            p.paidOn = paidOn;
            p.method = gen.pick(methods);
            if (p.method == QStringLiteral("银行转账"))
                p.reference = QStringLiteral("HX%1").arg(100000000 + gen.below(900000000));
            at(gen.officeHours(paidOn));
            if (auto paid = orders.addPayment(*id, p); !paid)
                return Error{tr("Could not create sample order %1: %2").arg(i + 1).arg(paid.error().message),
                             paid.error().detail, {}, paid.error().kind};
            left -= p.amountMinor;
        }
        ++report.orders;
        if (progress && (i % 500 == 0) && !progress(options.customers + i, total))
            return Error{tr("Creating sample data was cancelled; nothing was added."), {}, {}};
    }
    const qint64 leadCount = options.leads >= 0 ? options.leads : options.customers / 10;
    LeadStore leads(history);
    static const QStringList campaigns = {QStringLiteral("春季展会"), QStringLiteral("官网活动"), QStringLiteral("Spring webinar"),
                                          QStringLiteral("老客户转介绍"), QString()};
    static const QStringList products = {QStringLiteral("ERP"), QStringLiteral("CRM"), QStringLiteral("仓储系统"),
                                         QStringLiteral("定制开发"), QString()};
    for (qint64 i = 0; i < leadCount; ++i) {
        Lead l;
        const Place &p = gen.place();
        l.name = gen.chance(12) ? gen.englishName() : gen.chineseName();
        l.company = gen.chance(70) ? gen.companyName(p) : QString();
        l.phone = gen.mobile();
        l.city = QString::fromUtf16(p.city);
        l.province = QString::fromUtf16(p.province);
        l.campaign = gen.pick(campaigns);
        l.productInterest = gen.pick(products);
        l.sourceId = channelIds.isEmpty() ? 0 : gen.pick(channelIds);
        l.ownerId = gen.chance(40) || team.isEmpty() ? 0 : gen.pick(team);
        at(gen.officeHours(today.addDays(-gen.below(120))));   // captured over the last four months
        auto id = leads.create(l);
        if (!id)
            return Error{tr("Could not create sample lead %1: %2").arg(i + 1).arg(id.error().message), id.error().detail, {}, id.error().kind};
        ++report.leads;
    }
    const qint64 dealCount = options.deals >= 0 ? options.deals : options.customers / 5;
    if (dealCount > 0 && !customerIds.isEmpty()) {
        DealStore deals(history);
        auto stages = deals.stages();
        if (!stages)
            return stages.error();
        // The user the app opens the file as: the session's, or with none the
        // one UserStore::ensureDefault picks. Their "My deals" board shows deals
        // in every stage.
        qint64 mine = session.userId();
        if (!mine && !team.isEmpty()) {
            auto picked = users.ensureDefault(QString(), QString());
            if (!picked)
                return picked.error();
            mine = *picked;
        }
        static const QStringList titles = {QStringLiteral("ERP 升级"), QStringLiteral("年度采购"), QStringLiteral("仓储系统"),
                                           QStringLiteral("CRM rollout"), QStringLiteral("定制开发"), QStringLiteral("培训服务"),
                                           QStringLiteral("设备更新"), QStringLiteral("Support renewal")};
        static const int stageWeights[] = {30, 22, 18, 12, 10, 8}; // first contact ... won, lost
        static const QStringList lostReasons = {QStringLiteral("价格"), QStringLiteral("选择了竞争对手"), QStringLiteral("No budget")};
        const int stageCount = int(stages->size());
        for (qint64 i = 0; i < dealCount; ++i) {
            Deal d;
            d.title = gen.pick(titles);
            d.amountMinor = qint64(5 + gen.below(500)) * 100000; // ¥5,000 – ¥505,000
            int stageIndex = 0;
            if (mine && i < stageCount) {
                stageIndex = int(i);   // the first deals: one of the current user's in each stage
                d.ownerId = mine;
            } else {
                int r = gen.below(100);
                for (int s = 0; s < int(std::size(stageWeights)); ++s) {
                    if (r < stageWeights[s]) {
                        stageIndex = s;
                        break;
                    }
                    r -= stageWeights[s];
                }
                d.ownerId = team.isEmpty() ? 0 : mine && gen.chance(25) ? mine : gen.pick(team);
            }
            stageIndex = qMin(stageIndex, stageCount - 1);
            // The stages it passes through on the way, and the days spent in each.
            // A lost deal is lost from any open stage, not only the last.
            const bool toLost = stages->at(stageIndex).kind == StageKind::Lost;
            const int openUpTo = toLost && stageIndex > 0 ? gen.below(stageIndex) : stageIndex;
            QList<int> path;
            for (int s = 1; s <= stageIndex; ++s) {
                const StageKind kind = stages->at(s).kind;
                if ((kind == StageKind::Open && s <= openUpTo) || s == stageIndex)
                    path << s;
            }
            QList<int> daysIn;
            int walk = 0;
            for (qsizetype s = 0; s < path.size(); ++s) {
                daysIn << 3 + gen.below(25);
                walk += daysIn.last();
            }
            // Open deals entered their stage in the last two weeks, a few
            // longer ago (stale, as DealStore marks them); closed ones closed
            // any time in the three years.
            const bool closed = stages->at(stageIndex).kind != StageKind::Open;
            const int staleFor = gen.chance(20) ? DealStore::staleDays + 1 + gen.below(45) : gen.below(DealStore::staleDays);
            const QDate entered = closed ? today.addDays(-gen.below(int(qMax<qint64>(1, span - walk))))
                                         : today.addDays(-staleFor);
            QDate opened = entered.addDays(-walk);
            // A customer who was there the day before the deal opened.
            const qsizetype known = std::lower_bound(customerSince.begin(), customerSince.end(), opened) - customerSince.begin();
            d.customerId = customerIds.at(gen.below(int(qMax<qsizetype>(1, known))));
            if (known == 0)
                opened = qMax(opened, customerSince.first().addDays(1));
            d.expectedClose = closed ? entered : today.addDays(gen.below(150) - 20);
            d.stageId = stages->first().id;
            at(gen.officeHours(opened));
            auto id = deals.create(d);
            if (!id)
                return Error{tr("Could not create sample deal %1: %2").arg(i + 1).arg(id.error().message), id.error().detail, {}, id.error().kind};
            // Walk it through the funnel so the stage history is realistic.
            QDate day = opened;
            for (qsizetype s = 0; s < path.size(); ++s) {
                const DealStage &next = stages->at(path.at(s));
                day = day.addDays(daysIn.at(s));
                at(gen.officeHours(day));
                const QString reason = next.kind == StageKind::Lost ? gen.pick(lostReasons) : QString();
                if (Status st = deals.move(*id, next.id, reason); !st)
                    return st.error();
            }
            ++report.deals;
        }
    }
    // Everyone seeded holds many customers; the claim limit leaves them room
    // to claim and be assigned more from the pool.
    if (!team.isEmpty()) {
        PoolStore pool(session);
        auto rules = pool.rules();
        if (!rules)
            return rules.error();
        qint64 most = 0;
        for (qint64 member : std::as_const(team)) {
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
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(total, total);
    session.announce([s = &session, v = QList<qint64>{}] { emit s->customersChanged(v); });
    session.announce([s = &session] { emit s->lookupsChanged(); });
    return report;
}

} // namespace guanxi
