#include "platform/db/damagerecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace guanxi {

QString DamageRecord::path(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-damaged");
}

void DamageRecord::note(const QString &databasePath, const QString &detail)
{
    if (read(databasePath))
        return; // the first finding stays
    QSaveFile file(path(databasePath));
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QJsonObject o{{QStringLiteral("found"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("detail"), detail.left(2000)}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    (void)file.commit();
}

void DamageRecord::clear(const QString &databasePath)
{
    QFile::remove(path(databasePath));
}

std::optional<DamageRecord::Finding> DamageRecord::read(const QString &databasePath)
{
    QFile file(path(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    Finding f{QDateTime::fromString(o.value(QStringLiteral("found")).toString(), Qt::ISODate),
              o.value(QStringLiteral("detail")).toString()};
    if (!f.found.isValid())
        f.found = QFileInfo(file).lastModified().toUTC();
    return f;
}

QString DamageRecord::readOnlyReason(const QString &databasePath, const Finding &finding)
{
    return tr("Damage was found in this file on %1 (%2), so Guanxi opens it for reading only and never writes to it. "
              "Restore a backup (File > Restore from Backup, or guanxi-cli restore), or export what can still be "
              "read. Once the file checks intact again (File > Check Database, or guanxi-cli check), it opens as "
              "usual.")
        .arg(finding.found.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             finding.detail.isEmpty() ? QDir::toNativeSeparators(databasePath) : finding.detail);
}

} // namespace guanxi
