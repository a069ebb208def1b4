#include "backupfile.h"

#include "logging/logging.h"
#include "util/random.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace Officine::Backup {

namespace {

constexpr char kMagic[8] = {'O', 'F', 'C', 'N', 'B', 'A', 'K', '1'};
constexpr quint16 kFormatVersion = 1;
constexpr quint8 kKdfScrypt = 1;
constexpr int kChunk = 64 * 1024;
constexpr char kCheckLabel[] = "officine-backup-passphrase-check-v1";

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

struct Header
{
    quint8 log2N = 0;
    quint32 r = 0;
    quint32 p = 0;
    unsigned char salt[16] = {};
    unsigned char nonce[12] = {};
    quint64 payloadLength = 0;
    unsigned char check[32] = {};
};

QByteArray encodeHeader(const Header& h)
{
    QByteArray out;
    out.reserve(BackupFile::headerSize);
    out.append(kMagic, sizeof kMagic);
    char u16[2];
    qToBigEndian(kFormatVersion, u16);
    out.append(u16, 2);
    out.append(static_cast<char>(kKdfScrypt));
    out.append(static_cast<char>(h.log2N));
    char u32[4];
    qToBigEndian(h.r, u32);
    out.append(u32, 4);
    qToBigEndian(h.p, u32);
    out.append(u32, 4);
    out.append(reinterpret_cast<const char*>(h.salt), 16);
    out.append(reinterpret_cast<const char*>(h.nonce), 12);
    char u64[8];
    qToBigEndian(h.payloadLength, u64);
    out.append(u64, 8);
    out.append(reinterpret_cast<const char*>(h.check), 32);
    Q_ASSERT(out.size() == BackupFile::headerSize);
    return out;
}

/// scrypt → 64 bytes (GCM key | check key), in locked memory.
Result<SecureBuffer> deriveKeys(const SecureBuffer& passphrase, const unsigned char* salt, quint8 log2N,
                                quint32 r, quint32 p)
{
    SecureBuffer out(64);
    const uint64_t N = uint64_t {1} << log2N;
    const uint64_t maxmem = 128 * N * r * p + 64 * 1024 * 1024;
    if (EVP_PBE_scrypt(reinterpret_cast<const char*>(passphrase.data()), passphrase.size(), salt, 16, N, r, p,
                       maxmem, out.data(), out.size())
        != 1) {
        return fail(ErrorCode::Internal, QStringLiteral("scrypt failed"),
                    QStringLiteral("EVP_PBE_scrypt failed"));
    }
    return out;
}

void passphraseCheck(const SecureBuffer& keys, unsigned char out[32])
{
    unsigned int len = 32;
    HMAC(EVP_sha256(), keys.data() + 32, 32, reinterpret_cast<const unsigned char*>(kCheckLabel),
         sizeof kCheckLabel - 1, out, &len);
}

Error ioError(const QString& what, const QString& detail)
{
    return Error(ErrorCode::BackupIo, what, detail);
}

} // namespace

