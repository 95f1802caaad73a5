#include "salesfile.h"

#include "benchdata.h"
#include "benchmeasure.h"
#include "platform/db/database.h"

#include <QDate>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace guanxi::bench {

namespace {

sqlite3 *rawHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
}

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, error ? error : "?");
        sqlite3_free(error);
        return false;
    }
    return true;
}

struct Statement {
    sqlite3_stmt *s = nullptr;
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(s); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool step()
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE)
            std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(sqlite3_db_handle(s)));
        return rc == SQLITE_DONE;
    }
    void text(int i, const char *t, int n = -1) { sqlite3_bind_text(s, i, t, n, SQLITE_TRANSIENT); }
    void integer(int i, qint64 v) { sqlite3_bind_int64(s, i, v); }
    void null(int i) { sqlite3_bind_null(s, i); }
};

struct OrderDraft {
    qint32 day;        // days after the first day
    qint32 customer;   // index, 0-based
};

const QDate firstDay(2022, 1, 1);
constexpr int days = 4 * 365 + 1;

// The names: the 12 commonest family names and 16 of the common given names
// (indexes into commonGiven), in the order this file has always drawn them,
// so the same counts give the same file.
constexpr int salesFamilies = 12;
constexpr int salesGiven[] = {0, 1, 2, 4, 5, 7, 8, 10, 12, 11, 9, 13, 14, 15, 16, 17};

// Draws and writes the customers, and returns who buys (weight), from when
// to when, in which currency.
class SalesFile {
public:
    SalesFile(sqlite3 *db, qint64 customers, qint64 orders)
        : m_db(db), m_customers(customers), m_orders(orders), m_weight(size_t(customers), 0.0),
          m_from(size_t(customers)), m_to(size_t(customers)), m_usd(size_t(customers))
    {
    }
    bool dropIndexes();
    bool writeCustomers();
    bool writeOrders();
    bool rebuildIndexes();

private:
    std::vector<OrderDraft> draftOrders();
    const char *status();

    sqlite3 *m_db;
    const qint64 m_customers, m_orders;
    std::mt19937_64 m_rng{20261122};
    std::uniform_real_distribution<double> m_unit{0, 1};
    std::normal_distribution<double> m_normal{0, 1};
    std::vector<double> m_weight;
    std::vector<qint32> m_from, m_to;
    std::vector<bool> m_usd;
    std::vector<std::string> m_indexes;   // their CREATE statements
};

// Inserting into bare tables and building the indexes afterwards is much
// faster; the indexes come back from their own CREATE statements.
bool SalesFile::dropIndexes()
{
    std::vector<std::string> names;
    {
        Statement q(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                          "AND tbl_name IN ('customers', 'orders')");
        while (sqlite3_step(q.s) == SQLITE_ROW) {
            names.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q.s, 0)));
            m_indexes.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q.s, 1)));
        }
    }
    for (const std::string &name : names)
        if (!exec(m_db, ("DROP INDEX " + name).c_str()))
            return false;
    return true;
}

bool SalesFile::writeCustomers()
{
    static const char *stages[] = {"lead", "prospect", "customer", "loyal", "churned"};
    Stopwatch step;
    exec(m_db, "BEGIN");
    {
        Statement ins(m_db, "INSERT INTO customers (id, kind, name, name_sort, stage, created_at, updated_at, "
                            "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (qint64 i = 0; i < m_customers; ++i) {
            const size_t k = size_t(i);
            const bool company = m_unit(m_rng) < 0.08;
            const Word &s = families[m_rng() % salesFamilies];
            const Word &g1 = commonGiven[salesGiven[m_rng() % 16]];
            const Word &g2 = commonGiven[salesGiven[m_rng() % 16]];
            QByteArray name, sort;
            if (company) {
                name = QByteArray(s.text) + g1.text + "贸易有限公司" + QByteArray::number(i);
                sort = QByteArray(s.latin) + g1.latin + " maoyi youxian gongsi " + QByteArray::number(i);
            } else {
                name = QByteArray(s.text) + g1.text + (m_rng() % 2 ? g2.text : "");
                sort = QByteArray(s.latin) + g1.latin + g2.latin;
            }
            m_from[k] = qint32(m_rng() % (days - 30));
            m_to[k] = m_unit(m_rng) < 0.35 ? m_from[k] + qint32(m_rng() % quint64(days - m_from[k])) : days - 1;
            if (m_unit(m_rng) >= 0.12)
                m_weight[k] = std::exp(1.5 * m_normal(m_rng));
            m_usd[k] = m_unit(m_rng) < 0.02;
            const QByteArray created = firstDay.addDays(m_from[k]).toString(Qt::ISODate).toLatin1() + "T01:02:03Z";
            ins.integer(1, i + 1);
            ins.text(2, company ? "company" : "person");
            ins.text(3, name.constData(), int(name.size()));
            ins.text(4, sort.constData(), int(sort.size()));
            ins.text(5, stages[m_rng() % 5]);
            ins.text(6, created.constData());
            ins.text(7, created.constData());
            if (m_unit(m_rng) < 0.01)
                ins.text(8, "2025-12-01T00:00:00Z");
            else
                ins.null(8);
            if (!ins.step())
                return false;
        }
    }
    exec(m_db, "COMMIT");
    std::printf("  customers: %s in %.1f s\n", qPrintable(grouped(m_customers)), step.seconds());
    std::fflush(stdout);
    return true;
}

