#include "exchange/leadimport.h"

#include "exchange/customerfields.h"
#include "exchange/headermatch.h"
#include "exchange/importjob.h"
#include "exchange/importsource.h"
#include "formats/csvwriter.h"
#include "leads/lead.h"
#include "leads/leadstore.h"
#include "platform/session.h"
#include "team/channelstore.h"
#include "team/userstore.h"

#include <QHash>

namespace guanxi {

namespace {

// What the lead fields need besides the cell: look-ups cached for the file.
struct LeadLookups {
    Session &session;
    QHash<QString, qint64> owners;    // login or name, lower case
    QHash<QString, qint64> sources;   // channel name, lower case
};

// One field a lead column can fill: its key (saved mappings store it), its
// label, and how a cell is applied; apply returns why the cell is refused,
// or nothing.
struct LeadField {
    const char *key;
    const char *label;
    QString (*apply)(LeadLookups &, Lead &, const QString &cell);
    bool repeatable = false;
};

QString ownerOf(LeadLookups &l, Lead &lead, const QString &cell)
{
    if (auto it = l.owners.constFind(cell.toLower()); it != l.owners.constEnd()) {
        // As when assigning: to someone of the team this session sees.
        if (!l.session.seesOwner(*it))
            return LeadImport::tr("You can give leads only to yourself or the members of your team; leave the cell "
                                  "empty to put the lead in the public pool.");
        lead.ownerId = *it;
        return {};
    }
    return LeadImport::tr("No user has this login or name. Add the user first, or leave the cell empty to put the "
                          "lead in the public pool.");
}

QString sourceOf(LeadLookups &l, Lead &lead, const QString &cell)
{
    if (!l.sources.contains(cell.toLower())) {
        auto id = ChannelStore(l.session).findOrAddNamed(cell);
        if (!id)
            return id.error().message;
        l.sources.insert(cell.toLower(), *id);
    }
    lead.sourceId = l.sources.value(cell.toLower());
    return {};
}

// The labels are translated in LeadImport's context (QT_TRANSLATE_NOOP).
const QList<LeadField> &leadFields()
{
    static const QList<LeadField> list = {
        {"name", QT_TRANSLATE_NOOP("LeadImport", "Contact name"),
         [](LeadLookups &, Lead &l, const QString &c) { l.name = c; return QString(); }},
        {"company", QT_TRANSLATE_NOOP("LeadImport", "Company"),
         [](LeadLookups &, Lead &l, const QString &c) { l.company = c; return QString(); }},
        {"job_title", QT_TRANSLATE_NOOP("LeadImport", "Job title"),
         [](LeadLookups &, Lead &l, const QString &c) { l.jobTitle = c; return QString(); }},
        {"phone", QT_TRANSLATE_NOOP("LeadImport", "Phone"),
         [](LeadLookups &, Lead &l, const QString &c) { l.phone = CustomerFields::splitList(c).value(0); return QString(); }},
        {"email", QT_TRANSLATE_NOOP("LeadImport", "E-mail"),
         [](LeadLookups &, Lead &l, const QString &c) { l.email = CustomerFields::splitList(c).value(0); return QString(); }},
        {"province", QT_TRANSLATE_NOOP("LeadImport", "Province"),
         [](LeadLookups &, Lead &l, const QString &c) { l.province = c; return QString(); }},
        {"city", QT_TRANSLATE_NOOP("LeadImport", "City"),
         [](LeadLookups &, Lead &l, const QString &c) { l.city = c; return QString(); }},
        {"industry", QT_TRANSLATE_NOOP("LeadImport", "Industry"),
         [](LeadLookups &, Lead &l, const QString &c) { l.industry = c; return QString(); }},
        {"source", QT_TRANSLATE_NOOP("LeadImport", "Source"), sourceOf},
        {"campaign", QT_TRANSLATE_NOOP("LeadImport", "Campaign"),
         [](LeadLookups &, Lead &l, const QString &c) { l.campaign = c; return QString(); }},
        {"product", QT_TRANSLATE_NOOP("LeadImport", "Product interest"),
         [](LeadLookups &, Lead &l, const QString &c) { l.productInterest = c; return QString(); }},
        {"owner", QT_TRANSLATE_NOOP("LeadImport", "Owner"), ownerOf},
        {"notes", QT_TRANSLATE_NOOP("LeadImport", "Notes"),
         [](LeadLookups &, Lead &l, const QString &c) {
             l.notes = l.notes.isEmpty() ? c : l.notes + u'\n' + c;
             return QString();
         },
         true},
    };
    return list;
}

const LeadField *leadField(const QString &key)
{
    for (const LeadField &f : leadFields())
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

// One lead a row, skipping those whose phone or e-mail a lead in the file
// (or an earlier row) has already.
class LeadRows : public ImportRows {
public:
    LeadRows(Session &session, const QStringList &mapping) : m_lookups{session, {}, {}}, m_leads(session), m_mapping(mapping) {}

    QString entity() const override { return QStringLiteral("lead"); }
    QString mode() const override { return QStringLiteral("create"); }
    void announce(Session &s) override { s.announceNow(Session::Changed::Leads); }
    Status prepare(const QStringList &header) override;
    Status handle(const ImportRow &row, ImportJob &job) override;

private:
    QList<ImportProblem> build(const ImportRow &row, const ImportJob &job, Lead &lead);
    // Whether a lead has the row's phone or e-mail already (then the row is
    // counted as skipped).
    Result<bool> isDuplicate(const ImportRow &row, const Lead &lead, const QStringList &keys, ImportJob &job) const;

    LeadLookups m_lookups;
    LeadStore m_leads;
    QStringList m_mapping;
    QStringList m_header;
    QHash<QString, qint64> m_firstRecord;   // phone / e-mail -> record that created the lead
};

Status LeadRows::prepare(const QStringList &header)
{
    m_header = header;
    if (m_mapping.isEmpty())
        m_mapping = LeadImport::guess(header);
    while (m_mapping.size() < header.size())
        m_mapping << QString();
    for (int i = 0; i < m_mapping.size(); ++i)
        if (!m_mapping.at(i).isEmpty() && !leadField(m_mapping.at(i)))
            return Error{LeadImport::tr("Column %1 (“%2”) is mapped to “%3”, which leads do not have. Use one of: %4.")
                             .arg(i + 1)
                             .arg(header.value(i), m_mapping.at(i), LeadImport::fieldKeys().join(QStringLiteral(", "))),
                         {}, {}};
    if (!m_mapping.contains(QStringLiteral("name")))
        return Error{LeadImport::tr("No column is mapped to the contact's name. Map the column that holds it, then "
                                    "import again."),
                     {}, {}};
    if (auto users = UserStore(m_lookups.session).list(true))
        for (const User &u : *users) {
            m_lookups.owners.insert(u.login.toLower(), u.id);
            m_lookups.owners.insert(u.displayName.toLower(), u.id);
        }
    return {};
}

QList<ImportProblem> LeadRows::build(const ImportRow &row, const ImportJob &job, Lead &lead)
{
    // Only CSV and XLSX cells carry a formula guard; vCard values are as written.
    const bool neutralised = job.source().format() != u"vcard";
    QList<ImportProblem> problems;
    for (int i = 0; i < m_mapping.size(); ++i) {
        const LeadField *field = leadField(m_mapping.at(i));
        const QString cell = neutralised ? CsvWriter::unneutralised(row.cells.value(i).trimmed())
                                         : row.cells.value(i).trimmed();
        if (!field || cell.isEmpty())
            continue;
        if (const QString why = field->apply(m_lookups, lead, cell); !why.isEmpty())
            problems << ImportProblem{row.number, row.line, m_header.value(i), cell, why};
    }
    for (const Error &e : Leads::validate(lead, m_lookups.session.defaultRegion())) {
        const int column = int(m_mapping.indexOf(e.field));
        problems << ImportProblem{row.number, row.line, column >= 0 ? m_header.value(column) : QString(),
                                  column >= 0 ? row.cells.value(column) : QString(), e.message};
    }
    return problems;
}

Result<bool> LeadRows::isDuplicate(const ImportRow &row, const Lead &lead, const QStringList &keys,
                                   ImportJob &job) const
{
    for (const QString &k : keys) {
        if (k.isEmpty())
            continue;
        auto existing = k.startsWith(u'p') ? m_leads.findByPhone(lead.phoneE164) : m_leads.findByEmail(lead.email);
        if (!existing)
            return existing.error();
        if (existing->isEmpty())
            continue;
        ImportReport &report = job.report();
        ++report.skipped;
        if (report.duplicates.size() < ImportReport::maxListed)
            report.duplicates << ImportDuplicate{row.number, row.line, k.mid(2), existing->first(),
                                                 m_firstRecord.value(k)};
        return true;
    }
    return false;
}

Status LeadRows::handle(const ImportRow &row, ImportJob &job)
{
    ++job.report().rowsRead;
    Lead lead;
    if (const QList<ImportProblem> problems = build(row, job, lead); !problems.isEmpty()) {
        job.reject(row, problems);
        return {};
    }
    const QStringList keys = {lead.phoneE164.isEmpty() ? QString() : QStringLiteral("p:") + lead.phoneE164,
                              lead.email.isEmpty() ? QString() : QStringLiteral("e:") + lead.email.toLower()};
    auto duplicate = isDuplicate(row, lead, keys, job);
    if (!duplicate)
        return duplicate.error();
    if (*duplicate)
        return {};
    auto id = m_leads.create(lead);
    if (!id)
        return id.error();
    ++job.report().created;
    if (!lead.phoneProblem.isEmpty()) { // kept as written; listed to be checked
        const int column = int(m_mapping.indexOf(QStringLiteral("phone")));
        job.report().addWarning(ImportProblem{row.number, row.line, m_header.value(column), lead.phone,
                                              lead.phoneProblem});
    }
    for (const QString &k : keys)
        if (!k.isEmpty())
            m_firstRecord.insert(k, row.number);
    return job.recordWritten(ImportedRecord{*id, true, {}});
}

} // namespace

LeadImport::LeadImport(Session &session, ImportSource &source, LeadImportOptions options)
    : m_session(session), m_source(source), m_options(std::move(options))
{
}

QStringList LeadImport::fieldKeys()
{
    QStringList out;
    for (const LeadField &f : leadFields())
        out << QString::fromLatin1(f.key);
    return out;
}

QList<ImportField> LeadImport::fields()
{
    QList<ImportField> out;
    for (const LeadField &f : leadFields())
        out << ImportField{QString::fromLatin1(f.key), tr(f.label), f.repeatable};
    return out;
}

QStringList LeadImport::guess(const QStringList &header)
{
    // A lead list's own headers first (a trade show's, a web form's, an ad
    // platform's), then whatever a customer file would say, less the fields
    // leads do not have.
    static const QList<HeaderMatch::Rule> rules = {
        HeaderMatch::rule("name", "^(name|fullname|contactname|contact|姓名|联系人|联系人姓名|客户姓名|名字|称呼|"
                                  "线索名称|线索姓名)$"),
        HeaderMatch::rule("company", "^(company|companyname|organization|organisation|account|accountname|公司|"
                                     "公司名称|单位|单位名称|企业|企业名称|客户公司|所在公司|工作单位)$"),
        HeaderMatch::rule("job_title", "^(jobtitle|position|role|职位|职务|头衔|岗位)$"),
        HeaderMatch::rule("phone", "^(phone|mobile|mobilephone|cell|tel|telephone|phonenumber|手机|手机号|手机号码|"
                                   "电话|电话号码|联系电话|联系方式|移动电话)$"),
        HeaderMatch::rule("email", "^(e?mail|emailaddress|邮箱|邮件|电子邮件|电子邮箱|邮箱地址)$"),
        HeaderMatch::rule("province", "^(province|state|省|省份|所在省份|所在省)$"),
        HeaderMatch::rule("city", "^(city|市|城市|所在城市|所在地|地区)$"),
        HeaderMatch::rule("industry", "^(industry|行业|所属行业)$"),
        HeaderMatch::rule("source", "^(source|leadsource|utmsource|channel|来源|线索来源|来源渠道|渠道|获取渠道|"
                                    "获客渠道)$"),
        HeaderMatch::rule("campaign", "^(campaign|campaignname|utmcampaign|event|活动|活动名称|推广活动|市场活动|"
                                      "展会|展会名称|推广计划)$"),
        HeaderMatch::rule("product", "^(product|products|productinterest|interest|interestedin|意向产品|产品|"
                                     "产品兴趣|感兴趣的产品|兴趣产品|咨询产品|需求产品)$"),
        HeaderMatch::rule("owner", "^(owner|salesperson|salesrep|assignedto|负责人|销售|销售员|跟进人|归属人)$"),
        HeaderMatch::rule("notes", "^(notes?|remarks?|comments?|message|备注|说明|描述|留言|需求|需求描述)$", true),
    };
    QStringList out(header.size());
    HeaderMatch::assign(header, rules, out);
    const QStringList customer = CustomerFields::guess(header, {});
    for (int i = 0; i < header.size(); ++i) {
        const QString key = customer.value(i);
        if (out.at(i).isEmpty() && leadField(key)
            && (!out.contains(key) || (leadField(key)->repeatable)))
            out[i] = key;
    }
    return out;
}

Result<ImportReport> LeadImport::run(const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    // The rows, the checks and the store all read the region from the session.
    Session::RegionOverride region(m_session, m_options.region);
    ImportJob job(m_session, m_source, {m_options.dryRun, m_options.skipInvalid, m_options.rejectsPath});
    LeadRows rows(m_session, m_options.mapping);
    return job.run(rows, tr("importing leads from “%1”"), progress, cancel);
}

} // namespace guanxi
