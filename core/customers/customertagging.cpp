// CustomerStore: one tag added to many customers at once.
#include "customers/customerstore.h"

#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/transaction.h"
#include "platform/session.h"

#include <QSqlQuery>

namespace guanxi {

Result<qint64> CustomerStore::addTag(const QList<qint64> &ids, const QString &tag, const std::atomic_bool *cancel)
{
    const QString name = tag.simplified();
    if (name.isEmpty())
        return Error{tr("The tag is empty. Type a name for it."), {}, QStringLiteral("tag")};
    if (name.size() > 100)
        return Error{tr("The tag “%1…” is longer than 100 characters. Use a shorter name.").arg(name.left(20)), {},
                     QStringLiteral("tag")};
    if (Status s = checkVisible(ids); !s)
        return s.error();
    Database &db = m_session.db();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const QString failed = tr("Could not add the tag “%1”.").arg(name);
    QSqlQuery &ins = db.prepared(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
    ins.bindValue(0, name);
    if (!ins.exec())
        return SqlErrors::from(ins.lastError(), failed);
    QSqlQuery &tagId = db.prepared(QStringLiteral("SELECT id FROM tags WHERE ")
                                   + tagNameIs(db.dialect(), QStringLiteral("name")));
    tagId.bindValue(0, name);
    if (!tagId.exec() || !tagId.next())
        return SqlErrors::from(tagId.lastError(), failed);
    const qint64 id = tagId.value(0).toLongLong();
    tagId.finish();
    const QString batch = ChangeLogStore::newBatch();
    ChangeLogStore log(m_session);
    qint64 added = 0;
    QList<qint64> changed;
    for (qint64 customer : ids) {
        if (cancel && cancel->load())
            return Error{tr("Stopped: no customer was tagged."), {}, {}};
        QSqlQuery &link = db.prepared(QStringLiteral(
            "INSERT INTO customer_tags (customer_id, tag_id) "
            "SELECT id, CAST(? AS bigint) FROM customers WHERE id = ? AND deleted_at IS NULL ON CONFLICT DO NOTHING"));
        link.bindValue(0, id);
        link.bindValue(1, customer);
        if (!link.exec())
            return SqlErrors::from(link.lastError(), failed);
        if (link.numRowsAffected() != 1)
            continue;
        // The history shows the tag list before and after, as an edit does.
        QSqlQuery &names = db.prepared(QStringLiteral(
            "SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ?"));
        names.bindValue(0, customer);
        if (!names.exec())
            return SqlErrors::from(names.lastError(), failed);
        QStringList after;
        while (names.next())
            after << names.value(0).toString();
        after.sort(Qt::CaseInsensitive);
        QStringList before = after;
        before.removeOne(name);
        Change c;
        c.entity = QStringLiteral("customer");
        c.entityId = customer;
        c.action = QStringLiteral("update");
        c.field = QStringLiteral("tags");
        c.oldValue = before.isEmpty() ? QStringLiteral("") : before.join(QStringLiteral(", "));
        c.newValue = after.join(QStringLiteral(", "));
        c.batch = batch;
        if (Status s = log.record(c); !s)
            return s.error();
        ++added;
        changed << customer;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    m_session.announce(Session::Changed::Customers, changed);
    return added;
}

} // namespace guanxi
