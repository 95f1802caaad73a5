#include "benchdata.h"

#include "text/companyname.h"

#include <QSet>
#include <QString>

namespace guanxi::bench {

void CompanyPool::build(int target)
{
    Rng r(20261122);
    QSet<QString> seen;
    int attempts = 0;
    while (names.size() < target && attempts++ < target * 50) {
        QByteArray name, variant, domain;
        if (r.chance(92)) {
            const City &c = cities[r.skewed(count(cities))];
            const QByteArray brand = brands[r.below(count(brands))];
            const QByteArray industry = industries[r.below(count(industries))];
            const QByteArray suffix = companySuffixes[r.below(count(companySuffixes))];
            const int form = r.below(10);
            if (form < 7) {
                variant = QByteArray(c.city) + brand + industry;
                name = variant + suffix;
            } else if (form < 9) {
                variant = brand + industry + "(" + c.city + ")";
                name = brand + industry + "（" + c.city + "）" + suffix;
            } else {
                variant = brand + industry;
                name = variant + "集团";
            }
        } else {
            const QByteArray word = enWords[r.below(count(enWords))];
            const QByteArray industry = enIndustries[r.below(count(enIndustries))];
            variant = enPlaces[r.below(count(enPlaces))] + word + ' ' + industry;
            name = variant + ' ' + enSuffixes[r.below(count(enSuffixes))];
            domain = (word + industry).toLower().replace(' ', "") + ".com";
        }
        const QString key = CompanyName::key(QString::fromUtf8(name));
        if (key.isEmpty() || seen.contains(key) ||
            CompanyName::key(QString::fromUtf8(variant)) != key)
            continue;
        seen.insert(key);
        names << name;
        variants << variant;
        domains << domain;
        keys << fnv(key.toUtf8());
    }
}

namespace {

QByteArray fullWidth(const QByteArray &ascii)
{
    QByteArray out;
    for (char c : ascii) {
        if (c >= '0' && c <= '9') {
            out += "\xEF\xBC";
            out += char(0x90 + (c - '0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

// The mixed ways people write the same mainland mobile.
QByteArray formatMobile(const QByteArray &d, int style)
{
    const QByteArray a = d.left(3), b = d.mid(3, 4), c = d.mid(7);
    switch (style) {
    case 0:
        return d;
    case 1:
        return a + ' ' + b + ' ' + c;
    case 2:
        return a + '-' + b + '-' + c;
    case 3:
        return "+86 " + a + ' ' + b + ' ' + c;
    case 4:
        return "+86" + d;
    case 5:
        return "0086 " + d;
    case 6:
        return "(+86) " + a + '-' + b + '-' + c;
    case 7:
        return "86" + d;
    case 8:
        return "+86-" + a + '-' + b + '-' + c;
    case 9:
        return fullWidth(d);
    default:
        return "+86 " + a + ' ' + d.mid(3);
    }
}

int mobileStyle(Rng &r)
{
    static const int weights[] = {40, 15, 10, 10, 8, 4, 3, 4, 2, 1, 3};
    int roll = r.below(100);
    for (int s = 0; s < count(weights); ++s) {
        if (roll < weights[s])
            return s;
        roll -= weights[s];
    }
    return 0;
}

QByteArray formatLandline(const QByteArray &area, const QByteArray &local, int style)
{
    switch (style) {
    case 0:
        return area + '-' + local;
    case 1:
        return area + ' ' + local.left(4) + ' ' + local.mid(4);
    case 2:
        return '(' + area + ')' + local;
    default:
        return "+86 " + area.mid(1) + ' ' + local;
    }
}

} // namespace guanxi::bench
