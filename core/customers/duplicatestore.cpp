#include "customers/duplicatestore.h"

#include "customers/customerstore.h"
#include "customers/phonemask.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "text/companyname.h"

#include <QHash>
#include <QSqlQuery>

#include <numeric>

namespace guanxi {

namespace {
// Union-find over customer ids, remembering why two were joined.
class Groups {
public:
    void join(const QList<qint64> &ids, int weight, const QString &reason)
    {
        if (ids.size() < 2 || ids.size() > DuplicateStore::maxShared)
            return;
        for (qint64 id : ids)
            if (!m_parent.contains(id))
                m_parent.insert(id, id);
        for (int i = 1; i < ids.size(); ++i)
            unite(ids.first(), ids.at(i));
        m_evidence << Evidence{ids.first(), weight, reason};
    }

    QList<DuplicateGroup> groups()
    {
        QHash<qint64, DuplicateGroup> byRoot;
        for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it)
            byRoot[root(it.key())].ids << it.key();
        QHash<qint64, QSet<QString>> kinds;
        for (const Evidence &e : m_evidence) {
            DuplicateGroup &g = byRoot[root(e.member)];
            g.reasons << e.reason;
            const QString kind = e.reason.section(u':', 0, 0);
            if (!kinds[root(e.member)].contains(kind)) {
                kinds[root(e.member)].insert(kind);
                g.score = std::min(100, g.score + e.weight);
            }
        }
        QList<DuplicateGroup> out;
        for (DuplicateGroup &g : byRoot) {
            std::sort(g.ids.begin(), g.ids.end());
            out << g;
        }
        return out;
    }

private:
    struct Evidence {
        qint64 member;
        int weight;
        QString reason;
    };
    qint64 root(qint64 id)
    {
        while (m_parent.value(id) != id) {
            const qint64 up = m_parent.value(m_parent.value(id));
            m_parent[id] = up;
            id = up;
        }
        return id;
    }
    void unite(qint64 a, qint64 b)
    {
        const qint64 ra = root(a), rb = root(b);
        if (ra != rb)
            m_parent[std::max(ra, rb)] = std::min(ra, rb);
    }
    QHash<qint64, qint64> m_parent;
    QList<Evidence> m_evidence;
};

// "Same phone: +8613812345678"; with shown, the key as shown instead, or
// the kind alone when it shows nothing.
QString reason(const QString &kind, const QString &key, QString (*shown)(const QString &))
{
    const QString text = shown ? shown(key) : key;
    return text.isEmpty() ? kind : kind + QStringLiteral(": ") + text;
}

// A shared number as a pool customer's phone shows: masked.
QString maskedPhone(const QString &e164)
{
    return PhoneMask::mask({}, e164);
}

// A shared address of a pool customer: not shown at all.
QString noAddress(const QString &)
{
    return {};
}

// Joins the companies whose names have the same key (CompanyName::key), of
// the customers the condition `seen` keeps.
Status joinCompanies(QSqlDatabase db, const QString &seen, Groups &groups)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM customers c WHERE kind = 'company' AND deleted_at IS NULL AND %1")
                    .arg(seen)))
        return SqlErrors::from(q.lastError(), DuplicateStore::tr("Could not look for duplicate customers."));
    QHash<QString, QList<qint64>> byKey;
    QHash<QString, QString> shown;
    while (q.next()) {
        const QString name = q.value(1).toString();
        const QString key = CompanyName::key(name);
        if (key.isEmpty())
            continue;
        byKey[key] << q.value(0).toLongLong();
        shown.insert(key, CompanyName::core(name));
    }
    for (auto it = byKey.begin(); it != byKey.end(); ++it)
        if (it->size() > 1) {
            std::sort(it->begin(), it->end());
            groups.join(*it, 40, DuplicateStore::tr("Same company name") + QStringLiteral(": ") + shown.value(it.key()));
        }
    return {};
}
} // namespace

