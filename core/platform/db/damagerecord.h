#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace guanxi {

// A file in which damage was found is never written to again: not by this
// process, not by the next one. The finding is kept beside the file, as
// NAME-damaged (the file itself must not be written), until a check finds
// the file intact again or a backup replaces it. Every read-write open looks
// for it and opens read-only instead, saying why.
struct DamageRecord {
    Q_DECLARE_TR_FUNCTIONS(DamageRecord)
public:
    struct Finding {
        QDateTime found; // UTC
        QString detail;  // SQLite's words, or what the check found
    };
    static QString path(const QString &databasePath);
    static void note(const QString &databasePath, const QString &detail);
    static void clear(const QString &databasePath);
    static std::optional<Finding> read(const QString &databasePath);
    // The read-only notice for a file with a record.
    static QString readOnlyReason(const QString &databasePath, const Finding &finding);
};

} // namespace guanxi
