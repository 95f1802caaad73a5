#pragma once

// The data-quality score (数据准确性): how complete, valid, unique and
// current the live customers (not those in the trash) are, for the team and
// for each salesperson.
//
// Checks, each counted over the customers it applies to:
//   completeness
//     name     the name is a name, not an e-mail address standing in for one
//     contact  a phone number or an e-mail address
//     owner    a salesperson (customers in the public pool have none)
//     city     the city
//     source   the source channel
//     company  people: the company they work for
//   validity (of what is filled in)
//     phones   every phone number verified (customer_phones.problem is NULL)
//     emails   every e-mail address looks like one (Customers::isValidEmail)
//     dates    the birthday lies between 1800-01-01 and today, and the next
//              follow-up between 2000-01-01 and two years ahead
//   uniqueness
//     duplicates  not a repeat of an older customer: customers sharing a
//              verified phone, an e-mail (any case), a company name
//              (CompanyName::key), or a person's name at the same company
//              form a group (a key shared by more than DuplicateStore::maxShared
//              customers is no evidence); the oldest of a group is kept, so a
//              group of 3 counts 2 records to fix
//   timeliness
//     overdue  customers with a next follow-up: it is today or later
//     planned  customers not churned: a next follow-up is set
//     touched  changed or contacted within the last N months (default 6)
//
// A check's pass rate is 1 − failing / applicable (1 when it applies to no
// one); a dimension's is the mean of its checks'; the score is
//   30 × completeness + 25 × validity + 20 × uniqueness + 25 × timeliness.
#include "platform/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <atomic>

namespace guanxi {

class Session;

enum class QualityDimension { Completeness, Validity, Uniqueness, Timeliness };
constexpr int qualityDimensionCount = 4;

struct QualityCheckResult {
    QString key;                 // "contact", "emails", ... (stable, for scripts)
    QualityDimension dimension = QualityDimension::Completeness;
    qint64 applicable = 0;       // customers the check applies to
    qint64 failing = 0;          // of those, customers that fail it
    double pass() const { return applicable > 0 ? 1.0 - double(failing) / double(applicable) : 1.0; }
};

// The checks' figures over one set of customers, and what they make.
struct QualityFigures {
    qint64 customers = 0;
    QList<QualityCheckResult> checks;               // in DataQuality::checkKeys() order
    std::array<double, qualityDimensionCount> dimensionPass{1.0, 1.0, 1.0, 1.0};
    double score = 100.0;                          // 0–100
};

struct OwnerQuality {
    qint64 ownerId = 0;          // 0: the public pool (no owner)
    QString ownerName;           // empty for the public pool
    QualityFigures figures;
};

struct DataQualityReport {
    QDate today;
    int staleMonths = 6;
    QualityFigures team;
    QList<OwnerQuality> owners;  // by score, lowest first; the pool last
};

// A customer that fails a check, and what about it.
struct QualityRecord {
    qint64 id = 0;
    QString name;
    QString ownerName;
    QString detail;              // the value at fault, or the customer it repeats
};

struct DataQualityOptions {
    int staleMonths = 6;         // "touched": changed or contacted within this many months
};

class DataQuality {
    Q_DECLARE_TR_FUNCTIONS(DataQuality)
public:
    static constexpr std::array<int, qualityDimensionCount> weights{30, 25, 20, 25};

    // Every check, team-wide and per owner. Reads only; cancel is polled
    // between the passes (and by the database while one runs, when watched).
    static Result<DataQualityReport> compute(Session &session, const DataQualityOptions &options,
                                             const std::atomic_bool *cancel = nullptr);
    // The customers failing one check (ownerId -1: anyone, 0: the pool), by
    // id, at most limit of them.
    static Result<QList<QualityRecord>> records(Session &session, const QString &checkKey,
                                                const DataQualityOptions &options, qint64 ownerId, int limit);

    static QStringList checkKeys();
    static bool isCheck(const QString &key) { return checkKeys().contains(key); }
    static QualityDimension dimensionOf(const QString &key);
    static QString dimensionName(QualityDimension dimension);
    static QString dimensionKey(QualityDimension dimension); // "completeness", ...
    // The check's short title and the rule it applies, in the user's words.
    static QString checkTitle(const QString &key);
    static QString checkRule(const QString &key, int staleMonths);
    // "Score = 30 × completeness + … " and the same with these figures' values.
    static QString formula();
    static QString formulaWithValues(const QualityFigures &figures);

    // A pass rate as the page and the CLI show it: "92.6%" in the user's locale.
    static QString percent(double ratio);
    // Fills the dimensions' pass rates and the score from the checks' figures.
    static void score(QualityFigures &figures);
};

} // namespace guanxi
