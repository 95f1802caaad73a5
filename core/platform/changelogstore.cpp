#include "platform/changelogstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace guanxi {

using sql::run;

QString ChangeLogStore::newBatch()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status ChangeLogStore::record(Change c)
{
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO change_log (entity, entity_id, action, field, old_value, new_value, user_id, "
        "changed_at, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 user = c.userId ? c.userId : m_session.userId();
    q.bindValue(0, c.entity);
    q.bindValue(1, c.entityId);
    q.bindValue(2, c.action);
    q.bindValue(3, c.field.isEmpty() ? QVariant() : QVariant(c.field));
    q.bindValue(4, c.oldValue.isNull() ? QVariant() : QVariant(c.oldValue));
    q.bindValue(5, c.newValue.isNull() ? QVariant() : QVariant(c.newValue));
    q.bindValue(6, user ? QVariant(user) : QVariant());
    q.bindValue(7, toStoredTime(c.changedAt.isValid() ? c.changedAt : m_session.now()));
    q.bindValue(8, c.batch.isEmpty() ? QVariant() : QVariant(c.batch));
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not record the change in the history."));
    return {};
}

Result<QList<Change>> ChangeLogStore::history(const QString &entity, qint64 entityId, int limit) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral(
            "SELECT l.id, l.action, l.field, l.old_value, l.new_value, l.user_id, u.display_name, "
            "l.changed_at, l.batch FROM change_log l LEFT JOIN users u ON u.id = l.user_id "
            "WHERE l.entity = ? AND l.entity_id = ? ORDER BY l.id DESC LIMIT ?"),
             {entity, entityId, limit}))
        return SqlErrors::from(q.lastError(), tr("Could not read the history."));
    QList<Change> out;
    while (q.next()) {
        Change c;
        c.id = q.value(0).toLongLong();
        c.entity = entity;
        c.entityId = entityId;
        c.action = q.value(1).toString();
        c.field = q.value(2).toString();
        c.oldValue = q.value(3).toString();
        c.newValue = q.value(4).toString();
        c.userId = q.value(5).toLongLong();
        c.userName = q.value(6).toString();
        c.changedAt = fromStoredTime(q.value(7).toString());
        c.batch = q.value(8).toString();
        out << c;
    }
    return out;
}

Result<EditConflict> ChangeLogStore::latestEdit(const QString &entity, qint64 entityId) const
{
    auto changes = history(entity, entityId, 200);
    if (!changes)
        return changes.error();
    EditConflict out;
    if (changes->isEmpty())
        return out;
    const auto latest = changes->cbegin();
    out.userName = latest->userName;
    out.changedAt = latest->changedAt;
    // Newest first; a field changed twice in one batch shows its last value.
    QList<Change> batch;
    for (auto it = latest; it != changes->cend(); ++it) {
        if (it->batch != latest->batch || (latest->batch.isEmpty() && it != latest))
            break;
        batch.prepend(*it);
    }
    for (const Change &c : std::as_const(batch)) {
        if (c.field.isEmpty())
            continue;
        const auto same = std::find_if(out.fields.begin(), out.fields.end(),
                                       [&](const EditConflict::Field &f) { return f.field == c.field; });
        if (same != out.fields.end()) {
            same->theirs = c.newValue;
            continue;
        }
        QString label = fieldLabel(c.field);
        if (c.field.startsWith(QStringLiteral("custom:"))) {
            QSqlQuery q(m_session.db().connection());
            if (run(q, QStringLiteral("SELECT name FROM custom_fields WHERE id = ?"), {c.field.mid(7).toLongLong()})
                && q.next())
                label = q.value(0).toString();
        }
        out.fields << EditConflict::Field{c.field, label, c.newValue};
    }
    return out;
}

