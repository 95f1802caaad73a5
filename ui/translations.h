#pragma once

#include <QString>

class QCoreApplication;

namespace guanxi::ui {

// Installs Guanxi's and Qt's own translations for a language ("" follows the
// system, "en", "zh_CN") and makes it the default locale for numbers and dates.
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace guanxi::ui
