#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace guanxi {

class Session;
struct SalesScope;

// What the funnel, trend and cohort reports are run for. Dates are local
// calendar dates; either end may be open (each report says what it uses).
struct SalesFilter {
    QDate from;
    QDate to;
    qint64 ownerId = 0;      // 0: everyone
    qint64 sourceId = 0;     // customer source channel; 0: every source
    // Empty: every currency, amounts in the base currency (CurrencyRates);
    // else only orders and deals in this currency, not converted.
    QString currency;
    QString base = QStringLiteral("CNY");   // set by the reports when they run (withBase)
    // The currency of the report's amounts.
    QString amountsIn() const { return currency.isEmpty() ? base : currency.toUpper(); }
};

// Which report a dashboard card (or anything else) opens.
enum class SalesReportKind { Funnel, Trend, Cohort };

struct SalesFilters {
    Q_DECLARE_TR_FUNCTIONS(SalesFilters)
public:
    // Refuses a window that ends before it starts, or a currency that is
    // neither empty nor three letters.
    static Status validate(const SalesFilter &filter);
    static SalesScope scope(const SalesFilter &filter);
    // The filter with `base` set to the file's base currency.
    static Result<SalesFilter> withBase(Session &session, const SalesFilter &filter);
    // Local midnight at the start of a day, as a UTC instant.
    static QDateTime startOfDay(const QDate &day);
    static QDate firstOfMonth(const QDate &day) { return QDate(day.year(), day.month(), 1); }
    // "Salesperson: 王芳", "Source: Website form", "Currency: only USD": the
    // translated filter lines of a Report, after the window line.
    static Result<QStringList> describe(Session &session, const SalesFilter &filter);
    // Display names of users and source channels by id (0: “No owner” /
    // “No source”), for report rows.
    static Result<QHash<qint64, QString>> ownerNames(Session &session);
    static Result<QHash<qint64, QString>> sourceNames(Session &session);
};

} // namespace guanxi
