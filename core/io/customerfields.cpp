#include "customerfields.h"

#include <QRegularExpression>
#include <QSet>

namespace guanxi {

namespace {
// Header -> comparable form: lower case, no spaces, dashes, dots or
// underscores ("E-mail 1 - Value" -> "email1value").
QString normalised(const QString &header)
{
    static const QRegularExpression noise(QStringLiteral("[\\s\\-_.:：/()（）]"));
    return header.toLower().remove(noise);
}

struct Pattern {
    QString key;
    QRegularExpression re;
};

// Strong patterns first: "job title" must win over Outlook's courtesy "Title".
const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = [] {
        const QList<std::pair<const char *, const char *>> raw = {
            {"id", "^(id|customerid|guanxiid)$"},
            {"name", "^(name|fullname|displayname|contactname|customername|customer|姓名|名称|客户名称|客户|客户姓名|"
                     "联系人|联系人姓名|名字)$"},
            {"given_name", "^(givenname|firstname|名)$"},
            {"family_name", "^(familyname|lastname|surname|姓)$"},
            {"kind", "^(kind|customertype|客户类型|类型)$"},
            {"company", "^(company|companyname|organization|organisation|organization\\d*name|organizationname|公司|"
                        "单位|公司名称|单位名称|企业|企业名称|所属公司|工作单位)$"},
            {"job_title", "^(jobtitle|position|organization\\d*title|organizationtitle|职位|职务|头衔|岗位)$"},
            {"phone", "^(phone\\d*(value)?|mobile(phone)?\\d*|cell(phone)?|tel|telephone|businessphone\\d*|"
                      "homephone\\d*|primaryphone|companymainphone|otherphone|手机|手机号|手机号码|电话|电话号码|"
                      "联系电话|座机|固话|办公电话|联系方式|移动电话)$"},
            {"email", "^(e?mail\\d*(value|address)?|emailaddress|e?mail\\daddress|邮箱|电子邮件|电子邮箱|邮件|"
                      "邮箱地址)$"},
            {"province", "^(province|state|region|省|省份|所在省份|businessstate|homestate|address\\d*region)$"},
            {"city", "^(city|市|城市|所在城市|所在地|businesscity|homecity|address\\d*city)$"},
            {"address", "^(address|street|地址|详细地址|联系地址|通讯地址|公司地址|businessstreet|homestreet|"
                        "address\\d*(formatted|street)?)$"},
            {"industry", "^(industry|行业|所属行业)$"},
            {"source", "^(source|leadsource|来源|客户来源|渠道|来源渠道)$"},
            {"stage", "^(stage|lifecyclestage|阶段|客户阶段|客户状态)$"},
            {"owner", "^(owner|salesperson|salesrep|负责人|销售|销售员|归属人|跟进人|客户经理)$"},
            {"tags", "^(tags?|labels?|categories|groupmembership|标签|分类|分组)$"},
            {"notes", "^(notes?|remarks?|comments?|备注|说明|描述)$"},
            {"birthday", "^(birthday|birthdate|dateofbirth|dob|生日|出生日期)$"},
            {"next_follow_up", "^(nextfollowup|nextfollowupdate|nextcontact|下次跟进|下次跟进日期|下次联系)$"},
            // Weak: only when nothing stronger took the field or the column.
            {"job_title", "^(title)$"},
            {"stage", "^(status|状态)$"},
            {"kind", "^(type)$"},
        };
        QList<Pattern> out;
        for (const auto &[key, re] : raw)
            out << Pattern{QString::fromLatin1(key), QRegularExpression(QString::fromUtf8(re))};
        return out;
    }();
    return list;
}
} // namespace

QList<ImportField> CustomerFields::all(const QList<CustomField> &customFields)
{
    QList<ImportField> out = {
        {QStringLiteral("name"), tr("Name"), false},
        {QStringLiteral("given_name"), tr("Given name"), false},
        {QStringLiteral("family_name"), tr("Family name"), false},
        {QStringLiteral("kind"), tr("Person or company"), false},
        {QStringLiteral("company"), tr("Company"), false},
        {QStringLiteral("job_title"), tr("Job title"), false},
        {QStringLiteral("phone"), tr("Phone"), true},
        {QStringLiteral("email"), tr("E-mail"), true},
        {QStringLiteral("province"), tr("Province"), false},
        {QStringLiteral("city"), tr("City"), false},
        {QStringLiteral("address"), tr("Address"), false},
        {QStringLiteral("industry"), tr("Industry"), false},
        {QStringLiteral("source"), tr("Source"), false},
        {QStringLiteral("stage"), tr("Stage"), false},
        {QStringLiteral("owner"), tr("Owner"), false},
        {QStringLiteral("tags"), tr("Tags"), true},
        {QStringLiteral("notes"), tr("Notes"), true},
        {QStringLiteral("birthday"), tr("Birthday"), false},
        {QStringLiteral("next_follow_up"), tr("Next follow-up"), false},
        {QStringLiteral("id"), tr("Guanxi ID"), false},
        {QStringLiteral("continuation"), tr("Continues the column before"), true},
    };
    for (const CustomField &f : customFields)
        out << ImportField{QStringLiteral("custom:%1").arg(f.id), f.name, false};
    return out;
}

QString CustomerFields::label(const QString &key, const QList<CustomField> &customFields)
{
    if (key.isEmpty())
        return tr("(ignore)");
    for (const ImportField &f : all(customFields))
        if (f.key == key)
            return f.label;
    return key;
}

QStringList CustomerFields::guess(const QStringList &header, const QList<CustomField> &customFields)
{
    QStringList out(header.size());
    // What CustomerExport writes after a column whose text Excel cannot hold
    // in one cell; the base must be the column before's (or its base).
    static const QRegularExpression continued(
        QStringLiteral("^(.*\\S)\\s*[(（]\\s*(?:continued|续)\\s*[)）]$"),
        QRegularExpression::CaseInsensitiveOption);
    QString base;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed();
        const QRegularExpressionMatch m = continued.match(h);
        if (i > 0 && m.hasMatch() && m.captured(1).compare(base, Qt::CaseInsensitive) == 0)
            out[i] = QStringLiteral("continuation");
        else
            base = h;
    }
    QSet<QString> taken;
    const QList<ImportField> fields = all(customFields);
    auto repeatable = [&](const QString &key) {
        for (const ImportField &f : fields)
            if (f.key == key)
                return f.repeatable;
        return false;
    };
    // Custom fields by their exact name first: a user's own field beats a guess.
    for (int i = 0; i < header.size(); ++i)
        for (const CustomField &f : customFields)
            if (header.at(i).trimmed().compare(f.name, Qt::CaseInsensitive) == 0)
                out[i] = QStringLiteral("custom:%1").arg(f.id);
    for (const Pattern &p : patterns())
        for (int i = 0; i < header.size(); ++i) {
            if (!out.at(i).isEmpty() || (taken.contains(p.key) && !repeatable(p.key)))
                continue;
            if (p.re.match(normalised(header.at(i))).hasMatch()) {
                out[i] = p.key;
                taken.insert(p.key);
            }
        }
    return out;
}

QStringList CustomerFields::splitList(const QString &cell)
{
    // Google Contacts joins values with " ::: "; people use , ; ， ； and new lines.
    static const QRegularExpression separators(QStringLiteral("\\s*(?::::|[,;，；、\\n])\\s*"));
    QStringList out;
    for (const QString &part : cell.split(separators, Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        // Google's system groups are not tags.
        if (!t.isEmpty() && !t.startsWith(u'*'))
            out << t;
    }
    return out;
}

} // namespace guanxi