Result<void> BackupFile::seal(const QString& snapshotPath, const SecureBuffer& snapshotKey,
                              const QJsonObject& meta, const SecureBuffer& passphrase, const QString& outPath,
                              KdfParams kdf)
{
    QFile snapshot(snapshotPath);
    if (!snapshot.open(QIODevice::ReadOnly)) {
        return fail(ioError(tr("Lecture de l'instantané de la base impossible."), snapshot.errorString()));
    }
    const QByteArray metaBytes = QJsonDocument(meta).toJson(QJsonDocument::Compact);

    Header h;
    h.log2N = kdf.log2N;
    h.r = kdf.r;
    h.p = kdf.p;
    if (auto r = Random::fill(h.salt, sizeof h.salt); !r) {
        return fail(r.error());
    }
    if (auto r = Random::fill(h.nonce, sizeof h.nonce); !r) {
        return fail(r.error());
    }
    h.payloadLength = 4 + static_cast<quint64>(metaBytes.size()) + 32 + static_cast<quint64>(snapshot.size());
    auto keys = deriveKeys(passphrase, h.salt, h.log2N, h.r, h.p);
    if (!keys) {
        return fail(keys.error());
    }
    passphraseCheck(*keys, h.check);
    const QByteArray header = encodeHeader(h);

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int outl = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, keys->data(), h.nonce) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &outl,
                             reinterpret_cast<const unsigned char*>(header.constData()),
                             static_cast<int>(header.size()))
            != 1) {
        return fail(ErrorCode::Internal, tr("Erreur interne de chiffrement."),
                    QStringLiteral("GCM init failed"));
    }

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(ioError(tr("Impossible d'écrire la sauvegarde dans le dossier choisi (droits, disque "
                               "plein ou support absent)."),
                            out.errorString()));
    }
    // Owner only, like the store: the file is encrypted, but it is the pharmacy's whole data
    // and no other account on the machine has any business reading it.
    if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        out.cancelWriting();
        return fail(ioError(tr("Impossible d'écrire la sauvegarde dans le dossier choisi (droits, disque "
                               "plein ou support absent)."),
                            out.errorString()));
    }
    out.write(header);

    QByteArray cipher(kChunk + 16, Qt::Uninitialized);
    auto encrypt = [&](const unsigned char* data, int len) -> bool {
        int n = 0;
        if (EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(cipher.data()), &n, data, len)
            != 1) {
            return false;
        }
        return out.write(cipher.constData(), n) == n;
    };
    char u32[4];
    qToBigEndian(static_cast<quint32>(metaBytes.size()), u32);
    bool ok = encrypt(reinterpret_cast<const unsigned char*>(u32), 4)
        && encrypt(reinterpret_cast<const unsigned char*>(metaBytes.constData()),
                   static_cast<int>(metaBytes.size()))
        && encrypt(snapshotKey.data(), static_cast<int>(snapshotKey.size()));
    QByteArray plain(kChunk, Qt::Uninitialized);
    while (ok && !snapshot.atEnd()) {
        const qint64 n = snapshot.read(plain.data(), kChunk);
        if (n < 0) {
            ok = false;
            break;
        }
        ok = encrypt(reinterpret_cast<const unsigned char*>(plain.constData()), static_cast<int>(n));
    }
    unsigned char tag[tagSize];
    int finalLen = 0;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(cipher.data()), &finalLen) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagSize, tag) == 1;
    ok = ok && out.write(reinterpret_cast<const char*>(tag), tagSize) == tagSize;
    OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
    if (!ok) {
        out.cancelWriting();
        return fail(ioError(tr("L'écriture de la sauvegarde a échoué (disque plein ou support retiré ?)."),
                            out.errorString()));
    }
    if (!out.commit()) {
        return fail(ioError(tr("L'écriture de la sauvegarde a échoué (disque plein ou support retiré ?)."),
                            out.errorString()));
    }
    return {};
}

