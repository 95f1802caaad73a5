#include "sales/salesaccess.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/session.h"

#include <QSqlError>
#include <QSqlQuery>

namespace guanxi {

Status SalesAccess::customerVisible(const Session &session, qint64 customerId)
{
    QSqlQuery &q = session.db().prepared(QStringLiteral("SELECT owner_id FROM customers WHERE id = ?"));
    q.bindValue(0, customerId);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not read customer %1.").arg(customerId));
    const bool hidden = q.next() && !session.seesOwner(q.value(0).toLongLong());
    q.finish();
    // A customer that does not exist at all is left to the foreign key.
    if (hidden)
        return Error{tr("Customer %1 does not exist.").arg(customerId), {}, QStringLiteral("customer"),
                     ErrorKind::NotFound};
    return {};
}

Status SalesAccess::ownerAllowed(const Session &session, qint64 ownerId, Record record)
{
    if (ownerId == 0 && !session.access().seesAll)
        return Error{record == Record::Deal ? tr("A deal needs an owner: yourself or a member of your team.")
                                            : tr("An order needs an owner: yourself or a member of your team."),
                     {}, QStringLiteral("owner"), ErrorKind::Invalid};
    if (session.seesOwner(ownerId))
        return {};
    return Error{tr("You can give deals and orders only to yourself or the members of your team; choose one of them "
                    "as the owner."),
                 {}, QStringLiteral("owner"), ErrorKind::Denied};
}

bool SalesAccess::isDuplicate(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QStringLiteral("2067") || code == QStringLiteral("23505");
}

bool SalesAccess::isMissingReference(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QStringLiteral("787") || code == QStringLiteral("23503");
}

} // namespace guanxi
