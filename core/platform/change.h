#pragma once

#include <QDateTime>
#include <QString>

namespace guanxi {

// One row of the change log: a record created, a field changed, a record
// moved to the trash, restored or purged.
struct Change {
    qint64 id = 0;
    QString entity;        // "customer"
    qint64 entityId = 0;
    QString action;        // create, update, delete, restore, purge
    QString field;         // for updates
    QString oldValue;
    QString newValue;
    qint64 userId = 0;
    QString userName;      // filled when read back
    QDateTime changedAt;
    QString batch;         // groups the rows of one operation

    // A record created, shown in its history as `value` (its name, title, number).
    static Change created(const QString &entity, qint64 id, const QString &value, const QString &batch = {})
    {
        Change c;
        c.entity = entity;
        c.entityId = id;
        c.action = QStringLiteral("create");
        c.newValue = value;
        c.batch = batch;
        return c;
    }
};

} // namespace guanxi
