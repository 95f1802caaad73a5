#pragma once

#include <QString>

namespace guanxi {

// The region of phone numbers written without + or 00, as Settings keep it
// for this user (shared by the desktop app and guanxi-cli): an ISO 3166 code,
// "CN" unless chosen. A setting from before regions (a calling code such as
// "852") is read as its country.
QString phoneRegionSetting();
void setPhoneRegionSetting(const QString &region);

} // namespace guanxi
