// Phone numbers through libphonenumber: E.164 for the numbers it verifies,
// the same values as before for the numbers that read the same, and every
// other number kept as written with the reason it is not verified.
#include "corehelpers.h"

#include "text/phone.h"

#include <QThread>

#include <atomic>

using namespace guanxi;
using namespace guanxi::test;

namespace {

struct PhoneCase {
    const char16_t *raw;
    const char *region;
    const char16_t *e164; // nullptr: kept as written, not verified
};

void checkCases(const QList<PhoneCase> &cases)
{
    for (const PhoneCase &c : cases) {
        const QString raw = QString::fromUtf16(c.raw);
        const QString region = QString::fromLatin1(c.region);
        INFO("raw \"" << str(raw) << "\" with region " << str(region));
        const PhoneCheck check = PhoneNumber::check(raw, region);
        if (c.e164) {
            CHECK(check.problem == QString());
            CHECK(check.e164 == QString::fromUtf16(c.e164));
        } else {
            CHECK_FALSE(check.verified());
            CHECK(check.e164.isEmpty());
            CHECK_FALSE(check.problem.isEmpty());
        }
    }
}

} // namespace

TEST_CASE("Phone numbers as people type them become the E.164 they always did", "[text][phone]")
{
    checkCases({
        // Mainland China, the default region.
        {u"138 1234 5678", "CN", u"+8613812345678"},
        {u"13812345678", "CN", u"+8613812345678"},
        {u"138-1234-5678", "CN", u"+8613812345678"},
        {u"  138.1234.5678  ", "CN", u"+8613812345678"},
        {u"+86 138 1234 5678", "CN", u"+8613812345678"},
        {u"+86 (138) 1234-5678", "CN", u"+8613812345678"},
        {u"0086 138 1234 5678", "CN", u"+8613812345678"},
        {u"008613812345678", "CN", u"+8613812345678"},
        {u"8613812345678", "CN", u"+8613812345678"},
        {u"010-8888 6666", "CN", u"+861088886666"},
        {u"(010) 8888-6666", "CN", u"+861088886666"},
        {u"10 8888 6666", "CN", u"+861088886666"},
        {u"021 6123 4567", "CN", u"+862161234567"},
        {u"0755-2345 6789", "CN", u"+8675523456789"},
        // Full-width digits, plus, brackets, dash and ideographic space from a Chinese IME.
        {u"１３８１２３４５６７８", "CN", u"+8613812345678"},
        {u"＋８６　１３８　１２３４　５６７８", "CN", u"+8613812345678"},
        {u"（０１０）８８８８－６６６６", "CN", u"+861088886666"},
        // A plus (or 00) always wins over the region.
        {u"+1 (415) 555-0100", "CN", u"+14155550100"},
        {u"+44 20 7946 0958", "CN", u"+442079460958"},
        {u"0044 20 7946 0958", "CN", u"+442079460958"},
        {u"+44 (0)20 7946 0958", "CN", u"+442079460958"},
        {u"+44 (0)20 7946 0958", "GB", u"+442079460958"},
        // Region US: North America dials a leading 1, and 011 to go abroad.
        {u"415 555 0100", "US", u"+14155550100"},
        {u"(415) 555-0100", "US", u"+14155550100"},
        {u"1 (415) 555-0100", "US", u"+14155550100"},
        {u"+1 415 555 0100", "US", u"+14155550100"},
        {u"+86 138 1234 5678", "US", u"+8613812345678"},
        {u"011 86 138 1234 5678", "US", u"+8613812345678"},
        // Region GB: the trunk 0 goes.
        {u"020 7946 0958", "GB", u"+442079460958"},
        {u"+44 20 7946 0958", "gb", u"+442079460958"},
    });
}

TEST_CASE("Numbers that are not verified are kept as written, with a reason", "[text][phone]")
{
    checkCases({
        {u"138 1234 567", "CN", nullptr},   // a mobile with a digit missing
        {u"1591234567", "CN", nullptr},
        {u"138 1234 56789", "CN", nullptr}, // 12-digit "mobile"
        // Changsha has had 8-digit numbers since 2008; this is an old 7-digit one.
        {u"0731-4369405", "CN", nullptr},
        {u"13812345678", "GB", nullptr},    // a Chinese mobile read as British
        {u"138 1234 567a", "CN", nullptr},
        {u"+86 138 1234 5678 (mobile)", "CN", nullptr},
        {u"call me", "CN", nullptr},
        {u"138*1234#5678", "CN", nullptr},
        {u"1+38 1234 5678", "CN", nullptr},
        {u"", "CN", nullptr},
        {u"   ", "CN", nullptr},
        {u"12345", "CN", nullptr},
        {u"1", "CN", nullptr},
        {u"801", "CN", nullptr},
        {u"+1 234", "CN", nullptr},
        {u"+1234567890123456", "CN", nullptr}, // 16 digits
        {u"00 1234567890123456", "CN", nullptr},
        {u"+0 123 4567 890", "CN", nullptr},
        {u"+", "CN", nullptr},
    });
}

