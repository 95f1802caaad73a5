#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace guanxi::cli {

// The first word that is not an option or an option's value ("report").
QString commandOf(const QStringList &args);
// Whether these arguments ask for a PDF report (-o FILE.pdf, --format pdf):
// guanxi-cli hands such a command to guanxi-cli-pdf, which draws the charts.
bool asksForPdf(const QStringList &args);
// Runs guanxi-cli's command line in app (translations, then the command the
// arguments name) and returns the exit code. Both programs' main() end here.
int runCommandLine(QCoreApplication &app);

} // namespace guanxi::cli
