#pragma once

#include <QList>
#include <QStringList>

namespace guanxi {

// How a person's surname is read when it differs from the character's most
// used reading (百家姓 knowledge the dictionary does not hold: it has no
// surname marker). Applied only to the first characters of a person's name.
class Surnames {
public:
    struct Match {
        int length = 0;          // characters of the surname; 0: none known
        QStringList syllables;   // its reading; empty: the dictionary's phrase
    };
    // The surname that starts the name (尉迟恭 -> 尉迟 yu chi, 曾国藩 -> 曾 zeng).
    static Match at(const QList<uint> &name);
};

} // namespace guanxi
