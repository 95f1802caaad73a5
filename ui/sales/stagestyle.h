#pragma once

#include "customers/customer.h"

#include <QColor>
#include <QIcon>

namespace guanxi::ui {

// One palette for stages across the list, badges and (later) charts.
QColor stageColor(Stage stage);
QIcon stageIcon(Stage stage);
QColor overdueColor();
// A small rounded badge, as rich text, for the detail header.
QString stageBadgeHtml(Stage stage);

} // namespace guanxi::ui
