#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QString>

namespace guanxi {

// Passwords as libsodium's Argon2id strings (crypto_pwhash_str with the
// interactive limits: about 64 MiB and a tenth of a second per check). The
// clear text never leaves these functions; the string holds algorithm,
// limits and salt, so stronger limits later still verify old hashes.
class Password {
    Q_DECLARE_TR_FUNCTIONS(Password)
public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // Why a new password is refused (empty when fine): too short.
    static QString problem(const QString &password);
    static constexpr int minimumLength = 8;
};

} // namespace guanxi
