#include "exchange/headermatch.h"

namespace guanxi {

QString HeaderMatch::normalised(const QString &header)
{
    static const QRegularExpression noise(QStringLiteral("[\\s\\-_.:：/()（）\\[\\]【】]"));
    return header.toLower().remove(noise);
}

HeaderMatch::Rule HeaderMatch::rule(const char *key, const char *pattern, bool repeatable)
{
    return Rule{QString::fromLatin1(key), QRegularExpression(QString::fromUtf8(pattern)), repeatable};
}

void HeaderMatch::assign(const QStringList &header, const QList<Rule> &rules, QStringList &keys)
{
    while (keys.size() < header.size())
        keys << QString();
    QStringList forms;
    for (const QString &h : header)
        forms << normalised(h);
    for (const Rule &r : rules)
        for (int i = 0; i < header.size(); ++i) {
            if (!keys.at(i).isEmpty() || (!r.repeatable && keys.contains(r.key)))
                continue;
            if (r.re.match(forms.at(i)).hasMatch())
                keys[i] = r.key;
        }
}

} // namespace guanxi
