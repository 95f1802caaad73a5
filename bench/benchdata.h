#pragma once

// The deterministic data the benchmarks generate: a random stream that is the
// same on every platform, and the words customers are made of (Chinese and
// English names with their pinyin or spelling, cities, companies, streets,
// tags, notes, mail domains, phone numbers in the ways people write them).
// guanxi-bench-import writes customers from it into a CSV file
// (customercsv.h); guanxi-bench-rfm writes customers and orders into a
// database file (salesfile.h).
#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <cstddef>

namespace guanxi::bench {

inline quint64 mix(quint64 x)
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

inline quint64 fnv(QByteArrayView bytes)
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
inline const Word families[] = {
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
inline const Word commonGiven[] = {
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

inline const Word givenChars[] = {
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

inline const Word firstNames[] = {
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

inline const Word lastNames[] = {
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

inline const City cities[] = {
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

inline const char *const streets[] = {"人民路",   "中山路", "解放路",   "建设路",   "科技园路",
                               "南京路",   "长安街", "学院路",   "滨江大道", "创业路",
                               "工业大道", "新华路", "深南大道", "文三路"};
inline const char *const brands[] = {
    "华创", "明达", "鑫源", "恒通", "博远", "天成", "宏图", "金桥",   "瑞丰", "中联",
    "华信", "嘉禾", "新锐", "盛世", "永泰", "东方", "海润", "联创",   "佳和", "远航",
    "鼎盛", "汇通", "长城", "百川", "星辰", "蓝海", "优品", "智联",   "云帆", "科达",
    "华美", "伟业", "恒大", "中兴", "凯瑞", "安捷", "普惠", "立信",   "德胜", "同创",
    "卓越", "万通", "正泰", "腾达", "宇航", "金鹏", "华龙", "新世纪", "大华", "光明",
    "利达", "富源", "顺发", "天宇", "晨光", "振华", "康泰", "和信",   "众诚", "泰和",
    "兴业", "诚信", "明阳", "海天", "銀河", "锦程", "思源", "领航",   "精工", "航宇",
    "创新", "飞扬", "旭日", "金诚", "华泰", "鸿运", "九州", "中天",   "聚力", "睿智",
};
inline const char *const industries[] = {
    "科技",   "贸易",     "电子",     "机械",     "物流", "网络",     "信息技术", "医疗器械",
    "建材",   "食品",     "服饰",     "文化传媒", "咨询", "包装",     "新能源",   "化工",
    "家居",   "教育科技", "环保科技", "汽车配件", "五金", "光电",     "生物科技", "实业",
    "进出口", "电器",     "塑胶",     "纺织",     "软件", "智能设备",
};
inline const char *const companySuffixes[] = {"有限公司",     "有限公司",     "有限公司",
                                       "股份有限公司", "集团有限公司", "有限责任公司"};
inline const char *const enWords[] = {"Acme",      "Global",    "Pacific",    "Summit",     "Pioneer",
                               "Nova",      "Apex",      "Blue Ocean", "Silverline", "Golden Gate",
                               "Northstar", "Evergreen", "Redwood",    "Orient",     "Harbor",
                               "Crescent",  "Sterling",  "Vertex",     "Horizon",    "Atlas",
                               "Bright",    "Prime",     "Union",      "Zenith",     "Keystone",
                               "Lotus",     "Dragon",    "Phoenix",    "Jade",       "Crown"};
inline const char *const enIndustries[] = {"Trading",    "Electronics", "Logistics", "Technologies",
                                    "Industrial", "Imports",     "Systems",   "Packaging",
                                    "Textiles",   "Machinery",   "Foods",     "Medical",
                                    "Solutions",  "Materials",   "Energy"};
inline const char *const enPlaces[] = {"", "Shenzhen ", "Hong Kong ", "Ningbo ", "Shanghai ", "Asia "};
inline const char *const enSuffixes[] = {"Co., Ltd.", "Ltd", "Inc.", "LLC", "GmbH", "Limited", "Corp."};
inline const char *const jobTitles[] = {"总经理",
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
inline const char *const sources[] = {"官网",     "展会",     "转介绍",   "百度推广", "微信",
                               "电话营销", "阿里巴巴", "LinkedIn", "老客户",   "抖音"};
inline const char *const tagPool[] = {
    "VIP",    "重点客户", "老客户",   "展会",       "2025广交会",  "高意向",   "价格敏感",
    "转介绍", "微信好友", "待回访",   "大客户",     "经销商",      "代理商",   "终端客户",
    "海外",   "华东",     "华南",     "华北",       "已报价",      "样品已寄", "合同谈判中",
    "需发票", "决策人",   "技术对接", "trade-show", "key-account", "reseller", "follow-up"};
inline const char *const tagSeparators[] = {", ", "，", ";", "、"};
inline const char *const notePool[] = {"展会上认识，对价格比较敏感",
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
inline const char *const publicDomains[] = {"qq.com",      "qq.com",      "qq.com",      "163.com",
                                     "163.com",     "126.com",     "sina.com",    "gmail.com",
                                     "outlook.com", "hotmail.com", "foxmail.com", "yahoo.com",
                                     "sohu.com",    "aliyun.com",  "139.com"};
inline const char *const mobilePrefixes[] = {"130", "131", "132", "133", "134", "135", "136", "137", "138",
                                      "139", "150", "151", "152", "153", "155", "156", "157", "158",
                                      "159", "166", "176", "177", "178", "180", "181", "182", "183",
                                      "185", "186", "187", "188", "189", "191", "198", "199"};

// The 20,000 companies people work for, each with a distinct CompanyName::key
// and a second way of writing it ("深圳华创科技有限公司" / "深圳华创科技").
struct CompanyPool {
    QList<QByteArray> names;
    QList<QByteArray> variants;
    QList<QByteArray> domains; // English companies' mail domain; empty otherwise
    QList<quint64> keys;

    void build(int target);
};

// Numbers that look random but never repeat: k -> k * m mod 10^n is a
// bijection for k < 10^n when m is prime to 10.
inline quint64 unique8(quint64 k)
{
    return (k * 73939133ull + 12345678ull) % 100000000ull;
}

inline quint64 unique7(quint64 k)
{
    return (k * 2718281ull + 1234567ull) % 10000000ull;
}

inline QByteArray digits8(quint64 n)
{
    return QByteArray::number(n).rightJustified(8, '0');
}

// The mixed ways people write the same mainland mobile (11 digits).
QByteArray formatMobile(const QByteArray &digits, int style);
// One of formatMobile's styles, the common ones more often.
int mobileStyle(Rng &r);
QByteArray formatLandline(const QByteArray &area, const QByteArray &local, int style);

// The E.164 number of national digits, as an integer (8613812345678).
inline quint64 e164Number(const QByteArray &nationalDigits)
{
    return QByteArray("86" + nationalDigits).toULongLong();
}

} // namespace guanxi::bench
