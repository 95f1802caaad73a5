// The data-quality lists as someone who is not an administrator reads them: a
// pool customer's faulty phone masked and its invalid e-mail not named
// (issue 16); an administrator, and the owner, read the values in full.
#include "analytics/dataquality.h"

#include "../corehelpers.h"
#include "../customers/customeraccessfixture.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {

// SQL straight into the test database through its own connection, on either
// backend: customers as an older version or an import could have left them.
struct DirectSql {
    QSqlDatabase db;
    void exec(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    }
};
// A faulty phone and an invalid e-mail, as an import could have left them.
void addFaults(TeamFile &f, qint64 customer, const QString &phone, const QString &email)
{
    DirectSql raw{f.t.db->connection()};
    raw.exec(QStringLiteral("INSERT INTO customer_phones (customer_id, raw, e164, problem) "
                            "VALUES (%1, '%2', '', 'Too short for a number of China')")
                 .arg(customer)
                 .arg(phone));
    raw.exec(QStringLiteral("INSERT INTO customer_emails (customer_id, email) VALUES (%1, '%2')").arg(customer).arg(email));
}

QString detailOf(TeamFile &f, const char *check, qint64 customer)
{
    auto list = DataQuality::records(f.session(), QString::fromLatin1(check), {}, -1, 100);
    REQUIRE(list.ok());
    for (const QualityRecord &r : *list)
        if (r.id == customer)
            return r.detail;
    FAIL("customer " << customer << " is not listed by the check " << check);
    return {};
}
} // namespace

TEST_CASE("Data quality lists a pool customer's bad phone masked and no e-mail to a salesperson",
          "[masking][dataquality]")
{
    TeamFile f;
    addFaults(f, f.poolCustomer, QStringLiteral("1371234567"), QStringLiteral("zs@example"));

    f.as(f.li);
    const QString phones = detailOf(f, "phones", f.poolCustomer);
    CHECK(phones == QStringLiteral("137****4567 — Too short for a number of China"));
    const QString emails = detailOf(f, "emails", f.poolCustomer);
    CHECK_FALSE(emails.contains(QStringLiteral("zs@example")));
    CHECK(emails.startsWith(QStringLiteral("1 invalid address")));   // how many, without them

    f.asAdmin();
    CHECK(detailOf(f, "phones", f.poolCustomer) == QStringLiteral("1371234567 — Too short for a number of China"));
    CHECK(detailOf(f, "emails", f.poolCustomer) == QStringLiteral("zs@example"));
}

TEST_CASE("Data quality lists a salesperson's own customer's faults in full", "[masking][dataquality]")
{
    TeamFile f;
    addFaults(f, f.lisCustomer, QStringLiteral("1381234567"), QStringLiteral("xm@example"));

    f.as(f.li);
    CHECK(detailOf(f, "phones", f.lisCustomer) == QStringLiteral("1381234567 — Too short for a number of China"));
    CHECK(detailOf(f, "emails", f.lisCustomer) == QStringLiteral("xm@example"));
}
