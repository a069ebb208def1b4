#pragma once

#include "util/result.h"
#include "util/securebuffer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Officine::Backup {

/// The on-disk container of an Officine backup (documented in docs/backup-format.md):
///
///   header (88 bytes, authenticated as GCM additional data)
///     magic "OFCNBAK1" | u16 format version (1) | u8 KDF id (1 = scrypt) | u8 log2(N) | u32 r | u32 p
///     | 16-byte salt | 12-byte GCM nonce | u64 payload length | 32-byte passphrase check
///   payload, AES-256-GCM encrypted
///     u32 metadata length | metadata (JSON) | 32-byte snapshot key | snapshot (SQLCipher file)
///   16-byte GCM tag
///
/// scrypt(passphrase, salt) gives 64 bytes: the first 32 are the GCM key, the last 32 key the
/// HMAC-SHA256 "passphrase check", which tells a wrong passphrase apart from a damaged file.
/// Big-endian integers. The snapshot inside is itself a SQLCipher database under a random key
/// that exists only inside the encrypted payload, so no step ever writes health data in clear.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    struct KdfParams
    {
        quint8 log2N = 17; ///< 2^17 × r=8 × 128 B = 128 MiB of memory per derivation
        quint32 r = 8;
        quint32 p = 1;
    };
    static constexpr int headerSize = 88;
    static constexpr int tagSize = 16;

    /// Encrypts `snapshotPath` (plus its key and the metadata) into `outPath`, written to a
    /// temporary name, flushed to disk and renamed, so a crash never leaves a half backup under
    /// the final name.
    static Result<void> seal(const QString& snapshotPath, const SecureBuffer& snapshotKey,
                             const QJsonObject& meta, const SecureBuffer& passphrase, const QString& outPath,
                             KdfParams kdf);
    static Result<void> seal(const QString& snapshotPath, const SecureBuffer& snapshotKey,
                             const QJsonObject& meta, const SecureBuffer& passphrase, const QString& outPath)
    {
        return seal(snapshotPath, snapshotKey, meta, passphrase, outPath, KdfParams {});
    }

    struct Opened
    {
        SecureBuffer snapshotKey;
        QJsonObject meta;
    };
    /// Checks the container and decrypts the snapshot to `snapshotOutPath`. Refuses a file that is
    /// not a backup, truncated, tampered with or opened with the wrong passphrase; on any refusal
    /// `snapshotOutPath` does not exist afterwards.
    static Result<Opened> unseal(const QString& backupPath, const SecureBuffer& passphrase,
                                 const QString& snapshotOutPath);
};

} // namespace Officine::Backup
