// guanxi-bench-import: the import engine on a large file.
//   guanxi-bench-import [--rows N] [--quick] [--dir DIR] [--keep] [--reuse]
// Generates a customer CSV (deterministic: Chinese and English people, +86
// mobiles in mixed formats, e-mails, 20,000 companies, cities, tags, 1 %
// duplicate phones), then prints:
//  - CustomerImport (create mode, default keys) of N rows (default 1,000,000)
//    and of a smaller file (default 100,000) into fresh files: wall time,
//    rows/s, created/skipped against the counts the generator expects, and
//    the peak resident memory during each import;
//  - the sqlite3 shell's `.import --csv` of the same files into a bare table,
//    and the ratio;
//  - where an import's time goes, phase by phase, on a third file (default
//    50,000 rows);
//  - XLSX export of 100,000 customers and its import back; CSV exports of
//    100,000 customers and of all (up to N) in the big file.
// Every time is wall time plus the process's CPU time: on a shared machine
// the CPU time moves less when others are busy. Generation is never inside
// a timed figure. Run it with `nice`; --quick uses 100,000 / 10,000 / 10,000
// rows; --reuse --dir DIR keeps the generated files between runs.
#include "appinfo.h"
#include "benchmeasure.h"
#include "platform/db/database.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "exchange/customerexport.h"
#include "exchange/customerfields.h"
#include "exchange/importsource.h"
#include "exchange/customerimport.h"
#include "platform/session.h"
#include "platform/changelogstore.h"
#include "customers/customerstore.h"
#include "exchange/importstore.h"
#include "team/userstore.h"
#include "text/companyname.h"
#include "text/datetext.h"
#include "text/phone.h"
#include "text/pinyin.h"
#include "text/searchkeys.h"
#include "platform/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

using namespace guanxi;
using namespace guanxi::bench;

