#include "customers/customfieldstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {
QString encodeChoices(const QStringList &choices)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}

// Another field has the name: SQLite's SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's
// unique_violation.
bool nameTaken(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QStringLiteral("2067") || code == QStringLiteral("23505");
}
} // namespace

Result<QList<CustomField>> CustomFieldStore::list() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT id, name, type, choices, position FROM custom_fields "
                               "WHERE entity = 'customer' ORDER BY position, id")))
        return SqlErrors::from(q.lastError(), tr("Could not read the custom fields."));
    QList<CustomField> out;
    while (q.next()) {
        CustomField f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        f.type = CustomField::typeFromCode(q.value(2).toString()).value_or(CustomFieldType::Text);
        f.choices = CustomField::decodeMulti(q.value(3).toString());
        f.position = q.value(4).toInt();
        out << f;
    }
    return out;
}

Status CustomFieldStore::check(const CustomField &f) const
{
    if (f.name.simplified().isEmpty())
        return Error{tr("Enter a name for the field."), {}, QStringLiteral("name")};
    if ((f.type == CustomFieldType::Choice || f.type == CustomFieldType::MultiChoice) && f.choices.isEmpty())
        return Error{tr("A choice field needs at least one choice."), {}, QStringLiteral("choices")};
    return {};
}

Result<qint64> CustomFieldStore::add(const CustomField &field)
{
    if (Status s = check(field); !s)
        return s.error();
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO custom_fields (entity, name, type, choices, position) "
                               "VALUES ('customer', ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 "
                               "FROM custom_fields)) RETURNING id"),
             {field.name.simplified(), CustomField::typeCode(field.type),
              field.choices.isEmpty() ? QVariant() : QVariant(encodeChoices(field.choices))})
        || !q.next()) {
        if (nameTaken(q.lastError()))
            return Error{tr("A field named “%1” exists already.").arg(field.name), {}, QStringLiteral("name")};
        return SqlErrors::from(q.lastError(), tr("Could not add the field “%1”.").arg(field.name));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    m_session.announce(Session::Changed::Lookups);
    return id;
}

Status CustomFieldStore::update(const CustomField &field)
{
    if (Status s = check(field); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE custom_fields SET name = ?, choices = ? WHERE id = ?"),
             {field.name.simplified(), field.choices.isEmpty() ? QVariant() : QVariant(encodeChoices(field.choices)),
              field.id})) {
        if (nameTaken(q.lastError()))
            return Error{tr("A field named “%1” exists already.").arg(field.name), {}, QStringLiteral("name")};
        return SqlErrors::from(q.lastError(), tr("Could not save the field “%1”.").arg(field.name));
    }
    m_session.announce(Session::Changed::Lookups);
    return {};
}

Status CustomFieldStore::remove(qint64 id)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("DELETE FROM custom_fields WHERE id = ?"), {id}))
        return SqlErrors::from(q.lastError(), tr("Could not remove the field."));
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Lookups);
    return {};
}

} // namespace guanxi
