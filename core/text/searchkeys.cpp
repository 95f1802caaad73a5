#include "text/searchkeys.h"

#include "text/han.h"
#include "text/phone.h"
#include "text/pinyintokens.h"

#include <QSet>

namespace guanxi {

namespace {

enum class RunKind { Han, Word };
struct Run {
    RunKind kind;
    QString text;
};

// Splits text into runs of Han characters and runs of other letters/digits;
// everything else separates runs.
QList<Run> runs(const QString &input)
{
    // Full-width letters and digits (ＡＢＣ１２３) are the same text to a reader.
    const QString text = input.normalized(QString::NormalizationForm_KC);
    QList<Run> out;
    QString current;
    RunKind kind = RunKind::Word;
    auto flush = [&] {
        if (!current.isEmpty())
            out.append({kind, current});
        current.clear();
    };
    const QList<uint> cps = text.toUcs4();
    for (uint cp : cps) {
        const char32_t c = cp;
        const bool han = Han::isHan(c);
        const bool word = !han && QChar::isLetterOrNumber(c);
        if (!han && !word) {
            flush();
            continue;
        }
        const RunKind k = han ? RunKind::Han : RunKind::Word;
        if (!current.isEmpty() && k != kind)
            flush();
        kind = k;
        current += QString::fromUcs4(&c, 1);
    }
    flush();
    return out;
}

QStringList hanTokens(const QString &run)
{
    const QList<uint> cps = run.toUcs4();
    QStringList out;
    for (qsizetype i = 0; i + 1 < cps.size(); ++i) {
        const char32_t pair[2] = {cps[i], cps[i + 1]};
        out << QString::fromUcs4(pair, 2);
    }
    const char32_t last = cps.last();
    out << QString::fromUcs4(&last, 1);
    return out;
}

void addText(QStringList &tokens, const QString &text)
{
    for (const Run &r : runs(text)) {
        if (r.kind == RunKind::Han)
            tokens << hanTokens(r.text);
        else
            tokens << r.text.toLower();
    }
}

bool looksLikePhone(const QString &q)
{
    int digits = 0;
    for (QChar c : q) {
        if (c.isDigit())
            ++digits;
        else if (c != u' ' && c != u'-' && c != u'+' && c != u'(' && c != u')')
            return false;
    }
    return digits >= 3;
}

} // namespace

QString SearchKeys::build(const SearchDocument &doc)
{
    QStringList tokens;
    addText(tokens, doc.name);
    PinyinTokens::add(tokens, doc.name, doc.person ? PinyinText::PersonName : PinyinText::Text);
    addText(tokens, doc.city);
    PinyinTokens::add(tokens, doc.city, PinyinText::Text);
    addText(tokens, doc.companyName);
    QSet<QString> suffixes;
    for (const QString &phone : doc.phones) {
        const QString d = PhoneNumber::digits(phone);
        for (qsizetype start = 0; start + 4 <= d.size(); ++start)
            suffixes.insert(d.mid(start));
        if (!d.isEmpty() && d.size() < 4)
            suffixes.insert(d); // an internal extension ("801"), kept as written and found by its digits
    }
    QStringList sortedSuffixes(suffixes.cbegin(), suffixes.cend());
    sortedSuffixes.sort();
    tokens << sortedSuffixes;
    for (const QString &email : doc.emails)
        addText(tokens, email);
    addText(tokens, doc.notes);
    return tokens.join(u' ');
}

SearchDocument SearchKeys::stored(bool person, const QString &name, const QString &companyName, const QString &city,
                                  const QString &notes, const QString &phones, const QString &emails)
{
    SearchDocument doc;
    doc.name = name;
    doc.person = person;
    doc.companyName = companyName;
    doc.city = city;
    doc.notes = notes;
    doc.phones = phones.split(u'|', Qt::SkipEmptyParts);
    doc.emails = emails.split(u' ', Qt::SkipEmptyParts);
    return doc;
}

SearchQuery SearchKeys::query(const QString &query)
{
    const QString q = query.normalized(QString::NormalizationForm_KC).trimmed();
    if (q.isEmpty())
        return {};
    SearchQuery out;
    if (looksLikePhone(q)) {
        out.terms << SearchQuery::term(PhoneNumber::digits(q), true);
        return out;
    }
    for (const QString &part : q.split(u' ', Qt::SkipEmptyParts)) {
        const QList<Run> parts = runs(part);
        SearchPhrase words;
        auto flushWords = [&] {
            if (words.size() == 1) {
                out.terms << PinyinTokens::queryTerm(words.first().text);
            } else if (!words.isEmpty()) { // the words in a row, the last one a start
                words.last().prefix = true;
                out.terms << SearchQuery::term(words);
            }
            words.clear();
        };
        for (const Run &r : parts) {
            if (r.kind == RunKind::Word) {
                words.append({r.text.toLower(), false});
                continue;
            }
            flushWords();
            const QStringList han = hanTokens(r.text);
            if (han.size() == 1) { // one character: any token starting with it
                out.terms << SearchQuery::term(han.first(), true);
                continue;
            }
            // bigrams in a row (the trailing single character is not needed)
            SearchPhrase bigrams;
            for (qsizetype i = 0; i + 1 < han.size(); ++i)
                bigrams.append({han.at(i), false});
            out.terms << SearchQuery::term(bigrams);
        }
        flushWords();
    }
    return out;
}

QString SearchKeys::matchExpression(const QString &query)
{
    return SearchKeys::query(query).fts5();
}

} // namespace guanxi