namespace {

// ---------------------------------------------------------------- memory


QString grouped(qint64 n)
{
    QString s = QString::number(n);
    for (qsizetype i = s.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        s.insert(i, u',');
    return s;
}

qint64 dbBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

// ---------------------------------------------------------------- deterministic data

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// splitmix64: the same stream on every platform (std:: distributions are not).
struct Rng {
    quint64 s;
    explicit Rng(quint64 seed) : s(mix(seed)) {}
    quint64 next()
    {
        s += 0x9E3779B97F4A7C15ull;
        quint64 z = s;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Biased to the front of a list sorted by frequency (common surnames first).
    int skewed(int n)
    {
        const double u = unit();
        return std::min(n - 1, int(n * u * u));
    }
};

quint64 fnv(QByteArrayView bytes)
{
    quint64 h = 1469598103934665603ull;
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h ? h : 1;
}

template <typename T, size_t N> constexpr int count(const T (&)[N])
{
    return int(N);
}

struct Word {
    const char *text;
    const char *latin;
};

// By frequency, roughly.
const Word families[] = {
    {"王", "wang"},   {"李", "li"},      {"张", "zhang"},       {"刘", "liu"},   {"陈", "chen"},
    {"杨", "yang"},   {"黄", "huang"},   {"赵", "zhao"},        {"吴", "wu"},    {"周", "zhou"},
    {"徐", "xu"},     {"孙", "sun"},     {"马", "ma"},          {"朱", "zhu"},   {"胡", "hu"},
    {"郭", "guo"},    {"何", "he"},      {"林", "lin"},         {"高", "gao"},   {"罗", "luo"},
    {"郑", "zheng"},  {"梁", "liang"},   {"谢", "xie"},         {"宋", "song"},  {"唐", "tang"},
    {"许", "xu"},     {"韩", "han"},     {"冯", "feng"},        {"邓", "deng"},  {"曹", "cao"},
    {"彭", "peng"},   {"曾", "zeng"},    {"肖", "xiao"},        {"田", "tian"},  {"董", "dong"},
    {"袁", "yuan"},   {"潘", "pan"},     {"于", "yu"},          {"蒋", "jiang"}, {"蔡", "cai"},
    {"余", "yu"},     {"杜", "du"},      {"叶", "ye"},          {"程", "cheng"}, {"苏", "su"},
    {"魏", "wei"},    {"吕", "lv"},      {"丁", "ding"},        {"任", "ren"},   {"沈", "shen"},
    {"姚", "yao"},    {"卢", "lu"},      {"姜", "jiang"},       {"崔", "cui"},   {"钟", "zhong"},
    {"谭", "tan"},    {"陆", "lu"},      {"汪", "wang"},        {"范", "fan"},   {"金", "jin"},
    {"石", "shi"},    {"廖", "liao"},    {"贾", "jia"},         {"夏", "xia"},   {"韦", "wei"},
    {"付", "fu"},     {"方", "fang"},    {"白", "bai"},         {"邹", "zou"},   {"孟", "meng"},
    {"熊", "xiong"},  {"秦", "qin"},     {"邱", "qiu"},         {"江", "jiang"}, {"尹", "yin"},
    {"薛", "xue"},    {"闫", "yan"},     {"段", "duan"},        {"雷", "lei"},   {"侯", "hou"},
    {"龙", "long"},   {"史", "shi"},     {"陶", "tao"},         {"黎", "li"},    {"贺", "he"},
    {"顾", "gu"},     {"毛", "mao"},     {"郝", "hao"},         {"龚", "gong"},  {"邵", "shao"},
    {"万", "wan"},    {"钱", "qian"},    {"严", "yan"},         {"武", "wu"},    {"戴", "dai"},
    {"莫", "mo"},     {"孔", "kong"},    {"向", "xiang"},       {"汤", "tang"},  {"欧阳", "ouyang"},
    {"司马", "sima"}, {"诸葛", "zhuge"}, {"上官", "shangguan"},
};

// Whole given names that many people share (张伟, 王芳...).
const Word commonGiven[] = {
    {"伟", "wei"},       {"芳", "fang"},      {"娜", "na"},        {"秀英", "xiuying"},
    {"敏", "min"},       {"静", "jing"},      {"丽", "li"},        {"强", "qiang"},
    {"磊", "lei"},       {"军", "jun"},       {"洋", "yang"},      {"勇", "yong"},
    {"艳", "yan"},       {"杰", "jie"},       {"娟", "juan"},      {"涛", "tao"},
    {"明", "ming"},      {"超", "chao"},      {"秀兰", "xiulan"},  {"霞", "xia"},
    {"平", "ping"},      {"刚", "gang"},      {"桂英", "guiying"}, {"建华", "jianhua"},
    {"文", "wen"},       {"华", "hua"},       {"玉兰", "yulan"},   {"志强", "zhiqiang"},
    {"丹", "dan"},       {"萍", "ping"},      {"海燕", "haiyan"},  {"鹏", "peng"},
    {"辉", "hui"},       {"建国", "jianguo"}, {"婷", "ting"},      {"晶", "jing"},
    {"浩", "hao"},       {"宇", "yu"},        {"欣怡", "xinyi"},   {"子涵", "zihan"},
    {"梓萱", "zixuan"},  {"浩然", "haoran"},  {"俊杰", "junjie"},  {"雨轩", "yuxuan"},
    {"思远", "siyuan"},  {"佳怡", "jiayi"},   {"志明", "zhiming"}, {"晓东", "xiaodong"},
    {"晓燕", "xiaoyan"}, {"春梅", "chunmei"},
};

const Word givenChars[] = {
    {"子", "zi"},    {"涵", "han"},  {"轩", "xuan"},  {"浩", "hao"},   {"宇", "yu"},
    {"晨", "chen"},  {"欣", "xin"},  {"怡", "yi"},    {"梓", "zi"},    {"萱", "xuan"},
    {"嘉", "jia"},   {"俊", "jun"},  {"博", "bo"},    {"文", "wen"},   {"思", "si"},
    {"雨", "yu"},    {"泽", "ze"},   {"一", "yi"},    {"诗", "shi"},   {"琪", "qi"},
    {"佳", "jia"},   {"明", "ming"}, {"晓", "xiao"},  {"建", "jian"},  {"志", "zhi"},
    {"国", "guo"},   {"海", "hai"},  {"春", "chun"},  {"秋", "qiu"},   {"冬", "dong"},
    {"立", "li"},    {"永", "yong"}, {"德", "de"},    {"光", "guang"}, {"天", "tian"},
    {"成", "cheng"}, {"新", "xin"},  {"振", "zhen"},  {"宏", "hong"},  {"家", "jia"},
    {"瑞", "rui"},   {"安", "an"},   {"雅", "ya"},    {"婷", "ting"},  {"静", "jing"},
    {"慧", "hui"},   {"敏", "min"},  {"丽", "li"},    {"玲", "ling"},  {"红", "hong"},
    {"燕", "yan"},   {"霞", "xia"},  {"凤", "feng"},  {"兰", "lan"},   {"梅", "mei"},
    {"芳", "fang"},  {"娟", "juan"}, {"秀", "xiu"},   {"云", "yun"},   {"鹏", "peng"},
    {"飞", "fei"},   {"军", "jun"},  {"伟", "wei"},   {"强", "qiang"}, {"磊", "lei"},
    {"杰", "jie"},   {"涛", "tao"},  {"斌", "bin"},   {"勇", "yong"},  {"辉", "hui"},
    {"刚", "gang"},  {"健", "jian"}, {"峰", "feng"},  {"华", "hua"},   {"亮", "liang"},
    {"超", "chao"},  {"鑫", "xin"},  {"程", "cheng"}, {"旭", "xu"},    {"阳", "yang"},
    {"凯", "kai"},   {"睿", "rui"},  {"昊", "hao"},   {"然", "ran"},   {"铭", "ming"},
    {"彤", "tong"},  {"颖", "ying"}, {"琳", "lin"},   {"晴", "qing"},  {"悦", "yue"},
    {"璐", "lu"},    {"航", "hang"}, {"远", "yuan"},  {"帆", "fan"},   {"楠", "nan"},
    {"蕾", "lei"},   {"薇", "wei"},  {"倩", "qian"},
};

const Word firstNames[] = {
    {"James", "james"},         {"Mary", "mary"},         {"John", "john"},
    {"Patricia", "patricia"},   {"Robert", "robert"},     {"Jennifer", "jennifer"},
    {"Michael", "michael"},     {"Linda", "linda"},       {"William", "william"},
    {"Elizabeth", "elizabeth"}, {"David", "david"},       {"Barbara", "barbara"},
    {"Richard", "richard"},     {"Susan", "susan"},       {"Joseph", "joseph"},
    {"Jessica", "jessica"},     {"Thomas", "thomas"},     {"Sarah", "sarah"},
    {"Charles", "charles"},     {"Karen", "karen"},       {"Daniel", "daniel"},
    {"Nancy", "nancy"},         {"Matthew", "matthew"},   {"Lisa", "lisa"},
    {"Anthony", "anthony"},     {"Mark", "mark"},         {"Sandra", "sandra"},
    {"Steven", "steven"},       {"Ashley", "ashley"},     {"Paul", "paul"},
    {"Emily", "emily"},         {"Andrew", "andrew"},     {"Anna", "anna"},
    {"Kevin", "kevin"},         {"Michelle", "michelle"}, {"Brian", "brian"},
    {"George", "george"},       {"Melissa", "melissa"},   {"Edward", "edward"},
    {"Laura", "laura"},         {"Peter", "peter"},       {"Rachel", "rachel"},
    {"Oliver", "oliver"},       {"Sophie", "sophie"},     {"Lucas", "lucas"},
    {"Emma", "emma"},           {"Henry", "henry"},       {"Chloé", "chloe"},
    {"Jack", "jack"},           {"Grace", "grace"},       {"Ethan", "ethan"},
    {"Olivia", "olivia"},       {"Hannah", "hannah"},     {"Max", "max"},
    {"Julia", "julia"},         {"Tom", "tom"},           {"Kate", "kate"},
    {"José", "jose"},           {"Yuki", "yuki"},         {"Min-jun", "minjun"},
};

const Word lastNames[] = {
    {"Smith", "smith"},       {"Johnson", "johnson"},   {"Williams", "williams"},
    {"Brown", "brown"},       {"Jones", "jones"},       {"Miller", "miller"},
    {"Davis", "davis"},       {"Wilson", "wilson"},     {"Anderson", "anderson"},
    {"Taylor", "taylor"},     {"Thomas", "thomas"},     {"Moore", "moore"},
    {"Martin", "martin"},     {"Jackson", "jackson"},   {"Thompson", "thompson"},
    {"White", "white"},       {"Harris", "harris"},     {"Clark", "clark"},
    {"Lewis", "lewis"},       {"Robinson", "robinson"}, {"Walker", "walker"},
    {"Young", "young"},       {"Allen", "allen"},       {"King", "king"},
    {"Wright", "wright"},     {"Scott", "scott"},       {"Hill", "hill"},
    {"Green", "green"},       {"Adams", "adams"},       {"Baker", "baker"},
    {"Nelson", "nelson"},     {"Carter", "carter"},     {"Mitchell", "mitchell"},
    {"Roberts", "roberts"},   {"Turner", "turner"},     {"Phillips", "phillips"},
    {"Campbell", "campbell"}, {"Parker", "parker"},     {"Evans", "evans"},
    {"Edwards", "edwards"},   {"Collins", "collins"},   {"Stewart", "stewart"},
    {"Morris", "morris"},     {"Murphy", "murphy"},     {"Cook", "cook"},
    {"Rogers", "rogers"},     {"Morgan", "morgan"},     {"Cooper", "cooper"},
    {"Peterson", "peterson"}, {"Bailey", "bailey"},     {"Reed", "reed"},
    {"Kelly", "kelly"},       {"Müller", "mueller"},    {"Schmidt", "schmidt"},
    {"Fischer", "fischer"},   {"Dubois", "dubois"},     {"Rossi", "rossi"},
    {"Tanaka", "tanaka"},     {"Suzuki", "suzuki"},     {"Kim", "kim"},
    {"Park", "park"},         {"Nguyen", "nguyen"},     {"O'Brien", "obrien"},
    {"García", "garcia"},
};

struct City {
    const char *province;
    const char *city;
    const char *latin;
    const char *areaCode;
    const char *districts[3];
};

const City cities[] = {
    {"广东", "深圳", "Shenzhen", "0755", {"南山区", "福田区", "宝安区"}},
    {"上海", "上海", "Shanghai", "021", {"浦东新区", "徐汇区", "静安区"}},
    {"北京", "北京", "Beijing", "010", {"朝阳区", "海淀区", "东城区"}},
    {"广东", "广州", "Guangzhou", "020", {"天河区", "越秀区", "番禺区"}},
    {"浙江", "杭州", "Hangzhou", "0571", {"西湖区", "滨江区", "余杭区"}},
    {"江苏", "苏州", "Suzhou", "0512", {"工业园区", "吴中区", "姑苏区"}},
    {"广东", "东莞", "Dongguan", "0769", {"长安镇", "虎门镇", "南城街道"}},
    {"浙江", "宁波", "Ningbo", "0574", {"鄞州区", "北仑区", "海曙区"}},
    {"江苏", "南京", "Nanjing", "025", {"鼓楼区", "江宁区", "玄武区"}},
    {"四川", "成都", "Chengdu", "028", {"高新区", "武侯区", "锦江区"}},
    {"湖北", "武汉", "Wuhan", "027", {"江汉区", "洪山区", "武昌区"}},
    {"重庆", "重庆", "Chongqing", "023", {"渝中区", "江北区", "渝北区"}},
    {"广东", "佛山", "Foshan", "0757", {"顺德区", "南海区", "禅城区"}},
    {"天津", "天津", "Tianjin", "022", {"和平区", "滨海新区", "南开区"}},
    {"陕西", "西安", "Xi'an", "029", {"雁塔区", "碑林区", "未央区"}},
    {"浙江", "温州", "Wenzhou", "0577", {"鹿城区", "瓯海区", "龙湾区"}},
    {"浙江", "金华", "Jinhua", "0579", {"义乌市", "婺城区", "永康市"}},
    {"江苏", "无锡", "Wuxi", "0510", {"梁溪区", "滨湖区", "新吴区"}},
    {"山东", "青岛", "Qingdao", "0532", {"市南区", "崂山区", "黄岛区"}},
    {"山东", "济南", "Jinan", "0531", {"历下区", "槐荫区", "高新区"}},
    {"福建", "厦门", "Xiamen", "0592", {"思明区", "湖里区", "集美区"}},
    {"福建", "福州", "Fuzhou", "0591", {"鼓楼区", "台江区", "仓山区"}},
    {"湖南", "长沙", "Changsha", "0731", {"岳麓区", "芙蓉区", "天心区"}},
    {"河南", "郑州", "Zhengzhou", "0371", {"金水区", "二七区", "郑东新区"}},
    {"安徽", "合肥", "Hefei", "0551", {"蜀山区", "包河区", "庐阳区"}},
    {"辽宁", "大连", "Dalian", "0411", {"中山区", "西岗区", "甘井子区"}},
    {"辽宁", "沈阳", "Shenyang", "024", {"和平区", "沈河区", "浑南区"}},
    {"云南", "昆明", "Kunming", "0871", {"五华区", "盘龙区", "官渡区"}},
    {"黑龙江", "哈尔滨", "Harbin", "0451", {"南岗区", "道里区", "香坊区"}},
    {"江西", "南昌", "Nanchang", "0791", {"东湖区", "红谷滩区", "青山湖区"}},
    {"广西", "南宁", "Nanning", "0771", {"青秀区", "兴宁区", "西乡塘区"}},
    {"河北", "石家庄", "Shijiazhuang", "0311", {"长安区", "桥西区", "裕华区"}},
    {"山西", "太原", "Taiyuan", "0351", {"小店区", "迎泽区", "杏花岭区"}},
};

const char *const streets[] = {"人民路",   "中山路", "解放路",   "建设路",   "科技园路",
                               "南京路",   "长安街", "学院路",   "滨江大道", "创业路",
                               "工业大道", "新华路", "深南大道", "文三路"};
const char *const brands[] = {
    "华创", "明达", "鑫源", "恒通", "博远", "天成", "宏图", "金桥",   "瑞丰", "中联",
    "华信", "嘉禾", "新锐", "盛世", "永泰", "东方", "海润", "联创",   "佳和", "远航",
    "鼎盛", "汇通", "长城", "百川", "星辰", "蓝海", "优品", "智联",   "云帆", "科达",
    "华美", "伟业", "恒大", "中兴", "凯瑞", "安捷", "普惠", "立信",   "德胜", "同创",
    "卓越", "万通", "正泰", "腾达", "宇航", "金鹏", "华龙", "新世纪", "大华", "光明",
    "利达", "富源", "顺发", "天宇", "晨光", "振华", "康泰", "和信",   "众诚", "泰和",
    "兴业", "诚信", "明阳", "海天", "銀河", "锦程", "思源", "领航",   "精工", "航宇",
    "创新", "飞扬", "旭日", "金诚", "华泰", "鸿运", "九州", "中天",   "聚力", "睿智",
};
const char *const industries[] = {
    "科技",   "贸易",     "电子",     "机械",     "物流", "网络",     "信息技术", "医疗器械",
    "建材",   "食品",     "服饰",     "文化传媒", "咨询", "包装",     "新能源",   "化工",
    "家居",   "教育科技", "环保科技", "汽车配件", "五金", "光电",     "生物科技", "实业",
    "进出口", "电器",     "塑胶",     "纺织",     "软件", "智能设备",
};
const char *const companySuffixes[] = {"有限公司",     "有限公司",     "有限公司",
                                       "股份有限公司", "集团有限公司", "有限责任公司"};
const char *const enWords[] = {"Acme",      "Global",    "Pacific",    "Summit",     "Pioneer",
                               "Nova",      "Apex",      "Blue Ocean", "Silverline", "Golden Gate",
                               "Northstar", "Evergreen", "Redwood",    "Orient",     "Harbor",
                               "Crescent",  "Sterling",  "Vertex",     "Horizon",    "Atlas",
                               "Bright",    "Prime",     "Union",      "Zenith",     "Keystone",
                               "Lotus",     "Dragon",    "Phoenix",    "Jade",       "Crown"};
const char *const enIndustries[] = {"Trading",    "Electronics", "Logistics", "Technologies",
                                    "Industrial", "Imports",     "Systems",   "Packaging",
                                    "Textiles",   "Machinery",   "Foods",     "Medical",
                                    "Solutions",  "Materials",   "Energy"};
const char *const enPlaces[] = {"", "Shenzhen ", "Hong Kong ", "Ningbo ", "Shanghai ", "Asia "};
const char *const enSuffixes[] = {"Co., Ltd.", "Ltd", "Inc.", "LLC", "GmbH", "Limited", "Corp."};
const char *const jobTitles[] = {"总经理",
                                 "副总经理",
                                 "销售经理",
                                 "采购经理",
                                 "采购专员",
                                 "技术总监",
                                 "工程师",
                                 "财务主管",
                                 "行政主管",
                                 "市场总监",
                                 "项目经理",
                                 "董事长",
                                 "运营经理",
                                 "客服主管",
                                 "人事经理",
                                 "Purchasing Manager",
                                 "Sales Director",
                                 "CEO",
                                 "CTO",
                                 "Engineer",
                                 "Account Manager",
                                 "Buyer",
                                 "Operations Manager"};
const char *const sources[] = {"官网",     "展会",     "转介绍",   "百度推广", "微信",
                               "电话营销", "阿里巴巴", "LinkedIn", "老客户",   "抖音"};
const char *const tagPool[] = {
    "VIP",    "重点客户", "老客户",   "展会",       "2025广交会",  "高意向",   "价格敏感",
    "转介绍", "微信好友", "待回访",   "大客户",     "经销商",      "代理商",   "终端客户",
    "海外",   "华东",     "华南",     "华北",       "已报价",      "样品已寄", "合同谈判中",
    "需发票", "决策人",   "技术对接", "trade-show", "key-account", "reseller", "follow-up"};
const char *const tagSeparators[] = {", ", "，", ";", "、"};
const char *const notePool[] = {"展会上认识，对价格比较敏感",
                                "需要报价单，下周跟进",
                                "老客户介绍的",
                                "Met at the Canton Fair; wants samples",
                                "喜欢用微信沟通，晚上回复快",
                                "已寄样品，等待反馈",
                                "年底有采购计划",
                                "对接人换了，需要重新建立联系",
                                "Asked for a discount on orders over 500 units",
                                "决策人是老板，采购只是传话",
                                "\"Urgent\" — wants delivery before the holiday"};
const char *const publicDomains[] = {"qq.com",      "qq.com",      "qq.com",      "163.com",
                                     "163.com",     "126.com",     "sina.com",    "gmail.com",
                                     "outlook.com", "hotmail.com", "foxmail.com", "yahoo.com",
                                     "sohu.com",    "aliyun.com",  "139.com"};
const char *const mobilePrefixes[] = {"130", "131", "132", "133", "134", "135", "136", "137", "138",
                                      "139", "150", "151", "152", "153", "155", "156", "157", "158",
                                      "159", "166", "176", "177", "178", "180", "181", "182", "183",
                                      "185", "186", "187", "188", "189", "191", "198", "199"};

// The file's columns, as a Chinese CRM or spreadsheet would head them.
const char *const header[] = {"姓名", "类型", "公司", "职位", "手机", "电话", "邮箱", "省份",
                              "城市", "地址", "来源", "阶段", "标签", "生日", "备注"};
enum Col {
    Name,
    Kind,
    Company,
    JobTitle,
    Mobile,
    Tel,
    Mail,
    Province,
    CityCol,
    Address,
    Source,
    StageCol,
    Tags,
    Birthday,
    Notes,
    Columns
};

// The 20,000 companies people work for, each with a distinct CompanyName::key
// and a second way of writing it ("深圳华创科技有限公司" / "深圳华创科技").
struct CompanyPool {
    QList<QByteArray> names;
    QList<QByteArray> variants;
    QList<QByteArray> domains; // English companies' mail domain; empty otherwise
    QList<quint64> keys;

    void build(int target)
    {
        Rng r(20261122);
        QSet<QString> seen;
        int attempts = 0;
        while (names.size() < target && attempts++ < target * 50) {
            QByteArray name, variant, domain;
            if (r.chance(92)) {
                const City &c = cities[r.skewed(count(cities))];
                const QByteArray brand = brands[r.below(count(brands))];
                const QByteArray industry = industries[r.below(count(industries))];
                const QByteArray suffix = companySuffixes[r.below(count(companySuffixes))];
                const int form = r.below(10);
                if (form < 7) {
                    variant = QByteArray(c.city) + brand + industry;
                    name = variant + suffix;
                } else if (form < 9) {
                    variant = brand + industry + "(" + c.city + ")";
                    name = brand + industry + "（" + c.city + "）" + suffix;
                } else {
                    variant = brand + industry;
                    name = variant + "集团";
                }
            } else {
                const QByteArray word = enWords[r.below(count(enWords))];
                const QByteArray industry = enIndustries[r.below(count(enIndustries))];
                variant = enPlaces[r.below(count(enPlaces))] + word + ' ' + industry;
                name = variant + ' ' + enSuffixes[r.below(count(enSuffixes))];
                domain = (word + industry).toLower().replace(' ', "") + ".com";
            }
            const QString key = CompanyName::key(QString::fromUtf8(name));
            if (key.isEmpty() || seen.contains(key) ||
                CompanyName::key(QString::fromUtf8(variant)) != key)
                continue;
            seen.insert(key);
            names << name;
            variants << variant;
            domains << domain;
            keys << fnv(key.toUtf8());
        }
    }
};

enum class RowKind { Person, Company, Duplicate };

RowKind kindOf(qint64 i)
{
    if (i >= 100 && i % 100 == 37)
        return RowKind::Duplicate; // exactly 1 %: an earlier person again
    if (i > 0 && mix(quint64(i) ^ 0xC0FFEEull) % 100 == 0)
        return RowKind::Company; // about 1 %: a company on its own row
    return RowKind::Person;
}

// Numbers that look random but never repeat: k -> k * m mod 10^n is a
// bijection for k < 10^n when m is prime to 10.
quint64 unique8(quint64 k)
{
    return (k * 73939133ull + 12345678ull) % 100000000ull;
}

quint64 unique7(quint64 k)
{
    return (k * 2718281ull + 1234567ull) % 10000000ull;
}

QByteArray digits8(quint64 n)
{
    return QByteArray::number(n).rightJustified(8, '0');
}

QByteArray fullWidth(const QByteArray &ascii)
{
    QByteArray out;
    for (char c : ascii) {
        if (c >= '0' && c <= '9') {
            out += "\xEF\xBC";
            out += char(0x90 + (c - '0'));
        } else {
            out += c;
        }
    }
    return out;
}

// The mixed ways people write the same mainland mobile.
QByteArray formatMobile(const QByteArray &d, int style)
{
    const QByteArray a = d.left(3), b = d.mid(3, 4), c = d.mid(7);
    switch (style) {
    case 0:
        return d;
    case 1:
        return a + ' ' + b + ' ' + c;
    case 2:
        return a + '-' + b + '-' + c;
    case 3:
        return "+86 " + a + ' ' + b + ' ' + c;
    case 4:
        return "+86" + d;
    case 5:
        return "0086 " + d;
    case 6:
        return "(+86) " + a + '-' + b + '-' + c;
    case 7:
        return "86" + d;
    case 8:
        return "+86-" + a + '-' + b + '-' + c;
    case 9:
        return fullWidth(d);
    default:
        return "+86 " + a + ' ' + d.mid(3);
    }
}

int mobileStyle(Rng &r)
{
    static const int weights[] = {40, 15, 10, 10, 8, 4, 3, 4, 2, 1, 3};
    int roll = r.below(100);
    for (int s = 0; s < count(weights); ++s) {
        if (roll < weights[s])
            return s;
        roll -= weights[s];
    }
    return 0;
}

QByteArray formatLandline(const QByteArray &area, const QByteArray &local, int style)
{
    switch (style) {
    case 0:
        return area + '-' + local;
    case 1:
        return area + ' ' + local.left(4) + ' ' + local.mid(4);
    case 2:
        return '(' + area + ')' + local;
    default:
        return "+86 " + area.mid(1) + ' ' + local;
    }
}

quint64 e164Number(const QByteArray &nationalDigits)
{
    return QByteArray("86" + nationalDigits).toULongLong();
}

struct GenRow {
    QByteArray cells[Columns];
    bool company = false;
    QByteArray mobile; // 11 national digits (persons)
    quint64 phones[2] = {0, 0};
    int phoneCount = 0;
    quint64 email = 0;      // hash of the lower-case address, 0 = none
    quint64 companyKey = 0; // hash of CompanyName::key, 0 = none
    quint64 nameKey = 0;
};

class Generator {
public:
    explicit Generator(const CompanyPool &pool) : m_pool(pool) {}

    GenRow row(qint64 i) const
    {
        switch (kindOf(i)) {
        case RowKind::Person:
            return person(i);
        case RowKind::Company:
            return company(i);
        case RowKind::Duplicate:
            return duplicate(i);
        }
        return {};
    }

private:
    const CompanyPool &m_pool;

    static QByteArray landline(Rng &r, const City &c, qint64 i, quint64 &e164)
    {
        // 7 digits unique per row, after a first digit 2-8: unique numbers.
        const quint64 seven = unique7(quint64(i));
        const QByteArray local = QByteArray::number(2 + int(mix(quint64(i)) % 7)) +
                                 QByteArray::number(seven).rightJustified(7, '0');
        const QByteArray area = c.areaCode;
        e164 = e164Number(area.mid(1) + local);
        return formatLandline(area, local, r.below(4));
    }

    static void common(Rng &r, GenRow &g, const City &c)
    {
        g.cells[Province] = c.province;
        g.cells[CityCol] = r.chance(4) ? QByteArray(c.city) + "市" : QByteArray(c.city);
        if (r.chance(60))
            g.cells[Address] =
                QByteArray(c.districts[r.below(3)]) + streets[r.below(count(streets))] +
                QByteArray::number(1 + r.below(999)) + "号" +
                (r.chance(40)
                     ? QByteArray(" ") + char('A' + r.below(4)) + "座" +
                           QByteArray::number(1 + r.below(30)) +
                           QByteArray::number(1 + r.below(20)).rightJustified(2, '0') + "室"
                     : QByteArray());
        if (r.chance(70))
            g.cells[Source] = sources[r.below(count(sources))];
        static const char *const stages[] = {"线索",     "线索",     "线索",     "线索",
                                             "潜在客户", "潜在客户", "成交客户", "忠诚客户",
                                             "流失客户", "prospect"};
        g.cells[StageCol] = stages[r.below(count(stages))];
        if (r.chance(50)) {
            const int n = 1 + r.below(3);
            QList<int> picked;
            while (picked.size() < n) {
                const int t = r.below(count(tagPool));
                if (!picked.contains(t))
                    picked << t;
            }
            const QByteArray separator = tagSeparators[r.below(count(tagSeparators))];
            for (int k = 0; k < picked.size(); ++k)
                g.cells[Tags] += (k ? separator : QByteArray()) + tagPool[picked.at(k)];
        }
        if (r.chance(25))
            g.cells[Notes] = notePool[r.below(count(notePool))];
    }

    GenRow person(qint64 i) const
    {
        Rng r(quint64(i) * 0x100000001B3ull + 17);
        GenRow g;
        const bool chinese = r.chance(78);
        QByteArray latin;
        if (chinese) {
            const Word &f = families[r.skewed(count(families))];
            g.cells[Name] = f.text;
            latin = f.latin;
            if (r.chance(35)) {
                const Word &w = commonGiven[r.skewed(count(commonGiven))];
                g.cells[Name] += w.text;
                latin += w.latin;
            } else {
                const int n = r.chance(25) ? 1 : 2;
                for (int k = 0; k < n; ++k) {
                    const Word &w = givenChars[r.below(count(givenChars))];
                    g.cells[Name] += w.text;
                    latin += w.latin;
                }
            }
        } else {
            const Word &f = firstNames[r.below(count(firstNames))];
            const Word &l = lastNames[r.below(count(lastNames))];
            g.cells[Name] = QByteArray(f.text) + ' ' + l.text;
            latin = QByteArray(f.latin) + (r.chance(50) ? "." : "") + l.latin;
        }
        g.nameKey = fnv(g.cells[Name]);
        int companyIndex = -1;
        if (r.chance(88)) {
            companyIndex = r.below(int(m_pool.names.size()));
            g.cells[Company] =
                r.chance(10) ? m_pool.variants.at(companyIndex) : m_pool.names.at(companyIndex);
            g.companyKey = m_pool.keys.at(companyIndex);
        }
        if (r.chance(70))
            g.cells[JobTitle] = jobTitles[r.below(count(jobTitles))];
        // Mobile: a prefix and 8 digits that no other row has.
        g.mobile = QByteArray(mobilePrefixes[r.below(count(mobilePrefixes))]) +
                   digits8(unique8(quint64(i)));
        g.cells[Mobile] = formatMobile(g.mobile, mobileStyle(r));
        g.phones[g.phoneCount++] = e164Number(g.mobile);
        const City &c = cities[r.skewed(count(cities))];
        if (r.chance(18)) {
            quint64 e = 0;
            g.cells[Tel] = landline(r, c, i, e);
            g.phones[g.phoneCount++] = e;
        }
        if (r.chance(chinese ? 60 : 90)) {
            QByteArray address;
            const QByteArray domain =
                companyIndex >= 0 ? m_pool.domains.at(companyIndex) : QByteArray();
            if (!domain.isEmpty() && r.chance(50))
                address = latin + QByteArray::number(i) + '@' + domain;
            else if (chinese && r.chance(40))
                address = QByteArray::number(10000000 + i * 7) + "@qq.com"; // a QQ number
            else
                address = latin + (r.chance(30) ? "_" : "") + QByteArray::number(i) + '@' +
                          publicDomains[r.below(count(publicDomains))];
            if (r.chance(3))
                address[0] = char(std::toupper(uchar(address[0])));
            g.cells[Mail] = address;
            g.email = fnv(address.toLower());
        }
        common(r, g, c);
        if (r.chance(12)) {
            const int y = 1960 + r.below(43), m = 1 + r.below(12), d = 1 + r.below(28);
            switch (r.below(3)) {
            case 0:
                g.cells[Birthday] = QDate(y, m, d).toString(Qt::ISODate).toLatin1();
                break;
            case 1:
                g.cells[Birthday] = QByteArray::number(y) + '/' + QByteArray::number(m) + '/' +
                                    QByteArray::number(d);
                break;
            default:
                g.cells[Birthday] = QByteArray::number(y) + "年" + QByteArray::number(m) + "月" +
                                    QByteArray::number(d) + "日";
            }
        }
        return g;
    }

    GenRow company(qint64 i) const
    {
        Rng r(quint64(i) * 0x100000001B3ull + 29);
        GenRow g;
        g.company = true;
        const int index = r.below(int(m_pool.names.size()));
        g.cells[Kind] = r.chance(80) ? "公司" : "company";
        g.cells[Company] = m_pool.names.at(index);
        g.companyKey = m_pool.keys.at(index);
        const City &c = cities[r.skewed(count(cities))];
        quint64 e = 0;
        g.cells[Tel] = landline(r, c, i, e);
        g.phones[g.phoneCount++] = e;
        if (r.chance(50)) {
            const QByteArray domain = m_pool.domains.at(index);
            const QByteArray address =
                "sales" + QByteArray::number(i) + '@' +
                (domain.isEmpty() ? QByteArray(publicDomains[r.below(count(publicDomains))])
                                  : domain);
            g.cells[Mail] = address;
            g.email = fnv(address);
        }
        common(r, g, c);
        return g;
    }

    // The same person typed in again: the phone written another way, the
    // company maybe shortened, fewer details.
    GenRow duplicate(qint64 i) const
    {
        qint64 j = qint64(mix(quint64(i) * 31 + 7) % quint64(i));
        while (kindOf(j) != RowKind::Person)
            --j;
        GenRow g = person(j);
        Rng r(quint64(i) * 0x100000001B3ull + 43);
        g.cells[Mobile] = formatMobile(g.mobile, (mobileStyle(r) + 3) % 11);
        g.cells[Tel].clear();
        g.phoneCount = 1;
        if (r.chance(50)) {
            g.cells[Mail].clear();
            g.email = 0;
        }
        g.cells[Tags].clear();
        g.cells[Notes] = r.chance(30) ? QByteArray("重复录入？") : QByteArray();
        return g;
    }
};

// What CustomerImport should find, by the rules it applies (keys tried in
// order phone, e-mail, company name, name + company): kept as hashes so the
// generator can tell the expected created and skipped counts.
struct Expectation {
    qint64 rows = 0, created = 0, companiesCreated = 0;
    qint64 dupPhone = 0, dupEmail = 0, dupCompany = 0, dupNameCompany = 0;
    QSet<quint64> phones, emails, companies, nameCompany;

    qint64 skipped() const { return dupPhone + dupEmail + dupCompany + dupNameCompany; }

    void add(const GenRow &g)
    {
        ++rows;
        for (int k = 0; k < g.phoneCount; ++k)
            if (phones.contains(g.phones[k])) {
                ++dupPhone;
                return;
            }
        if (g.email && emails.contains(g.email)) {
            ++dupEmail;
            return;
        }
        const quint64 nc = mix(g.nameKey ^ mix(g.companyKey));
        if (g.company) {
            if (companies.contains(g.companyKey)) {
                ++dupCompany;
                return;
            }
        } else if (g.companyKey && companies.contains(g.companyKey) && nameCompany.contains(nc)) {
            ++dupNameCompany;
            return;
        }
        ++created;
        for (int k = 0; k < g.phoneCount; ++k)
            phones.insert(g.phones[k]);
        if (g.email)
            emails.insert(g.email);
        if (g.company) {
            companies.insert(g.companyKey);
        } else if (g.companyKey) {
            nameCompany.insert(nc);
            if (!companies.contains(g.companyKey)) {
                companies.insert(g.companyKey);
                ++companiesCreated;
            }
        }
    }
    void release()
    {
        phones = {};
        emails = {};
        companies = {};
        nameCompany = {};
    }
};

void appendCsvCell(QByteArray &out, const QByteArray &cell)
{
    if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r')) {
        out += '"';
        out += QByteArray(cell).replace('"', "\"\"");
        out += '"';
    } else {
        out += cell;
    }
}

struct Generated {
    QString path;
    Expectation expect;
    double seconds = 0;
    qint64 bytes = 0;
};

// Writes rows 0..n-1 as UTF-8 CSV with a BOM (as Excel saves "CSV UTF-8").
// With reuse, an earlier complete file of the same size is kept (the
// expectation is recomputed; it costs little next to writing).
bool generate(const Generator &gen, qint64 n, const QString &path, bool reuse, Generated &out)
{
    QElapsedTimer t;
    t.start();
    out.path = path;
    const bool keep = reuse && QFileInfo::exists(path);
    QFile file(path + QStringLiteral(".part"));
    if (!keep && !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return false;
    }
    QByteArray buffer;
    buffer.reserve(1 << 21);
    if (!keep) {
        buffer += "\xEF\xBB\xBF";
        for (int c = 0; c < Columns; ++c)
            buffer += (c ? "," : "") + QByteArray(header[c]);
        buffer += "\r\n";
    }
    for (qint64 i = 0; i < n; ++i) {
        const GenRow g = gen.row(i);
        out.expect.add(g);
        if (keep)
            continue;
        for (int c = 0; c < Columns; ++c) {
            if (c)
                buffer += ',';
            appendCsvCell(buffer, g.cells[c]);
        }
        buffer += "\r\n";
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    if (!keep) {
        file.write(buffer);
        file.close();
        QFile::remove(path);
        if (!file.rename(path)) {
            std::fprintf(stderr, "cannot rename %s\n", qPrintable(file.fileName()));
            return false;
        }
    }
    out.expect.release();
    out.seconds = secondsSince(t);
    out.bytes = QFileInfo(path).size();
    return true;
}

// ---------------------------------------------------------------- Guanxi files

struct Opened {
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
};

SystemClock systemClock;

bool openFile(const QString &path, Opened &o, bool fresh)
{
    if (fresh)
        removeDb(path);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return false;
    }
    o.db = std::move(db).value();
    o.session = std::make_unique<Session>(*o.db, systemClock);
    auto user =
        UserStore(*o.session).ensureDefault(QStringLiteral("bench"), QStringLiteral("Bench"));
    if (!user) {
        std::fprintf(stderr, "%s\n", qPrintable(user.error().toString()));
        return false;
    }
    o.session->setUserId(*user);
    return true;
}

void setCache(Database &db, int cacheMb)
{
    if (cacheMb <= 0)
        return;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(cacheMb) * 1024));
}

