#include "exchange/customerfields.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

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

// Every field a customer column can fill, in the order the mapping page
// lists them: its key, its label (in CustomerFields' context), whether
// several columns may feed it, and the headers it is guessed from (strong
// patterns; the weak ones below come after all of these). How a cell fills
// the field is CustomerRowReader's table.
struct FieldSpec {
    const char *key;
    const char *label;
    bool repeatable;
    const char *headers;   // a regular expression over the normalised header; null: never guessed
};

const QList<FieldSpec> &fieldSpecs()
{
    static const QList<FieldSpec> list = {
        {"name", QT_TRANSLATE_NOOP("CustomerFields", "Name"), false,
         "^(name|fullname|displayname|contactname|contactfullname|contactperson|contact|customername|"
         "customer|姓名|名称|客户名称|客户|客户姓名|联系人|联系人姓名|联系人名称|联系人名字|名字|"
         "显示名称|显示名|成员姓名|员工姓名|anzeigename|nomcomplet)$"},
        {"given_name", QT_TRANSLATE_NOOP("CustomerFields", "Given name"), false,
         "^(givenname|firstname|名|vorname|prénom|prenom)$"},
        {"family_name", QT_TRANSLATE_NOOP("CustomerFields", "Family name"), false,
         "^(familyname|lastname|surname|姓|nachname|nom)$"},
        {"kind", QT_TRANSLATE_NOOP("CustomerFields", "Person or company"), false, "^(kind|customertype|客户类型|类型)$"},
        {"company", QT_TRANSLATE_NOOP("CustomerFields", "Company"), false,
         "^(company|companyname|organization|organisation|organization\\d*name|organizationname|"
         "account|accountname|公司|单位|公司名称|单位名称|企业|企业名称|所属公司|所属客户|工作单位|firma|société|societe)$"},
        // The company's own phone and address, for a row that adds a person and their company.
        {"company_phone", QT_TRANSLATE_NOOP("CustomerFields", "Company phone"), true,
         "^(companyphone|companymainphone|companytelephone|accountphone|公司电话|单位电话|"
         "企业电话|公司座机|公司固话|公司总机|总机)$"},
        {"company_address", QT_TRANSLATE_NOOP("CustomerFields", "Company address"), false,
         "^(companyaddress|accountaddress|billingstreet|billingaddress|公司地址|单位地址|企业地址|注册地址)$"},
        {"job_title", QT_TRANSLATE_NOOP("CustomerFields", "Job title"), false,
         "^(jobtitle|position|organization\\d*title|organizationtitle|职位|职务|头衔|岗位|fonction)$"},
        {"phone", QT_TRANSLATE_NOOP("CustomerFields", "Phone"), true,
         "^(phone\\d*(value|number)?|mobile(phone)?(number)?\\d*|cell(phone)?|tel|telephone|"
         "businessphone\\d*|homephone\\d*|primaryphone|otherphone|workphone|carphone|pager(number)?|"
         "(business|home|other)fax|fax(number)?|手机|手机号|手机号码|电话|电话号码|联系电话|座机|座机号码|固话|"
         "办公电话|联系方式|移动电话|家庭电话|住宅电话|商务电话|商务电话2|商务传真|住宅传真|传真|传真号码|办公传真|家庭传真|"
         "个人电话|工作电话|mobiltelefon|telefongeschäftlich\\d*|telefonprivat\\d*|"
         "faxgeschäftlich|téléphonebureau|téléphonedomicile|télmobile|télécopiebureau)$"},
        {"email", QT_TRANSLATE_NOOP("CustomerFields", "E-mail"), true,
         "^(e?mail\\d*(value|address)?|emailaddress|e?mail\\daddress|primaryemail|secondaryemail|邮箱|电子邮件|"
         "电子邮箱|邮件|邮箱地址|电子邮件地址|电子邮件\\d*地址|邮件地址|企业邮箱|个人邮箱|工作邮箱|"
         "emailadresse|email\\d*adresse|adressedemessagerie\\d*)$"},
        {"province", QT_TRANSLATE_NOOP("CustomerFields", "Province"), false,
         "^(province|state|region|stateregion|stateprovince|省|省份|所在省份|businessstate|homestate|"
         "mailingstate|billingstate|billingstateprovince|mailingstateprovince|address\\d*region)$"},
        {"city", QT_TRANSLATE_NOOP("CustomerFields", "City"), false,
         "^(city|市|城市|所在城市|所在地|businesscity|homecity|workcity|mailingcity|billingcity|address\\d*city|"
         "ortgeschäftlich|villebureau)$"},
        {"address", QT_TRANSLATE_NOOP("CustomerFields", "Address"), false,
         "^(address|street|streetaddress|地址|详细地址|联系地址|通讯地址|businessstreet|homestreet|"
         "mailingstreet|mailingaddress|address\\d*(formatted|street)?|homeaddress|workaddress|家庭地址|商务地址街道|"
         "住宅地址街道|straßegeschäftlich|ruebureau)$"},
        {"industry", QT_TRANSLATE_NOOP("CustomerFields", "Industry"), false, "^(industry|行业|所属行业)$"},
        {"source", QT_TRANSLATE_NOOP("CustomerFields", "Source"), false,
         "^(source|leadsource|来源|客户来源|渠道|来源渠道)$"},
        {"stage", QT_TRANSLATE_NOOP("CustomerFields", "Stage"), false, "^(stage|lifecyclestage|阶段|客户阶段|客户状态)$"},
        {"owner", QT_TRANSLATE_NOOP("CustomerFields", "Owner"), false,
         "^(owner|salesperson|salesrep|负责人|销售|销售员|归属人|跟进人|客户经理)$"},
        {"tags", QT_TRANSLATE_NOOP("CustomerFields", "Tags"), true, "^(tags?|labels?|categories|groupmembership|标签|分类|分组|联系人分组|联系组|类别|kategorien|catégories)$"},
        {"notes", QT_TRANSLATE_NOOP("CustomerFields", "Notes"), true, "^(notes?|remarks?|comments?|备注|附注|说明|描述|notizen)$"},
        {"birthday", QT_TRANSLATE_NOOP("CustomerFields", "Birthday"), false,
         "^(birthday|birthdate|dateofbirth|dob|生日|出生日期|geburtstag|anniversaire)$"},
        {"next_follow_up", QT_TRANSLATE_NOOP("CustomerFields", "Next follow-up"), false,
         "^(nextfollowup|nextfollowupdate|nextcontact|下次跟进|下次跟进日期|下次联系)$"},
        {"id", QT_TRANSLATE_NOOP("CustomerFields", "Guanxi ID"), false, "^(id|customerid|guanxiid)$"},
        // The kind of line or address a phone or e-mail column beside it holds
        // (Google's "Phone 1 - Label"); it labels the next phone or e-mail column.
        {"phone_label", QT_TRANSLATE_NOOP("CustomerFields", "Phone label"), true,
         "^(phone\\d*(label|type)|phonelabels?|电话类型|电话标签)$"},
        {"email_label", QT_TRANSLATE_NOOP("CustomerFields", "E-mail label"), true,
         "^(e?mail\\d*(label|type)|emaillabels?|邮箱类型|邮箱标签)$"},
        // An extension (分机 8001) for the phone column before it: one number, not two.
        {"phone_extension", QT_TRANSLATE_NOOP("CustomerFields", "Phone extension"), true,
         "^(ext|extension|phone\\d*ext(ension)?|分机|分机号|分机号码)$"},
        {"continuation", QT_TRANSLATE_NOOP("CustomerFields", "Continues the column before"), true, nullptr},
    };
    return list;
}