Result<BackupFile::Opened> BackupFile::unseal(const QString& backupPath, const SecureBuffer& passphrase,
                                              const QString& snapshotOutPath)
{
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(ioError(tr("Le fichier de sauvegarde ne peut pas être lu."), in.errorString()));
    }
    const QByteArray header = in.read(headerSize);
    if (header.size() < static_cast<int>(sizeof kMagic)
        || std::memcmp(header.constData(), kMagic, sizeof kMagic) != 0) {
        return fail(ErrorCode::BackupNotABackup, tr("Ce fichier n'est pas une sauvegarde Officine."),
                    QStringLiteral("bad magic"));
    }
    if (header.size() < headerSize) {
        return fail(ErrorCode::BackupTruncated,
                    tr("La sauvegarde est tronquée (copie interrompue ?) : elle ne peut pas être restaurée."),
                    QStringLiteral("short header"));
    }
    const auto* raw = reinterpret_cast<const unsigned char*>(header.constData());
    const quint16 version = qFromBigEndian<quint16>(raw + 8);
    if (version != kFormatVersion) {
        return fail(ErrorCode::BackupUnsupportedVersion,
                    tr("Cette sauvegarde a un format plus récent que cette version d'Officine : mettez "
                       "Officine à jour pour la restaurer."),
                    QStringLiteral("format version %1").arg(version));
    }
    Header h;
    const quint8 kdfId = raw[10];
    h.log2N = raw[11];
    h.r = qFromBigEndian<quint32>(raw + 12);
    h.p = qFromBigEndian<quint32>(raw + 16);
    std::memcpy(h.salt, raw + 20, 16);
    std::memcpy(h.nonce, raw + 36, 12);
    h.payloadLength = qFromBigEndian<quint64>(raw + 48);
    std::memcpy(h.check, raw + 56, 32);
    const Error damaged(ErrorCode::BackupCorrupt,
                        tr("La sauvegarde est endommagée ou a été modifiée : son contrôle d'authenticité "
                           "échoue. Elle n'a pas été restaurée."),
                        QStringLiteral("authentication failed"));
    if (kdfId != kKdfScrypt || h.log2N < 10 || h.log2N > 22 || h.r < 1 || h.r > 32 || h.p < 1 || h.p > 16) {
        return fail(damaged);
    }
    const quint64 expected = headerSize + h.payloadLength + tagSize;
    const auto actual = static_cast<quint64>(in.size());
    if (actual < expected) {
        return fail(ErrorCode::BackupTruncated,
                    tr("La sauvegarde est tronquée (copie interrompue ?) : elle ne peut pas être restaurée."),
                    QStringLiteral("file is %1 bytes, header announces %2").arg(actual).arg(expected));
    }
    if (actual > expected || h.payloadLength < 4 + 32) {
        return fail(damaged);
    }

    auto keys = deriveKeys(passphrase, h.salt, h.log2N, h.r, h.p);
    if (!keys) {
        return fail(keys.error());
    }
    unsigned char check[32];
    passphraseCheck(*keys, check);
    if (CRYPTO_memcmp(check, h.check, 32) != 0) {
        return fail(ErrorCode::BackupWrongPassphrase,
                    tr("Phrase de passe incorrecte pour cette sauvegarde (ou en-tête de la sauvegarde "
                       "altéré)."),
                    QStringLiteral("passphrase check mismatch"));
    }

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int outl = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, keys->data(), h.nonce) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &outl, raw, headerSize) != 1) {
        return fail(ErrorCode::Internal, tr("Erreur interne de chiffrement."),
                    QStringLiteral("GCM init failed"));
    }

    QFile out(snapshotOutPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return fail(
            ioError(tr("Impossible d'écrire le fichier temporaire de restauration."), out.errorString()));
    }
    auto abandon = [&](Error e) -> Result<Opened> {
        out.close();
        QFile::remove(snapshotOutPath);
        return fail(std::move(e));
    };

    // The first bytes of the plaintext: metadata length, metadata, snapshot key. They are held
    // until the tag is verified; nothing is trusted before that.
    QByteArray prefix;
    SecureBuffer snapshotKey(32);
    quint64 remaining = h.payloadLength;
    quint64 consumed = 0;
    quint32 metaLength = 0;
    QByteArray cipher(kChunk, Qt::Uninitialized);
    QByteArray plain(kChunk + 16, Qt::Uninitialized);
    while (remaining > 0) {
        const qint64 want = static_cast<qint64>(std::min<quint64>(remaining, kChunk));
        const qint64 n = in.read(cipher.data(), want);
        if (n != want) {
            return abandon(
                Error(ErrorCode::BackupTruncated,
                      tr("La sauvegarde est tronquée (copie interrompue ?) : elle ne peut pas être "
                         "restaurée."),
                      QStringLiteral("short read")));
        }
        int pn = 0;
        if (EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &pn,
                              reinterpret_cast<const unsigned char*>(cipher.constData()), static_cast<int>(n))
            != 1) {
            return abandon(damaged);
        }
        remaining -= static_cast<quint64>(n);
        // Route the plaintext: metadata length (4), metadata, key (32), then snapshot bytes.
        int offset = 0;
        while (offset < pn) {
            if (consumed < 4) {
                const int take = std::min<int>(pn - offset, static_cast<int>(4 - consumed));
                prefix.append(plain.constData() + offset, take);
                offset += take;
                consumed += static_cast<quint64>(take);
                if (consumed == 4) {
                    metaLength = qFromBigEndian<quint32>(prefix.constData());
                    prefix.clear();
                    if (4ULL + metaLength + 32 > h.payloadLength) {
                        return abandon(damaged);
                    }
                }
            } else if (consumed < 4ULL + metaLength) {
                const int take = static_cast<int>(
                    std::min<quint64>(static_cast<quint64>(pn - offset), 4ULL + metaLength - consumed));
                prefix.append(plain.constData() + offset, take);
                offset += take;
                consumed += static_cast<quint64>(take);
            } else if (consumed < 4ULL + metaLength + 32) {
                const quint64 at = consumed - 4 - metaLength;
                const int take
                    = static_cast<int>(std::min<quint64>(static_cast<quint64>(pn - offset), 32 - at));
                std::memcpy(snapshotKey.data() + at, plain.constData() + offset, static_cast<size_t>(take));
                offset += take;
                consumed += static_cast<quint64>(take);
            } else {
                const int take = pn - offset;
                if (out.write(plain.constData() + offset, take) != take) {
                    return abandon(ioError(tr("Impossible d'écrire le fichier temporaire de restauration."),
                                           out.errorString()));
                }
                offset += take;
                consumed += static_cast<quint64>(take);
            }
        }
    }
    unsigned char tag[tagSize];
    if (in.read(reinterpret_cast<char*>(tag), tagSize) != tagSize) {
        return abandon(Error(ErrorCode::BackupTruncated,
                             tr("La sauvegarde est tronquée (copie interrompue ?) : elle ne peut pas être "
                                "restaurée."),
                             QStringLiteral("missing tag")));
    }
    int finalLen = 0;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagSize, tag) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &finalLen) != 1) {
        return abandon(damaged);
    }
    OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
    if (!out.flush()) {
        return abandon(
            ioError(tr("Impossible d'écrire le fichier temporaire de restauration."), out.errorString()));
    }
    out.close();
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(prefix, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        QFile::remove(snapshotOutPath);
        return fail(damaged);
    }
    return Opened {std::move(snapshotKey), doc.object()};
}

} // namespace Officine::Backup