struct ImportRun {
    bool ok = false;
    double seconds = 0;
    double cpu = 0;
    ImportReport report;
    long baseKb = 0, peakKb = 0, endKb = 0;
    bool peakFromHwm = false;
    qint64 fileBytes = 0;
};

ImportRun runImport(const QString &file, const QString &dbPath, int cacheMb, const char *label)
{
    ImportRun out;
    {
        Opened o;
        if (!openFile(dbPath, o, true))
            return out;
        setCache(*o.db, cacheMb);
        MemoryWatch watch;
        watch.start();
        Stopwatch t;
        auto source = ImportSource::open(file);
        if (!source) {
            std::fprintf(stderr, "%s\n", qPrintable(source.error().toString()));
            return out;
        }
        int lastTenth = 0;
        auto progress = [&](double f) {
            const int tenth = int(f * 10);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                std::fprintf(stderr, "  [%s] %3d %%  %6.1f s  rss %s\n", label, tenth * 10,
                             t.seconds(), qPrintable(mb(statusKb("VmRSS"))));
            }
        };
        CustomerImport import(*o.session, **source, CustomerImportOptions{});
        auto report = import.run(progress);
        out.seconds = t.seconds();
        out.cpu = t.cpu();
        watch.stop();
        if (!report) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error().toString()));
            return out;
        }
        out.report = *report;
        out.baseKb = watch.baseKb();
        out.peakKb = watch.peakKb();
        out.endKb = watch.endKb();
        out.peakFromHwm = watch.hwmReset();
        out.ok = report->written;
        if (!report->written) {
            std::fprintf(stderr, "import not written: %lld rejected; first problem: %s\n",
                         static_cast<long long>(report->rejected),
                         report->problems.isEmpty() ? "-"
                                                    : qPrintable(report->problems.first().reason));
        }
    }
    out.fileBytes = dbBytes(dbPath);
    return out;
}

