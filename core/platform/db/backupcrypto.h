#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class QFile;

namespace guanxi {

// A passphrase in memory, as UTF-8, wiped (sodium_memzero) when each copy
// goes. The QString it is made from (a line edit's text) is beyond its reach.
class Passphrase {
public:
    Passphrase() = default;
    explicit Passphrase(const QString &text);
    Passphrase(const Passphrase &) = default;
    Passphrase(Passphrase &&) = default;
    Passphrase &operator=(const Passphrase &other);
    Passphrase &operator=(Passphrase &&other) noexcept;
    ~Passphrase();

    bool isEmpty() const { return m_utf8.empty(); }
    int characters() const { return m_characters; }
    const char *data() const { return m_utf8.data(); }
    unsigned long long size() const { return m_utf8.size(); }
    bool operator==(const Passphrase &other) const { return m_utf8 == other.m_utf8; }

private:
    void wipe();
    std::vector<char> m_utf8;
    int m_characters = 0;
};

// Encrypted backups: a header (magic "GUANXI-ENC" and a version byte, the
// Argon2id limits and salt, the secretstream header, a check of the
// passphrase and a checksum of the header), then the checked backup in
// chunks of 64 KiB through crypto_secretstream_xchacha20poly1305, the last
// one tagged FINAL. Any changed, missing or added byte is found on reading.
struct BackupCrypto {
    Q_DECLARE_TR_FUNCTIONS(BackupCrypto)
public:
    static constexpr int minimumLength = 8; // characters of a new passphrase

    // Whether a new passphrase is long enough (field "passphrase" if not).
    static Status acceptable(const Passphrase &passphrase);

    // Whether path starts like an encrypted backup (of any version).
    static bool isEncrypted(const QString &path);

    // Encrypts plainPath into target, created owner-only (0600) before the
    // first byte; any earlier target is replaced. On failure no target is left.
    static Status encrypt(const QString &plainPath, const QString &target, const Passphrase &passphrase);

    // Reads the header and tests the passphrase, without decrypting the rest:
    // ErrorKind::Denied (field "passphrase") for a wrong one, Damaged for a
    // header changed after writing.
    static Status unlock(const QString &path, const Passphrase &passphrase);

    // Decrypts path into out (open for writing). Refuses, with Damaged, a
    // file with any byte changed, cut short or with bytes after its end;
    // what was written to out is then to be thrown away.
    static Status decrypt(const QString &path, QFile &out, const Passphrase &passphrase);

    // Overwrites a file of decrypted data with zeros, then removes it.
    static void wipe(const QString &path);

    // The messages, for callers that decide before reading the file.
    static Error wrongPassphrase(const QString &path);
    static Error damaged(const QString &path, const QString &detail);
    static Error passphraseNeeded(const QString &path);
};

} // namespace guanxi
