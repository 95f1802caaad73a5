#include "platform/db/backupcrypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <array>
#include <cstring>

namespace guanxi {

Passphrase::Passphrase(const QString &text) : m_characters(int(text.size()))
{
    QByteArray utf8 = text.toUtf8();
    m_utf8.assign(utf8.cbegin(), utf8.cend());
    sodium_memzero(utf8.data(), size_t(utf8.size()));
}

Passphrase &Passphrase::operator=(const Passphrase &other)
{
    if (this != &other) {
        wipe();
        m_utf8 = other.m_utf8;
        m_characters = other.m_characters;
    }
    return *this;
}

Passphrase &Passphrase::operator=(Passphrase &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_utf8 = std::move(other.m_utf8);
        m_characters = other.m_characters;
        other.m_utf8.clear();
        other.m_characters = 0;
    }
    return *this;
}

Passphrase::~Passphrase()
{
    wipe();
}

void Passphrase::wipe()
{
    if (!m_utf8.empty())
        sodium_memzero(m_utf8.data(), m_utf8.size());
    m_utf8.clear();
}

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QByteArray magicName("GUANXI-ENC");
constexpr char version = 1;
constexpr qint64 chunkSize = 64 * 1024;
constexpr qint64 sealedChunk = chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int checkBytes = 16;

// The header, as written: what the key is made with, the stream's header,
// a check of the passphrase (keyed with half of what Argon2id gives) and an
// unkeyed checksum of all before it, so a changed header is told apart from
// a wrong passphrase.
struct Header {
    quint64 opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    quint64 memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> stream{};
    std::array<unsigned char, checkBytes> verifier{};

    // Magic to stream header: what the verifier covers.
    QByteArray signedPart() const
    {
        QByteArray b = magicName + version;
        for (quint64 v : {opsLimit, memLimit})
            for (int i = 0; i < 8; ++i)
                b.append(char((v >> (8 * i)) & 0xff));
        b.append(reinterpret_cast<const char *>(salt.data()), qsizetype(salt.size()));
        b.append(reinterpret_cast<const char *>(stream.data()), qsizetype(stream.size()));
        return b;
    }
    QByteArray withVerifier() const
    {
        return signedPart() + QByteArray(reinterpret_cast<const char *>(verifier.data()), checkBytes);
    }
    static qsizetype size() { return magicName.size() + 1 + 16 + crypto_pwhash_SALTBYTES
                                     + crypto_secretstream_xchacha20poly1305_HEADERBYTES + 2 * checkBytes; }
};

QByteArray checksum(const QByteArray &bytes)
{
    QByteArray out(checkBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), checkBytes,
                       reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()), nullptr, 0);
    return out;
}

// The stream key and the verifier's key, from the passphrase; wiped on going.
struct Keys {
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> stream{};
    std::array<unsigned char, crypto_generichash_KEYBYTES> check{};
    ~Keys()
    {
        sodium_memzero(stream.data(), stream.size());
        sodium_memzero(check.data(), check.size());
    }
    bool derive(const Passphrase &p, const Header &h)
    {
        std::array<unsigned char, sizeof(stream) + sizeof(check)> both{};
        const bool ok = crypto_pwhash(both.data(), both.size(), p.data(), p.size(), h.salt.data(), h.opsLimit,
                                      size_t(h.memLimit), crypto_pwhash_ALG_ARGON2ID13)
                        == 0;
        std::memcpy(stream.data(), both.data(), stream.size());
        std::memcpy(check.data(), both.data() + stream.size(), check.size());
        sodium_memzero(both.data(), both.size());
        return ok;
    }
    std::array<unsigned char, checkBytes> verifierOf(const Header &h) const
    {
        std::array<unsigned char, checkBytes> out{};
        const QByteArray part = h.signedPart();
        crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(part.constData()),
                           quint64(part.size()), check.data(), check.size());
        return out;
    }
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error noMemory()
{
    return Error{BackupCrypto::tr("There was not enough memory to work out the key from the passphrase. Close other "
                                  "programs and try again."),
                 {}, {}, ErrorKind::Storage};
}