// ---------------------------------------------------------------- sqlite3 shell

struct ShellRun {
    bool ok = false;
    double seconds = 0;
    double cpu = 0;
    qint64 rows = 0;
};

ShellRun sqliteImport(const QString &shell, const QString &csv, const QString &dbPath)
{
    ShellRun out;
    removeDb(dbPath);
    QProcess p;
    const double cpu0 = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    p.start(shell, {dbPath});
    if (!p.waitForStarted()) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(shell));
        return out;
    }
    p.write(QStringLiteral(".mode csv\n.import \"%1\" t\n.quit\n").arg(csv).toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    out.seconds = secondsSince(t);
    out.cpu = childCpuSeconds() - cpu0;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 .import failed: %s\n", p.readAllStandardError().constData());
        return out;
    }
    QProcess count;
    count.start(shell, {dbPath, QStringLiteral("SELECT count(*) FROM t;")});
    count.waitForFinished(-1);
    out.rows = count.readAllStandardOutput().trimmed().toLongLong();
    out.ok = true;
    return out;
}

QString sqliteShellVersion(const QString &shell)
{
    QProcess p;
    p.start(shell, {QStringLiteral("-version")});
    p.waitForFinished(-1);
    return QString::fromLatin1(p.readAllStandardOutput().trimmed().split(' ').value(0));
}