TEST_CASE("A foreign number written without + is read in the region given", "[text][phone]")
{
    // (111) 555-1111 is how Google's sample contacts write a US number; 111 is
    // no area code in use, so libphonenumber reads it but does not verify it.
    const PhoneCheck us = PhoneNumber::check(QStringLiteral("(111) 555-1111"), QStringLiteral("US"));
    CHECK_FALSE(us.verified());
    CHECK(us.problem.contains(QStringLiteral("“(111) 555-1111”")));
    CHECK(us.problem.contains(QStringLiteral("United States")));
    CHECK(us.problem.contains(QStringLiteral("not verified")));
    const PhoneCheck real = PhoneNumber::check(QStringLiteral("(415) 555-0100"), QStringLiteral("US"));
    CHECK(real.e164 == QStringLiteral("+14155550100"));
    CHECK(real.region == QStringLiteral("US"));

    // The same written with region China is no Chinese number either.
    const PhoneCheck cn = PhoneNumber::check(QStringLiteral("(111) 555-1111"), QStringLiteral("CN"));
    CHECK_FALSE(cn.verified());
    CHECK(cn.e164.isEmpty());

    // With a + the region does not matter.
    const PhoneCheck uk = PhoneNumber::check(QStringLiteral("+44 20 7946 0958"), QStringLiteral("CN"));
    CHECK(uk.e164 == QStringLiteral("+442079460958"));
    CHECK(uk.region == QStringLiteral("GB"));
    CHECK(uk.type == PhoneType::FixedLine);
}

TEST_CASE("An extension is kept, in RFC 3966 form after the E.164 number", "[text][phone]")
{
    const PhoneCheck uk = PhoneNumber::check(QStringLiteral("020 7946 0958 ext. 5555"), QStringLiteral("GB"));
    CHECK(uk.verified());
    CHECK(uk.e164 == QStringLiteral("+442079460958;ext=5555"));
    CHECK(uk.extension == QStringLiteral("5555"));
    CHECK(PhoneNumber::check(QStringLiteral("020 7946 0958 x123"), QStringLiteral("GB")).e164
          == QStringLiteral("+442079460958;ext=123"));
    CHECK(PhoneNumber::check(QStringLiteral("138 1234 5678 ext 12"), QStringLiteral("CN")).e164
          == QStringLiteral("+8613812345678;ext=12"));
    // How Chinese business cards write one: 转 (transfer to), 分机, or a dash.
    CHECK(PhoneNumber::check(QStringLiteral("010-8888 6666 转 8001"), QStringLiteral("CN")).e164
          == QStringLiteral("+861088886666;ext=8001"));
    CHECK(PhoneNumber::check(QStringLiteral("010-88886666分机8001"), QStringLiteral("CN")).e164
          == QStringLiteral("+861088886666;ext=8001"));
    CHECK(PhoneNumber::check(QStringLiteral("010-88886666-8001"), QStringLiteral("CN")).e164
          == QStringLiteral("+861088886666;ext=8001"));
    // A dash inside a number is not an extension.
    CHECK(PhoneNumber::check(QStringLiteral("138-1234-5678"), QStringLiteral("CN")).extension.isEmpty());
}

TEST_CASE("Speed dials and internal extensions say why they are not verified", "[text][phone]")
{
    const PhoneCheck speedDial = PhoneNumber::check(QStringLiteral("1"), QStringLiteral("CN"));
    CHECK_FALSE(speedDial.verified());
    CHECK(speedDial.problem.contains(QStringLiteral("“1”")));
    CHECK(speedDial.problem.contains(QStringLiteral("too short")));
    const PhoneCheck internal = PhoneNumber::check(QStringLiteral("801"), QStringLiteral("CN"));
    CHECK(internal.problem.contains(QStringLiteral("“801” is too short to be a phone number in China")));
    CHECK(internal.problem.contains(QStringLiteral("kept as written, not verified")));
    const PhoneCheck letters = PhoneNumber::check(QStringLiteral("138 1234 567a"), QStringLiteral("CN"));
    CHECK(letters.problem.contains(QStringLiteral("letters")));
    const PhoneCheck noCountry = PhoneNumber::check(QStringLiteral("+0 123 4567 890"), QStringLiteral("CN"));
    CHECK(noCountry.problem.contains(QStringLiteral("country calling code")));
}

