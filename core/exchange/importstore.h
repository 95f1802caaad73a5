#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>

#include <array>
#include <memory>

class QSqlQuery;

namespace guanxi {

class Session;

// One import run that wrote to the file, with its counts.
struct ImportBatch {
    qint64 id = 0;
    QString batch;        // the change-log batch of its writes
    QString entity;       // customer, lead, order
    QString fileName;
    QString format;       // csv, xlsx, vcard
    QString encoding;
    QString mode;         // create, update, upsert
    qint64 rowsRead = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    QString userName;
    QDateTime importedAt;
    QDateTime revertedAt;
};

// A record an import created or updated; `before` is the record as it was
// before an update (JSON), empty for a created one.
struct ImportedRecord {
    qint64 entityId = 0;
    bool created = false;
    QByteArray before;
};

struct ImportProfile {
    qint64 id = 0;
    QString name;
    QMap<QString, QString> mapping;   // column header -> field key
};

// All SQL about imports: their batches and records (for reverting), and the
// saved column mappings.
class ImportStore {
    Q_DECLARE_TR_FUNCTIONS(ImportStore)
public:
    explicit ImportStore(Session &session);
    ~ImportStore();

    Result<qint64> addBatch(const ImportBatch &batch);
    Status finishBatch(const ImportBatch &batch);
    Status addRecord(qint64 batchId, const ImportedRecord &record);
    // Newest first; every kind of import when entity is empty. Only the
    // imports of the users whose records the session sees: another team's
    // imports are not there, for the list as for batch().
    Result<QList<ImportBatch>> batches(const QString &entity = {}) const;
    Result<ImportBatch> batch(qint64 id) const;
    Result<QList<ImportedRecord>> records(qint64 batchId) const;
    Status markReverted(qint64 batchId);
    // The import that created a record, if one did (0 when none).
    Result<qint64> createdBy(const QString &entity, qint64 entityId) const;

    // Of these customers, the live ones the session does not see (another
    // salesperson's): an import leaves them alone. Empty for someone who
    // sees everything.
    Result<QSet<qint64>> hiddenCustomers(const QList<qint64> &ids) const;
    // Whether a live customer the session does not see has one of these
    // numbers (E.164), e-mail addresses or this id (0: none), without
    // reading anything else of it.
    Result<bool> hiddenCustomerHas(const QStringList &e164s, const QStringList &emails, qint64 id) const;

    Result<QList<ImportProfile>> profiles(const QString &entity) const;
    Status saveProfile(const QString &entity, const QString &name, const QMap<QString, QString> &mapping);
    Status removeProfile(qint64 id);

private:
    Session &m_session;
    // hiddenCustomerHas runs once per row of an import: its statements (by
    // phone, e-mail, id) are prepared once.
    mutable std::array<std::unique_ptr<QSqlQuery>, 3> m_hiddenHas;
};

} // namespace guanxi
