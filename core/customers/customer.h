#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace guanxi {

enum class CustomerKind { Person, Company };
enum class Stage { Lead, Prospect, Customer, Loyal, Churned };

struct Phone {
    QString label;
    QString raw;     // as typed
    // Filled in by validation: E.164, with ";ext=123" for an extension (see
    // PhoneCheck). Empty for a number that is not verified.
    QString e164;
    // Filled in by validation: empty when verified, otherwise why the number
    // is kept as written only (translated).
    QString problem = {}; // "= {}": Phone{label, raw, e164} stays a complete initialiser
    bool verified() const { return problem.isEmpty(); }
    // The same number: the same E.164, or for numbers not verified the same
    // digits as written. Two different unverified numbers never match.
    bool sameNumber(const Phone &other) const;
    bool operator==(const Phone &) const = default;
};

struct Email {
    QString label;
    QString address;
    bool operator==(const Email &) const = default;
};

struct Customer {
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    qint64 companyId = 0;      // a person's company (a customer of kind Company)
    QString companyName;       // read-only, filled by the store
    QString jobTitle;
    QString province;
    QString city;
    QString address;
    QString industry;
    qint64 sourceId = 0;
    Stage stage = Stage::Lead;
    qint64 ownerId = 0;
    QStringList tags;
    QString notes;
    QDate birthday;            // birthday of a person, founding day of a company
    QDate nextFollowUp;
    QList<Phone> phones;
    QList<Email> emails;
    QMap<qint64, QString> customValues; // custom field id -> stored value

    // Bookkeeping, filled by the store.
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    qint64 createdBy = 0;
    qint64 updatedBy = 0;
    // Its row version when read (see EditConflict in platform/changelogstore.h):
    // CustomerStore::update() refuses to save over a newer one. 0: not read
    // from the store, or an internal write that does not check.
    qint64 version = 0;
    // Read for someone who sees this pool record masked (PhoneMask): the
    // phones are masked and the e-mails left out.
    bool masked = false;

    bool isDeleted() const { return deletedAt.isValid(); }
    bool operator==(const Customer &) const = default;
};

// Field names used in validation errors (Error::field) and the change log.
namespace CustomerField {
inline const QString Name = QStringLiteral("name");
inline const QString Company = QStringLiteral("company");
inline const QString Phones = QStringLiteral("phones");
inline const QString Emails = QStringLiteral("emails");
inline const QString Birthday = QStringLiteral("birthday");
inline const QString NextFollowUp = QStringLiteral("next_follow_up");
inline const QString Tags = QStringLiteral("tags");
QString custom(qint64 fieldId);
} // namespace CustomerField

struct Customers {
    Q_DECLARE_TR_FUNCTIONS(Customers)
public:
    static QString kindCode(CustomerKind kind);
    static std::optional<CustomerKind> kindFromCode(const QString &code);
    static QString kindLabel(CustomerKind kind);

    static QList<Stage> stages();
    static QString stageCode(Stage stage);
    static std::optional<Stage> stageFromCode(const QString &code);
    static QString stageLabel(Stage stage);

    // Trims text, normalises phones to E.164 and checks every field. Returns
    // one Error per bad field (Error::field says which); empty means valid.
    // A phone that cannot be verified for `region` (ISO 3166, for numbers
    // without +) is no error: it is kept as written with its problem.
    static QList<Error> validate(Customer &customer, const QString &region, const QDate &today);
    // Fills a phone's e164 and problem from its raw text.
    static void checkPhone(Phone &phone, const QString &region);
    static bool isValidEmail(const QString &address);
    // Adds the phones, e-mails and tags `from` has and `to` lacks: the same
    // number (E.164), the same address or tag in any case is there already.
    static void addContacts(Customer &to, const Customer &from);
};

} // namespace guanxi
