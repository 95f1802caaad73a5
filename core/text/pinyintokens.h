#pragma once

#include "text/pinyin.h"
#include "text/searchquery.h"

#include <QString>
#include <QStringList>

namespace guanxi {

// The pinyin half of the search keys (see SearchKeys): the tokens a text with
// Chinese characters adds to the index, and the search term a Latin word
// typed in the search box becomes.
class PinyinTokens {
public:
    // Syllables to count from, per text: a longer text (a company's full
    // name) is joined from its first syllables only, so it adds at most
    // about 3 × 32 + 6 × 9 tokens.
    static constexpr int maxSyllables = 32;
    // Syllables joined from a syllable inside the text: what people type
    // from the middle of a name (a company's trade, a given name).
    static constexpr int joinedFromInside = 4;
    // Alternative readings indexed per text, in reading order.
    static constexpr int maxAlternatives = 6;
    // How many syllables before a polyphonic character its alternative
    // joined tokens start (行 in 长沙银行: hang → yinxing, shayinxing, ...).
    static constexpr int alternativeReach = 3;

    // Appends the tokens of text; none when it holds no Chinese character.
    static void add(QStringList &tokens, const QString &text, PinyinText kind);
    // The search term for one lower-case word the user typed: a prefix of
    // any token, or, when the word reads as syllables some cut short (zhsan,
    // zsan), its initials' prefix and those syllables in a row.
    static SearchTerm queryTerm(const QString &word);
};

} // namespace guanxi