quint64 readLittleEndian(const QByteArray &b, qsizetype at)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// Reads and checks the header of an open file; it is then positioned on the
// first chunk.
Result<Header> readHeader(QFile &in, const QString &path)
{
    const QByteArray raw = in.read(Header::size());
    if (!raw.startsWith(magicName))
        return BackupCrypto::damaged(path, QStringLiteral("no GUANXI-ENC header"));
    const bool intact = raw.size() == Header::size()
                        && checksum(raw.left(Header::size() - checkBytes)) == raw.right(checkBytes);
    if (intact && quint8(raw.at(magicName.size())) > quint8(version))
        return Error{BackupCrypto::tr("“%1” was encrypted by a newer Guanxi. Update Guanxi to restore it.").arg(native(path)),
                     {}, {}, ErrorKind::Invalid};
    if (!intact || raw.at(magicName.size()) != version)
        return BackupCrypto::damaged(path, QStringLiteral("header checksum"));
    Header h;
    qsizetype at = magicName.size() + 1;
    h.opsLimit = readLittleEndian(raw, at);
    h.memLimit = readLittleEndian(raw, at + 8);
    at += 16;
    std::memcpy(h.salt.data(), raw.constData() + at, h.salt.size());
    at += qsizetype(h.salt.size());
    std::memcpy(h.stream.data(), raw.constData() + at, h.stream.size());
    at += qsizetype(h.stream.size());
    std::memcpy(h.verifier.data(), raw.constData() + at, h.verifier.size());
    if (h.opsLimit < crypto_pwhash_OPSLIMIT_MIN || h.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE
        || h.memLimit < crypto_pwhash_MEMLIMIT_MIN || h.memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return BackupCrypto::damaged(path, QStringLiteral("Argon2id limits out of range"));
    return h;
}

// Opens path, reads its header and derives the keys; a wrong passphrase is
// an error.
Status openWith(QFile &in, const QString &path, const Passphrase &passphrase, Header &header, Keys &keys)
{
    if (!sodiumReady())
        return Error{BackupCrypto::tr("Encrypted backups cannot be read: libsodium did not start."), {}, {},
                     ErrorKind::Storage};
    if (!in.open(QIODevice::ReadOnly))
        return Error{BackupCrypto::tr("Cannot read the backup “%1”: %2.").arg(native(path), in.errorString()), {}, {},
                     ErrorKind::Io};
    auto h = readHeader(in, path);
    if (!h)
        return h.error();
    header = *h;
    if (!keys.derive(passphrase, header))
        return noMemory();
    if (sodium_memcmp(keys.verifierOf(header).data(), header.verifier.data(), checkBytes) != 0)
        return BackupCrypto::wrongPassphrase(path);
    return {};
}

} // namespace

Status BackupCrypto::acceptable(const Passphrase &passphrase)
{
    if (passphrase.characters() < minimumLength)
        return Error{tr("A backup passphrase needs at least %n characters.", nullptr, minimumLength), {},
                     QStringLiteral("passphrase"), ErrorKind::Invalid};
    return {};
}

bool BackupCrypto::isEncrypted(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(magicName.size()) == magicName;
}

Error BackupCrypto::wrongPassphrase(const QString &path)
{
    return Error{tr("The passphrase does not open this backup (“%1”). Type it again; nothing was changed.")
                     .arg(native(path)),
                 {}, QStringLiteral("passphrase"), ErrorKind::Denied};
}

Error BackupCrypto::damaged(const QString &path, const QString &detail)
{
    return Error{tr("This backup (“%1”) was changed or damaged after it was written; it cannot be restored. Nothing "
                    "was changed; choose another backup.")
                     .arg(native(path)),
                 detail, {}, ErrorKind::Damaged};
}

Error BackupCrypto::passphraseNeeded(const QString &path)
{
    return Error{tr("The backup “%1” is encrypted; give its passphrase to check or restore it.").arg(native(path)), {},
                 QStringLiteral("passphrase"), ErrorKind::Denied};
}

