#include "platform/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace guanxi {

namespace {

// The locale messages follow: the first of LC_ALL, LC_MESSAGES and LANG that
// is set, as in setlocale(LC_MESSAGES, "").
bool systemMessagesAreC()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value == "C" || value == "POSIX" || value.startsWith("C.");
    }
    return false;
}

} // namespace

void installTranslations(QCoreApplication &app, const QString &language)
{
    const bool followSystem = language.isEmpty();
    const QLocale locale = followSystem ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (followSystem && systemMessagesAreC())
        return;
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("guanxi"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace guanxi
