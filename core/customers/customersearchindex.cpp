#include "customers/customersearchindex.h"

#include "customers/customer.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "text/han.h"
#include "text/searchkeys.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace guanxi {

namespace {
// One index segment per batch instead of per customer: about 2 MB of keys
// for ordinary customers, at most 8 MB however long their notes.
constexpr qsizetype heldBatch = 5000;
constexpr qsizetype heldBytes = 8 << 20;

// PostgreSQL has no FTS5: there the index is customer_search_tokens, each
// key with its customer and position (from 1, for phrases), and
// customer_search_prefixes, the starts of up to prefixLength characters of
// each key (one of a Chinese key) but none of digits alone (phone suffixes
// are every suffix already). The database's collation is "C", so a longer
// start is a range of keys on the (token, ...) index.
constexpr int prefixLength = 3;
// How many rows of each key of a phrase are counted to find the rarest.
constexpr int probeRows = 2000;
// Phrases of more such keys are not counted: each key counted is another
// copy of the phrase's SQL.
constexpr qsizetype maxProbes = 4;

bool onlyDigits(const QString &text)
{
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// How many characters of a key's start customer_search_prefixes holds.
int prefixesKept(const QList<uint> &key)
{
    return key.isEmpty() ? 0 : Han::isHan(key.first()) ? 1 : prefixLength;
}

// Whether a start is looked up in customer_search_prefixes.
bool inPrefixTable(const QString &start)
{
    const QList<uint> cps = start.toUcs4();
    return !cps.isEmpty() && cps.size() <= prefixesKept(cps) && !onlyDigits(start);
}

// FTS5's unicode61 tokenizer (remove_diacritics 2) finds café by cafe;
// so do the PostgreSQL keys: Latin letters lose their accents.
QString folded(const QString &token)
{
    bool ascii = true;
    for (QChar c : token)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return token;
    const QString decomposed = token.normalized(QString::NormalizationForm_D);
    QString out;
    QChar base;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing && base.unicode() < 0x250)
            continue;
        base = c;
        out += c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

// The keys' starts customer_search_prefixes holds.
QStringList prefixesOf(const QStringList &tokens)
{
    QSet<QString> out;
    for (const QString &token : tokens) {
        const QList<uint> cps = token.toUcs4();
        for (int n = 1; n <= std::min<int>(prefixesKept(cps), cps.size()); ++n) {
            const QString start = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), n);
            if (!onlyDigits(start))
                out.insert(start);
        }
    }
    QStringList sorted(out.cbegin(), out.cend());
    sorted.sort();
    return sorted;
}

// SQL text and the values it binds, in order.
struct Sql {
    QString text;
    QVariantList values;

    Sql() = default;
    Sql(QString sql, QVariantList bound = {}) : text(std::move(sql)), values(std::move(bound)) {}

    Sql &operator+=(const Sql &other)
    {
        text += other.text;
        values += other.values;
        return *this;
    }
    Sql &operator+=(const QString &other)
    {
        text += other;
        return *this;
    }
};

Sql joined(const QList<Sql> &parts, const QString &separator)
{
    Sql out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += separator;
        out += parts.at(i);
    }
    return out;
}