Error ChangeLogStore::conflict(const QString &entity, qint64 entityId) const
{
    Error e;
    e.kind = ErrorKind::Conflict;
    e.field = QStringLiteral("version");
    auto edit = latestEdit(entity, entityId);
    const EditConflict theirs = edit ? *edit : EditConflict();
    QStringList fields, lines;
    for (const EditConflict::Field &f : theirs.fields) {
        fields << tr("%1: %2").arg(f.label, f.theirs.isEmpty() ? tr("(empty)") : f.theirs);
        lines << f.field + u'=' + f.theirs;
    }
    e.detail = lines.join(u'\n');
    const QString who = theirs.userName.isEmpty() ? tr("Someone else") : theirs.userName;
    QString when;
    if (theirs.changedAt.isValid()) {
        const QDateTime local = theirs.changedAt.toLocalTime();
        when = local.date() == m_session.now().toLocalTime().date()
                   ? local.toString(QStringLiteral("HH:mm"))
                   : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    QString what;
    if (entity == u"lead")
        what = when.isEmpty() ? tr("%1 changed this lead while you were editing").arg(who)
                              : tr("%1 changed this lead at %2 while you were editing").arg(who, when);
    else if (entity == u"deal")
        what = when.isEmpty() ? tr("%1 changed this deal while you were editing").arg(who)
                              : tr("%1 changed this deal at %2 while you were editing").arg(who, when);
    else if (entity == u"order")
        what = when.isEmpty() ? tr("%1 changed this order while you were editing").arg(who)
                              : tr("%1 changed this order at %2 while you were editing").arg(who, when);
    else
        what = when.isEmpty() ? tr("%1 changed this customer while you were editing").arg(who)
                              : tr("%1 changed this customer at %2 while you were editing").arg(who, when);
    e.message = (fields.isEmpty() ? what + u'.' : what + QStringLiteral(": ") + fields.join(QStringLiteral(", ")) + u'.')
                + u' '
                + tr("Your changes were not saved. Reload to see theirs, or save again to overwrite them.");
    return e;
}

QString ChangeLogStore::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ChangeLogStore", "Type")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ChangeLogStore", "Name")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("ChangeLogStore", "Company")},
        {QStringLiteral("job_title"), QT_TRANSLATE_NOOP("ChangeLogStore", "Job title")},
        {QStringLiteral("province"), QT_TRANSLATE_NOOP("ChangeLogStore", "Province")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("ChangeLogStore", "City")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("ChangeLogStore", "Address")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("ChangeLogStore", "Industry")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("ChangeLogStore", "Source")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("ChangeLogStore", "Stage")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("ChangeLogStore", "Owner")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ChangeLogStore", "Notes")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("ChangeLogStore", "Birthday")},
        {QStringLiteral("next_follow_up"), QT_TRANSLATE_NOOP("ChangeLogStore", "Next follow-up")},
        {QStringLiteral("phones"), QT_TRANSLATE_NOOP("ChangeLogStore", "Phone")},
        {QStringLiteral("emails"), QT_TRANSLATE_NOOP("ChangeLogStore", "E-mail")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("ChangeLogStore", "Tags")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ChangeLogStore", "Status")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ChangeLogStore", "Title")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("ChangeLogStore", "Amount")},
        {QStringLiteral("expected_close"), QT_TRANSLATE_NOOP("ChangeLogStore", "Expected close")},
        {QStringLiteral("probability"), QT_TRANSLATE_NOOP("ChangeLogStore", "Probability")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("ChangeLogStore", "Number")},
        {QStringLiteral("order_date"), QT_TRANSLATE_NOOP("ChangeLogStore", "Date")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("ChangeLogStore", "Currency")},
        {QStringLiteral("total"), QT_TRANSLATE_NOOP("ChangeLogStore", "Total")},
        {QStringLiteral("discount"), QT_TRANSLATE_NOOP("ChangeLogStore", "Discount")},
    };
    const auto it = labels.constFind(field);
    if (it != labels.constEnd())
        return tr(*it);
    return field;
}

} // namespace guanxi
