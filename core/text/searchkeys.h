#pragma once

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
//   - for the name: pinyin syllables, the joined syllables and the initials;
//   - for phones: every digit suffix of 4 or more, so a prefix query on the
//     typed digits finds them anywhere in the number.
struct SearchDocument {
    QString name;
    QString companyName;
    QStringList phones;   // raw as typed and/or E.164
    QStringList emails;
    QString notes;
};

class SearchKeys {
public:
    static QString build(const SearchDocument &doc);
    // The FTS5 MATCH expression for what the user typed; empty when there is
    // nothing to search for.
    static QString matchExpression(const QString &query);
};

} // namespace guanxi