// A SearchQuery as a query on the PostgreSQL tables that gives each matching
// customer once, so that a LIMIT counts customers, and stops at the LIMIT.
// One term drives (its rows are scanned); the others are checked per
// customer on the (customer_id, token, position) key, each check a look-up
// (EXISTS with OFFSET 0: the planner, misjudging a range of keys as two
// rows, would otherwise join whole ranges). The planner's estimates of
// ranges are poor, so the SQL fixes the plan's shape. Its cost estimate for
// a phrase can still pass jit_above_cost; JIT then adds 15-50 ms.
class ServerSearch {
public:
    // "SELECT m.id FROM (...) m (id) WHERE ... LIMIT ?".
    Sql select(const SearchQuery &query, const QString &visible, int limit)
    {
        qsizetype driver = 0;
        for (qsizetype i = 1; i < query.terms.size(); ++i)
            if (termScore(query.terms.at(i)) > termScore(query.terms.at(driver)))
                driver = i;
        // The other terms and what the session sees, on the customer id.
        const auto checks = [&](const QString &id) {
            QList<Sql> out;
            for (qsizetype i = 0; i < query.terms.size(); ++i)
                if (i != driver)
                    out << termCheck(query.terms.at(i), id);
            if (visible != Session::everything())
                out << Sql{QStringLiteral("EXISTS (SELECT 1 FROM customers v WHERE v.id = %1 AND %2)").arg(id, visible)};
            return joined(out, QStringLiteral(" AND "));
        };
        const SearchTerm &term = query.terms.at(driver);
        Sql out{QStringLiteral("SELECT m.id FROM (")};
        // From customer_search_prefixes each customer is there once.
        if (term.size() == 1 && term.first().size() == 1 && fromPrefixes(term.first().first())) {
            out += termRows(term, false);
            out += QStringLiteral(") m (id)");
            if (const Sql where = checks(QStringLiteral("m.id")); !where.text.isEmpty()) {
                out += QStringLiteral(" WHERE ");
                out += where;
            }
        } else {
            out += termIds(term, limit, checks);
            out += QStringLiteral(") m (id)");
        }
        out += Sql{QStringLiteral(" LIMIT ?"), {limit}};
        return out;
    }

private:
    QString alias() { return QStringLiteral("s%1").arg(++m_aliases); }

    // How few customers a token probably matches: longer is rarer, a Chinese
    // character rarer than a letter, a whole key rarer than a start.
    static int tokenScore(const SearchToken &t)
    {
        int score = t.prefix ? 0 : 3;
        for (uint cp : t.text.toUcs4())
            score += Han::isHan(cp) ? 4 : 1;
        return score;
    }
    static qsizetype bestToken(const SearchPhrase &phrase)
    {
        qsizetype best = 0;
        for (qsizetype i = 1; i < phrase.size(); ++i)
            if (tokenScore(phrase.at(i)) > tokenScore(phrase.at(best)))
                best = i;
        return best;
    }
    static qsizetype bestPhrase(const SearchAlternative &alternative)
    {
        qsizetype best = 0;
        for (qsizetype i = 1; i < alternative.size(); ++i)
            if (phraseScore(alternative.at(i)) > phraseScore(alternative.at(best)))
                best = i;
        return best;
    }
    static int phraseScore(const SearchPhrase &phrase) { return tokenScore(phrase.at(bestToken(phrase))); }
    // All alternatives are scanned: the term is as rare as its commonest.
    static int termScore(const SearchTerm &term)
    {
        int score = std::numeric_limits<int>::max();
        for (const SearchAlternative &a : term)
            score = std::min(score, phraseScore(a.at(bestPhrase(a))));
        return score;
    }

    static bool fromPrefixes(const SearchPhrase &phrase)
    {
        return phrase.size() == 1 && phrase.first().prefix && inPrefixTable(folded(phrase.first().text));
    }

    // The condition on row a's key. Of one customer's rows (customer, its
    // id) a start is a range of (customer_id, token): the planner, thinking
    // a range of keys is two rows, would otherwise read it on the (token,
    // ...) index for each customer instead of the customer's few rows on the
    // primary key.
    static Sql tokenMatch(const QString &a, const SearchToken &t, const QString &customer = {})
    {
        const QString text = folded(t.text);
        if (!t.prefix)
            return {QStringLiteral("%1.token = ?").arg(a), {text}};
        // The largest code point after the start: every key that starts so.
        const QString end = text + QString::fromUcs4(U"\U0010FFFF", 1);
        if (!customer.isEmpty())
            return {QStringLiteral("(%1.customer_id, %1.token) >= (%2, ?) AND (%1.customer_id, %1.token) < (%2, ?)")
                        .arg(a, customer),
                    {text, end}};
        return {QStringLiteral("%1.token >= ? AND %1.token < ?").arg(a), {text, end}};
    }

