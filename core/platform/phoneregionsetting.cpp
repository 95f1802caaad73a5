#include "platform/phoneregionsetting.h"

#include "text/phone.h"

#include <QSettings>

namespace guanxi {

QString phoneRegionSetting()
{
    const QSettings settings;
    const QString region = settings.value(QStringLiteral("phoneRegion")).toString();
    if (!region.isEmpty())
        return region;
    const QString fromCode =
        PhoneNumber::regionForCountryCode(settings.value(QStringLiteral("defaultCountryCode")).toString());
    return fromCode.isEmpty() ? QStringLiteral("CN") : fromCode;
}

void setPhoneRegionSetting(const QString &region)
{
    QSettings().setValue(QStringLiteral("phoneRegion"), region);
}

} // namespace guanxi
