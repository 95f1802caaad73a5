#include "customers/customerstore.h"

#include "customers/phonemask.h"
#include "leads/poolstore.h"
#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "text/pinyin.h"

#include <QSqlQuery>

namespace guanxi {

using sql::nullable;
using sql::run;

namespace {
Status firstError(const QList<Error> &errors)
{
    if (errors.isEmpty())
        return {};
    return errors.first();
}

// A person's name is read with its surname (曾国藩 under Z), a company's by phrases.
PinyinText nameReading(const Customer &c)
{
    return c.kind == CustomerKind::Person ? PinyinText::PersonName : PinyinText::Text;
}
} // namespace

Status CustomerStore::checkRefs(const Customer &c, qint64 previousCompanyId, QString *companyName) const
{
    if (c.companyId == 0 || c.companyId == previousCompanyId)
        return {};
    const bool bulk = bulkNow();
    if (bulk)
        if (auto it = m_liveCompanies.constFind(c.companyId); it != m_liveCompanies.constEnd()) {
            if (companyName)
                *companyName = *it;
            return {};
        }
    QSqlQuery &q = m_session.db().prepared(
        QStringLiteral("SELECT kind, deleted_at, name FROM customers WHERE id = ?"));
    q.bindValue(0, c.companyId);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not check the company."));
    const bool found = q.next();
    const QString kind = found ? q.value(0).toString() : QString();
    const bool deleted = found && !q.value(1).isNull();
    const QString name = found ? q.value(2).toString() : QString();
    if (companyName)
        *companyName = name;
    q.finish();
    if (!found || deleted)
        return Error{tr("The company (number %1) does not exist or is in the trash. Pick another "
                        "company.").arg(c.companyId),
                     {}, CustomerField::Company};
    if (kind != QStringLiteral("company"))
        return Error{tr("A person can only belong to a company, not to another person."), {},
                     CustomerField::Company};
    if (bulk)
        m_liveCompanies.insert(c.companyId, name);
    return {};
}

bool CustomerStore::bulkNow() const
{
    return m_bulk && m_session.db().transactionDepth() > 0;
}

Status CustomerStore::endBulkLoading()
{
    m_bulk = false;
    m_liveCompanies.clear();
    return m_index.flush();
}

Status CustomerStore::stillInTransaction() const
{
    // Without a savepoint of its own nothing else notices that SQLite gave
    // up the caller's transaction (a full disk): the next writes would each
    // be saved on their own, outside the import.
    if (m_session.db().inTransaction())
        return {};
    return Database::transactionGivenUp(QStringLiteral("bulk loading without an open transaction"));
}

Result<qint64> CustomerStore::create(Customer c, const QString &batch, NoOwner noOwner)
{
    if (Status s = firstError(Customers::validate(c, m_session.defaultRegion(), m_session.today())); !s)
        return s.error();
    QString companyName;
    if (Status s = checkRefs(c, 0, &companyName); !s)
        return s.error();
    if (c.ownerId == 0 && noOwner == NoOwner::CurrentUser)
        c.ownerId = m_session.userId();
    Transaction tx(m_session.db());
    const bool ownTransaction = !bulkNow();
    if (Status s = ownTransaction ? tx.begin() : stillInTransaction(); !s)
        return s.error();
    const QString now = toStoredTime(m_session.now());
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO customers (kind, name, name_sort, company_id, job_title, province, city, "
        "address, industry, source_id, stage, owner_id, notes, birthday, next_follow_up, "
        "created_at, created_by, updated_at, updated_by, owned_since, province_sort, city_sort, industry_sort) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QVariantList values = {
        Customers::kindCode(c.kind), c.name, Pinyin::sortKey(c.name, nameReading(c)), nullable(c.companyId),
        nullable(c.jobTitle), nullable(c.province), nullable(c.city), nullable(c.address),
        nullable(c.industry), nullable(c.sourceId), Customers::stageCode(c.stage),
        nullable(c.ownerId), nullable(c.notes), nullable(c.birthday), nullable(c.nextFollowUp),
        now, nullable(m_session.userId()), now, nullable(m_session.userId()), c.ownerId ? QVariant(now) : QVariant(),
        nullable(Pinyin::optionalSortKey(c.province)), nullable(Pinyin::optionalSortKey(c.city)),
        nullable(Pinyin::optionalSortKey(c.industry))};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not save the customer “%1”.").arg(c.name));
    c.id = q.value(0).toLongLong();
    q.finish();
    if (c.kind == CustomerKind::Company && !ownTransaction)
        m_liveCompanies.insert(c.id, c.name);
    if (Status s = writeChildren(c, true); !s)
        return s.error();
    if (Status s = m_index.add(c, companyName, bulkNow()); !s)
        return s.error();
    const Change log = Change::created(QStringLiteral("customer"), c.id, c.name,
                                       batch.isEmpty() ? ChangeLogStore::newBatch() : batch);
    if (Status s = ChangeLogStore(m_session).record(log); !s)
        return s.error();
    if (ownTransaction)
        if (Status s = tx.commit(); !s)
            return s.error();
    m_session.announce(Session::Changed::Customers, {c.id});
    return c.id;
}

Status CustomerStore::update(Customer c, const QString &batch, const Customer *current, qint64 *savedVersion)
{
    Result<Customer> before = current && current->id == c.id ? Result<Customer>(*current) : get(c.id);
    if (!before)
        return before.error();
    if (!m_session.seesOwner(before->ownerId))
        return notFound(c.id);
    // Saved from a masked read: the numbers and e-mails it did not show stay.
    if (PhoneMask::applies(m_session, before->ownerId))
        keepHiddenContacts(c, *before);
    if (Status s = firstError(Customers::validate(c, m_session.defaultRegion(), m_session.today())); !s)
        return s;
    if (Status s = checkRefs(c, before->companyId); !s)
        return s;
    if (before->kind == CustomerKind::Company && c.kind == CustomerKind::Person) {
        QSqlQuery &m = m_session.db().prepared(QStringLiteral("SELECT count(*) FROM customers WHERE company_id = ?"));
        m.bindValue(0, c.id);
        if (!m.exec() || !m.next())
            return SqlErrors::from(m.lastError(), tr("Could not check who belongs to “%1”.").arg(before->name));
        const qint64 members = m.value(0).toLongLong();
        m.finish();
        if (members > 0)
            return Error{tr("“%1” has people who belong to it (%2), so it must stay a company. Move them to "
                            "another company first.").arg(before->name).arg(members),
                         {}, QStringLiteral("kind")};
    }
    m_liveCompanies.remove(c.id);   // its name or kind may change
    Transaction tx(m_session.db());
    const bool ownTransaction = !bulkNow();
    if (Status s = ownTransaction ? tx.begin() : stillInTransaction(); !s)
        return s;
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "UPDATE customers SET kind = ?, name = ?, name_sort = ?, company_id = ?, job_title = ?, "
        "province = ?, city = ?, address = ?, industry = ?, source_id = ?, stage = ?, "
        "notes = ?, birthday = ?, next_follow_up = ?, updated_at = ?, updated_by = ?, province_sort = ?, "
        "city_sort = ?, industry_sort = ?, row_version = row_version + 1 "
        "WHERE id = ? AND (CAST(? AS bigint) = 0 OR row_version = ?)"));
    const QVariantList values = {
        Customers::kindCode(c.kind), c.name, Pinyin::sortKey(c.name, nameReading(c)), nullable(c.companyId),
        nullable(c.jobTitle), nullable(c.province), nullable(c.city), nullable(c.address),
        nullable(c.industry), nullable(c.sourceId), Customers::stageCode(c.stage),
        nullable(c.notes), nullable(c.birthday), nullable(c.nextFollowUp),
        toStoredTime(m_session.now()), nullable(m_session.userId()), nullable(Pinyin::optionalSortKey(c.province)),
        nullable(Pinyin::optionalSortKey(c.city)), nullable(Pinyin::optionalSortKey(c.industry)), c.id,
        c.version, c.version};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not save the customer “%1”.").arg(c.name));
    // Checked and written in the one statement: someone saved it since it
    // was read (its row is there: it was read just now).
    if (q.numRowsAffected() == 0)
        return ChangeLogStore(m_session).conflict(QStringLiteral("customer"), c.id);
    QList<qint64> touched = {c.id};
    // The owner changes through the pool, which keeps the moves on record.
    if (before->ownerId != c.ownerId)
        if (Status s = PoolStore(m_session).setOwnerInForm(c.id, before->ownerId, c.ownerId, c.name); !s)
            return s;
    if (Status s = writeChildren(c); !s)
        return s;
    if (Status s = m_index.refresh(c.id, bulkNow()); !s)
        return s;
    // A company's members carry its name in their search keys.
    if (c.kind == CustomerKind::Company && before->name != c.name) {
        QSqlQuery members(m_session.db().connection());
        if (!run(members, QStringLiteral("SELECT id FROM customers WHERE company_id = ?"), {c.id}))
            return SqlErrors::from(members.lastError(), tr("Could not update the company's people."));
        while (members.next())
            touched << members.value(0).toLongLong();
        for (int i = 1; i < touched.size(); ++i)
            if (Status s = m_index.refresh(touched.at(i), bulkNow()); !s)
                return s;
    }
    if (Status s = logDiff(*before, c, batch.isEmpty() ? ChangeLogStore::newBatch() : batch); !s)
        return s;
    if (savedVersion) {
        // Inside the transaction that wrote it: no one else's write comes between.
        QSqlQuery &v = m_session.db().prepared(QStringLiteral("SELECT row_version FROM customers WHERE id = ?"));
        v.bindValue(0, c.id);
        if (!v.exec() || !v.next())
            return SqlErrors::from(v.lastError(), tr("Could not save the customer “%1”.").arg(c.name));
        *savedVersion = v.value(0).toLongLong();
        v.finish();
    }
    if (ownTransaction)
        if (Status s = tx.commit(); !s)
            return s;
    m_session.announce(Session::Changed::Customers, touched);
    return {};
}