TEST_CASE("The kind of line comes from libphonenumber's ranges", "[text][phone]")
{
    CHECK(PhoneNumber::check(QStringLiteral("138 1234 5678"), QStringLiteral("CN")).type == PhoneType::Mobile);
    CHECK(PhoneNumber::check(QStringLiteral("010-8888 6666"), QStringLiteral("CN")).type == PhoneType::FixedLine);
    // 400 numbers split the cost between caller and company; 800 ones are free.
    CHECK(PhoneNumber::check(QStringLiteral("400-810-8888"), QStringLiteral("CN")).type == PhoneType::SharedCost);
    CHECK(PhoneNumber::check(QStringLiteral("800-810-8888"), QStringLiteral("CN")).type == PhoneType::TollFree);
    CHECK(PhoneNumber::check(QStringLiteral("801"), QStringLiteral("CN")).type == PhoneType::Unknown);
    CHECK_FALSE(PhoneNumber::typeLabel(PhoneType::Mobile).isEmpty());
}

TEST_CASE("Regions and calling codes map both ways", "[text][phone]")
{
    CHECK(PhoneNumber::regionForCountryCode(QStringLiteral("86")) == QStringLiteral("CN"));
    CHECK(PhoneNumber::regionForCountryCode(QStringLiteral("+1")) == QStringLiteral("US"));
    CHECK(PhoneNumber::regionForCountryCode(QStringLiteral("44")) == QStringLiteral("GB"));
    CHECK(PhoneNumber::regionForCountryCode(QStringLiteral("852")) == QStringLiteral("HK"));
    CHECK(PhoneNumber::regionForCountryCode(QStringLiteral("999")).isEmpty());
    CHECK(PhoneNumber::regionForCountryCode(QStringLiteral("abc")).isEmpty());
    CHECK(PhoneNumber::countryCode(QStringLiteral("CN")) == 86);
    const QStringList regions = PhoneNumber::regions();
    CHECK(regions.contains(QStringLiteral("CN")));
    CHECK(regions.contains(QStringLiteral("GB")));
    CHECK(regions.size() > 200);
}

TEST_CASE("Regions are named in the user's language, every one of them", "[text][phone]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    CHECK(PhoneNumber::regionName(QStringLiteral("GB")) == QStringLiteral("英国"));
    CHECK(PhoneNumber::regionName(QStringLiteral("US")) == QStringLiteral("美国"));
    CHECK(PhoneNumber::regionName(QStringLiteral("CN")) == QStringLiteral("中国"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    CHECK(PhoneNumber::regionName(QStringLiteral("GB")) == QStringLiteral("United Kingdom"));
    CHECK(PhoneNumber::regionName(QStringLiteral("gb")) == QStringLiteral("United Kingdom"));
    // A code no one knows is shown as it is.
    CHECK(PhoneNumber::regionName(QStringLiteral("QQ")) == QStringLiteral("QQ"));
    QLocale::setDefault(before);
}

TEST_CASE("Phone checks give the same answers on many threads at once", "[text][phone]")
{
    // Imports check numbers on a worker thread while a form checks them on
    // the UI thread: libphonenumber's one instance is shared.
    std::atomic_int wrong = 0;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t)
        threads << QThread::create([&wrong] {
            for (int i = 0; i < 200; ++i) {
                if (PhoneNumber::check(QStringLiteral("138 1234 5678"), QStringLiteral("CN")).e164
                    != QStringLiteral("+8613812345678"))
                    ++wrong;
                if (PhoneNumber::check(QStringLiteral("801"), QStringLiteral("CN")).verified())
                    ++wrong;
            }
        });
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    CHECK(wrong == 0);
}

TEST_CASE("PhoneNumber::digits keeps only digits", "[text][phone]")
{
    CHECK(PhoneNumber::digits(QStringLiteral("+86 (138) 1234-5678")) == QStringLiteral("8613812345678"));
    CHECK(PhoneNumber::digits(QStringLiteral("１３８")) == QStringLiteral("138"));
    CHECK(PhoneNumber::digits(QStringLiteral("abc")).isEmpty());
}

TEST_CASE("The regions to choose from are every region, in the order of their names", "[text][phone]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QStringList byName = PhoneNumber::regionsByName();
    QStringList codes = PhoneNumber::regions();
    QStringList sorted = byName;
    sorted.sort();
    codes.sort();
    CHECK(sorted == codes);
    // By name the United Kingdom (GB) comes after Japan (JP); by code it comes before.
    CHECK(byName.indexOf(QStringLiteral("GB")) > byName.indexOf(QStringLiteral("JP")));
    CHECK(byName.indexOf(QStringLiteral("GB")) < byName.indexOf(QStringLiteral("US")));
    QLocale::setDefault(before);
}