Result<QList<DuplicateGroup>> DuplicateStore::find(const std::atomic_bool *cancel) const
{
    QSqlDatabase db = m_session.db().connection();
    // Only customers this session sees: both records of every pair.
    const QString seen = m_session.visibleOwner(QStringLiteral("c.owner_id"));
    Groups groups;
    auto cancelled = [&] { return cancel && cancel->load(); };
    // Each pass returns (key, id) ordered by key; runs of one key are a match.
    // shown: the key as the reason names it when a member of the run is a
    // pool customer this session sees masked (see PhoneMask); no function:
    // the key as it is.
    using Shown = QString (*)(const QString &key);
    auto pass = [&](const QString &sql, int weight, const QString &kind, Shown shown) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return SqlErrors::from(q.lastError(), tr("Could not look for duplicate customers."));
        QString key;
        QList<qint64> ids;
        bool masked = false;
        auto flush = [&] {
            if (ids.size() > 1)
                groups.join(ids, weight, reason(kind, key, masked ? shown : nullptr));
            ids.clear();
            masked = false;
        };
        while (q.next()) {
            const QString k = q.value(0).toString();
            if (k != key) {
                flush();
                key = k;
            }
            const qint64 id = q.value(1).toLongLong();
            if (!ids.contains(id))
                ids << id;
            masked = masked || (shown && PhoneMask::applies(m_session, q.value(2).toLongLong()));
        }
        flush();
        return {};
    };
    const struct {
        QString sql;
        int weight;
        QString kind;
        Shown shown;
    } passes[] = {
        {QStringLiteral("SELECT p.e164, p.customer_id, c.owner_id FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
                        "WHERE c.deleted_at IS NULL AND %1 AND p.e164 <> '' AND p.e164 IN (SELECT e164 FROM customer_phones "
                        "WHERE e164 <> '' GROUP BY e164 HAVING count(DISTINCT customer_id) > 1) "
                        "ORDER BY p.e164, p.customer_id").arg(seen),
         50, tr("Same phone"), maskedPhone},
        {QStringLiteral("SELECT lower(e.email), e.customer_id, c.owner_id FROM customer_emails e JOIN customers c "
                        "ON c.id = e.customer_id WHERE c.deleted_at IS NULL AND %1 AND lower(e.email) IN (SELECT "
                        "lower(email) FROM customer_emails GROUP BY lower(email) HAVING count(DISTINCT customer_id) "
                        "> 1) ORDER BY lower(e.email), e.customer_id").arg(seen),
         50, tr("Same e-mail"), noAddress},
        {QStringLiteral("SELECT name || ' @' || company_id, id FROM customers c WHERE deleted_at IS NULL AND %1 AND kind = "
                        "'person' AND company_id IS NOT NULL AND (name, company_id) IN (SELECT name, company_id "
                        "FROM customers WHERE deleted_at IS NULL AND company_id IS NOT NULL GROUP BY name, "
                        "company_id HAVING count(*) > 1) ORDER BY name, company_id, id").arg(seen),
         60, tr("Same name at the same company"), nullptr},
    };
    for (const auto &p : passes) {
        if (&p != passes && cancelled())   // between passes
            return QList<DuplicateGroup>{};
        if (Status s = pass(p.sql, p.weight, p.kind, p.shown); !s)
            return s.error();
    }
    // Company names compare by their key, computed here rather than in SQL.
    if (Status s = joinCompanies(db, seen, groups); !s)
        return s.error();
    QList<DuplicateGroup> out = groups.groups();
    // Names for the list, in one query per group (groups are few).
    QSqlQuery &names = m_session.db().prepared(QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    for (DuplicateGroup &g : out)
        for (qint64 id : g.ids) {
            names.bindValue(0, id);
            g.names << (names.exec() && names.next() ? names.value(0).toString() : QString());
        }
    names.finish();
    std::sort(out.begin(), out.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        return a.score != b.score ? a.score > b.score : a.ids.first() < b.ids.first();
    });
    return out;
}

Result<QList<DuplicateCandidate>> DuplicateStore::matching(const Customer &customer) const
{
    QList<DuplicateCandidate> out;
    QSet<qint64> seen = {customer.id};
    CustomerStore customers(m_session);
    auto add = [&](const QList<DuplicateCandidate> &found) {
        for (const DuplicateCandidate &d : found)
            // A customer this session does not see is not there for it.
            if (!seen.contains(d.customerId) && customers.checkVisible({d.customerId})) {
                seen.insert(d.customerId);
                out << d;
            }
    };
    LeadStore leads(m_session);
    // One look-up per phone and e-mail, as lead conversion makes for its one.
    QList<Lead> probes;
    for (const Phone &p : customer.phones) {
        Lead l;
        l.phone = p.raw;
        probes << l;
    }
    for (const Email &e : customer.emails) {
        Lead l;
        l.email = e.address.trimmed();
        probes << l;
    }
    if (customer.kind == CustomerKind::Company) {
        Lead l;
        l.company = customer.name.simplified();
        probes << l;
    }
    for (const Lead &probe : probes) {
        auto found = leads.duplicates(probe);
        if (!found)
            return found.error();
        add(*found);
    }
    if (customer.kind == CustomerKind::Person && customer.companyId && !customer.name.trimmed().isEmpty()) {
        QSqlQuery q(m_session.db().connection());
        if (!sql::run(q, QStringLiteral("SELECT c.id, c.name, co.name FROM customers c JOIN customers co ON co.id = "
                                        "c.company_id WHERE c.company_id = ? AND c.name = ? AND c.kind = 'person' "
                                        "AND c.deleted_at IS NULL ORDER BY c.id LIMIT 20"),
                      {customer.companyId, customer.name.simplified()}))
            return SqlErrors::from(q.lastError(), tr("Could not look for duplicate customers."));
        QList<DuplicateCandidate> found;
        while (q.next())
            found << DuplicateCandidate{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                        tr("same name at the same company")};
        add(found);
    }
    return out;
}

} // namespace guanxi
