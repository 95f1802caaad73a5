#pragma once

#include <QString>

namespace guanxi {

// The part of a company name that tells companies apart: legal forms and
// decorations stripped, full-width folded, case and spaces ignored.
//   "华信科技（中国）有限公司" -> "华信科技", "Acme Trading Co., Ltd." -> "acmetrading"
struct CompanyName {
    // The name without legal forms and bracketed regions, spaces kept:
    // "Acme Trading Co., Ltd." -> "acme trading" (what a search looks for).
    static QString core(const QString &name);
    // core() without spaces and punctuation, for comparing.
    static QString key(const QString &name);
};

} // namespace guanxi
