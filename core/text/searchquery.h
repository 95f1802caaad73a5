#pragma once

#include <QList>
#include <QString>

namespace guanxi {

// What the user typed into the search box, as the search index reads it
// (SearchKeys::query()): a customer matches when every term does; a term
// when any of its alternatives does; an alternative when all its phrases do;
// a phrase when its tokens stand in a row in the customer's keys, each the
// whole key or, for a prefix, its start.
//
// SQLite hands fts5() to its FTS5 index; on PostgreSQL CustomerSearchIndex
// turns the same structure into queries on its token tables.
struct SearchToken {
    QString text;
    bool prefix = false;
};
using SearchPhrase = QList<SearchToken>;
using SearchAlternative = QList<SearchPhrase>;
using SearchTerm = QList<SearchAlternative>;

struct SearchQuery {
    QList<SearchTerm> terms;

    bool isEmpty() const { return terms.isEmpty(); }
    // The FTS5 MATCH expression: "x"*, "a b", "a b"*, and for phrases with a
    // prefix before their last token "zh"* + "san"*; an alternative of several
    // phrases in parentheses joined by AND, a term of several alternatives in
    // parentheses joined by OR, terms joined by AND.
    QString fts5() const;

    // A term of one phrase.
    static SearchTerm term(const SearchPhrase &phrase) { return {SearchAlternative{phrase}}; }
    // A term of one token.
    static SearchTerm term(const QString &token, bool prefix) { return term(SearchPhrase{{token, prefix}}); }
};

} // namespace guanxi
