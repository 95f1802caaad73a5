#include "text/pinyindictionary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QtDebug>

#include <algorithm>
#include <numeric>

namespace guanxi {

namespace {
// ü is written "v" in the dictionary (吕 lv); searches and sort keys spell it
// u, as ICU's Han-Latin did.
QString withoutV(QString syllable)
{
    return syllable.replace(u'v', u'u');
}
} // namespace

PinyinDictionary::PinyinDictionary(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    QTextStream in(&file);
    bool body = false;   // past the YAML header, which ends with "..."
    QString line;
    while (in.readLineInto(&line)) {
        if (!body) {
            body = line == QStringLiteral("...");
            continue;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 2 || fields.at(0).isEmpty())
            continue;
        const QStringList syllables = fields.at(1).split(u' ', Qt::SkipEmptyParts);
        addLine(fields.at(0), syllables, fields.size() > 2 ? fields.at(2).toLongLong() : 0);
    }
    finish();
    m_loadMs = timer.elapsed();
}

void PinyinDictionary::addLine(const QString &text, const QStringList &syllables, qint64 weight)
{
    const QList<uint> cps = text.toUcs4();
    if (cps.isEmpty() || qsizetype(syllables.size()) != cps.size())
        return;
    for (const QString &s : syllables) {
        for (QChar c : s)
            if (c < u'a' || c > u'z')
                return;
        m_syllables.insert(s);
        m_syllables.insert(withoutV(s));
    }
    if (cps.size() == 1) {
        QStringList &readings = m_chars[cps.first()];
        QList<qint64> &weights = m_charWeights[cps.first()];
        // 绿 lv and lu: one reading "lu" (the more used weight), "lv" after it.
        for (const QString &reading : {withoutV(syllables.first()), syllables.first()}) {
            const qsizetype at = readings.indexOf(reading);
            if (at < 0) {
                readings << reading;
                weights << weight;
            } else {
                weights[at] = std::max(weights[at], weight);
            }
        }
        return;
    }
    if (cps.size() > maxPhraseLength)
        return;
    const PhraseKey key = keyOf(cps.constData(), cps.size());
    auto known = m_phraseWeights.constFind(key);
    if (known != m_phraseWeights.constEnd() && *known >= weight)
        return;
    QStringList spelled;
    for (const QString &s : syllables)
        spelled << withoutV(s);
    m_phrases.insert(key, spelled);
    m_phraseWeights.insert(key, weight);
    m_maxPhrase = std::max(m_maxPhrase, int(cps.size()));
}

void PinyinDictionary::finish()
{
    // Each character's readings, the most used first (ties: as listed).
    for (auto it = m_chars.begin(); it != m_chars.end(); ++it) {
        const QList<qint64> &weights = m_charWeights.value(it.key());
        QList<int> order(it->size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weights[a] > weights[b]; });
        QStringList sorted;
        for (int i : order)
            sorted << it->at(i);
        *it = sorted;
    }
    m_charWeights.clear();
    m_phraseWeights.clear();
    for (const QString &s : std::as_const(m_syllables))
        for (qsizetype n = 1; n <= s.size(); ++n)
            m_syllablePrefixes.insert(s.left(n));
}

int PinyinDictionary::longestPhrase(const QList<uint> &text, qsizetype from, QStringList *syllables) const
{
    const qsizetype longest = std::min<qsizetype>(m_maxPhrase, text.size() - from);
    for (qsizetype n = longest; n >= 2; --n) {
        auto it = m_phrases.constFind(keyOf(text.constData() + from, n));
        if (it != m_phrases.constEnd()) {
            if (syllables)
                *syllables = *it;
            return int(n);
        }
    }
    return 0;
}

PinyinDictionary::PhraseKey PinyinDictionary::keyOf(const uint *text, qsizetype length)
{
    // 21 bits a code point, three in each half; a shorter phrase leaves zeros.
    PhraseKey key;
    for (qsizetype i = 0; i < length && i < maxPhraseLength; ++i) {
        quint64 &half = i < 3 ? key.first : key.second;
        half = (half << 21) | (text[i] & 0x1FFFFF);
    }
    return key;
}

QStringList PinyinDictionary::phrase(const QString &text) const
{
    const QList<uint> cps = text.toUcs4();
    return cps.size() > maxPhraseLength ? QStringList() : m_phrases.value(keyOf(cps.constData(), cps.size()));
}

QStringList PinyinDictionary::syllablePieces(const QString &lowerLatin) const
{
    QStringList pieces;
    qsizetype at = 0;
    while (at < lowerLatin.size()) {
        qsizetype n = 0;
        while (at + n < lowerLatin.size() && n < 6 && startsSyllable(lowerLatin.mid(at, n + 1)))
            ++n;
        if (n == 0)
            return {};
        pieces << lowerLatin.mid(at, n);
        at += n;
    }
    return pieces;
}

QString PinyinDictionary::standardPath()
{
    // GUANXI_PINYIN_DICTIONARY: another copy of the file (a system that keeps
    // Rime's data elsewhere; tests of the fallback).
    const QString chosen = qEnvironmentVariable("GUANXI_PINYIN_DICTIONARY");
    return chosen.isEmpty() ? QStringLiteral("/usr/share/rime-data/pinyin_simp.dict.yaml") : chosen;
}

const PinyinDictionary &PinyinDictionary::standard()
{
    static const PinyinDictionary dictionary = [] {
        PinyinDictionary d(standardPath());
        if (!d.isLoaded())
            qWarning().noquote() << QStringLiteral(
                                        "Pinyin: no dictionary at %1 (Debian package rime-data-pinyin-simp); "
                                        "pinyin comes from ICU, one reading per character, so polyphonic "
                                        "characters and surnames may be read wrongly.")
                                        .arg(standardPath());
        return d;
    }();
    return dictionary;
}

} // namespace guanxi