// ---------------------------------------------------------------- the phase breakdown

// One row made into a customer the way CustomerImport::build does it (the
// columns are known here), for the phases that skip the import service.
struct Built {
    Customer customer;
    QString companyText;
    QString companyKey;
};

std::optional<Stage> stageOf(const QString &text)
{
    static const QHash<QString, Stage> names = {
        {QStringLiteral("线索"), Stage::Lead},
        {QStringLiteral("潜在客户"), Stage::Prospect},
        {QStringLiteral("成交客户"), Stage::Customer},
        {QStringLiteral("忠诚客户"), Stage::Loyal},
        {QStringLiteral("流失客户"), Stage::Churned},
    };
    if (auto s = Customers::stageFromCode(text.toLower()))
        return s;
    if (auto it = names.constFind(text); it != names.constEnd())
        return *it;
    return std::nullopt;
}

Built buildRow(const ImportRow &row, const QDate &today)
{
    Built b;
    Customer &c = b.customer;
    auto cell = [&](int col) { return row.cells.value(col).trimmed(); };
    c.name = cell(Name);
    const QString kind = cell(Kind);
    c.kind = (kind == u"公司" || kind == u"company") ? CustomerKind::Company : CustomerKind::Person;
    b.companyText = cell(Company);
    c.jobTitle = cell(JobTitle);
    for (int col : {int(Mobile), int(Tel)})
        for (const QString &p : CustomerFields::splitList(cell(col))) {
            Phone phone{QString(), p, QString()};
            if (auto e = PhoneNumber::toE164(p, QStringLiteral("86")))
                phone.e164 = *e;
            c.phones << phone;
        }
    for (const QString &e : CustomerFields::splitList(cell(Mail))) {
        (void)Customers::isValidEmail(e);
        c.emails << Email{QString(), e};
    }
    c.province = cell(Province);
    c.city = cell(CityCol);
    c.address = cell(Address);
    if (auto s = stageOf(cell(StageCol)))
        c.stage = *s;
    for (const QString &t : CustomerFields::splitList(cell(Tags)))
        if (!c.tags.contains(t, Qt::CaseInsensitive))
            c.tags << t;
    if (!cell(Birthday).isEmpty())
        c.birthday = DateText::parse(cell(Birthday));
    c.notes = cell(Notes);
    if (c.kind == CustomerKind::Company && c.name.isEmpty())
        c.name = b.companyText;
    b.companyKey = CompanyName::key(c.kind == CustomerKind::Company ? c.name : b.companyText);
    (void)Customers::validate(c, QStringLiteral("86"), today);
    return b;
}

SearchDocument searchDocument(const Built &b)
{
    SearchDocument doc;
    doc.name = b.customer.name;
    doc.companyName = b.customer.kind == CustomerKind::Person ? b.companyText : QString();
    for (const Phone &p : b.customer.phones)
        doc.phones << p.raw << p.e164;
    for (const Email &e : b.customer.emails)
        doc.emails << e.address;
    doc.notes = b.customer.notes;
    return doc;
}

struct Phase {
    QString name;
    double seconds = 0;
    double cpu = 0;
    QString note;
};

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "SQL failed: %s\n", qPrintable(q.lastError().text()));
    return false;
}

