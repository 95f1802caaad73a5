#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

// What kind of line a number is, as libphonenumber knows it from its ranges.
enum class PhoneType {
    Unknown,
    FixedLine,
    Mobile,
    FixedLineOrMobile, // some countries (US, CN's 400 aside) share ranges
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    PersonalNumber,
    Pager,
    Uan,
    Voicemail,
};

// The outcome of checking one number as written.
struct PhoneCheck {
    // "+8613812345678"; with an extension, RFC 3966's "+442079460958;ext=5555".
    // Empty when the number is not verified: it is kept as written only.
    QString e164;
    QString extension;  // "5555"; empty when none
    QString region;     // ISO 3166 region the number belongs to ("GB"); empty when not verified
    PhoneType type = PhoneType::Unknown;
    // Empty when verified; otherwise what is wrong with the number, that it
    // was kept as written, and what to do (translated).
    QString problem;
    bool verified() const { return problem.isEmpty(); }
};

// Phone numbers as typed ("138 1234 5678", "010-8888 6666", "+1 (415) 555-0100",
// "020 7946 0958 ext. 5555") checked with libphonenumber: the region comes
// from an explicit + (or 00), else the region given (ISO 3166: "CN", "GB").
// Safe to call from any thread (libphonenumber's instance is made once, under
// pthread_once, and its look-ups are const).
struct PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    static PhoneCheck check(const QString &raw, const QString &region);
    // Only the digits of a string (full-width ones too), e.g. for search keys.
    static QString digits(const QString &text);

    // The regions libphonenumber knows, sorted by code.
    static QStringList regions();
    // The same, sorted by regionName() as the user's language sorts it (for a choice).
    static QStringList regionsByName();
    // The main region of a country calling code: "86" -> "CN", "1" -> "US";
    // empty for a code no country has.
    static QString regionForCountryCode(const QString &callingCode);
    // The calling code of a region: "CN" -> 86; 0 when unknown.
    static int countryCode(const QString &region);
    // The region's name in the user's language, from ICU ("英国" in a Chinese
    // UI, "United Kingdom" in an English one); the code when unknown.
    static QString regionName(const QString &region);
    static QString typeLabel(PhoneType type);

private:
    static PhoneCheck checkUncached(const QString &raw, const QString &region);
};

} // namespace guanxi
