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
    // The C locale, and a language Guanxi has no translation for, still get
    // English plural forms ("1 customer", not "1 customer(s)"): guanxi_en
    // holds nothing else.
    const bool messagesAreC = followSystem && systemMessagesAreC();
    auto *ours = new QTranslator(&app);
    const QString dir = QStringLiteral(":/i18n");
    if ((!messagesAreC && ours->load(locale, QStringLiteral("guanxi"), QStringLiteral("_"), dir))
        || ours->load(QStringLiteral("guanxi_en"), dir))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    if (messagesAreC)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace guanxi
