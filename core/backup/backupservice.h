#pragma once

#include "audit/auditentry.h"
#include "backup/backupfile.h"
#include "util/clock.h"
#include "util/result.h"
#include "util/securebuffer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Officine::Backup {

struct BackupOutcome
{
    QString path;
    qint64 bytes = 0;
    QDateTime at;
};

struct RestoreOutcome
{
    QJsonObject meta; ///< what the backup says of itself (date, schema, workstation)
    QString previousStoreKeptAt; ///< where the replaced store was moved, empty if none
    qint64 patients = 0;
};

/// Backup and restore of the encrypted store (officine-cli and the daily job).
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    /// The audit entry of a backup run by the daily job (`origin` "daily") or by hand ("cli"):
    /// its size, or why it failed. The one place such an entry is built.
    static Audit::Entry auditEntry(const Result<BackupOutcome>& outcome, const QString& origin);

    /// An online, consistent backup of the store at `storePath` (opened read-only through its own
    /// connection, so the application may keep working) into `outPath`.
    static Result<BackupOutcome> backup(const QString& storePath, const SecureBuffer& storeKey,
                                        const SecureBuffer& passphrase, const QString& outPath,
                                        const Clock& clock, BackupFile::KdfParams kdf = {});

    /// Checks the backup completely (authenticity, passphrase, every page, schema) before it
    /// touches anything; then puts it in place of the store at `storePath`, re-keyed with
    /// `storeKey`, and keeps the replaced store beside it. Any refusal leaves the current store
    /// exactly as it was.
    static Result<RestoreOutcome> restore(const QString& backupPath, const SecureBuffer& passphrase,
                                          const QString& storePath, const SecureBuffer& storeKey,
                                          const Clock& clock);
};

} // namespace Officine::Backup