    // Row a matches the phrase's token at index k: the phrase's other tokens
    // stand before and after it. Joined laterally, each a look-up of the
    // row's customer on the primary key: as EXISTS the planner hashes every
    // row of a common key such as "com" or 公司 instead.
    Sql around(const QString &a, const SearchPhrase &phrase, qsizetype k)
    {
        Sql out;
        for (qsizetype j = 0; j < phrase.size(); ++j) {
            if (j == k)
                continue;
            const QString x = alias();
            out += QStringLiteral(" CROSS JOIN LATERAL (SELECT 1 FROM customer_search_tokens %1 WHERE %1.customer_id = "
                                  "%2.customer_id AND %1.position = %2.position %3 %4 AND ")
                       .arg(x, a, j > k ? QStringLiteral("+") : QStringLiteral("-"))
                       .arg(std::abs(j - k));
            out += tokenMatch(x, phrase.at(j), a + QStringLiteral(".customer_id"));
            out += QStringLiteral(" LIMIT 1) %1").arg(x);
        }
        return out;
    }

    // Rows of customer_search_tokens a that match the phrase's token k and
    // the others around it (" FROM ... WHERE ..."); given id, only that
    // customer's.
    Sql phraseFrom(const QString &a, const SearchPhrase &phrase, qsizetype k, const QString &id = {})
    {
        Sql out{QStringLiteral(" FROM customer_search_tokens %1").arg(a)};
        out += around(a, phrase, k);
        out += QStringLiteral(" WHERE ");
        if (!id.isEmpty())
            out += QStringLiteral("%1.customer_id = %2 AND ").arg(a, id);
        out += tokenMatch(a, phrase.at(k), id);
        return out;
    }

    // Whether the customer id has the phrase.
    Sql phraseCheck(const SearchPhrase &phrase, const QString &id)
    {
        const QString x = alias();
        if (fromPrefixes(phrase))
            return {QStringLiteral("EXISTS (SELECT 1 FROM customer_search_prefixes %1 WHERE %1.prefix = ? AND "
                                   "%1.customer_id = %2)")
                        .arg(x, id),
                    {folded(phrase.first().text)}};
        Sql out{QStringLiteral("EXISTS (SELECT 1")};
        out += phraseFrom(x, phrase, bestToken(phrase), id);
        out += QStringLiteral(" OFFSET 0)");
        return out;
    }

    // The phrase's rows anchored at its token k; once: a customer once, a
    // row counting when the customer has no row before it (by key, then
    // position) that does. That check is a look-up per row on the primary
    // key (OFFSET 0 keeps it one: as a join the planner compared every row
    // of a range it thinks is two rows with every other, 78M rows for
    // "zhang" at 1M customers), so that a LIMIT stops the scan.
    Sql anchoredRows(const SearchPhrase &phrase, qsizetype k, bool once)
    {
        const QString d = alias();
        const QString e = alias();
        Sql out{QStringLiteral("SELECT %1.customer_id FROM customer_search_tokens %1").arg(d)};
        out += around(d, phrase, k);
        out += QStringLiteral(" WHERE ");
        out += tokenMatch(d, phrase.at(k));
        if (!once)
            return out;
        out += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM customer_search_tokens %1").arg(e);
        out += around(e, phrase, k);
        // Before it: of the same key at a lower position, or of a lower key
        // (all keys between the start and this one start so too).
        out += QStringLiteral(" WHERE %1.customer_id = %2.customer_id AND ").arg(e, d);
        if (phrase.at(k).prefix)
            out += QStringLiteral("(%1.customer_id, %1.token, %1.position) < (%2.customer_id, %2.token, %2.position) AND ")
                       .arg(e, d);
        else
            out += QStringLiteral("%1.position < %2.position AND ").arg(e, d);
        out += tokenMatch(e, phrase.at(k), d + QStringLiteral(".customer_id"));
        out += QStringLiteral(" OFFSET 0)");
        return out;
    }

