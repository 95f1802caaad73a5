#pragma once

#include <QString>

class QCoreApplication;

namespace guanxi {

// Installs Guanxi's and Qt's own translations for a language ("" follows the
// system, "en", "zh_CN") and makes it the default locale for numbers and dates.
// The desktop app and guanxi-cli share it, so both speak the same language.
// Following the system, a C or POSIX message locale (LC_ALL=C, as scripts
// set it) means English whatever LANGUAGE says, as in gettext (with English
// plural forms, the only translation English has).
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace guanxi
