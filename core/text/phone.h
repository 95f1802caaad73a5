#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

// Phone numbers as typed ("138 1234 5678", "010-8888 6666", "+1 (415) 555-0100")
// to E.164 ("+8613812345678"). Numbers without a country code take the default
// country code (86 unless Settings say otherwise) and lose a leading trunk 0.
struct PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    static Result<QString> toE164(const QString &raw, const QString &defaultCountryCode = QStringLiteral("86"));
    // Only the digits of a string, e.g. for search keys.
    static QString digits(const QString &text);
};

} // namespace guanxi