    // The customers with the phrase, each once, or (not once) once per row
    // of the phrase.
    Sql phraseRows(const SearchPhrase &phrase, bool once)
    {
        if (fromPrefixes(phrase)) {
            const QString d = alias();
            // Each customer once already.
            return {QStringLiteral("SELECT %1.customer_id FROM customer_search_prefixes %1 WHERE %1.prefix = ?").arg(d),
                    {folded(phrase.first().text)}};
        }
        // Which of the phrase's keys is rarest, the length does not tell (深圳
        // is a common city, 圳华 rare): each key that is not the start of a
        // few letters is counted, up to probeRows rows, and the rows of the
        // fewest (the first of equals) scanned, the others never read.
        QList<qsizetype> candidates;
        for (qsizetype k = 0; k < phrase.size(); ++k)
            if (tokenScore(phrase.at(k)) > prefixLength)
                candidates << k;
        // A long phrase (pasted text) is rare by its length: its best key.
        if (candidates.size() < 2 || candidates.size() > maxProbes)
            return anchoredRows(phrase, bestToken(phrase), once);
        const QString d = alias();
        const QString p = alias();
        QStringList counts;
        QList<Sql> probes;
        for (qsizetype k : candidates) {
            const QString x = alias();
            Sql probe{QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM customer_search_tokens %1 WHERE ").arg(x)};
            probe += tokenMatch(x, phrase.at(k));
            probe += Sql{QStringLiteral(" LIMIT ?) %1)").arg(x), {probeRows}};
            probes << probe;
            counts << QStringLiteral("c%1").arg(k);
        }
        Sql out{QStringLiteral("SELECT %1.customer_id FROM (WITH %2 (%3) AS MATERIALIZED (SELECT ")
                    .arg(d, p, counts.join(QStringLiteral(", ")))};
        out += joined(probes, QStringLiteral(", "));
        out += QStringLiteral(") ");
        QList<Sql> parts;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            QStringList fewest;
            for (qsizetype j = 0; j < candidates.size(); ++j)
                if (j != i)
                    fewest << QStringLiteral("c%1 %2 c%3")
                                  .arg(candidates.at(i))
                                  .arg(j < i ? QStringLiteral("<") : QStringLiteral("<="))
                                  .arg(candidates.at(j));
            Sql part = anchoredRows(phrase, candidates.at(i), once);
            part += QStringLiteral(" AND (SELECT %1 FROM %2)").arg(fewest.join(QStringLiteral(" AND ")), p);
            parts << part;
        }
        out += joined(parts, QStringLiteral(" UNION ALL "));
        out += QStringLiteral(") %1").arg(d);
        return out;
    }

    Sql alternativeCheck(const SearchAlternative &alternative, const QString &id)
    {
        QList<Sql> phrases;
        for (const SearchPhrase &p : alternative)
            phrases << phraseCheck(p, id);
        Sql out{QStringLiteral("(")};
        out += joined(phrases, QStringLiteral(" AND "));
        out += QStringLiteral(")");
        return out;
    }

    Sql termCheck(const SearchTerm &term, const QString &id)
    {
        QList<Sql> alternatives;
        for (const SearchAlternative &a : term)
            alternatives << alternativeCheck(a, id);
        Sql out{QStringLiteral("(")};
        out += joined(alternatives, QStringLiteral(" OR "));
        out += QStringLiteral(")");
        return out;
    }

    // The customers with any alternative, each once: an alternative's rows
    // leave out those an earlier alternative gave. Not once: a customer once
    // per row of each alternative.
    Sql termRows(const SearchTerm &term, bool once)
    {
        QList<Sql> parts;
        for (qsizetype i = 0; i < term.size(); ++i) {
            const SearchAlternative &alternative = term.at(i);
            const qsizetype best = bestPhrase(alternative);
            if (alternative.size() == 1 && (i == 0 || !once)) {
                parts << phraseRows(alternative.at(best), once);
                continue;
            }
            const QString a = alias();
            const QString id = a + QStringLiteral(".id");
            Sql part{QStringLiteral("SELECT %1 FROM (").arg(id)};
            part += phraseRows(alternative.at(best), once);
            part += QStringLiteral(") %1 (id) WHERE ").arg(a);
            QList<Sql> checks;
            for (qsizetype j = 0; j < alternative.size(); ++j)
                if (j != best)
                    checks << phraseCheck(alternative.at(j), id);
            for (qsizetype j = 0; once && j < i; ++j) {
                Sql earlier{QStringLiteral("NOT ")};
                earlier += alternativeCheck(term.at(j), id);
                checks << earlier;
            }
            part += joined(checks, QStringLiteral(" AND "));
            parts << part;
        }
        return joined(parts, QStringLiteral(" UNION ALL "));
    }

