#pragma once

#include <QString>
#include <QList>
#include <QStringList>

namespace guanxi {

enum class ImportMode { Create, Update, Upsert };

// One thing wrong with one cell (or a whole row, when column is empty).
struct ImportProblem {
    qint64 record = 0;   // data row number, 1 = the first row after the header
    qint64 line = 0;     // physical line in the file (spreadsheet row for XLSX)
    QString column;
    QString value;
    QString reason;
};

// A row that was not written because it is a record that already exists.
struct ImportDuplicate {
    qint64 record = 0;
    qint64 line = 0;
    QString key;              // what matched: the phone, e-mail, company...
    qint64 existingId = 0;    // the customer it matched
    qint64 earlierRecord = 0; // when that customer came from an earlier row of this file
};

// What an import did, or (dry run, refused, cancelled) would have done.
struct ImportReport {
    // Problems and duplicates listed; enough to show and fix, the counts go on.
    static constexpr int maxListed = 2000;

    QString format;
    QString encoding;
    qint64 rowsRead = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;          // duplicates not written
    qint64 rejected = 0;
    qint64 companiesCreated = 0; // companies named by people's rows, created on the way
    qint64 customersCreated = 0; // orders: customers the rows name, created on the way
    QList<ImportProblem> problems;      // the first ones; problemCount counts all
    qint64 problemCount = 0;
    QList<ImportDuplicate> duplicates;  // the first ones; `skipped` counts all
    // Cells kept although something is wrong with them (a phone number that
    // could not be verified, kept as written); their rows were imported.
    QList<ImportProblem> warnings;      // the first ones; warningCount counts all
    qint64 warningCount = 0;
    // What reading the file passed over, each saying where (a vCard's photos,
    // lines outside any card); translated.
    QStringList notes;
    qint64 batchId = 0;          // set when written
    bool written = false;        // false: dry run, refused, or cancelled
    bool dryRun = false;
    bool cancelled = false;

    void addWarning(const ImportProblem &warning)
    {
        ++warningCount;
        if (warnings.size() < maxListed)
            warnings << warning;
    }
};

} // namespace guanxi
