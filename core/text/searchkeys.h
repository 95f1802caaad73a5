#pragma once

#include "text/searchquery.h"

#include <QString>
#include <QStringList>

namespace guanxi {

// The search index holds, per customer, a line of tokens that FTS5's unicode61
// tokenizer splits on spaces. Building the tokens here, not in SQL, is what
// lets short Chinese queries (张伟), pinyin (zhangsan, zs) and phone digit
// runs (any 4+ digits) all use one index:
//   - Latin words and numbers, lower-cased (e-mail splits into its words);
//   - CJK runs as overlapping bigrams plus the run's last character, so any
//     substring of 1 character (prefix query), 2 (one token) or more (a phrase
//     of bigrams) matches;
//   - for the name, a company's name and the city: the pinyin syllables in
//     order (for a phrase query), and from each syllable on the joined
//     syllables and their initials (曾国藩: zengguofan guofan fan, zgf gf),
//     so a prefix query matches at any syllable boundary; a polyphonic
//     character's other readings add their own joined tokens (see Pinyin);
//   - for phones: every digit suffix of 4 or more, so a prefix query on the
//     typed digits finds them anywhere in the number.
struct SearchDocument {
    QString name;
    bool person = true;   // the name is a person's: read with its surname
    QString companyName;  // a person's company: its words and bigrams
    QString city;
    QStringList phones;   // raw as typed and/or E.164
    QStringList emails;
    QString notes;
};

class SearchKeys {
public:
    static QString build(const SearchDocument &doc);
    // The document of a customer as CustomerSearchIndex reads it back from
    // its columns: phones as "raw|e164|raw|...", e-mails separated by spaces.
    static SearchDocument stored(bool person, const QString &name, const QString &companyName,
                                 const QString &city, const QString &notes, const QString &phones,
                                 const QString &emails);
    // What the user typed as a search of the keys; empty when there is
    // nothing to search for. A Latin word that reads as syllables cut short
    // (zhsan, zsan) also matches those syllables in a row.
    static SearchQuery query(const QString &query);
    // The same as SQLite's FTS5 MATCH expression: query(query).fts5().
    static QString matchExpression(const QString &query);
};

} // namespace guanxi