QList<Phase> profile(const QString &csv, const QString &dir, qint64 rows)
{
    QList<Phase> phases;
    const QDate today = QDate::currentDate();

    // A. Reading: sniff, decode and split the CSV, nothing else.
    Stopwatch t;
    qint64 read = 0;
    {
        auto source = ImportSource::open(csv);
        if (!source)
            return phases;
        (void)(*source)->read([&](const ImportRow &) {
            ++read;
            return true;
        });
    }
    const double readSeconds = t.seconds(), readCpu = t.cpu();
    phases << Phase{QStringLiteral("A  read the CSV (ImportSource: sniff, decode, split)"),
                    readSeconds, readCpu, QStringLiteral("%1 rows").arg(grouped(read))};

    // B. Reading + making customers: split lists, phones to E.164, e-mail
    // check, company key, Customers::validate.
    QList<Built> built;
    built.reserve(rows);
    t.restart();
    {
        auto source = ImportSource::open(csv);
        if (!source)
            return phases;
        (void)(*source)->read([&](const ImportRow &row) {
            built << buildRow(row, today);
            return true;
        });
    }
    phases << Phase{
        QStringLiteral("B  normalise + validate (phones, e-mails, company key, validate)"),
        t.seconds() - readSeconds, t.cpu() - readCpu, QStringLiteral("B's pass minus A")};

    // C. The CPU side of the search index and sort key (ICU pinyin).
    QStringList keys, sortKeys;
    keys.reserve(built.size());
    sortKeys.reserve(built.size());
    t.restart();
    qint64 tokens = 0, chars = 0;
    for (const Built &b : built) {
        sortKeys << Pinyin::sortKey(b.customer.name);
        keys << SearchKeys::build(searchDocument(b));
        chars += keys.last().size();
        tokens += keys.last().count(u' ') + 1;
    }
    phases << Phase{
        QStringLiteral("C  search keys + pinyin sort key (SearchKeys::build, Pinyin::sortKey)"),
        t.seconds(), t.cpu(),
        QStringLiteral("%1 tokens, %2 chars per customer")
            .arg(double(tokens) / std::max<qsizetype>(1, built.size()), 0, 'f', 1)
            .arg(double(chars) / std::max<qsizetype>(1, built.size()), 0, 'f', 0)};

    // D. The real thing.
    const QString importDb = dir + QStringLiteral("/profile-import.guanxi");
    ImportRun full = runImport(csv, importDb, 0, "profile");
    phases << Phase{QStringLiteral("D  CustomerImport::run, everything (the figure to explain)"),
                    full.seconds, full.cpu,
                    QStringLiteral("%1 created, %2 companies, %3 skipped")
                        .arg(grouped(full.report.created), grouped(full.report.companiesCreated),
                             grouped(full.report.skipped))};

    // E. CustomerStore::create alone for the same customers, one transaction
    // in bulk loading, no matching and no import records.
    {
        Opened o;
        if (!openFile(dir + QStringLiteral("/profile-store.guanxi"), o, true))
            return phases;
        CustomerStore store(*o.session);
        QHash<QString, qint64> companies;
        const QString batch = ChangeLogStore::newBatch();
        t.restart();
        Transaction tx(*o.db);
        (void)tx.begin();
        store.beginBulkLoading();   // as the import does
        for (const Built &b : built) {
            Customer c = b.customer;
            if (c.kind == CustomerKind::Person && !b.companyKey.isEmpty()) {
                auto it = companies.constFind(b.companyKey);
                if (it == companies.constEnd()) {
                    Customer company;
                    company.kind = CustomerKind::Company;
                    company.name = b.companyText;
                    it = companies.insert(b.companyKey, store.create(company, batch).value_or(0));
                }
                c.companyId = *it;
            }
            if (!store.create(c, batch)) {
                std::fprintf(stderr, "store create failed\n");
                break;
            }
        }
        (void)store.endBulkLoading();
        (void)tx.commit();
        phases << Phase{
            QStringLiteral("E  CustomerStore::create only (+ companies), one transaction"),
            t.seconds(), t.cpu(), QStringLiteral("no matching, no import records")};
    }

    // F. The duplicate look-ups of every row, on the file D wrote.
    {
        Opened o;
        if (!openFile(importDb, o, false))
            return phases;
        CustomerStore store(*o.session);
        QHash<QString, qint64> companyIds;
        for (const CompanyRef &c : store.allCompanies().value_or({}))
            companyIds.insert(CompanyName::key(c.name), c.id);
        qint64 lookups = 0;
        t.restart();
        Transaction tx(*o.db); // as in the import: reads inside the write transaction
        (void)tx.begin();
        for (const Built &b : built) {
            for (const Phone &p : b.customer.phones) {
                (void)store.findByPhone(p.e164);
                ++lookups;
            }
            for (const Email &e : b.customer.emails) {
                (void)store.findByEmail(e.address);
                ++lookups;
            }
            if (b.customer.kind == CustomerKind::Person && companyIds.contains(b.companyKey)) {
                (void)store.findByNameAndCompany(b.customer.name, companyIds.value(b.companyKey));
                ++lookups;
            }
        }
        phases << Phase{QStringLiteral("F  duplicate look-ups (findByPhone/Email/NameAndCompany)"),
                        t.seconds(), t.cpu(), QStringLiteral("%1 queries").arg(grouped(lookups))};
    }

    // G. The SQL floor of this schema: the same rows with prepared statements,
    // one part at a time, each in its own transaction.
    {
        Opened o;
        if (!openFile(dir + QStringLiteral("/profile-sql.guanxi"), o, true))
            return phases;
        QSqlDatabase db = o.db->connection();
        const QString now = toStoredTime(QDateTime::currentDateTimeUtc());
        const qint64 user = o.session->userId();
        QList<qint64> ids;
        ids.reserve(built.size());
        auto begin = [&] { QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")); };
        auto commit = [&] { QSqlQuery(db).exec(QStringLiteral("COMMIT")); };

        t.restart();
        begin();
        {
            QSqlQuery ins(db), phone(db), mail(db), tag(db), link(db);
            ins.prepare(QStringLiteral("INSERT INTO customers (kind, name, name_sort, company_id, "
                                       "job_title, province, city, address, "
                                       "industry, source_id, stage, owner_id, notes, birthday, "
                                       "next_follow_up, created_at, created_by, "
                                       "updated_at, updated_by, owned_since) VALUES (?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            phone.prepare(QStringLiteral("INSERT INTO customer_phones (customer_id, position, "
                                         "label, raw, e164) VALUES (?, ?, NULL, ?, ?)"));
            mail.prepare(QStringLiteral("INSERT INTO customer_emails (customer_id, position, "
                                        "label, email) VALUES (?, ?, NULL, ?)"));
            tag.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
            link.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                                        "SELECT ?, id FROM tags WHERE name = ?"));
            QHash<QString, qint64> companies;
            auto insert = [&](const Customer &c, const QString &sortKey) -> qint64 {
                const QVariantList values = {Customers::kindCode(c.kind),
                                             c.name,
                                             sortKey,
                                             c.companyId ? QVariant(c.companyId) : QVariant(),
                                             sql::nullable(c.jobTitle),
                                             sql::nullable(c.province),
                                             sql::nullable(c.city),
                                             sql::nullable(c.address),
                                             QVariant(),
                                             QVariant(),
                                             Customers::stageCode(c.stage),
                                             user,
                                             sql::nullable(c.notes),
                                             sql::nullable(c.birthday),
                                             QVariant(),
                                             now,
                                             user,
                                             now,
                                             user,
                                             now};
                for (int i = 0; i < values.size(); ++i)
                    ins.bindValue(i, values.at(i));
                if (!exec(ins))
                    return 0;
                const qint64 id = ins.lastInsertId().toLongLong();
                for (int i = 0; i < c.phones.size(); ++i) {
                    phone.bindValue(0, id);
                    phone.bindValue(1, i);
                    phone.bindValue(2, c.phones.at(i).raw);
                    phone.bindValue(3, c.phones.at(i).e164);
                    exec(phone);
                }
                for (int i = 0; i < c.emails.size(); ++i) {
                    mail.bindValue(0, id);
                    mail.bindValue(1, i);
                    mail.bindValue(2, c.emails.at(i).address);
                    exec(mail);
                }
                for (const QString &name : c.tags) {
                    tag.bindValue(0, name);
                    link.bindValue(0, id);
                    link.bindValue(1, name);
                    exec(tag);
                    exec(link);
                }
                return id;
            };
            for (qsizetype i = 0; i < built.size(); ++i) {
                const Built &b = built.at(i);
                Customer c = b.customer;
                if (c.kind == CustomerKind::Person && !b.companyKey.isEmpty()) {
                    auto it = companies.constFind(b.companyKey);
                    if (it == companies.constEnd()) {
                        Customer company;
                        company.kind = CustomerKind::Company;
                        company.name = b.companyText;
                        it = companies.insert(b.companyKey,
                                              insert(company, Pinyin::sortKey(company.name)));
                    }
                    c.companyId = *it;
                }
                ids << insert(c, sortKeys.at(i));
            }
        }
        commit();
        phases << Phase{QStringLiteral("G1 SQL floor: customers + phones + e-mails + tags rows"),
                        t.seconds(), t.cpu(),
                        QStringLiteral("prepared INSERTs, 13 customer indexes")};

        t.restart();
        begin();
        {
            QSqlQuery fts(db);
            fts.prepare(QStringLiteral("INSERT INTO customer_search (rowid, keys) VALUES (?, ?)"));
            for (qsizetype i = 0; i < ids.size(); ++i) {
                fts.bindValue(0, ids.at(i));
                fts.bindValue(1, keys.at(i));
                exec(fts);
            }
        }
        commit();
        phases << Phase{QStringLiteral("G2 SQL floor: search index rows (FTS5, prefix 1 2 3)"),
                        t.seconds(), t.cpu(), QStringLiteral("keys from C")};

        QSqlQuery(db).exec(QStringLiteral("CREATE VIRTUAL TABLE bench_search USING fts5 (keys, "
                                          "tokenize = 'unicode61 remove_diacritics 2')"));
        t.restart();
        begin();
        {
            QSqlQuery fts(db);
            fts.prepare(QStringLiteral("INSERT INTO bench_search (rowid, keys) VALUES (?, ?)"));
            for (qsizetype i = 0; i < ids.size(); ++i) {
                fts.bindValue(0, ids.at(i));
                fts.bindValue(1, keys.at(i));
                exec(fts);
            }
        }
        commit();
        phases << Phase{QStringLiteral("   (for scale: the same FTS5 rows without prefix indexes)"),
                        t.seconds(), t.cpu(), QStringLiteral("not part of the sum")};

        t.restart();
        begin();
        {
            QSqlQuery log(db);
            log.prepare(QStringLiteral(
                "INSERT INTO change_log (entity, entity_id, action, field, old_value, "
                "new_value, user_id, changed_at, batch) VALUES ('customer', ?, 'create', "
                "NULL, NULL, ?, ?, ?, ?)"));
            const QString batch = ChangeLogStore::newBatch();
            for (qsizetype i = 0; i < ids.size(); ++i) {
                log.bindValue(0, ids.at(i));
                log.bindValue(1, built.at(i).customer.name);
                log.bindValue(2, user);
                log.bindValue(3, now);
                log.bindValue(4, batch);
                exec(log);
            }
        }
        commit();
        phases << Phase{QStringLiteral("G3 SQL floor: change-log rows"), t.seconds(), t.cpu(), {}};

        t.restart();
        begin();
        {
            ImportBatch batch;
            batch.batch = ChangeLogStore::newBatch();
            batch.entity = QStringLiteral("customer");
            batch.fileName = QStringLiteral("bench.csv");
            batch.format = QStringLiteral("csv");
            batch.mode = QStringLiteral("create");
            const qint64 batchId = ImportStore(*o.session).addBatch(batch).value_or(0);
            QSqlQuery rec(db);
            rec.prepare(QStringLiteral(
                "INSERT INTO import_records (batch_id, entity_id, action, before) "
                "VALUES (?, ?, 'create', NULL) ON CONFLICT (batch_id, entity_id) DO NOTHING"));
            for (qint64 id : ids) {
                rec.bindValue(0, batchId);
                rec.bindValue(1, id);
                exec(rec);
            }
        }
        commit();
        phases << Phase{
            QStringLiteral("G4 SQL floor: import-record rows"), t.seconds(), t.cpu(), {}};
    }
    for (const char *name :
         {"/profile-store.guanxi", "/profile-sql.guanxi", "/profile-import.guanxi"})
        removeDb(dir + QString::fromLatin1(name));
    return phases;
}