// Strong patterns first (the table's), then the weak ones: "job title" must
// win over Outlook's courtesy "Title".
const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = [] {
        QList<Pattern> out;
        for (const FieldSpec &f : fieldSpecs())
            if (f.headers)
                out << Pattern{QString::fromLatin1(f.key), QRegularExpression(QString::fromUtf8(f.headers))};
        // Weak: only when nothing stronger took the field or the column.
        const QList<std::pair<const char *, const char *>> weak = {
            {"job_title", "^(title|occupation|profession|职称)$"},
            {"stage", "^(status|状态)$"},
            {"kind", "^(type)$"},
            {"address", "^(办公地点|officelocation|location)$"},
        };
        for (const auto &[key, re] : weak)
            out << Pattern{QString::fromLatin1(key), QRegularExpression(QString::fromUtf8(re))};
        return out;
    }();
    return list;
}
} // namespace

QList<ImportField> CustomerFields::all(const QList<CustomField> &customFields)
{
    QList<ImportField> out;
    for (const FieldSpec &f : fieldSpecs())
        out << ImportField{QString::fromLatin1(f.key), tr(f.label), f.repeatable};
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
    // The label columns a vCard gives (see ImportSource), in any language.
    for (int i = 0; i < header.size(); ++i)
        for (const char *key : {"phone_label", "email_label"})
            if (out.at(i).isEmpty() && header.at(i).trimmed() == label(QString::fromLatin1(key), customFields))
                out[i] = QString::fromLatin1(key);
    // A contact-person column beside a customer-name column: a CRM's
    // contacts export (客户名称 + 联系人, Account Name + First Name). The
    // customer is then the person's company, not the person.
    static const QRegularExpression person(QStringLiteral(
        "^(联系人|联系人姓名|联系人名称|联系人名字|姓名|名|姓|contact|contactname|contactperson|contactfullname|fullname|"
        "firstname|lastname|givenname|familyname)$"));
    static const QRegularExpression account(QStringLiteral("^(客户名称|客户|客户全称|customername|customer)$"));
    const bool hasPerson = std::any_of(header.begin(), header.end(), [&](const QString &h) {
        return person.match(normalised(h)).hasMatch();
    });
    const bool hasCompany = std::any_of(header.begin(), header.end(), [&](const QString &h) {
        return std::any_of(patterns().begin(), patterns().end(), [&](const Pattern &p) {
            return p.key == u"company" && p.re.match(normalised(h)).hasMatch();
        });
    });
    if (hasPerson && !hasCompany) {
        static const QRegularExpression accountPhone(QStringLiteral("^(客户电话|客户座机|customerphone)$"));
        static const QRegularExpression accountAddress(QStringLiteral("^(客户地址|customeraddress)$"));
        for (int i = 0; i < header.size(); ++i) {
            const QString h = normalised(header.at(i));
            if (!out.at(i).isEmpty())
                continue;
            if (!taken.contains(QStringLiteral("company")) && account.match(h).hasMatch()) {
                out[i] = QStringLiteral("company");
                taken.insert(QStringLiteral("company"));
            } else if (accountPhone.match(h).hasMatch()) {
                out[i] = QStringLiteral("company_phone");
            } else if (!taken.contains(QStringLiteral("company_address")) && accountAddress.match(h).hasMatch()) {
                out[i] = QStringLiteral("company_address");
                taken.insert(QStringLiteral("company_address"));
            }
        }
    }
    // A staff or member list (企业微信 账号, 钉钉 工号) has a status
    // like 已激活 that is no sales stage.
    static const QRegularExpression staffList(QStringLiteral("^(账号|工号|成员账号|userid)$"));
    const bool staff = std::any_of(header.begin(), header.end(), [&](const QString &h) {
        return staffList.match(normalised(h)).hasMatch();
    });
    for (const Pattern &p : patterns())
        for (int i = 0; i < header.size(); ++i) {
            if (!out.at(i).isEmpty() || (taken.contains(p.key) && !repeatable(p.key)))
                continue;
            if (staff && p.key == u"stage")
                continue;
            if (p.re.match(normalised(header.at(i))).hasMatch()) {
                out[i] = p.key;
                taken.insert(p.key);
            }
        }
    return out;
}

QString CustomerFields::plan(const QStringList &mapping)
{
    const bool person = mapping.contains(QStringLiteral("name")) || mapping.contains(QStringLiteral("given_name"))
                        || mapping.contains(QStringLiteral("family_name"));
    const bool company = mapping.contains(QStringLiteral("company"));
    if (!person || !company)
        return {};
    QString text = tr("Each row adds a person and links them to their company. A company is added once, however many "
                      "rows name it, and one already in Guanxi is reused.");
    if (mapping.contains(QStringLiteral("company_phone")) || mapping.contains(QStringLiteral("company_address")))
        text += u' ' + tr("Company phone and company address go to a company added here; phones, e-mails and the "
                          "other fields go to the person.");
    return text;
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
