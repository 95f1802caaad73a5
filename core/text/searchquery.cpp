#include "text/searchquery.h"

#include <QStringList>

namespace guanxi {

namespace {

QString quoted(const SearchToken &token)
{
    return u'"' + token.text + u'"' + (token.prefix ? QStringLiteral("*") : QString());
}

QString phraseExpression(const SearchPhrase &phrase)
{
    if (phrase.isEmpty())
        return {};
    // Only the last token a prefix: one quoted string ("a b"*). A prefix
    // before it needs the phrase's parts joined by + ("zh"* + "san"*).
    bool innerPrefix = false;
    for (qsizetype i = 0; i + 1 < phrase.size(); ++i)
        innerPrefix = innerPrefix || phrase.at(i).prefix;
    QStringList parts;
    if (innerPrefix) {
        for (const SearchToken &t : phrase)
            parts << quoted(t);
        return parts.join(QStringLiteral(" + "));
    }
    for (const SearchToken &t : phrase)
        parts << t.text;
    return quoted({parts.join(u' '), phrase.last().prefix});
}

QString alternativeExpression(const SearchAlternative &alternative)
{
    QStringList phrases;
    for (const SearchPhrase &p : alternative)
        phrases << phraseExpression(p);
    const QString all = phrases.join(QStringLiteral(" AND "));
    return phrases.size() > 1 ? u'(' + all + u')' : all;
}

} // namespace

QString SearchQuery::fts5() const
{
    QStringList out;
    for (const SearchTerm &term : terms) {
        QStringList alternatives;
        for (const SearchAlternative &a : term)
            alternatives << alternativeExpression(a);
        const QString any = alternatives.join(QStringLiteral(" OR "));
        out << (alternatives.size() > 1 ? u'(' + any + u')' : any);
    }
    return out.join(QStringLiteral(" AND "));
}

} // namespace guanxi
