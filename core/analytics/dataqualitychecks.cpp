// The data-quality checks in the user's words, and how their figures make
// the score (the SQL is in dataqualitystore.cpp, the passes in dataquality.cpp).
#include "analytics/dataquality.h"

#include <QLocale>

#include <cmath>

namespace guanxi {

namespace {

struct CheckText {
    const char *key;
    QualityDimension dimension;
    const char *title;
};

const CheckText checkTexts[] = {
    {"name", QualityDimension::Completeness, QT_TRANSLATE_NOOP("DataQuality", "Real name")},
    {"contact", QualityDimension::Completeness, QT_TRANSLATE_NOOP("DataQuality", "Phone or e-mail")},
    {"owner", QualityDimension::Completeness, QT_TRANSLATE_NOOP("DataQuality", "Salesperson")},
    {"city", QualityDimension::Completeness, QT_TRANSLATE_NOOP("DataQuality", "City")},
    {"source", QualityDimension::Completeness, QT_TRANSLATE_NOOP("DataQuality", "Source")},
    {"company", QualityDimension::Completeness, QT_TRANSLATE_NOOP("DataQuality", "Company of a person")},
    {"phones", QualityDimension::Validity, QT_TRANSLATE_NOOP("DataQuality", "Phone numbers verified")},
    {"emails", QualityDimension::Validity, QT_TRANSLATE_NOOP("DataQuality", "E-mail addresses well formed")},
    {"dates", QualityDimension::Validity, QT_TRANSLATE_NOOP("DataQuality", "Dates possible")},
    {"duplicates", QualityDimension::Uniqueness, QT_TRANSLATE_NOOP("DataQuality", "Not a duplicate")},
    {"overdue", QualityDimension::Timeliness, QT_TRANSLATE_NOOP("DataQuality", "Follow-up not overdue")},
    {"planned", QualityDimension::Timeliness, QT_TRANSLATE_NOOP("DataQuality", "Next follow-up planned")},
    {"touched", QualityDimension::Timeliness, QT_TRANSLATE_NOOP("DataQuality", "Recently touched")},
};

const CheckText *textOf(const QString &key)
{
    for (const CheckText &t : checkTexts)
        if (key == QLatin1String(t.key))
            return &t;
    return nullptr;
}

} // namespace

QString DataQuality::percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}

QStringList DataQuality::checkKeys()
{
    QStringList keys;
    for (const CheckText &t : checkTexts)
        keys << QString::fromLatin1(t.key);
    return keys;
}

QualityDimension DataQuality::dimensionOf(const QString &key)
{
    const CheckText *t = textOf(key);
    return t ? t->dimension : QualityDimension::Completeness;
}

QString DataQuality::dimensionName(QualityDimension dimension)
{
    switch (dimension) {
    case QualityDimension::Completeness: return tr("Completeness");
    case QualityDimension::Validity: return tr("Validity");
    case QualityDimension::Uniqueness: return tr("Uniqueness");
    case QualityDimension::Timeliness: return tr("Timeliness");
    }
    return {};
}

QString DataQuality::dimensionKey(QualityDimension dimension)
{
    static const char *const keys[] = {"completeness", "validity", "uniqueness", "timeliness"};
    return QString::fromLatin1(keys[int(dimension)]);
}

QString DataQuality::checkTitle(const QString &key)
{
    const CheckText *t = textOf(key);
    return t ? tr(t->title) : key;
}

QString DataQuality::checkRule(const QString &key, int staleMonths)
{
    if (key == QLatin1String("name"))
        return tr("The name is a name, not an e-mail address standing in for one.");
    if (key == QLatin1String("contact"))
        return tr("At least one phone number or e-mail address.");
    if (key == QLatin1String("owner"))
        return tr("A salesperson looks after the customer (customers in the public pool have none).");
    if (key == QLatin1String("city"))
        return tr("The city is filled in.");
    if (key == QLatin1String("source"))
        return tr("The source channel is filled in.");
    if (key == QLatin1String("company"))
        return tr("People: the company they work for is linked.");
    if (key == QLatin1String("phones"))
        return tr("Customers with phone numbers: every number could be verified.");
    if (key == QLatin1String("emails"))
        return tr("Customers with e-mail addresses: every address looks like name@example.com.");
    if (key == QLatin1String("dates"))
        return tr("Customers with a birthday or next follow-up: the birthday lies between 1800 and today, the "
                  "next follow-up between 2000 and two years ahead.");
    if (key == QLatin1String("duplicates"))
        return tr("Not a repeat of an older customer with the same verified phone, e-mail, company name, or "
                  "person's name at the same company; a group of three counts two.");
    if (key == QLatin1String("overdue"))
        return tr("Customers with a next follow-up: it is today or later.");
    if (key == QLatin1String("planned"))
        return tr("Customers not churned: a next follow-up is set.");
    if (key == QLatin1String("touched"))
        return tr("Changed or contacted in the last %n month(s).", nullptr, staleMonths);
    return {};
}

void DataQuality::score(QualityFigures &figures)
{
    std::array<double, qualityDimensionCount> sum{};
    std::array<int, qualityDimensionCount> counted{};
    for (const QualityCheckResult &c : figures.checks) {
        if (c.applicable == 0)
            continue; // nothing to judge: leaves the mean alone
        sum[int(c.dimension)] += c.pass();
        ++counted[int(c.dimension)];
    }
    double total = 0;
    for (int d = 0; d < qualityDimensionCount; ++d) {
        figures.dimensionPass[d] = counted[d] ? sum[d] / counted[d] : 1.0;
        total += weights[d] * figures.dimensionPass[d];
    }
    figures.score = total;
}

QString DataQuality::formula()
{
    return tr("Score = %1 × completeness + %2 × validity + %3 × uniqueness + %4 × timeliness; each dimension is "
              "the mean pass rate of its checks, a check's pass rate is the share of the customers it applies to "
              "that pass it.")
        .arg(weights[0])
        .arg(weights[1])
        .arg(weights[2])
        .arg(weights[3]);
}

QString DataQuality::formulaWithValues(const QualityFigures &f)
{
    const QLocale locale;
    // One pass over the text: a percent sign in a value is never read as a marker.
    return tr("%1 × %2 + %3 × %4 + %5 × %6 + %7 × %8 = %9")
        .arg(locale.toString(weights[0]), percent(f.dimensionPass[0]), locale.toString(weights[1]),
             percent(f.dimensionPass[1]), locale.toString(weights[2]), percent(f.dimensionPass[2]),
             locale.toString(weights[3]), percent(f.dimensionPass[3]), locale.toString(f.score, 'f', 1));
}

} // namespace guanxi
