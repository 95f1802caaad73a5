#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace guanxi {

// Guessing which field an import column fills from its header, the same way
// for every kind of record: headers are compared in one normal form, and each
// field names the headers it is guessed from as a regular expression over
// that form.
struct HeaderMatch {
    // Header -> comparable form: lower case, no spaces, dashes, dots,
    // underscores, colons, slashes or brackets ("E-mail 1 - Value" ->
    // "email1value", "Order_No." -> "orderno", "实付金额（元）" -> "实付金额元").
    static QString normalised(const QString &header);

    struct Rule {
        QString key;              // the field key a matching column gets
        QRegularExpression re;    // over the normalised header
        bool repeatable = false;  // several columns may take it
    };
    // Builds a rule from a pattern written in UTF-8 (Chinese headers).
    static Rule rule(const char *key, const char *pattern, bool repeatable = false);

    // Fills the empty places of `keys` (one per header; a place already set
    // is kept): rule by rule, in order, a column whose header matches takes
    // the rule's key; a key that is not repeatable goes to the first such
    // column only, and not at all when `keys` has it already.
    static void assign(const QStringList &header, const QList<Rule> &rules, QStringList &keys);
};

} // namespace guanxi