    // The customers with the term and the checks, each once. The first
    // rows, a quarter more than the limit, are made distinct by hashing and
    // checked: enough when they were all the term's rows or gave the limit.
    // Otherwise (customers with many matching keys, or a check few pass) all
    // rows follow, each customer once by hashing (one key) or by a look-up
    // per row; a one-time filter, never read when not needed.
    template<typename Checks>
    Sql termIds(const SearchTerm &term, int limit, const Checks &checks)
    {
        const qint64 first = qint64(std::max(limit, 1)) * 5 / 4 + 1;
        const QString b = alias();
        const QString h = alias();
        const QString f = alias();
        Sql out{QStringLiteral("WITH %1 (id) AS MATERIALIZED (SELECT r.customer_id FROM (").arg(b)};
        out += termRows(term, false);
        out += Sql{QStringLiteral(") r (customer_id) LIMIT ?), %1 (id) AS MATERIALIZED (SELECT DISTINCT %2.id FROM %2")
                       .arg(h, b),
                   {first}};
        if (const Sql where = checks(b + QStringLiteral(".id")); !where.text.isEmpty()) {
            out += QStringLiteral(" WHERE ");
            out += where;
        }
        const QString enough = QStringLiteral("((SELECT count(*) FROM %1) < ? OR (SELECT count(*) FROM %2) >= ?)").arg(b, h);
        out += Sql{QStringLiteral(") (SELECT %1.id FROM %1 WHERE %2) UNION ALL (SELECT %3.id FROM (").arg(h, enough, f),
                   {first, limit}};
        // One key's rows are read on the index alone: hashing them all is
        // quicker than a look-up per row.
        if (term.size() == 1 && term.first().size() == 1 && term.first().first().size() == 1) {
            out += QStringLiteral("SELECT DISTINCT %1.customer_id FROM (").arg(f);
            out += termRows(term, false);
            out += QStringLiteral(") %1").arg(f);
        } else {
            out += termRows(term, true);
        }
        out += QStringLiteral(") %1 (id) WHERE ").arg(f);
        if (const Sql where = checks(f + QStringLiteral(".id")); !where.text.isEmpty()) {
            out += where;
            out += QStringLiteral(" AND ");
        }
        out += Sql{QStringLiteral("NOT %1)").arg(enough), {first, limit}};
        return out;
    }

    int m_aliases = 0;
};
} // namespace

Status CustomerSearchIndex::refresh(qint64 id, bool hold)
{
    if (hold) {
        m_held.append({id, std::nullopt});   // read back when written
        return m_held.size() < heldBatch ? Status() : writeHeld();
    }
    Database &db = m_session.db();
    const SqlDialect &sql = db.dialect();
    QSqlQuery &q = db.prepared(
        QStringLiteral("SELECT c.kind, c.name, co.name, c.city, c.notes, (SELECT %1 FROM customer_phones WHERE "
                       "customer_id = c.id), (SELECT %2 FROM customer_emails WHERE customer_id = c.id) "
                       "FROM customers c LEFT JOIN customers co ON co.id = c.company_id WHERE c.id = ?")
            .arg(sql.stringAgg(QStringLiteral("raw || '|' || e164"), QStringLiteral("'|'")),
                 sql.stringAgg(QStringLiteral("email"), QStringLiteral("' '"))));
    q.bindValue(0, id);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not update the search index."));
    // Never a row's problem: the customer was just written.
    if (!q.next())
        return Error{tr("Could not update the search index."), QStringLiteral("customer %1 not found").arg(id), {},
                     ErrorKind::Storage};
    // Migration 0018 rebuilds the index from the same columns.
    const SearchDocument doc = SearchKeys::stored(
        q.value(0).toString() == Customers::kindCode(CustomerKind::Person), q.value(1).toString(),
        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
        q.value(6).toString());
    q.finish();
    return write(id, SearchKeys::build(doc));
}

Status CustomerSearchIndex::refresh(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (Status s = refresh(id); !s)
            return s;
    return {};
}

