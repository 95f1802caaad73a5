// CustomerStore: many customers read at once, for exports of whole files.
#include "customers/customerstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/session.h"

#include <QHash>
#include <QSqlQuery>

namespace guanxi {

Result<QList<Customer>> CustomerStore::getMany(const QList<qint64> &ids) const
{
    Database &db = m_session.db();
    const QString json = SqlDialect::idArray(ids);
    const QString in = db.dialect().idsIn();
    const QString failed = tr("Could not read the customers.");
    // Each query takes the ids as one JSON array: one statement for any count.
    const QString sql = QStringLiteral("SELECT c.id, %1 FROM customers c LEFT JOIN customers co ON co.id = c.company_id "
                                       "WHERE c.id IN %2")
                            .arg(QLatin1StringView(columns), in);
    QSqlQuery &q = db.prepared(sql);
    q.bindValue(0, json);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), failed);
    QHash<qint64, Customer> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        Customer c;
        c.id = q.value(0).toLongLong();
        readColumns(q, 1, c);
        if (m_session.seesOwner(c.ownerId)) // the others are not there for this session
            byId.insert(c.id, std::move(c));
    }
    q.finish();

    auto children = [&](const char *sql, const std::function<void(Customer &, const QSqlQuery &)> &take) -> Status {
        QSqlQuery &r = db.prepared(QString::fromLatin1(sql).arg(in));
        r.bindValue(0, json);
        if (!r.exec())
            return SqlErrors::from(r.lastError(), failed);
        while (r.next())
            if (auto it = byId.find(r.value(0).toLongLong()); it != byId.end())
                take(*it, r);
        r.finish();
        return {};
    };
    Status s = children("SELECT customer_id, label, raw, e164, problem FROM customer_phones "
                        "WHERE customer_id IN %1 ORDER BY customer_id, position",
                        [](Customer &c, const QSqlQuery &r) {
                            c.phones << Phone{r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                                              r.value(4).toString()};
                        });
    if (s)
        s = children("SELECT customer_id, label, email FROM customer_emails "
                     "WHERE customer_id IN %1 ORDER BY customer_id, position",
                     [](Customer &c, const QSqlQuery &r) {
                         c.emails << Email{r.value(1).toString(), r.value(2).toString()};
                     });
    if (s)
        s = children("SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                     "WHERE ct.customer_id IN %1 ORDER BY ct.customer_id, lower(t.name)",
                     [](Customer &c, const QSqlQuery &r) { c.tags << r.value(1).toString(); });
    if (s)
        s = children("SELECT customer_id, field_id, value FROM custom_values "
                     "WHERE customer_id IN %1",
                     [](Customer &c, const QSqlQuery &r) {
                         c.customValues.insert(r.value(1).toLongLong(), r.value(2).toString());
                     });
    if (!s)
        return s.error();

    QList<Customer> out;
    out.reserve(byId.size());
    for (qint64 id : ids)
        if (auto it = byId.find(id); it != byId.end())
            out << std::move(*it);
    return out;
}

} // namespace guanxi
