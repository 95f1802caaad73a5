#include "analytics/dataquality.h"

#include "analytics/dataqualitystore.h"
#include "customers/duplicatestore.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "text/companyname.h"

#include <QMap>

#include <algorithm>
#include <thread>

namespace guanxi {

namespace {

QualityMoment momentOf(Session &session, const DataQualityOptions &options)
{
    QualityMoment m;
    m.today = session.today();
    m.followUpHorizon = m.today.addYears(2);
    m.staleBefore = session.now().addMonths(-std::max(1, options.staleMonths));
    return m;
}

// Customers joined by shared keys; each group's oldest (lowest id) is kept.
class Groups {
public:
    void join(const QList<qint64> &ids)
    {
        if (ids.size() < 2 || ids.size() > DuplicateStore::maxShared)
            return; // a key that many share (a switchboard, info@) is no evidence
        for (int i = 1; i < ids.size(); ++i)
            unite(ids.first(), ids.at(i));
    }
    // Every member but the oldest, with the oldest it repeats.
    QMap<qint64, qint64> repeats()
    {
        QMap<qint64, qint64> out;
        for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it)
            if (const qint64 r = root(it.key()); r != it.key())
                out.insert(it.key(), r);
        return out;
    }

private:
    qint64 root(qint64 id)
    {
        while (m_parent.value(id, id) != id) {
            const qint64 up = m_parent.value(m_parent.value(id));
            m_parent[id] = up;
            id = up;
        }
        return id;
    }
    // The lower id becomes the root, so a group's root is its oldest member.
    void unite(qint64 a, qint64 b)
    {
        if (!m_parent.contains(a))
            m_parent.insert(a, a);
        if (!m_parent.contains(b))
            m_parent.insert(b, b);
        const qint64 ra = root(a), rb = root(b);
        if (ra != rb)
            m_parent[std::max(ra, rb)] = std::min(ra, rb);
    }
    QHash<qint64, qint64> m_parent;
};

Result<QMap<qint64, qint64>> duplicateRepeats(const DataQualityStore &store, const std::atomic_bool *cancel)
{
    auto shared = store.sharedKeys(cancel);
    if (!shared)
        return shared.error();
    Groups groups;
    for (const QList<qint64> &ids : *shared)
        groups.join(ids);
    auto companies = store.companies();
    if (!companies)
        return companies.error();
    QHash<QString, QList<qint64>> byKey;
    for (const auto &[id, name] : *companies)
        if (const QString key = CompanyName::key(name); !key.isEmpty())
            byKey[key] << id;
    for (QList<qint64> &ids : byKey)
        if (ids.size() > 1) {
            std::sort(ids.begin(), ids.end());
            groups.join(ids);
        }
    return groups.repeats();
}

void addUp(QualityFigures &into, const QualityFigures &from)
{
    into.customers += from.customers;
    if (into.checks.isEmpty()) {
        into.checks = from.checks;
        return;
    }
    for (int i = 0; i < into.checks.size(); ++i) {
        into.checks[i].applicable += from.checks.at(i).applicable;
        into.checks[i].failing += from.checks.at(i).failing;
    }
}

// The checks counted from lists of customers rather than in the grouped pass.
const QStringList listedChecks = {QStringLiteral("phones"), QStringLiteral("emails"), QStringLiteral("duplicates")};

// A customer's failing checks among listedChecks, per owner.
using ListedCounts = QHash<qint64, QHash<QString, qint64>>;

QualityFigures figuresOf(const OwnerCheckCounts &counts, const QHash<QString, qint64> &listed)
{
    QualityFigures f;
    f.customers = counts.customers;
    for (const QString &key : DataQuality::checkKeys()) {
        QualityCheckResult r = counts.checks.value(key, QualityCheckResult{key, DataQuality::dimensionOf(key), 0, 0});
        if (key == QLatin1String("duplicates"))
            r.applicable = counts.customers;
        if (listedChecks.contains(key))
            r.failing = listed.value(key);
        f.checks << r;
    }
    DataQuality::score(f);
    return f;
}

// The customers failing each listed check.
using Listed = QHash<QString, QList<qint64>>;

Result<Listed> listedOn(const DataQualityStore &store, const std::atomic_bool *cancel)
{
    auto repeats = duplicateRepeats(store, cancel);
    if (!repeats)
        return repeats.error();
    Listed out{{QStringLiteral("duplicates"), repeats->keys()}};
    for (const QString &check : {QStringLiteral("phones"), QStringLiteral("emails")}) {
        if (cancel && cancel->load())
            return Error{DataQuality::tr("The data-quality check was stopped."), {}, {}, ErrorKind::Cancelled};
        auto ids = store.flagged(check);
        if (!ids)
            return ids.error();
        out.insert(check, *ids);
    }
    return out;
}

// The same on a connection of its own (another thread's), so that it reads
// other tables while the caller's connection makes the grouped pass.
Result<Listed> listedOnWorker(const WorkerSpec &spec, const std::atomic_bool *cancel)
{
    auto opened = spec.open(true);
    if (!opened)
        return opened.error();
    if (cancel)
        (*opened)->db().watchCancel(cancel);
    return listedOn(DataQualityStore((*opened)->session()), cancel);
}

Result<ListedCounts> countedByOwner(const DataQualityStore &store, const Listed &listed)
{
    QSet<qint64> all;
    for (const QList<qint64> &ids : listed)
        all.unite(QSet<qint64>(ids.cbegin(), ids.cend()));
    auto owners = store.ownersOf(all.values());
    if (!owners)
        return owners.error();
    ListedCounts out;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        for (qint64 id : it.value())
            ++out[owners->value(id)][it.key()];
    return out;
}

} // namespace

