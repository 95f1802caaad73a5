#include "team/password.h"

#include <sodium.h>

namespace guanxi {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString Password::problem(const QString &password)
{
    if (password.size() < minimumLength)
        return tr("A password needs at least %n characters.", nullptr, minimumLength);
    return {};
}

Result<QString> Password::hash(const QString &password)
{
    if (const QString why = problem(password); !why.isEmpty())
        return Error{why, {}, QStringLiteral("password"), ErrorKind::Invalid};
    if (!sodiumReady())
        return Error{tr("The password could not be stored: libsodium did not start."), {}, {}, ErrorKind::Storage};
    QByteArray clear = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, clear.constData(), static_cast<unsigned long long>(clear.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(clear.data(), static_cast<size_t>(clear.size()));
    if (rc != 0)
        return Error{tr("The password could not be stored: there was not enough memory to hash it."), {}, {},
                     ErrorKind::Storage};
    return QString::fromLatin1(out);
}

bool Password::verify(const QString &hash, const QString &password)
{
    if (hash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    QByteArray clear = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), clear.constData(),
                                             static_cast<unsigned long long>(clear.size()))
                    == 0;
    sodium_memzero(clear.data(), static_cast<size_t>(clear.size()));
    return ok;
}

} // namespace guanxi