// ---------------------------------------------------------------- exports

struct ExportRun {
    bool ok = false;
    double seconds = 0;
    double cpu = 0;
    qint64 written = 0;
    qint64 bytes = 0;
    long peakKb = 0;
};

ExportRun runExport(const QString &dbPath, qint64 count, const QString &path, ExportFormat format)
{
    ExportRun out;
    Opened o;
    if (!openFile(dbPath, o, false))
        return out;
    auto ids = CustomerStore(*o.session).liveIds();
    if (!ids)
        return out;
    QList<qint64> first = ids->mid(0, count);
    QFile::remove(path);
    MemoryWatch watch;
    watch.start();
    Stopwatch t;
    auto written = CustomerExport::write(*o.session, first, path, format);
    out.seconds = t.seconds();
    out.cpu = t.cpu();
    watch.stop();
    if (!written) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(written.error().toString()));
        return out;
    }
    out.ok = true;
    out.written = *written;
    out.bytes = QFileInfo(path).size();
    out.peakKb = watch.peakKb();
    return out;
}

// ---------------------------------------------------------------- the report

struct Figure {
    QString what;
    QString value;
    QString note;
};


QString linkedSqliteVersion()
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QString v;
    if (db.open()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            v = q.value(0).toString();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    return v;
}

QString rate(qint64 rows, double seconds)
{
    return seconds > 0 ? grouped(qint64(double(rows) / seconds)) + QStringLiteral(" rows/s")
                       : QString();
}

