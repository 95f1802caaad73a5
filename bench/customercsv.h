#pragma once

// The customer file guanxi-bench-import imports: Chinese and English people
// (a few companies on their own rows, 1 % typed in twice), +86 mobiles in
// mixed formats, e-mails, 20,000 companies, cities, tags; and what
// CustomerImport should make of it. Deterministic: row i is the same in
// every run and every file size.
#include "benchdata.h"

#include <QSet>
#include <QString>

namespace guanxi::bench {

// The file's columns, as a Chinese CRM or spreadsheet would head them.
inline const char *const header[] = {"姓名", "类型", "公司", "职位", "手机", "电话", "邮箱", "省份",
                              "城市", "地址", "来源", "阶段", "标签", "生日", "备注"};
enum Col {
    Name,
    Kind,
    Company,
    JobTitle,
    Mobile,
    Tel,
    Mail,
    Province,
    CityCol,
    Address,
    Source,
    StageCol,
    Tags,
    Birthday,
    Notes,
    Columns
};

struct GenRow {
    QByteArray cells[Columns];
    bool company = false;
    QByteArray mobile; // 11 national digits (persons)
    quint64 phones[2] = {0, 0};
    int phoneCount = 0;
    quint64 email = 0;      // hash of the lower-case address, 0 = none
    quint64 companyKey = 0; // hash of CompanyName::key, 0 = none
    quint64 nameKey = 0;
};

// Row i of the file: a person, a company, or an earlier person again.
class CustomerRows {
public:
    explicit CustomerRows(const CompanyPool &pool) : m_pool(pool) {}
    GenRow row(qint64 i) const;

private:
    GenRow person(qint64 i) const;
    GenRow company(qint64 i) const;
    GenRow duplicate(qint64 i) const;

    const CompanyPool &m_pool;
};

// What CustomerImport should find, by the rules it applies (keys tried in
// order phone, e-mail, company name, name + company): kept as hashes so the
// generator can tell the expected created and skipped counts.
struct Expectation {
    qint64 rows = 0, created = 0, companiesCreated = 0;
    qint64 dupPhone = 0, dupEmail = 0, dupCompany = 0, dupNameCompany = 0;
    QSet<quint64> phones, emails, companies, nameCompany;

    qint64 skipped() const { return dupPhone + dupEmail + dupCompany + dupNameCompany; }

    void add(const GenRow &g);
    void release()
    {
        phones = {};
        emails = {};
        companies = {};
        nameCompany = {};
    }
};

struct Generated {
    QString path;
    Expectation expect;
    double seconds = 0;
    qint64 bytes = 0;
};

// Writes rows 0..n-1 as UTF-8 CSV with a BOM (as Excel saves "CSV UTF-8").
// With reuse, an earlier complete file of the same size is kept (the
// expectation is recomputed; it costs little next to writing).
bool writeCustomerCsv(const CustomerRows &rows, qint64 n, const QString &path, bool reuse, Generated &out);

} // namespace guanxi::bench
