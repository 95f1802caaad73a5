#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <random>

namespace guanxi {

// A province, one of its cities and the city's landline area code (without
// the trunk 0), with how often sample records are placed there.
struct SamplePlace {
    const char16_t *province;
    const char16_t *city;
    const char16_t *areaCode; // landline area code without trunk 0
    int weight;
};

// The random parts of sample data (see SampleData): names of people and
// companies, places, phone numbers, e-mail addresses, moments in office
// hours. One seed gives one stream; every call draws from it, so the order
// of the calls is part of what the data is.
class SampleGenerator {
public:
    explicit SampleGenerator(quint64 seed) : m_rng(seed) {}

    int below(int n) { return int(m_rng() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List>
    const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

    const SamplePlace &place();
    QString chineseName();
    QString englishName();
    QString companyName(const SamplePlace &p);
    QString mobile();
    QString landline(const SamplePlace &p);
    QString email(const QString &name, int serial);
    const QString &industry();
    const QString &jobTitle();
    const QString &tag();
    const QString &mailDomain();
    const QString &brandChar();   // one character of a company's brand, or a street's
    QDate dateWithin(const QDate &from, int days) { return from.addDays(below(qMax(1, days))); }
    // A moment in office hours (local time) on the given day.
    QDateTime officeHours(const QDate &day)
    {
        return QDateTime(day, QTime(9 + below(9), below(60), below(60))).toUTC();
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace guanxi
