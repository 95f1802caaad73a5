#include "autostart.h"

#include "appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace guanxi::ui {

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
           + AppInfo::appId() + QStringLiteral(".desktop");
}

bool Autostart::isEnabled()
{
    return QFile::exists(entryPath());
}

QString Autostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return QCoreApplication::translate("Autostart", "Could not remove “%1”.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString program = QCoreApplication::applicationFilePath();
    const QByteArray entry = QStringLiteral("[Desktop Entry]\n"
                                            "Type=Application\n"
                                            "Name=Guanxi\n"
                                            "Name[zh_CN]=关系\n"
                                            "Comment=Follow-up reminders in the tray\n"
                                            "Exec=\"%1\" --minimized\n"
                                            "Icon=%2\n"
                                            "Terminal=false\n"
                                            "X-GNOME-Autostart-enabled=true\n")
                                 .arg(program, AppInfo::appId())
                                 .toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry) != entry.size() || !file.commit())
        return QCoreApplication::translate("Autostart", "Could not write “%1”: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace guanxi::ui