QString wallCpu(double wall, double cpu)
{
    return QStringLiteral("%1 s (cpu %2 s)")
        .arg(wall, 0, 'f', wall < 10 ? 2 : 1)
        .arg(cpu, 0, 'f', cpu < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::initialise();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures importing and exporting customers on large files."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows of the big import (default 1000000)."),
                                        QStringLiteral("N"));
    const QCommandLineOption smallOption(
        QStringLiteral("small"),
        QStringLiteral("Rows of the small import, the XLSX round trip and the small "
                       "CSV export (default 100000)."),
        QStringLiteral("N"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile-rows"),
        QStringLiteral("Rows of the phase breakdown; 0 skips it (default 50000)."),
        QStringLiteral("N"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Smaller files: 100,000 / 10,000 / 10,000 rows."));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Where to put the files (default: a temporary folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the files."));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"), QStringLiteral("Reuse CSV files an earlier run left in --dir."));
    const QCommandLineOption onlyImportOption(
        QStringLiteral("only-import"),
        QStringLiteral("Only generate and import the big file (for a profiler)."));
    const QCommandLineOption skipOption(
        QStringLiteral("skip"),
        QStringLiteral("Steps to leave out, comma-separated: small, sqlite, profile, "
                       "xlsx, csv."),
        QStringLiteral("steps"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-mb"),
        QStringLiteral("Experiment: PRAGMA cache_size for the import connections, in "
                       "MB (default: the file's own setting)."),
        QStringLiteral("MB"));
    const QCommandLineOption shellOption(QStringLiteral("sqlite3"),
                                         QStringLiteral("The sqlite3 shell (default sqlite3)."),
                                         QStringLiteral("path"), QStringLiteral("sqlite3"));
    parser.addOptions({rowsOption, smallOption, profileOption, quickOption, dirOption, keepOption,
                       reuseOption, onlyImportOption, skipOption, cacheOption, shellOption});
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    auto number = [&](const QCommandLineOption &o, qint64 full, qint64 quickValue) {
        return parser.isSet(o) ? parser.value(o).toLongLong() : (quick ? quickValue : full);
    };
    const qint64 bigRows = number(rowsOption, 1000000, 100000);
    const qint64 smallRows = number(smallOption, 100000, 10000);
    const qint64 profileRows = number(profileOption, 50000, 10000);
    const int cacheMb = parser.value(cacheOption).toInt();
    const QString shell = parser.value(shellOption);
    const QStringList skip = parser.value(skipOption).split(u',', Qt::SkipEmptyParts);
    const bool onlyImport = parser.isSet(onlyImportOption);
    auto wanted = [&](const char *step) {
        return !onlyImport && !skip.contains(QString::fromLatin1(step));
    };
    if (bigRows <= 0 || bigRows >= 10000000 || smallRows < 0 || profileRows < 0) {
        std::fprintf(stderr, "guanxi-bench-import: --rows must be 1 to 9,999,999\n");
        return 1;
    }

    QTemporaryDir tmp;
    tmp.setAutoRemove(!parser.isSet(keepOption));
    const QString dir = parser.isSet(dirOption)
                            ? QFileInfo(parser.value(dirOption)).absoluteFilePath()
                            : tmp.path();
    QDir().mkpath(dir);
    const bool reuse = parser.isSet(reuseOption);
    auto file = [&](const QString &name) { return dir + u'/' + name; };

    std::printf("guanxi-bench-import, %s\n",
                qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
    std::printf("machine: %s; Qt %s, SQLite %s (shell %s)\n", qPrintable(machine()), qVersion(),
                qPrintable(linkedSqliteVersion()), qPrintable(sqliteShellVersion(shell)));
    std::printf("files in %s%s\n\n", qPrintable(dir),
                cacheMb > 0
                    ? qPrintable(QStringLiteral(", cache_size %1 MB during imports").arg(cacheMb))
                    : "");
    std::fflush(stdout);

    QList<Figure> figures;
    auto figure = [&](const QString &what, const QString &value, const QString &note = {}) {
        figures << Figure{what, value, note};
        std::printf("  %-52s %-18s %s\n", qPrintable(what), qPrintable(value), qPrintable(note));
        std::fflush(stdout);
    };

    // 1. The files. Never timed with anything else.
    CompanyPool pool;
    pool.build(20000);
    Generator gen(pool);
    std::printf("generating (not part of any figure): %s companies in the pool\n",
                qPrintable(grouped(pool.names.size())));
    Generated big, small, prof;
    if (!generate(gen, bigRows, file(QStringLiteral("customers-%1.csv").arg(bigRows)), reuse, big))
        return 2;
    std::printf(
        "  %s rows, %.0f MB, %.1f s; expected: %s created + %s companies, %s skipped (phone %s, "
        "e-mail %s, "
        "company %s, name+company %s)\n",
        qPrintable(grouped(bigRows)), double(big.bytes) / 1e6, big.seconds,
        qPrintable(grouped(big.expect.created)), qPrintable(grouped(big.expect.companiesCreated)),
        qPrintable(grouped(big.expect.skipped())), qPrintable(grouped(big.expect.dupPhone)),
        qPrintable(grouped(big.expect.dupEmail)), qPrintable(grouped(big.expect.dupCompany)),
        qPrintable(grouped(big.expect.dupNameCompany)));
    if (wanted("small") && smallRows > 0) {
        if (!generate(gen, smallRows, file(QStringLiteral("customers-%1.csv").arg(smallRows)),
                      reuse, small))
            return 2;
    }
    if (wanted("profile") && profileRows > 0) {
        if (!generate(gen, profileRows, file(QStringLiteral("customers-%1.csv").arg(profileRows)),
                      reuse, prof))
            return 2;
    }
    {
        auto source = ImportSource::open(big.path);
        if (!source)
            return 2;
        const QStringList mapping = CustomerFields::guess((*source)->header(), {});
        QStringList shown;
        for (int i = 0; i < mapping.size(); ++i)
            shown << (*source)->header().value(i) + u'=' +
                         (mapping.at(i).isEmpty() ? QStringLiteral("(ignored)") : mapping.at(i));
        std::printf("  columns: %s\n\n", qPrintable(shown.join(QStringLiteral(", "))));
        if (mapping.contains(QString()))
            std::printf("  warning: a column is not mapped\n");
    }
    std::fflush(stdout);

    auto checkCounts = [&](const ImportRun &run, const Expectation &e) {
        const bool same = run.report.created == e.created &&
                          run.report.companiesCreated == e.companiesCreated &&
                          run.report.skipped == e.skipped() && run.report.rejected == 0;
        return same ? QStringLiteral("as the generator expects")
                    : QStringLiteral("generator expected %1 / %2 / %3")
                          .arg(grouped(e.created), grouped(e.companiesCreated),
                               grouped(e.skipped()));
    };

    // 2. Imports: the small one first so its memory peak is not the big one's.
    std::printf("CustomerImport, create mode, keys phone, e-mail, company, name+company:\n");
    ImportRun smallRun;
    if (wanted("small") && smallRows > 0) {
        smallRun = runImport(small.path, file(QStringLiteral("small.guanxi")), cacheMb, "small");
        if (!smallRun.ok)
            return 3;
        const QString label = QStringLiteral("import %1 rows (CSV)").arg(grouped(smallRows));
        figure(label, wallCpu(smallRun.seconds, smallRun.cpu), rate(smallRows, smallRun.seconds));
        figure(QStringLiteral("  created / companies / skipped / rejected"),
               QStringLiteral("%1 / %2 / %3 / %4")
                   .arg(grouped(smallRun.report.created), grouped(smallRun.report.companiesCreated),
                        grouped(smallRun.report.skipped), grouped(smallRun.report.rejected)),
               checkCounts(smallRun, small.expect));
        figure(QStringLiteral("  peak resident memory (before → peak)"),
               QStringLiteral("%1 → %2").arg(mb(smallRun.baseKb), mb(smallRun.peakKb)),
               QStringLiteral("file %1 MB%2")
                   .arg(double(smallRun.fileBytes) / 1e6, 0, 'f', 0)
                   .arg(smallRun.peakFromHwm ? QString()
                                             : QStringLiteral(", RSS sampled every 20 ms")));
    }
    ImportRun bigRun = runImport(big.path, file(QStringLiteral("big.guanxi")), cacheMb, "big");
    if (!bigRun.ok)
        return 3;
    figure(QStringLiteral("import %1 rows (CSV)").arg(grouped(bigRows)),
           wallCpu(bigRun.seconds, bigRun.cpu), rate(bigRows, bigRun.seconds));
    figure(QStringLiteral("  created / companies / skipped / rejected"),
           QStringLiteral("%1 / %2 / %3 / %4")
               .arg(grouped(bigRun.report.created), grouped(bigRun.report.companiesCreated),
                    grouped(bigRun.report.skipped), grouped(bigRun.report.rejected)),
           checkCounts(bigRun, big.expect));
    figure(QStringLiteral("  peak resident memory (before → peak)"),
           QStringLiteral("%1 → %2").arg(mb(bigRun.baseKb), mb(bigRun.peakKb)),
           QStringLiteral("file %1 MB%2")
               .arg(double(bigRun.fileBytes) / 1e6, 0, 'f', 0)
               .arg(bigRun.peakFromHwm ? QString() : QStringLiteral(", RSS sampled every 20 ms")));
    if (onlyImport)
        return 0;

    // 3. The sqlite3 shell on the same files.
    if (wanted("sqlite")) {
        std::printf("\nsqlite3 shell, .mode csv + .import into a bare table:\n");
        for (const auto &[made, run] : {std::pair{&small, &smallRun}, std::pair{&big, &bigRun}}) {
            if (made->path.isEmpty() || !run->ok)
                continue;
            const ShellRun s = sqliteImport(shell, made->path, file(QStringLiteral("shell.db")));
            if (!s.ok)
                continue;
            const qint64 rows = made->expect.rows;
            figure(QStringLiteral("sqlite3 .import %1 rows").arg(grouped(rows)),
                   wallCpu(s.seconds, s.cpu),
                   QStringLiteral("%1 rows in t; %2").arg(grouped(s.rows), rate(rows, s.seconds)));
            figure(QStringLiteral("  ratio CustomerImport / sqlite3 .import"),
                   QStringLiteral("%1×").arg(run->seconds / s.seconds, 0, 'f', 0),
                   QStringLiteral("cpu %1×; target ≤ 3×")
                       .arg(run->cpu / std::max(1e-9, s.cpu), 0, 'f', 0));
            removeDb(file(QStringLiteral("shell.db")));
        }
    }

    // 4. Where the time goes.
    if (wanted("profile") && profileRows > 0) {
        std::printf(
            "\nwhere an import's time goes, %s rows (each phase on its own; see the notes):\n",
            qPrintable(grouped(profileRows)));
        std::fflush(stdout);
        const QList<Phase> phases = profile(prof.path, dir, profileRows);
        QHash<QString, double> cpu;
        for (const Phase &p : phases) {
            cpu.insert(p.name.left(2), p.cpu);
            figure(p.name, wallCpu(p.seconds, p.cpu),
                   QStringLiteral("%1 µs/row cpu%2%3")
                       .arg(p.cpu * 1e6 / double(profileRows), 0, 'f', 0)
                       .arg(p.note.isEmpty() ? QString() : QStringLiteral("; "), p.note));
        }
        if (phases.size() >= 10) {
            auto perRow = [&](double seconds) {
                return QStringLiteral("%1 µs/row cpu")
                    .arg(seconds * 1e6 / double(profileRows), 0, 'f', 0);
            };
            const double floor = cpu.value(QStringLiteral("G1")) + cpu.value(QStringLiteral("G2")) +
                                 cpu.value(QStringLiteral("G3"));
            const double store =
                cpu.value(QStringLiteral("E ")) - floor - cpu.value(QStringLiteral("C "));
            figure(
                QStringLiteral("=  store overhead: E − C − (G1+G2+G3)"),
                QStringLiteral("%1 s cpu").arg(store, 0, 'f', 2),
                perRow(store) +
                    QStringLiteral("; binding values through QSqlQuery, the company check, one statement per phone, e-mail and tag"));
            const double service =
                cpu.value(QStringLiteral("D ")) - cpu.value(QStringLiteral("E ")) -
                cpu.value(QStringLiteral("A ")) - cpu.value(QStringLiteral("B ")) -
                cpu.value(QStringLiteral("F ")) - cpu.value(QStringLiteral("G4"));
            figure(QStringLiteral("=  rest of the import: D − E − A − B − F − G4"),
                   QStringLiteral("%1 s cpu").arg(service, 0, 'f', 2),
                   perRow(service) + QStringLiteral("; about 0: the import adds little beyond the "
                                                    "store (F partly overlaps E)"));
        }
    }

    // 5. XLSX: export, then import the export into a fresh file.
    const QString bigDb = file(QStringLiteral("big.guanxi"));
    const qint64 exportSmall = smallRows > 0 ? smallRows : std::min<qint64>(bigRows, 100000);
    if (wanted("xlsx")) {
        std::printf("\nXLSX:\n");
        const QString xlsx = file(QStringLiteral("export-%1.xlsx").arg(exportSmall));
        const ExportRun e = runExport(bigDb, exportSmall, xlsx, ExportFormat::Xlsx);
        if (e.ok) {
            figure(QStringLiteral("export %1 customers to XLSX").arg(grouped(e.written)),
                   wallCpu(e.seconds, e.cpu),
                   QStringLiteral("%1 MB, %2, peak memory %3")
                       .arg(double(e.bytes) / 1e6, 0, 'f', 1)
                       .arg(rate(e.written, e.seconds), mb(e.peakKb)));
            const ImportRun back =
                runImport(xlsx, file(QStringLiteral("xlsx.guanxi")), cacheMb, "xlsx");
            if (back.ok) {
                figure(QStringLiteral("import that XLSX into a new file"),
                       wallCpu(back.seconds, back.cpu), rate(back.report.rowsRead, back.seconds));
                figure(QStringLiteral("  created / companies / skipped / rejected"),
                       QStringLiteral("%1 / %2 / %3 / %4")
                           .arg(grouped(back.report.created), grouped(back.report.companiesCreated),
                                grouped(back.report.skipped), grouped(back.report.rejected)));
                figure(QStringLiteral("  peak resident memory (before → peak)"),
                       QStringLiteral("%1 → %2").arg(mb(back.baseKb), mb(back.peakKb)));
            }
            removeDb(file(QStringLiteral("xlsx.guanxi")));
        }
    }

    // 6. CSV exports.
    if (wanted("csv")) {
        std::printf("\nCSV export:\n");
        QList<qint64> counts = {exportSmall};
        if (bigRows > exportSmall)
            counts << bigRows;
        for (qint64 n : counts) {
            const QString csv = file(QStringLiteral("export-%1.csv").arg(n));
            const ExportRun e = runExport(bigDb, n, csv, ExportFormat::Csv);
            if (e.ok)
                figure(QStringLiteral("export %1 customers to CSV").arg(grouped(e.written)),
                       wallCpu(e.seconds, e.cpu),
                       QStringLiteral("%1 MB, %2, peak memory %3")
                           .arg(double(e.bytes) / 1e6, 0, 'f', 0)
                           .arg(rate(e.written, e.seconds), mb(e.peakKb)));
            if (!parser.isSet(keepOption))
                QFile::remove(csv);
        }
    }

    std::printf("\n| measurement | figure | note |\n|---|---|---|\n");
    for (const Figure &f : figures)
        std::printf("| %s | %s | %s |\n", qPrintable(f.what.trimmed()), qPrintable(f.value),
                    qPrintable(f.note));
    return 0;
}