Status CustomerStore::writeChildren(const Customer &c, bool fresh)
{
    Database &db = m_session.db();
    const QStringList clear = {
        QStringLiteral("DELETE FROM customer_phones WHERE customer_id = ?"),
        QStringLiteral("DELETE FROM customer_emails WHERE customer_id = ?"),
        QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"),
        QStringLiteral("DELETE FROM custom_values WHERE customer_id = ?"),
    };
    // A customer just created has nothing to clear (a tenth of an import's time).
    for (const QString &sql : fresh ? QStringList() : clear) {
        QSqlQuery &q = db.prepared(sql);
        q.bindValue(0, c.id);
        if (!q.exec())
            return SqlErrors::from(q.lastError(), tr("Could not save the customer “%1”.").arg(c.name));
    }
    const QString failed = tr("Could not save the contact details of “%1”.").arg(c.name);
    for (int i = 0; i < c.phones.size(); ++i) {
        QSqlQuery &q = db.prepared(QStringLiteral(
            "INSERT INTO customer_phones (customer_id, position, label, raw, e164, problem) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bindValue(0, c.id);
        q.bindValue(1, i);
        q.bindValue(2, nullable(c.phones[i].label));
        q.bindValue(3, c.phones[i].raw);
        // '' for a number not verified (a null QString would bind as NULL).
        q.bindValue(4, c.phones[i].e164.isEmpty() ? QStringLiteral("") : c.phones[i].e164);
        q.bindValue(5, nullable(c.phones[i].problem));
        if (!q.exec())
            return SqlErrors::from(q.lastError(), failed);
    }
    for (int i = 0; i < c.emails.size(); ++i) {
        QSqlQuery &q = db.prepared(QStringLiteral(
            "INSERT INTO customer_emails (customer_id, position, label, email) VALUES (?, ?, ?, ?)"));
        q.bindValue(0, c.id);
        q.bindValue(1, i);
        q.bindValue(2, nullable(c.emails[i].label));
        q.bindValue(3, c.emails[i].address);
        if (!q.exec())
            return SqlErrors::from(q.lastError(), failed);
    }
    for (const QString &tag : c.tags) {
        QSqlQuery &ins = db.prepared(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
        ins.bindValue(0, tag);
        QSqlQuery &link = db.prepared(QStringLiteral(
            "INSERT INTO customer_tags (customer_id, tag_id) "
            "SELECT CAST(? AS bigint), id FROM tags WHERE %1 ON CONFLICT DO NOTHING")
                                          .arg(tagNameIs(db.dialect(), QStringLiteral("name"))));
        link.bindValue(0, c.id);
        link.bindValue(1, tag);
        if (!ins.exec() || !link.exec())
            return SqlErrors::from(ins.lastError().isValid() ? ins.lastError() : link.lastError(),
                                   tr("Could not save the tag “%1”.").arg(tag));
    }
    for (auto it = c.customValues.cbegin(); it != c.customValues.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        QSqlQuery &q = db.prepared(QStringLiteral(
            "INSERT INTO custom_values (customer_id, field_id, value) VALUES (?, ?, ?)"));
        q.bindValue(0, c.id);
        q.bindValue(1, it.key());
        q.bindValue(2, it.value());
        if (!q.exec())
            return SqlErrors::from(q.lastError(), failed);
    }
    return {};
}

// The columns get() and getMany() read, after whatever comes first, from
// customers c joined to their company co.
const char *const CustomerStore::columns =
    "c.kind, c.name, c.company_id, co.name, c.job_title, c.province, c.city, c.address, "
    "c.industry, c.source_id, c.stage, c.owner_id, c.notes, c.birthday, c.next_follow_up, "
    "c.created_at, c.created_by, c.updated_at, c.updated_by, c.deleted_at, c.row_version";

void CustomerStore::readColumns(const QSqlQuery &q, int first, Customer &c)
{
    auto v = [&](int i) { return q.value(first + i); };
    c.kind = Customers::kindFromCode(v(0).toString()).value_or(CustomerKind::Person);
    c.name = v(1).toString();
    c.companyId = v(2).toLongLong();
    c.companyName = v(3).toString();
    c.jobTitle = v(4).toString();
    c.province = v(5).toString();
    c.city = v(6).toString();
    c.address = v(7).toString();
    c.industry = v(8).toString();
    c.sourceId = v(9).toLongLong();
    c.stage = Customers::stageFromCode(v(10).toString()).value_or(Stage::Lead);
    c.ownerId = v(11).toLongLong();
    c.notes = v(12).toString();
    c.birthday = fromStoredDate(v(13).toString());
    c.nextFollowUp = fromStoredDate(v(14).toString());
    c.createdAt = fromStoredTime(v(15).toString());
    c.createdBy = v(16).toLongLong();
    c.updatedAt = fromStoredTime(v(17).toString());
    c.updatedBy = v(18).toLongLong();
    c.deletedAt = fromStoredTime(v(19).toString());
    c.version = v(20).toLongLong();
}

Result<Customer> CustomerStore::get(qint64 id) const
{
    Database &db = m_session.db();
    static const QString sql = QStringLiteral("SELECT %1 FROM customers c LEFT JOIN customers co ON co.id = c.company_id "
                                              "WHERE c.id = ?").arg(QLatin1StringView(columns));
    QSqlQuery &q = db.prepared(sql);
    q.bindValue(0, id);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not read customer %1.").arg(id));
    if (!q.next())
        return notFound(id);
    Customer c;
    c.id = id;
    readColumns(q, 0, c);
    q.finish();
    // Someone else's record this session does not see is not there for it.
    if (!m_session.seesOwner(c.ownerId))
        return notFound(id);

    // A partial read must never pass for the whole customer: an edit or an
    // import would write back the phones, e-mails, tags or fields it missed.
    const auto readAll = [&](const QString &sql, const auto &take) -> Status {
        QSqlQuery &r = db.prepared(sql);
        r.bindValue(0, id);
        if (!r.exec())
            return SqlErrors::from(r.lastError(), tr("Could not read customer %1.").arg(id));
        while (r.next())
            take(r);
        if (r.lastError().isValid())
            return SqlErrors::from(r.lastError(), tr("Could not read customer %1.").arg(id));
        r.finish();
        return {};
    };
    if (Status s = readAll(QStringLiteral("SELECT label, raw, e164, problem FROM customer_phones "
                                          "WHERE customer_id = ? ORDER BY position"),
                           [&](const QSqlQuery &r) {
                               c.phones << Phone{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                                 r.value(3).toString()};
                           });
        !s)
        return s.error();
    if (Status s = readAll(QStringLiteral("SELECT label, email FROM customer_emails WHERE customer_id = ? "
                                          "ORDER BY position"),
                           [&](const QSqlQuery &r) { c.emails << Email{r.value(0).toString(), r.value(1).toString()}; });
        !s)
        return s.error();
    if (Status s = readAll(QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                                          "WHERE ct.customer_id = ? ORDER BY lower(t.name)"),
                           [&](const QSqlQuery &r) { c.tags << r.value(0).toString(); });
        !s)
        return s.error();
    if (Status s = readAll(QStringLiteral("SELECT field_id, value FROM custom_values WHERE customer_id = ?"),
                           [&](const QSqlQuery &r) {
                               c.customValues.insert(r.value(0).toLongLong(), r.value(1).toString());
                           });
        !s)
        return s.error();
    return c;
}

QString CustomerStore::tagNameIs(const SqlDialect &dialect, const QString &column)
{
    // No spelling both take with their index: SQLite has no index on
    // lower(name), PostgreSQL none on name (its = is case-sensitive).
    if (dialect.isPostgres())
        return QStringLiteral("lower(%1) = lower(?)").arg(column);
    return column + QStringLiteral(" = ?");
}

QString CustomerStore::sourceName(qint64 id) const
{
    if (!id)
        return {};
    QSqlQuery &q = m_session.db().prepared(QStringLiteral("SELECT name FROM source_channels WHERE id = ?"));
    q.bindValue(0, id);
    QString name = (q.exec() && q.next()) ? q.value(0).toString() : QString::number(id);
    q.finish();
    return name;
}

} // namespace guanxi
