#include "customercsv.h"

#include "benchmeasure.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cctype>
#include <cstdio>

namespace guanxi::bench {

namespace {

enum class RowKind { Person, Company, Duplicate };

RowKind kindOf(qint64 i)
{
    if (i >= 100 && i % 100 == 37)
        return RowKind::Duplicate; // exactly 1 %: an earlier person again
    if (i > 0 && mix(quint64(i) ^ 0xC0FFEEull) % 100 == 0)
        return RowKind::Company; // about 1 %: a company on its own row
    return RowKind::Person;
}

QByteArray landline(Rng &r, const City &c, qint64 i, quint64 &e164)
{
    // 7 digits unique per row, after a first digit 2-8: unique numbers.
    const quint64 seven = unique7(quint64(i));
    const QByteArray local = QByteArray::number(2 + int(mix(quint64(i)) % 7)) +
                             QByteArray::number(seven).rightJustified(7, '0');
    const QByteArray area = c.areaCode;
    e164 = e164Number(area.mid(1) + local);
    return formatLandline(area, local, r.below(4));
}

// What every row has besides its person or company: the place, the source,
// the stage, tags and notes.
void common(Rng &r, GenRow &g, const City &c)
{
    g.cells[Province] = c.province;
    g.cells[CityCol] = r.chance(4) ? QByteArray(c.city) + "市" : QByteArray(c.city);
    if (r.chance(60))
        g.cells[Address] =
            QByteArray(c.districts[r.below(3)]) + streets[r.below(count(streets))] +
            QByteArray::number(1 + r.below(999)) + "号" +
            (r.chance(40)
                 ? QByteArray(" ") + char('A' + r.below(4)) + "座" +
                       QByteArray::number(1 + r.below(30)) +
                       QByteArray::number(1 + r.below(20)).rightJustified(2, '0') + "室"
                 : QByteArray());
    if (r.chance(70))
        g.cells[Source] = sources[r.below(count(sources))];
    static const char *const stages[] = {"线索",     "线索",     "线索",     "线索",
                                         "潜在客户", "潜在客户", "成交客户", "忠诚客户",
                                         "流失客户", "prospect"};
    g.cells[StageCol] = stages[r.below(count(stages))];
    if (r.chance(50)) {
        const int n = 1 + r.below(3);
        QList<int> picked;
        while (picked.size() < n) {
            const int t = r.below(count(tagPool));
            if (!picked.contains(t))
                picked << t;
        }
        const QByteArray separator = tagSeparators[r.below(count(tagSeparators))];
        for (int k = 0; k < picked.size(); ++k)
            g.cells[Tags] += (k ? separator : QByteArray()) + tagPool[picked.at(k)];
    }
    if (r.chance(25))
        g.cells[Notes] = notePool[r.below(count(notePool))];
}

void appendCsvCell(QByteArray &out, const QByteArray &cell)
{
    if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r')) {
        out += '"';
        out += QByteArray(cell).replace('"', "\"\"");
        out += '"';
    } else {
        out += cell;
    }
}

} // namespace

GenRow CustomerRows::row(qint64 i) const
{
    switch (kindOf(i)) {
    case RowKind::Person:
        return person(i);
    case RowKind::Company:
        return company(i);
    case RowKind::Duplicate:
        return duplicate(i);
    }
    return {};
}

GenRow CustomerRows::person(qint64 i) const
{
    Rng r(quint64(i) * 0x100000001B3ull + 17);
    GenRow g;
    const bool chinese = r.chance(78);
    QByteArray latin;
    if (chinese) {
        const Word &f = families[r.skewed(count(families))];
        g.cells[Name] = f.text;
        latin = f.latin;
        if (r.chance(35)) {
            const Word &w = commonGiven[r.skewed(count(commonGiven))];
            g.cells[Name] += w.text;
            latin += w.latin;
        } else {
            const int n = r.chance(25) ? 1 : 2;
            for (int k = 0; k < n; ++k) {
                const Word &w = givenChars[r.below(count(givenChars))];
                g.cells[Name] += w.text;
                latin += w.latin;
            }
        }
    } else {
        const Word &f = firstNames[r.below(count(firstNames))];
        const Word &l = lastNames[r.below(count(lastNames))];
        g.cells[Name] = QByteArray(f.text) + ' ' + l.text;
        latin = QByteArray(f.latin) + (r.chance(50) ? "." : "") + l.latin;
    }
    g.nameKey = fnv(g.cells[Name]);
    int companyIndex = -1;
    if (r.chance(88)) {
        companyIndex = r.below(int(m_pool.names.size()));
        g.cells[Company] =
            r.chance(10) ? m_pool.variants.at(companyIndex) : m_pool.names.at(companyIndex);
        g.companyKey = m_pool.keys.at(companyIndex);
    }
    if (r.chance(70))
        g.cells[JobTitle] = jobTitles[r.below(count(jobTitles))];
    // Mobile: a prefix and 8 digits that no other row has.
    g.mobile = QByteArray(mobilePrefixes[r.below(count(mobilePrefixes))]) +
               digits8(unique8(quint64(i)));
    g.cells[Mobile] = formatMobile(g.mobile, mobileStyle(r));
    g.phones[g.phoneCount++] = e164Number(g.mobile);
    const City &c = cities[r.skewed(count(cities))];
    if (r.chance(18)) {
        quint64 e = 0;
        g.cells[Tel] = landline(r, c, i, e);
        g.phones[g.phoneCount++] = e;
    }
    if (r.chance(chinese ? 60 : 90)) {
        QByteArray address;
        const QByteArray domain =
            companyIndex >= 0 ? m_pool.domains.at(companyIndex) : QByteArray();
        if (!domain.isEmpty() && r.chance(50))
            address = latin + QByteArray::number(i) + '@' + domain;
        else if (chinese && r.chance(40))
            address = QByteArray::number(10000000 + i * 7) + "@qq.com"; // a QQ number
        else
            address = latin + (r.chance(30) ? "_" : "") + QByteArray::number(i) + '@' +
                      publicDomains[r.below(count(publicDomains))];
        if (r.chance(3))
            address[0] = char(std::toupper(uchar(address[0])));
        g.cells[Mail] = address;
        g.email = fnv(address.toLower());
    }
    common(r, g, c);
    if (r.chance(12)) {
        const int y = 1960 + r.below(43), m = 1 + r.below(12), d = 1 + r.below(28);
        switch (r.below(3)) {
        case 0:
            g.cells[Birthday] = QDate(y, m, d).toString(Qt::ISODate).toLatin1();
            break;
        case 1:
            g.cells[Birthday] = QByteArray::number(y) + '/' + QByteArray::number(m) + '/' +
                                QByteArray::number(d);
            break;
        default:
            g.cells[Birthday] = QByteArray::number(y) + "年" + QByteArray::number(m) + "月" +
                                QByteArray::number(d) + "日";
        }
    }
    return g;
}

