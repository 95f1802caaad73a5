#include "text/phone.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <list>
#include <set>
#include <string>

namespace guanxi {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

const PhoneNumberUtil &util()
{
    // GetInstance is made once under pthread_once (see the library's
    // singleton_posix.h); the const look-ups guard their regexp cache.
    return *PhoneNumberUtil::GetInstance();
}

std::string utf8(const QString &text) { return text.toStdString(); }
QString fromUtf8(const std::string &text) { return QString::fromStdString(text); }

PhoneType typeOf(PhoneNumberUtil::PhoneNumberType t)
{
    switch (t) {
    case PhoneNumberUtil::FIXED_LINE: return PhoneType::FixedLine;
    case PhoneNumberUtil::MOBILE: return PhoneType::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return PhoneType::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE: return PhoneType::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE: return PhoneType::PremiumRate;
    case PhoneNumberUtil::SHARED_COST: return PhoneType::SharedCost;
    case PhoneNumberUtil::VOIP: return PhoneType::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER: return PhoneType::PersonalNumber;
    case PhoneNumberUtil::PAGER: return PhoneType::Pager;
    case PhoneNumberUtil::UAN: return PhoneType::Uan;
    case PhoneNumberUtil::VOICEMAIL: return PhoneType::Voicemail;
    case PhoneNumberUtil::UNKNOWN: break;
    }
    return PhoneType::Unknown;
}

// Chinese extension markers ("转 8001", "分机 8001") as libphonenumber's own
// "ext.", and a leading 00 as +: the international prefix of most of the
// world, which libphonenumber reads only where it is the region's own.
QString prepared(const QString &raw)
{
    static const QRegularExpression chineseExtension(QStringLiteral("\\s*(转|轉|分机|分機)\\s*"));
    QString text = raw.trimmed();
    // Most numbers have neither: skip the expressions for them.
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x2E80; }))
        text.replace(chineseExtension, QStringLiteral(" ext. "));
    static const QRegularExpression doubleZero(QStringLiteral("^(00|００)"));
    if (text.startsWith(u'0') || text.startsWith(u'\uFF10'))
        text.replace(doubleZero, QStringLiteral("+"));
    return text;
}

struct Parsed {
    PhoneNumberUtil::ErrorType error = PhoneNumberUtil::NOT_A_NUMBER;
    LibNumber number;
    PhoneNumberUtil::PhoneNumberType type = PhoneNumberUtil::UNKNOWN;
    bool valid = false;
};

Parsed parse(const QString &text, const std::string &region)
{
    Parsed p;
    p.error = util().Parse(utf8(text), region, &p.number);
    // IsValidNumber is GetNumberType != UNKNOWN (both look the number up in
    // its region's ranges): one look-up gives both.
    if (p.error == PhoneNumberUtil::NO_PARSING_ERROR)
        p.type = util().GetNumberType(p.number);
    p.valid = p.type != PhoneNumberUtil::UNKNOWN;
    return p;
}

// "010-88886666-8001": a short group after the last dash is the extension
// when the number without it is valid and with it is not.
Parsed parseWithDashExtension(const QString &text, const std::string &region)
{
    Parsed whole = parse(text, region);
    static const QRegularExpression dashGroup(QStringLiteral("^(.*\\d[\\s)]*)[-－]\\s*(\\d{1,6})$"));
    const QRegularExpressionMatch m = dashGroup.match(text);
    if (whole.valid || !m.hasMatch())
        return whole;
    Parsed split = parse(m.captured(1) + QStringLiteral(" ext. ") + m.captured(2), region);
    return split.valid ? split : whole;
}

bool hasStrayLetters(const QString &text, const LibNumber &number)
{
    const bool letters = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
    // Letters are fine as an extension's marker ("ext.", "x") or in a vanity
    // number ("1-800-FLOWERS").
    return letters && !number.has_extension() && !util().IsAlphaNumber(utf8(text));
}

QString regionOf(int callingCode)
{
    std::string region;
    util().GetRegionCodeForCountryCode(callingCode, &region);
    return region == "ZZ" ? QString() : fromUtf8(region);
}

} // namespace

QString PhoneNumber::digits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width ０-９, as Chinese IMEs type them
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        if (c >= u'0' && c <= u'9')
            out += c;
    }
    return out;
}

namespace {

QString tooShort(const QString &text, const QString &place)
{
    return PhoneNumber::tr("“%1” is too short to be a phone number in %2; kept as written, not verified. Add the "
                           "area code, or + and the country code for a number from abroad.")
        .arg(text, place);
}

QString noSuchCountry(const QString &text)
{
    return PhoneNumber::tr("“%1” does not start with a country calling code that exists; kept as written, not "
                           "verified. Check the digits after the +.")
        .arg(text);
}

// Why a number that would not parse is not one; `place` names the region.
QString unparsedProblem(const QString &text, PhoneNumberUtil::ErrorType error, const QString &place)
{
    if (error == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR)
        return noSuchCountry(text);
    if (error == PhoneNumberUtil::TOO_LONG_NSN)
        return PhoneNumber::tr("“%1” has too many digits for a phone number; kept as written, not verified. "
                               "Check for extra digits, or write an extension as “ext. 123”.")
            .arg(text);
    if (PhoneNumber::digits(text).isEmpty())
        return PhoneNumber::tr("“%1” has no digits, so it is not a phone number; kept as written, not "
                               "verified. Enter the number's digits.")
            .arg(text);
    return tooShort(text, place);
}

QString parsedProblem(const QString &text, const LibNumber &number, const QString &place)
{
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return tooShort(text, place);
    case PhoneNumberUtil::TOO_LONG:
        return PhoneNumber::tr("“%1” is too long to be a phone number in %2; kept as written, not verified. "
                               "Check for an extra digit, or write an extension as “ext. 123”.")
            .arg(text, place);
    case PhoneNumberUtil::INVALID_LENGTH:
        return PhoneNumber::tr("“%1” has the wrong number of digits for a phone number in %2; kept as "
                               "written, not verified. Check the digits.")
            .arg(text, place);
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return noSuchCountry(text);
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    }
    return PhoneNumber::tr("“%1” is not a number in use in %2 (no such area code or range); kept as written, "
                           "not verified. Check the digits, or add + and the country code for a number from "
                           "abroad.")
        .arg(text, place);
}

} // namespace

