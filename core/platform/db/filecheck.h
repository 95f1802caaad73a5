#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

// Looks at a file's bytes (never writes) and says whether SQLite can open it
// as a database: empty, random bytes and truncated files are refused here.
struct FileCheck {
    Q_DECLARE_TR_FUNCTIONS(FileCheck)
public:
    static Status inspect(const QString &path);
    // The first bytes of a database file (fewer when it is shorter) and its
    // size, read without disturbing this process's SQLite locks on it.
    static Result<QByteArray> readStart(const QString &path, int bytes, qint64 *size = nullptr);
};

} // namespace guanxi
