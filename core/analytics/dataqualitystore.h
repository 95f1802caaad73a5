#pragma once

// The SQL of the data-quality score (see dataquality.h for the checks).
#include "analytics/dataquality.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace guanxi {

class Session;

// When the checks are made: today, and the checks' limits derived from it.
struct QualityMoment {
    QDate today;
    QDate followUpHorizon;   // a next follow-up later than this is a typing error
    QDateTime staleBefore;   // not changed or contacted since: not current
};

// One owner's figures for the checks made in SQL (all but duplicates).
struct OwnerCheckCounts {
    qint64 ownerId = 0;      // 0: no owner
    qint64 customers = 0;
    QHash<QString, QualityCheckResult> checks;
};

// A failing customer as listed, with the values a detail is made from.
struct QualityRow {
    qint64 id = 0;
    QString name;
    QString ownerName;
    QString birthday;
    QString nextFollowUp;
    QString touched;         // the later of the last change and the last contact
    QString badPhones;       // "raw — why; …"
    QString badEmails;       // "a@b; …"
};

class DataQualityStore {
    Q_DECLARE_TR_FUNCTIONS(DataQualityStore)
public:
    explicit DataQualityStore(Session &session) : m_session(session) {}

    // One pass over the live customers, grouped by owner ("phones" and
    // "emails": only how many they apply to; see flagged()).
    Result<QList<OwnerCheckCounts>> countByOwner(const QualityMoment &moment) const;
    // The live customers failing "phones" or "emails", by id.
    Result<QList<qint64>> flagged(const QString &check) const;
    // The customers failing one of the other SQL checks (ownerId -1: anyone,
    // 0: no owner), by id.
    Result<QList<QualityRow>> failing(const QString &check, const QualityMoment &moment, qint64 ownerId,
                                      int limit) const;
    // The same columns for these customers, in this order.
    Result<QList<QualityRow>> rows(const QList<qint64> &ids) const;

    // Live customers sharing a key: one list of ids per shared verified
    // phone, e-mail, or person's name at a company (each sorted, each with
    // at least two ids).
    Result<QList<QList<qint64>>> sharedKeys(const std::atomic_bool *cancel) const;
    // Live companies by id and name, for comparing their names in C++.
    Result<QList<QPair<qint64, QString>>> companies() const;
    // The owner of each of these customers (0: none).
    Result<QHash<qint64, qint64>> ownersOf(const QList<qint64> &ids) const;
    // Every team member's name by id.
    Result<QHash<qint64, QString>> userNames() const;

private:
    Session &m_session;
};

} // namespace guanxi