// Orders per customer: at least one for every buyer, the rest by weight;
// each on a day of the customer's active period, in date order.
std::vector<OrderDraft> SalesFile::draftOrders()
{
    std::vector<qint64> count(size_t(m_customers), 0);
    qint64 buyers = 0;
    double sum = 0;
    for (qint64 i = 0; i < m_customers; ++i)
        if (m_weight[size_t(i)] > 0) {
            ++buyers;
            sum += m_weight[size_t(i)];
        }
    qint64 assigned = 0;
    const qint64 spare = std::max<qint64>(0, m_orders - buyers);
    for (qint64 i = 0; i < m_customers && assigned < m_orders; ++i)
        if (m_weight[size_t(i)] > 0) {
            count[size_t(i)] = 1 + qint64(double(spare) * m_weight[size_t(i)] / sum);
            assigned += count[size_t(i)];
        }
    while (assigned < m_orders) {   // the rounding remainder, one each to random buyers
        const qint64 i = qint64(m_rng() % quint64(m_customers));
        if (m_weight[size_t(i)] > 0) {
            ++count[size_t(i)];
            ++assigned;
        }
    }
    std::vector<OrderDraft> drafts;
    drafts.reserve(size_t(m_orders));
    for (qint64 i = 0; i < m_customers; ++i)
        for (qint64 k = 0; k < count[size_t(i)] && qint64(drafts.size()) < m_orders; ++k)
            drafts.push_back({m_from[size_t(i)] + qint32(m_rng() % quint64(m_to[size_t(i)] - m_from[size_t(i)] + 1)),
                              qint32(i)});
    // Orders are entered as they happen: ids in date order.
    std::stable_sort(drafts.begin(), drafts.end(), [](const OrderDraft &a, const OrderDraft &b) { return a.day < b.day; });
    return drafts;
}

// Older orders have moved further along; recent ones are still drafts or signed.
const char *SalesFile::status()
{
    const double u = m_unit(m_rng);
    return u < 0.08 ? "draft" : u < 0.20 ? "cancelled" : u < 0.32 ? "signed" : u < 0.45 ? "delivered" : "paid";
}

bool SalesFile::writeOrders()
{
    Stopwatch step;
    const std::vector<OrderDraft> drafts = draftOrders();
    std::vector<QByteArray> dates(days);
    for (int d = 0; d < days; ++d)
        dates[size_t(d)] = firstDay.addDays(d).toString(Qt::ISODate).toLatin1();
    exec(m_db, "BEGIN");
    {
        Statement ins(m_db, "INSERT INTO orders (id, number, customer_id, order_date, status, currency, total_minor, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        char number[32];
        for (size_t i = 0; i < drafts.size(); ++i) {
            const OrderDraft &o = drafts[i];
            const char *orderStatus = status();
            const bool foreign = m_usd[size_t(o.customer)] && m_unit(m_rng) < 0.8;
            const qint64 total = std::min<qint64>(qint64(std::exp(11.5 + 1.2 * m_normal(m_rng))), 2000000000) / 100 * 100;
            std::snprintf(number, sizeof number, "SO%09zu", i + 1);
            const QByteArray &date = dates[size_t(o.day)];
            const QByteArray stamp = date + "T09:30:00Z";
            ins.integer(1, qint64(i) + 1);
            ins.text(2, number);
            ins.integer(3, qint64(o.customer) + 1);
            ins.text(4, date.constData(), int(date.size()));
            ins.text(5, orderStatus);
            ins.text(6, foreign ? "USD" : "CNY");
            ins.integer(7, total);
            ins.text(8, stamp.constData(), int(stamp.size()));
            ins.text(9, stamp.constData(), int(stamp.size()));
            if (!ins.step())
                return false;
            if ((i + 1) % 2000000 == 0) {
                exec(m_db, "COMMIT");
                exec(m_db, "BEGIN");
            }
        }
    }
    exec(m_db, "COMMIT");
    std::printf("  orders: %s in %.1f s\n", qPrintable(grouped(m_orders)), step.seconds());
    std::fflush(stdout);
    return true;
}

bool SalesFile::rebuildIndexes()
{
    Stopwatch step;
    for (const std::string &sql : m_indexes)
        if (!exec(m_db, sql.c_str()))
            return false;
    std::printf("  %zu indexes rebuilt in %.1f s\n", m_indexes.size(), step.seconds());
    return true;
}

} // namespace

bool writeSalesFile(const QString &path, qint64 customers, qint64 orders)
{
    Stopwatch total;
    auto opened = Database::open(path);   // creates the file with the real migrations
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return false;
    }
    sqlite3 *db = rawHandle(**opened);
    if (!db)
        return false;
    exec(db, "PRAGMA synchronous = OFF");
    exec(db, "PRAGMA foreign_keys = OFF");   // every reference is valid by construction
    exec(db, "PRAGMA cache_size = -1000000");
    SalesFile file(db, customers, orders);
    if (!file.dropIndexes() || !file.writeCustomers() || !file.writeOrders() || !file.rebuildIndexes())
        return false;
    Stopwatch step;
    // Statistics, as a file in use has them (the app runs PRAGMA optimize on close).
    exec(db, "ANALYZE");
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    std::printf("  ANALYZE and checkpoint in %.1f s; generated in %.1f s\n", step.seconds(), total.seconds());
    return true;
}

} // namespace guanxi::bench
