#include "text/pinyintokens.h"

#include "text/han.h"
#include "text/pinyindictionary.h"

#include <QSet>

namespace guanxi {

namespace {

QString initialsOf(const QStringList &syllables)
{
    QString out;
    for (const QString &s : syllables)
        out += s.at(0);
    return out;
}

// Joined syllables and initials from each syllable on: a prefix query then
// matches at any syllable boundary (guofan, gf in 曾国藩). From the first
// syllable they run to the end; from a later one, for at most
// PinyinTokens::joinedFromInside syllables (huaxingkeji in 深圳华兴科技有限公司,
// not a new long token per company).
void addSuffixes(QStringList &tokens, QSet<QString> &seen, const QStringList &syllables, qsizetype firstStart,
                 qsizetype lastStart)
{
    auto once = [&](const QString &token) {
        if (!seen.contains(token)) {
            seen.insert(token);
            tokens << token;
        }
    };
    for (qsizetype i = firstStart; i <= lastStart && i + 1 < syllables.size(); ++i) {
        const QStringList rest = syllables.mid(i, i == 0 ? -1 : PinyinTokens::joinedFromInside);
        once(rest.join(QString()));
        once(initialsOf(rest));
    }
}

bool onlyLetters(const QString &word)
{
    for (QChar c : word)
        if (c < u'a' || c > u'z')
            return false;
    return true;
}

} // namespace

void PinyinTokens::add(QStringList &tokens, const QString &text, PinyinText kind)
{
    if (!Han::contains(text))
        return;
    const QList<PinyinSyllable> read = Pinyin::read(text, kind).mid(0, maxSyllables);
    QStringList syllables;
    for (const PinyinSyllable &s : read)
        syllables << s.reading;
    if (syllables.isEmpty())
        return;
    tokens << syllables;   // in order, for phrase queries
    QSet<QString> seen(syllables.cbegin(), syllables.cend());
    addSuffixes(tokens, seen, syllables, 0, syllables.size());
    // Each other reading of a polyphonic character alone (not every
    // combination): the reading, and the joined tokens that hold it.
    int alternatives = 0;
    for (qsizetype k = 0; k < read.size(); ++k) {
        for (const QString &other : read.at(k).alternatives) {
            if (alternatives++ == maxAlternatives)
                return;
            QStringList variant = syllables;
            variant[k] = other;
            if (!seen.contains(other)) {
                seen.insert(other);
                tokens << other;
            }
            addSuffixes(tokens, seen, variant, std::max<qsizetype>(0, k - alternativeReach), k);
        }
    }
}

SearchTerm PinyinTokens::queryTerm(const QString &word)
{
    const SearchTerm prefix = SearchQuery::term(word, true);
    if (word.size() < 3 || !onlyLetters(word))
        return prefix;
    const PinyinDictionary &dictionary = PinyinDictionary::standard();
    const QStringList pieces = dictionary.syllablePieces(word);
    // Whole syllables then a start (zhangs) and initials alone (xd) are
    // prefixes of the joined tokens already.
    bool allInitials = true;
    bool wholeSyllables = true;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        allInitials = allInitials && pieces.at(i).size() == 1;
        wholeSyllables = wholeSyllables && (i + 1 == pieces.size() || dictionary.isSyllable(pieces.at(i)));
    }
    if (pieces.size() < 2 || allInitials || wholeSyllables)
        return prefix;
    // zhsan: the initials token (zs) narrows it down, then "zh"* + "san"*
    // is the syllables in a row; a whole syllable inside is one token.
    QString initials;
    SearchPhrase phrase;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QString &piece = pieces.at(i);
        initials += piece.at(0);
        const bool whole = i + 1 < pieces.size() && dictionary.isSyllable(piece);
        phrase.append({piece, !whole});
    }
    return {prefix.first(), SearchAlternative{SearchPhrase{{initials, true}}, phrase}};
}

} // namespace guanxi