PhoneCheck PhoneNumber::check(const QString &raw, const QString &region)
{
    // An import checks each number three times (reading the row, checking
    // the customer, saving it) at 15-25 µs a parse: the last few thousand
    // answers per thread are kept. The key holds a translated word so a
    // language switched at run time gives reasons in the new language.
    thread_local QHash<QString, PhoneCheck> recent;
    const QString key = region + u'\n' + tr("not verified") + u'\n' + raw;
    if (const auto it = recent.constFind(key); it != recent.constEnd())
        return *it;
    if (recent.size() >= 4096)
        recent.clear();
    return *recent.insert(key, checkUncached(raw, region));
}

PhoneCheck PhoneNumber::checkUncached(const QString &raw, const QString &region)
{
    PhoneCheck out;
    const QString text = raw.trimmed();
    const std::string home = utf8(region.toUpper());
    if (text.isEmpty()) {
        out.problem = tr("Enter a phone number.");
        return out;
    }
    const Parsed p = parseWithDashExtension(prepared(text), home);
    if (p.error != PhoneNumberUtil::NO_PARSING_ERROR) {
        out.problem = unparsedProblem(text, p.error, regionName(region));
        return out;
    }
    const QString place = regionName(regionOf(p.number.country_code()));
    if (hasStrayLetters(text, p.number)) {
        out.problem = tr("“%1” has letters in it; kept as written, not verified. Keep only the digits, or "
                         "write an extension as “ext. 123”.")
                          .arg(text);
        return out;
    }
    if (!p.valid) {
        out.problem = parsedProblem(text, p.number, place);
        return out;
    }
    std::string e164;
    util().Format(p.number, PhoneNumberUtil::E164, &e164);
    out.e164 = fromUtf8(e164);
    if (p.number.has_extension()) {
        out.extension = fromUtf8(p.number.extension());
        out.e164 += QStringLiteral(";ext=") + out.extension;
    }
    // A calling code shared by several regions (+1, +7, +44) needs the
    // number's ranges to tell which; the others have one.
    std::list<std::string> shared;
    util().GetRegionCodesForCountryCallingCode(p.number.country_code(), &shared);
    std::string numberRegion = shared.empty() ? std::string() : shared.front();
    if (shared.size() > 1)
        util().GetRegionCodeForNumber(p.number, &numberRegion);
    out.region = fromUtf8(numberRegion);
    out.type = typeOf(p.type);
    return out;
}

QStringList PhoneNumber::regions()
{
    std::set<std::string> all;
    util().GetSupportedRegions(&all);
    QStringList out;
    for (const std::string &r : all)
        out << fromUtf8(r);
    return out; // std::set is sorted
}

QString PhoneNumber::regionForCountryCode(const QString &callingCode)
{
    QString code = callingCode.trimmed();
    if (code.startsWith(u'+'))
        code = code.mid(1);
    bool ok = false;
    const int number = code.toInt(&ok);
    return ok && number > 0 ? regionOf(number) : QString();
}

int PhoneNumber::countryCode(const QString &region)
{
    return util().GetCountryCodeForRegion(utf8(region.toUpper()));
}

QStringList PhoneNumber::regionsByName()
{
    QList<std::pair<QString, QString>> named; // name, code
    for (const QString &code : regions())
        named.append({regionName(code), code});
    const QCollator collator;
    std::sort(named.begin(), named.end(), [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    QStringList out;
    for (const auto &entry : named)
        out << entry.second;
    return out;
}

QString PhoneNumber::regionName(const QString &region)
{
    // ICU names every region in the user's language (英国, Royaume-Uni);
    // Qt names only the user's own territory in it.
    const icu::Locale place("", region.toUpper().toLatin1().constData());
    const icu::Locale reader(QLocale().name().toLatin1().constData());
    icu::UnicodeString name;
    place.getDisplayCountry(reader, name);
    if (name.isEmpty() || name == icu::UnicodeString::fromUTF8(region.toUpper().toStdString()))
        return region;
    return QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
}

QString PhoneNumber::typeLabel(PhoneType type)
{
    switch (type) {
    case PhoneType::FixedLine: return tr("landline");
    case PhoneType::Mobile: return tr("mobile");
    case PhoneType::FixedLineOrMobile: return tr("landline or mobile");
    case PhoneType::TollFree: return tr("toll-free");
    case PhoneType::PremiumRate: return tr("premium rate");
    case PhoneType::SharedCost: return tr("shared cost");
    case PhoneType::Voip: return tr("internet (VoIP)");
    case PhoneType::PersonalNumber: return tr("personal number");
    case PhoneType::Pager: return tr("pager");
    case PhoneType::Uan: return tr("company number (UAN)");
    case PhoneType::Voicemail: return tr("voicemail");
    case PhoneType::Unknown: break;
    }
    return tr("unknown kind");
}

} // namespace guanxi