Status BackupCrypto::encrypt(const QString &plainPath, const QString &target, const Passphrase &passphrase)
{
    if (Status s = acceptable(passphrase); !s)
        return s;
    if (!sodiumReady())
        return Error{tr("The backup cannot be encrypted: libsodium did not start."), {}, {}, ErrorKind::Storage};
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read “%1” to encrypt it: %2.").arg(native(plainPath), in.errorString()), {}, {},
                     ErrorKind::Io};
    QFile::remove(target);
    QFile out(target);
    auto fail = [&](const QString &detail) {
        out.close();
        QFile::remove(target);
        return Status(Error{tr("Cannot write the encrypted backup “%1”. Check the free space, or choose another folder.")
                                .arg(native(target)),
                            detail, {}, ErrorKind::Io});
    };
    // Owner-only before the first byte.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(out.errorString());
    Header h;
    randombytes_buf(h.salt.data(), h.salt.size());
    Keys keys;
    if (!keys.derive(passphrase, h)) {
        out.close();
        QFile::remove(target);
        return noMemory();
    }
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, h.stream.data(), keys.stream.data());
    h.verifier = keys.verifierOf(h);
    const QByteArray head = h.withVerifier();
    if (out.write(head + checksum(head)) != Header::size())
        return fail(out.errorString());
    QByteArray sealed(sealedChunk, '\0');
    bool final = false;
    while (!final) {
        QByteArray chunk = in.read(chunkSize);
        final = in.atEnd();
        if (in.error() != QFileDevice::NoError || (chunk.isEmpty() && !final)) {
            out.close();
            QFile::remove(target);
            return Error{tr("Cannot read “%1” to encrypt it: %2.").arg(native(plainPath), in.errorString()), {}, {},
                         ErrorKind::Io};
        }
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(sealed.data()), &length,
            reinterpret_cast<const unsigned char *>(chunk.constData()), quint64(chunk.size()), nullptr, 0,
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        sodium_memzero(chunk.data(), size_t(chunk.size()));
        if (out.write(sealed.constData(), qint64(length)) != qint64(length))
            return fail(out.errorString());
    }
    sodium_memzero(&state, sizeof state);
    if (!out.flush() || in.error() != QFileDevice::NoError)
        return fail(out.errorString());
    return {};
}

Status BackupCrypto::unlock(const QString &path, const Passphrase &passphrase)
{
    QFile in(path);
    Header h;
    Keys keys;
    return openWith(in, path, passphrase, h, keys);
}

Status BackupCrypto::decrypt(const QString &path, QFile &out, const Passphrase &passphrase)
{
    QFile in(path);
    Header h;
    Keys keys;
    if (Status s = openWith(in, path, passphrase, h, keys); !s)
        return s;
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, h.stream.data(), keys.stream.data()) != 0)
        return damaged(path, QStringLiteral("stream header"));
    QByteArray plain(chunkSize, '\0');
    unsigned char tag = 0;
    qint64 chunks = 0;
    Status result;
    while (result && tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        const QByteArray sealed = in.read(sealedChunk);
        unsigned long long length = 0;
        if (sealed.isEmpty()) {
            result = damaged(path, QStringLiteral("cut short after %1 chunks").arg(chunks));
        } else if (crypto_secretstream_xchacha20poly1305_pull(
                       &state, reinterpret_cast<unsigned char *>(plain.data()), &length, &tag,
                       reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()), nullptr, 0)
                   != 0) {
            result = damaged(path, QStringLiteral("chunk %1 does not authenticate").arg(chunks));
        } else if (out.write(plain.constData(), qint64(length)) != qint64(length)) {
            result = Error{tr("Cannot write the decrypted backup beside “%1”: %2. Check the free space.")
                               .arg(native(out.fileName()), out.errorString()),
                           {}, {}, ErrorKind::Io};
        }
        ++chunks;
    }
    if (result && !in.atEnd())
        result = damaged(path, QStringLiteral("bytes after the final chunk"));
    sodium_memzero(plain.data(), size_t(plain.size()));
    sodium_memzero(&state, sizeof state);
    if (result && !out.flush())
        result = Error{tr("Cannot write the decrypted backup: %1. Check the free space.").arg(out.errorString()), {}, {},
                       ErrorKind::Io};
    return result;
}

void BackupCrypto::wipe(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(1 << 20, '\0');
        for (qint64 left = f.size(); left > 0; left -= zeros.size())
            if (f.write(zeros.constData(), std::min<qint64>(left, zeros.size())) <= 0)
                break;
        f.flush();
        f.close();
    }
    QFile::remove(path);
}

} // namespace guanxi
