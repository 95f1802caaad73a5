#pragma once

#include "platform/change.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace guanxi {

class Session;

// Row versions (schema 22): customers, leads, deals and orders each carry a
// row_version that every write adds 1 to. A user's edit passes the version it
// read (Customer::version, Lead::version, Deal::version, Order::version; 0
// means "do not check") and the store's one UPDATE ... WHERE id = ? AND
// row_version = ? writes nothing when someone saved the record since: the
// save is refused with ChangeLogStore::conflict()'s Error (ErrorKind::Conflict,
// field "version"). Internal writes (pool moves, follow-up dates, imports,
// merges, hand-overs) add 1 without checking.
//
// What the other person did, for the message and for a dialog that shows
// theirs next to yours: the newest edit of the record in the change log (the
// rows of its latest batch).
struct EditConflict {
    struct Field {
        QString field;  // as in the change log: "city", "phones", "custom:3"
        QString label;  // translated, for people: "City"
        QString theirs; // the value they saved, as the change log holds it
    };
    QString userName;   // empty when the change log does not say (an internal write)
    QDateTime changedAt;
    QList<Field> fields;
};

// The one change log. Stores call record() inside their own transaction so a
// change and its history land together or not at all.
class ChangeLogStore {
    Q_DECLARE_TR_FUNCTIONS(ChangeLogStore)
public:
    explicit ChangeLogStore(Session &session) : m_session(session) {}

    // userId and changedAt default to the session's user and clock.
    Status record(Change change);
    Result<QList<Change>> history(const QString &entity, qint64 entityId, int limit = 1000) const;
    static QString newBatch();

    // The newest edit of a record (every field of its latest batch), or an
    // EditConflict without fields when its history holds no edit.
    Result<EditConflict> latestEdit(const QString &entity, qint64 entityId) const;
    // The Error for a save refused because the record's row_version moved on
    // (entity: "customer", "lead", "deal", "order"): who changed it and when,
    // with the fields they changed and their values now, e.g. “王芳 changed
    // this customer at 14:32 while you were editing: City: 上海. Your changes
    // were not saved. …”. ErrorKind::Conflict, field "version"; the detail
    // holds one "field=value" line per field (see latestEdit() for the struct).
    Error conflict(const QString &entity, qint64 entityId) const;
    // A change log field's name for people ("job_title": "Job title").
    static QString fieldLabel(const QString &field);

private:
    Session &m_session;
};

} // namespace guanxi
