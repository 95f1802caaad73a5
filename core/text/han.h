#pragma once

#include <QString>

namespace guanxi::Han {

// Whether a code point is a Chinese character (汉字): the CJK unified
// ideographs with their extensions A to F, and the compatibility ideographs.
// The one test for "is this Chinese?": pinyin, search keys, name order in
// imports, exports and vCards all ask it.
bool isHan(char32_t c);
// Whether the text holds at least one Chinese character (surrogate pairs of
// the extension planes included).
bool contains(const QString &text);

} // namespace guanxi::Han