Result<DataQualityReport> DataQuality::compute(Session &session, const DataQualityOptions &options,
                                               const std::atomic_bool *cancel)
{
    DataQualityStore store(session);
    const QualityMoment moment = momentOf(session, options);
    Result<Listed> listed = Error{tr("The data-quality check was stopped."), {}, {}, ErrorKind::Cancelled};
    std::thread side([&listed, spec = session.worker(), cancel] { listed = listedOnWorker(spec, cancel); });
    auto counts = store.countByOwner(moment);
    side.join();
    if (!counts)
        return counts.error();
    if (!listed)
        return listed.error();
    auto listedCounts = countedByOwner(store, *listed);
    if (!listedCounts)
        return listedCounts.error();
    auto names = store.userNames();
    if (!names)
        return names.error();

    DataQualityReport report;
    report.today = moment.today;
    report.staleMonths = options.staleMonths;
    for (const OwnerCheckCounts &c : *counts) {
        OwnerQuality o{c.ownerId, names->value(c.ownerId), figuresOf(c, listedCounts->value(c.ownerId))};
        addUp(report.team, o.figures);
        report.owners << o;
    }
    if (report.team.checks.isEmpty())
        report.team = figuresOf(OwnerCheckCounts{}, {});
    score(report.team);
    std::sort(report.owners.begin(), report.owners.end(), [](const OwnerQuality &a, const OwnerQuality &b) {
        if ((a.ownerId == 0) != (b.ownerId == 0))
            return b.ownerId == 0;
        return a.figures.score != b.figures.score ? a.figures.score < b.figures.score : a.ownerId < b.ownerId;
    });
    return report;
}

namespace {

QString detailOf(const QString &check, const QualityRow &row, const QMap<qint64, qint64> &repeats,
                 const QHash<qint64, QString> &keptNames)
{
    if (check == QLatin1String("phones"))
        return row.badPhones;
    if (check == QLatin1String("emails"))
        return row.badEmails;
    if (check == QLatin1String("name"))
        return row.name;
    if (check == QLatin1String("dates"))
        return DataQuality::tr("Birthday %1, next follow-up %2")
            .arg(row.birthday.isEmpty() ? QStringLiteral("—") : row.birthday,
                 row.nextFollowUp.isEmpty() ? QStringLiteral("—") : row.nextFollowUp);
    if (check == QLatin1String("overdue"))
        return DataQuality::tr("Next follow-up %1").arg(row.nextFollowUp);
    if (check == QLatin1String("touched"))
        return DataQuality::tr("Last touched %1").arg(fromStoredTime(row.touched).toLocalTime().date().toString(Qt::ISODate));
    if (check == QLatin1String("duplicates")) {
        const qint64 kept = repeats.value(row.id);
        return DataQuality::tr("Repeats %1 (customer %2)").arg(keptNames.value(kept), QString::number(kept));
    }
    return {};
}

// The first `limit` of these customers that the owner holds (-1: anyone).
Result<QList<qint64>> ownedBy(const DataQualityStore &store, QList<qint64> ids, qint64 ownerId, int limit)
{
    if (ownerId >= 0) {
        auto owners = store.ownersOf(ids);
        if (!owners)
            return owners.error();
        ids.removeIf([&](qint64 id) { return owners->value(id) != ownerId; });
    }
    return ids.mid(0, limit);
}

// The names of the customers these repeat.
Result<QHash<qint64, QString>> keptNamesOf(const DataQualityStore &store, const QList<qint64> &ids,
                                          const QMap<qint64, qint64> &repeats)
{
    QHash<qint64, QString> out;
    QList<qint64> kept;
    for (qint64 id : ids)
        if (repeats.contains(id))
            kept << repeats.value(id);
    if (kept.isEmpty())
        return out;
    auto rows = store.rows(kept);
    if (!rows)
        return rows.error();
    for (const QualityRow &k : *rows)
        out.insert(k.id, k.name);
    return out;
}

} // namespace

Result<QList<QualityRecord>> DataQuality::records(Session &session, const QString &checkKey,
                                                  const DataQualityOptions &options, qint64 ownerId, int limit)
{
    if (!isCheck(checkKey))
        return Error{tr("There is no data-quality check “%1”; the checks are: %2.")
                         .arg(checkKey, checkKeys().join(QStringLiteral(", "))),
                     {}, {}, ErrorKind::NotFound};
    DataQualityStore store(session);
    const QualityMoment moment = momentOf(session, options);
    QMap<qint64, qint64> repeats;
    QHash<qint64, QString> keptNames;
    Result<QList<QualityRow>> rows = QList<QualityRow>();
    if (listedChecks.contains(checkKey)) {
        Result<QList<qint64>> ids = QList<qint64>();
        if (checkKey == QLatin1String("duplicates")) {
            auto found = duplicateRepeats(store, nullptr);
            if (!found)
                return found.error();
            repeats = *found;
            ids = repeats.keys();
        } else {
            ids = store.flagged(checkKey);
        }
        if (!ids)
            return ids.error();
        auto chosen = ownedBy(store, *ids, ownerId, limit);
        if (!chosen)
            return chosen.error();
        rows = store.rows(*chosen);
        auto kept = keptNamesOf(store, *chosen, repeats);
        if (!kept)
            return kept.error();
        keptNames = *kept;
    } else {
        rows = store.failing(checkKey, moment, ownerId, limit);
    }
    if (!rows)
        return rows.error();
    QList<QualityRecord> out;
    for (const QualityRow &row : *rows)
        out << QualityRecord{row.id, row.name, row.ownerName, detailOf(checkKey, row, repeats, keptNames)};
    return out;
}

} // namespace guanxi
