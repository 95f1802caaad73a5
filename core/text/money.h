#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

// Amounts as people type them ("12,345.67", "¥1 000", "12345") to integer
// minor units (fen, cents), without ever passing through floating point.
struct Money {
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    // Largest amount accepted: 10^13 major units (ten trillion), far below
    // qint64's limit so sums of many deals cannot overflow either.
    static constexpr qint64 maxMinor = 1000000000000000LL;
    static Result<qint64> parse(const QString &text);
    // 1234567 -> "12345.67" (no grouping, for editing and CSV).
    static QString plain(qint64 minor);
    // 1234567 -> "12,345.67" as the default locale groups and writes it (for reading).
    static QString grouped(qint64 minor);
};

} // namespace guanxi
