#include "exchange/leadimport.h"

#include "platform/db/transaction.h"
#include "leads/lead.h"
#include "formats/csvwriter.h"
#include "exchange/customerfields.h"
#include "exchange/importsource.h"
#include "exchange/rejectsfile.h"
#include "platform/session.h"
#include "platform/changelogstore.h"
#include "team/channelstore.h"
#include "exchange/importstore.h"
#include "leads/leadstore.h"
#include "team/userstore.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace guanxi {

LeadImport::LeadImport(Session &session, ImportSource &source, LeadImportOptions options)
    : m_session(session), m_source(source), m_options(std::move(options))
{
}

QStringList LeadImport::fieldKeys()
{
    return {QStringLiteral("name"),     QStringLiteral("company"),  QStringLiteral("job_title"),
            QStringLiteral("phone"),    QStringLiteral("email"),    QStringLiteral("province"),
            QStringLiteral("city"),     QStringLiteral("industry"), QStringLiteral("source"),
            QStringLiteral("campaign"), QStringLiteral("product"),  QStringLiteral("owner"),
            QStringLiteral("notes")};
}

QList<ImportField> LeadImport::fields()
{
    return {{QStringLiteral("name"), tr("Contact name")},   {QStringLiteral("company"), tr("Company")},
            {QStringLiteral("job_title"), tr("Job title")},  {QStringLiteral("phone"), tr("Phone")},
            {QStringLiteral("email"), tr("E-mail")},         {QStringLiteral("province"), tr("Province")},
            {QStringLiteral("city"), tr("City")},            {QStringLiteral("industry"), tr("Industry")},
            {QStringLiteral("source"), tr("Source")},        {QStringLiteral("campaign"), tr("Campaign")},
            {QStringLiteral("product"), tr("Product interest")}, {QStringLiteral("owner"), tr("Owner")},
            {QStringLiteral("notes"), tr("Notes"), true}};
}

QStringList LeadImport::guess(const QStringList &header)
{
    QStringList out = CustomerFields::guess(header, {});
    static const QRegularExpression campaign(QStringLiteral("^(campaign|活动|推广活动|市场活动)$"));
    static const QRegularExpression product(QStringLiteral("^(product|productinterest|意向产品|产品|感兴趣的产品)$"));
    const QStringList keys = fieldKeys();
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).toLower().remove(u' ').remove(u'_');
        if (campaign.match(h).hasMatch())
            out[i] = QStringLiteral("campaign");
        else if (product.match(h).hasMatch())
            out[i] = QStringLiteral("product");
        else if (!keys.contains(out.at(i)))
            out[i].clear();   // a customer field leads do not have
    }
    return out;
}