Status CustomerSearchIndex::add(const Customer &c, const QString &companyName, bool hold)
{
    SearchDocument doc;
    doc.name = c.name;
    doc.person = c.kind == CustomerKind::Person;
    doc.companyName = companyName;
    doc.city = c.city;
    doc.notes = c.notes;
    // The same words, in the same order, as refresh() reads back.
    for (const Phone &p : c.phones)
        for (const QString &part : {p.raw, p.e164})
            if (!part.isEmpty())
                doc.phones << part;
    for (const Email &e : c.emails)
        if (!e.address.isEmpty())
            doc.emails << e.address;
    QString keys = SearchKeys::build(doc);
    m_heldBytes += keys.size() * qsizetype(sizeof(QChar));
    m_held.append({c.id, std::move(keys)});
    return hold && m_held.size() < heldBatch && m_heldBytes < heldBytes ? Status() : writeHeld();
}

Status CustomerSearchIndex::write(qint64 id, const QString &keys)
{
    if (m_session.db().isServer())
        return writeServer(id, keys);
    // The delete finds nothing unless a damaged file kept a purged
    // customer's row; then it keeps the insert from failing.
    QSqlQuery &del = m_session.db().prepared(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"));
    del.bindValue(0, id);
    QSqlQuery &ins = m_session.db().prepared(QStringLiteral("INSERT INTO customer_search (rowid, keys) VALUES (?, ?)"));
    ins.bindValue(0, id);
    ins.bindValue(1, keys);
    if (!del.exec() || !ins.exec())
        return SqlErrors::from(del.lastError().isValid() ? del.lastError() : ins.lastError(),
                               tr("Could not update the search index."));
    return {};
}

Status CustomerSearchIndex::writeServer(qint64 id, const std::optional<QString> &keys)
{
    Database &db = m_session.db();
    // The old keys' starts: customer_search_prefixes has no index by customer.
    QSqlQuery &old = db.prepared(QStringLiteral("SELECT token FROM customer_search_tokens WHERE customer_id = ?"));
    old.bindValue(0, id);
    if (!old.exec())
        return SqlErrors::from(old.lastError(), tr("Could not update the search index."));
    QStringList oldTokens;
    while (old.next())
        oldTokens << old.value(0).toString();
    old.finish();
    QStringList steps;
    QList<QVariantList> values;
    if (!oldTokens.isEmpty()) {
        steps << QStringLiteral("DELETE FROM customer_search_prefixes WHERE customer_id = ? "
                                "AND prefix = ANY (string_to_array(?, ' '))")
              << QStringLiteral("DELETE FROM customer_search_tokens WHERE customer_id = ?");
        values << QVariantList{id, prefixesOf(oldTokens).join(u' ')} << QVariantList{id};
    }
    if (keys) {
        QStringList tokens;
        for (const QString &token : keys->split(u' ', Qt::SkipEmptyParts))
            tokens << folded(token);
        if (!tokens.isEmpty()) {
            steps << QStringLiteral("INSERT INTO customer_search_tokens (token, customer_id, position) "
                                    "SELECT u.token, CAST(? AS bigint), u.position "
                                    "FROM unnest(string_to_array(?, ' ')) WITH ORDINALITY AS u (token, position)");
            values << QVariantList{id, tokens.join(u' ')};
        }
        if (const QStringList prefixes = prefixesOf(tokens); !prefixes.isEmpty()) {
            steps << QStringLiteral("INSERT INTO customer_search_prefixes (prefix, customer_id) "
                                    "SELECT u.prefix, CAST(? AS bigint) FROM unnest(string_to_array(?, ' ')) AS u (prefix)");
            values << QVariantList{id, prefixes.join(u' ')};
        }
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QSqlQuery &q = db.prepared(steps.at(i));
        for (qsizetype v = 0; v < values.at(i).size(); ++v)
            q.bindValue(int(v), values.at(i).at(v));
        if (!q.exec())
            return SqlErrors::from(q.lastError(), tr("Could not update the search index."));
    }
    return {};
}

Status CustomerSearchIndex::remove(qint64 id)
{
    if (m_session.db().isServer())
        return writeServer(id, std::nullopt);
    QSqlQuery &del = m_session.db().prepared(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"));
    del.bindValue(0, id);
    if (!del.exec())
        return SqlErrors::from(del.lastError(), tr("Could not update the search index."));
    return {};
}

Status CustomerSearchIndex::writeHeld()
{
    // Taken out first: after a failure the caller's transaction is given up,
    // and these keys with it.
    const auto held = std::exchange(m_held, {});
    m_heldBytes = 0;
    // In order: a customer created and then changed in the same load gets
    // its new keys, then the changed ones.
    for (const auto &[id, keys] : held)
        if (Status s = keys ? write(id, *keys) : refresh(id); !s)
            return s;
    return {};
}

Status CustomerSearchIndex::flush()
{
    return writeHeld();
}

Result<QList<qint64>> CustomerSearchIndex::search(const QString &query, int limit) const
{
    const Condition match = matchSelect(m_session.db().dialect(), query,
                                        m_session.visibleOwner(QStringLiteral("v.owner_id")), limit);
    if (match.sql.isEmpty())
        return QList<qint64>();
    // On PostgreSQL the text differs with the query's shape: not kept.
    QSqlQuery local(m_session.db().connection());
    QSqlQuery &q = m_session.db().isServer() ? local : m_session.db().prepared(match.sql);
    if (m_session.db().isServer() && !q.prepare(match.sql))
        return SqlErrors::from(q.lastError(), tr("Could not search for “%1”.").arg(query));
    int i = 0;
    for (const QVariant &v : match.values)
        q.bindValue(i++, v);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not search for “%1”.").arg(query));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status CustomerSearchIndex::rebuild()
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    const QString empty = m_session.db().isServer()
                              ? QStringLiteral("TRUNCATE customer_search_tokens, customer_search_prefixes")
                              : QStringLiteral("DELETE FROM customer_search");
    if (!q.exec(empty) || !q.exec(QStringLiteral("SELECT id FROM customers")))
        return SqlErrors::from(q.lastError(), tr("Could not rebuild the search index."));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (Status s = refresh(ids); !s)
        return s;
    return tx.commit();
}

QString CustomerSearchIndex::visibleMatch(const QString &visible)
{
    // Seen by everyone: the index alone. Else the hits whose owner the
    // session sees, so that the cap counts only those.
    if (visible == Session::everything())
        return QStringLiteral("customer_search MATCH ?");
    // customers_owner_of (id, owner_id): the owner without the wide row.
    return QStringLiteral("customer_search MATCH ? AND EXISTS (SELECT 1 FROM customers v INDEXED BY "
                          "customers_owner_of WHERE v.id = customer_search.rowid AND %1)")
        .arg(visible);
}

CustomerSearchIndex::Condition CustomerSearchIndex::matchSelect(const SqlDialect &dialect, const QString &query,
                                                                const QString &visible, int limit)
{
    const SearchQuery parsed = SearchKeys::query(query);
    if (parsed.isEmpty())
        return {};
    if (!dialect.isPostgres())
        return {QStringLiteral("SELECT rowid FROM customer_search WHERE ") + visibleMatch(visible)
                    + QStringLiteral(" LIMIT ?"),
                {parsed.fts5(), limit}};
    const Sql sql = ServerSearch().select(parsed, visible, limit);
    return {sql.text, sql.values};
}

CustomerSearchIndex::Condition CustomerSearchIndex::matchCondition(const SqlDialect &dialect, const QString &idColumn,
                                                                   const QString &query, int limit,
                                                                   const QString &visible)
{
    Condition match = matchSelect(dialect, query, visible, limit);
    if (match.sql.isEmpty())
        return {};
    match.sql = idColumn + QStringLiteral(" IN (") + match.sql + QStringLiteral(")");
    return match;
}

CustomerSearchIndex::Condition CustomerSearchIndex::matchCondition(const QString &idColumn, const QString &query,
                                                                   int limit, const QString &visible)
{
    return matchCondition(SqlDialect(Backend::SQLite), idColumn, query, limit, visible);
}

} // namespace guanxi
