#include "team/samplegenerator.h"

#include "text/phone.h"

#include <QStringList>

#include <iterator>

namespace guanxi {

namespace {

const QStringList surnames = QStringLiteral(
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 "
    "蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 "
    "闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 单 解 区 乐 查 朴 仇 盖 "
    "欧阳 司马 诸葛").split(u' ');
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

const SamplePlace places[] = {
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

} // namespace

const SamplePlace &SampleGenerator::place()
{
    int total = 0;
    for (const SamplePlace &p : places)
        total += p.weight;
    int r = below(total);
    for (const SamplePlace &p : places) {
        if (r < p.weight)
            return p;
        r -= p.weight;
    }
    return places[0];
}

QString SampleGenerator::chineseName()
{
    QString name = pick(surnames) + pick(givenChars);
    if (chance(65))
        name += pick(givenChars);
    return name;
}

QString SampleGenerator::englishName()
{
    return pick(englishFirst) + u' ' + pick(englishLast);
}

QString SampleGenerator::companyName(const SamplePlace &p)
{
    if (chance(12))
        return pick(englishCompanyWords) + u' ' + pick(englishCompanyTrades) + u' ' + pick(englishCompanySuffixes);
    QString brand = pick(brandChars) + pick(brandChars);
    return QString::fromUtf16(p.city) + brand + pick(companyTrades) + pick(companySuffixes);
}

QString SampleGenerator::mobile()
{
    static const int prefixes[] = {130, 131, 132, 135, 136, 137, 138, 139, 150, 151, 152, 155, 156, 157,
                                   158, 159, 166, 176, 177, 180, 181, 182, 185, 186, 187, 188, 189, 199};
    const int prefix = prefixes[below(int(std::size(prefixes)))];
    return QStringLiteral("%1 %2 %3").arg(prefix).arg(below(10000), 4, 10, QChar(u'0')).arg(below(10000), 4, 10, QChar(u'0'));
}

QString SampleGenerator::landline(const SamplePlace &p)
{
    const QString area = QString::fromUtf16(p.areaCode);
    const int digits = area.size() == 2 ? 8 : 7;
    QString number = QString::number(2 + below(7));
    while (number.size() < digits)
        number += QString::number(below(10));
    // Most cities with a 3-digit area code dial 8 digits now, a few still 7
    // (Xiamen 0592, Nanning 0771): libphonenumber knows which. The eighth
    // digit repeats the second, so every record draws as before.
    if (!PhoneNumber::check(u'0' + area + number, QStringLiteral("CN")).verified())
        number += number.at(1);
    return u'0' + area + u'-' + number;
}

QString SampleGenerator::email(const QString &name, int serial)
{
    QString local;
    for (QChar c : name.toLower())
        if (c.isLetterOrNumber() && c.unicode() < 128)
            local += c;
    if (local.isEmpty())
        local = QStringLiteral("user");
    return local + QString::number(serial) + u'@' + pick(mailDomains);
}

const QString &SampleGenerator::industry()
{
    return pick(industries);
}

const QString &SampleGenerator::jobTitle()
{
    return pick(jobTitles);
}

const QString &SampleGenerator::tag()
{
    return pick(tagPool);
}

const QString &SampleGenerator::mailDomain()
{
    return pick(mailDomains);
}

const QString &SampleGenerator::brandChar()
{
    return pick(brandChars);
}

} // namespace guanxi