GenRow CustomerRows::company(qint64 i) const
{
    Rng r(quint64(i) * 0x100000001B3ull + 29);
    GenRow g;
    g.company = true;
    const int index = r.below(int(m_pool.names.size()));
    g.cells[Kind] = r.chance(80) ? "公司" : "company";
    g.cells[Company] = m_pool.names.at(index);
    g.companyKey = m_pool.keys.at(index);
    const City &c = cities[r.skewed(count(cities))];
    quint64 e = 0;
    g.cells[Tel] = landline(r, c, i, e);
    g.phones[g.phoneCount++] = e;
    if (r.chance(50)) {
        const QByteArray domain = m_pool.domains.at(index);
        const QByteArray address =
            "sales" + QByteArray::number(i) + '@' +
            (domain.isEmpty() ? QByteArray(publicDomains[r.below(count(publicDomains))])
                              : domain);
        g.cells[Mail] = address;
        g.email = fnv(address);
    }
    common(r, g, c);
    return g;
}

// The same person typed in again: the phone written another way, the
// company maybe shortened, fewer details.
GenRow CustomerRows::duplicate(qint64 i) const
{
    qint64 j = qint64(mix(quint64(i) * 31 + 7) % quint64(i));
    while (kindOf(j) != RowKind::Person)
        --j;
    GenRow g = person(j);
    Rng r(quint64(i) * 0x100000001B3ull + 43);
    g.cells[Mobile] = formatMobile(g.mobile, (mobileStyle(r) + 3) % 11);
    g.cells[Tel].clear();
    g.phoneCount = 1;
    if (r.chance(50)) {
        g.cells[Mail].clear();
        g.email = 0;
    }
    g.cells[Tags].clear();
    g.cells[Notes] = r.chance(30) ? QByteArray("重复录入？") : QByteArray();
    return g;
}

void Expectation::add(const GenRow &g)
{
    ++rows;
    for (int k = 0; k < g.phoneCount; ++k)
        if (phones.contains(g.phones[k])) {
            ++dupPhone;
            return;
        }
    if (g.email && emails.contains(g.email)) {
        ++dupEmail;
        return;
    }
    const quint64 nc = mix(g.nameKey ^ mix(g.companyKey));
    if (g.company) {
        if (companies.contains(g.companyKey)) {
            ++dupCompany;
            return;
        }
    } else if (g.companyKey && companies.contains(g.companyKey) && nameCompany.contains(nc)) {
        ++dupNameCompany;
        return;
    }
    ++created;
    for (int k = 0; k < g.phoneCount; ++k)
        phones.insert(g.phones[k]);
    if (g.email)
        emails.insert(g.email);
    if (g.company) {
        companies.insert(g.companyKey);
    } else if (g.companyKey) {
        nameCompany.insert(nc);
        if (!companies.contains(g.companyKey)) {
            companies.insert(g.companyKey);
            ++companiesCreated;
        }
    }
}

bool writeCustomerCsv(const CustomerRows &rows, qint64 n, const QString &path, bool reuse, Generated &out)
{
    QElapsedTimer t;
    t.start();
    out.path = path;
    const bool keep = reuse && QFileInfo::exists(path);
    QFile file(path + QStringLiteral(".part"));
    if (!keep && !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return false;
    }
    QByteArray buffer;
    buffer.reserve(1 << 21);
    if (!keep) {
        buffer += "\xEF\xBB\xBF";
        for (int c = 0; c < Columns; ++c)
            buffer += (c ? "," : "") + QByteArray(header[c]);
        buffer += "\r\n";
    }
    for (qint64 i = 0; i < n; ++i) {
        const GenRow g = rows.row(i);
        out.expect.add(g);
        if (keep)
            continue;
        for (int c = 0; c < Columns; ++c) {
            if (c)
                buffer += ',';
            appendCsvCell(buffer, g.cells[c]);
        }
        buffer += "\r\n";
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    if (!keep) {
        file.write(buffer);
        file.close();
        QFile::remove(path);
        if (!file.rename(path)) {
            std::fprintf(stderr, "cannot rename %s\n", qPrintable(file.fileName()));
            return false;
        }
    }
    out.expect.release();
    out.seconds = secondsSince(t);
    out.bytes = QFileInfo(path).size();
    return true;
}

} // namespace guanxi::bench