Result<ImportReport> LeadImport::run(const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    report.format = m_source.format();
    report.encoding = QString::fromLatin1(m_source.encoding());
    report.dryRun = m_options.dryRun;
    const QStringList header = m_source.header();
    const bool neutralised = m_source.format() != u"vcard";
    QStringList mapping = m_options.mapping.isEmpty() ? guess(header) : m_options.mapping;
    while (mapping.size() < header.size())
        mapping << QString();
    for (int i = 0; i < mapping.size(); ++i)
        if (!mapping.at(i).isEmpty() && !fieldKeys().contains(mapping.at(i)))
            return Error{tr("Column %1 (“%2”) is mapped to “%3”, which leads do not have. Use one of: %4.")
                             .arg(i + 1)
                             .arg(header.value(i), mapping.at(i), fieldKeys().join(QStringLiteral(", "))),
                         {}, {}};
    if (!mapping.contains(QStringLiteral("name")))
        return Error{tr("No column is mapped to the contact's name. Map the column that holds it, then import again."),
                     {}, {}};
    QHash<QString, qint64> owners;
    if (auto users = UserStore(m_session).list(true))
        for (const User &u : *users) {
            owners.insert(u.login.toLower(), u.id);
            owners.insert(u.displayName.toLower(), u.id);
        }
    std::unique_ptr<RejectsFile> rejects;
    if (m_options.skipInvalid && !m_options.rejectsPath.isEmpty()) {
        auto r = RejectsFile::open(m_options.rejectsPath, header);
        if (!r)
            return r.error();
        rejects = std::move(r).value();
    }

    LeadStore leads(m_session);
    ImportStore imports(m_session);
    const Session::QuietGuard quiet(m_session);
    Transaction tx(m_session.db(), tr("importing leads from “%1”").arg(QFileInfo(m_source.path()).fileName()));
    if (Status s = tx.begin(); !s)
        return s.error();
    ImportBatch batch;
    batch.batch = ChangeLogStore::newBatch();
    batch.entity = QStringLiteral("lead");
    batch.fileName = QFileInfo(m_source.path()).fileName();
    batch.format = m_source.format();
    batch.encoding = report.encoding;
    batch.mode = QStringLiteral("create");
    auto batchId = imports.addBatch(batch);
    if (!batchId)
        return batchId.error();
    batch.id = *batchId;
    QHash<QString, qint64> firstRecord;   // phone / e-mail -> record that created the lead
    QHash<QString, qint64> sources;
    std::optional<Error> failure;

    const Status read = m_source.read(
        [&](const ImportRow &row) {
            if (cancel && cancel->load()) {
                report.cancelled = true;
                return false;
            }
            ++report.rowsRead;
            QList<ImportProblem> problems;
            Lead l;
            for (int i = 0; i < mapping.size(); ++i) {
                const QString &key = mapping.at(i);
                // Only CSV and XLSX cells carry a formula guard; vCard values are as written.
                const QString cell = neutralised ? CsvWriter::unneutralised(row.cells.value(i).trimmed())
                                                 : row.cells.value(i).trimmed();
                if (key.isEmpty() || cell.isEmpty())
                    continue;
                auto bad = [&](const QString &reason) {
                    problems << ImportProblem{row.number, row.line, header.value(i), cell, reason};
                };
                if (key == u"name") l.name = cell;
                else if (key == u"company") l.company = cell;
                else if (key == u"job_title") l.jobTitle = cell;
                else if (key == u"phone") l.phone = CustomerFields::splitList(cell).value(0);
                else if (key == u"email") l.email = CustomerFields::splitList(cell).value(0);
                else if (key == u"province") l.province = cell;
                else if (key == u"city") l.city = cell;
                else if (key == u"industry") l.industry = cell;
                else if (key == u"campaign") l.campaign = cell;
                else if (key == u"product") l.productInterest = cell;
                else if (key == u"notes") l.notes = l.notes.isEmpty() ? cell : l.notes + u'\n' + cell;
                else if (key == u"owner") {
                    if (auto it = owners.constFind(cell.toLower()); it != owners.constEnd())
                        l.ownerId = *it;
                    else
                        bad(tr("No user has this login or name. Add the user first, or leave the cell empty to put "
                               "the lead in the public pool."));
                } else if (key == u"source") {
                    if (!sources.contains(cell.toLower())) {
                        ChannelStore channels(m_session);
                        auto found = channels.find(cell);
                        auto id = found && *found ? Result<qint64>(*found) : channels.add(cell);
                        if (!id) {
                            bad(id.error().message);
                            continue;
                        }
                        sources.insert(cell.toLower(), *id);
                    }
                    l.sourceId = sources.value(cell.toLower());
                }
            }
            const QList<Error> errors = Leads::validate(l, m_session.defaultCountryCode());
            for (const Error &e : errors) {
                const int column = int(mapping.indexOf(e.field));
                problems << ImportProblem{row.number, row.line, column >= 0 ? header.value(column) : QString(),
                                          column >= 0 ? row.cells.value(column) : QString(), e.message};
            }
            if (!problems.isEmpty()) {
                rejectRow(report, rejects.get(), row, problems);
                return true;
            }
            const QStringList keys = {l.phoneE164.isEmpty() ? QString() : QStringLiteral("p:") + l.phoneE164,
                                      l.email.isEmpty() ? QString() : QStringLiteral("e:") + l.email.toLower()};
            for (const QString &k : keys) {
                if (k.isEmpty())
                    continue;
                auto existing = k.startsWith(u'p') ? leads.findByPhone(l.phoneE164) : leads.findByEmail(l.email);
                if (!existing) {
                    failure = existing.error();
                    return false;
                }
                if (!existing->isEmpty()) {
                    ++report.skipped;
                    if (report.duplicates.size() < ImportReport::maxListed)
                        report.duplicates << ImportDuplicate{row.number, row.line, k.mid(2), existing->first(),
                                                             firstRecord.value(k)};
                    return true;
                }
            }
            auto id = leads.create(l);
            if (!id) {
                failure = id.error();
                return false;
            }
            ++report.created;
            for (const QString &k : keys)
                if (!k.isEmpty())
                    firstRecord.insert(k, row.number);
            if (Status s = imports.addRecord(batch.id, ImportedRecord{*id, true, {}}); !s) {
                failure = s.error();
                return false;
            }
            return true;
        },
        progress);
    if (failure)
        return *failure;
    if (!read)
        return read.error();
    report.notes = m_source.notes() + report.notes;
    if (report.cancelled)
        return report;
    if (rejects)
        if (Status s = rejects->commit(); !s)
            return s.error();
    if ((report.rejected > 0 && !m_options.skipInvalid) || m_options.dryRun)
        return report;
    batch.rowsRead = report.rowsRead;
    batch.created = report.created;
    batch.skipped = report.skipped;
    batch.rejected = report.rejected;
    if (Status s = imports.finishBatch(batch); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    report.batchId = batch.id;
    report.written = true;
    emit m_session.leadsChanged({});
    return report;
}

} // namespace guanxi
