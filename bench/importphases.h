#pragma once

// Where an import's time goes: the phases of CustomerImport timed one at a
// time on the rows of one CSV file, each through the classes the import
// itself uses (ImportSource, CustomerStore, CustomerSearchIndex,
// ChangeLogStore, ImportStore), so the breakdown follows the code.
#include <QList>
#include <QString>

namespace guanxi::bench {

struct Phase {
    QString name;   // begins with its letter: "A ", "G2"...
    double seconds = 0;
    double cpu = 0;
    QString note;
};

// Phases A to G4 over the csv's rows; scratch files go into dir and are
// removed afterwards. Empty or short when a step fails (said on stderr).
QList<Phase> importPhases(const QString &csv, const QString &dir, qint64 rows);

// The figures derived from the phases ("=  ..." lines): what the store does
// besides the search index and the change log, and what the import adds.
QList<Phase> derivedPhases(const QList<Phase> &phases);

} // namespace guanxi::bench
