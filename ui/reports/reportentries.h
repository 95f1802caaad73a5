#pragma once

#include "reports/reportspage.h"

namespace guanxi::ui {

// The reports the Reports page offers, in order: RFM, clusters, funnel,
// trends, cohorts. Their option widgets are children of parent.
QList<ReportEntry> standardReportEntries(Session &session, QWidget *parent);

} // namespace guanxi::ui
