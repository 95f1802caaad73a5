#include "text/han.h"

#include <QList>
#include <QStringView>

namespace guanxi::Han {

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2EBEF)
           || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

bool contains(const QString &text)
{
    for (char32_t c : QStringView(text).toUcs4())
        if (isHan(c))
            return true;
    return false;
}

} // namespace guanxi::Han
