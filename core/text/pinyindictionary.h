#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace guanxi {

// The readings of Chinese characters and phrases from Rime's simplified
// pinyin dictionary (Debian package rime-data-pinyin-simp,
// /usr/share/rime-data/pinyin_simp.dict.yaml): lines of
// "text<TAB>syllables separated by spaces<TAB>weight". It gives every reading
// of a polyphonic character with how often it is used (曾 ceng 8019, zeng
// 5422), the readings of 60,000 phrases (长沙 chang sha, 银行 yin hang) and so
// the set of valid syllables. Syllables are written without tones; ü is u
// ("lu" for 吕, as ICU wrote it), its "v" spelling ("lv") is a second reading.
//
// Immutable once loaded, so one instance serves every thread.
class PinyinDictionary {
public:
    // Reads the file; a missing or unreadable file gives an empty dictionary.
    explicit PinyinDictionary(const QString &path);

    // The dictionary at standardPath(), read once on first use. When it is
    // missing, pinyin falls back to ICU (one reading per character) and the
    // log says so once.
    static const PinyinDictionary &standard();
    // $GUANXI_PINYIN_DICTIONARY, else Debian's place for it.
    static QString standardPath();

    bool isLoaded() const { return !m_chars.isEmpty(); }
    qint64 loadMilliseconds() const { return m_loadMs; }

    // Every reading of one character, the most used first; empty when the
    // dictionary does not know it.
    QStringList readings(char32_t c) const { return m_chars.value(c); }
    // The longest phrase of 2 or more characters starting at text[from]:
    // its length in characters (0 when none) and its syllables.
    int longestPhrase(const QList<uint> &text, qsizetype from, QStringList *syllables) const;
    // The syllables of a whole phrase; empty when it is not in the dictionary.
    QStringList phrase(const QString &text) const;

    bool isSyllable(const QString &s) const { return m_syllables.contains(s); }
    bool startsSyllable(const QString &prefix) const { return m_syllablePrefixes.contains(prefix); }
    // What people type for consecutive syllables, each cut short or not:
    // "zhsan" -> {"zh", "san"}, "xd" -> {"x", "d"}. Each piece is the longest
    // start of a syllable at its place; empty when the text is not of that
    // form (a letter that starts no syllable, a digit).
    QStringList syllablePieces(const QString &lowerLatin) const;

    // Up to 6 code points packed in 126 bits: phrases are looked up while
    // reading every name, without making a string for each try.
    struct PhraseKey {
        quint64 first = 0;
        quint64 second = 0;
        bool operator==(const PhraseKey &) const = default;
    };
    static constexpr int maxPhraseLength = 6;

private:
    static PhraseKey keyOf(const uint *text, qsizetype length);
    void addLine(const QString &text, const QStringList &syllables, qint64 weight);
    void finish();

    QHash<char32_t, QStringList> m_chars;
    QHash<char32_t, QList<qint64>> m_charWeights;   // while loading, per reading
    QHash<PhraseKey, QStringList> m_phrases;
    QHash<PhraseKey, qint64> m_phraseWeights;       // while loading
    QSet<QString> m_syllables;
    QSet<QString> m_syllablePrefixes;
    int m_maxPhrase = 0;
    qint64 m_loadMs = 0;
};

inline size_t qHash(const PinyinDictionary::PhraseKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.first, key.second);
}

} // namespace guanxi
