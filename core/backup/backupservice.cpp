#include "backupservice.h"

#include "audit/auditrecorder.h"
#include "auth/password.h"
#include "logging/logging.h"
#include "storage/patientrepository.h"
#include "storage/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <fcntl.h>
#include <unistd.h>

namespace Officine::Backup {

namespace {

/// Removes a temporary SQLite file and its companions when it goes out of scope.
class TempDatabase
{
public:
    explicit TempDatabase(QString path)
        : m_path(std::move(path))
    {
    }
    ~TempDatabase() { removeAll(); }
    const QString& path() const { return m_path; }
    void release() { m_path.clear(); }
    void removeAll()
    {
        if (m_path.isEmpty()) {
            return;
        }
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(m_path + QLatin1StringView(suffix));
        }
    }

private:
    QString m_path;
};

QString tempPathBeside(const QString& path, const char* tag)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3.tmp")
                                           .arg(info.fileName(), QLatin1StringView(tag),
                                                QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

void syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Audit::Entry BackupService::auditEntry(const Result<BackupOutcome>& outcome, const QString& origin)
{
    Audit::Entry e;
    e.action = Audit::Action::Backup;
    e.targetType = QStringLiteral("store");
    if (outcome) {
        e.detail = QStringLiteral("%1;bytes=%2").arg(origin).arg(outcome->bytes);
    } else {
        e.outcome = Audit::Outcome::Failure;
        e.reason = Audit::Recorder::reasonFor(outcome.error());
        e.detail = origin;
    }
    return e;
}

Result<BackupOutcome> BackupService::backup(const QString& storePath, const SecureBuffer& storeKey,
                                            const SecureBuffer& passphrase, const QString& outPath,
                                            const Clock& clock, BackupFile::KdfParams kdf)
{
    if (auto p = Auth::Password::checkPolicy(passphrase, Auth::Password::Purpose::BackupPassphrase); !p) {
        return fail(p.error());
    }
    Storage::StoreOptions options;
    options.path = storePath;
    options.createIfMissing = false;
    auto store = Storage::Store::open(options, storeKey);
    if (!store) {
        return fail(store.error());
    }
    auto randomKey = SecureBuffer::random(32);
    if (!randomKey) {
        return fail(randomKey.error());
    }
    const SecureBuffer snapshotKey = std::move(*randomKey);
    TempDatabase snapshot(tempPathBeside(storePath, "backup"));
    if (auto e = (*store)->exportTo(snapshot.path(), snapshotKey); !e) {
        return fail(e.error());
    }
    const QDateTime at = clock.now();
    const QJsonObject meta {
        {QStringLiteral("application"), QStringLiteral("Officine")},
        {QStringLiteral("applicationVersion"), QStringLiteral(OFFICINE_VERSION)},
        {QStringLiteral("createdAt"), at.toString(Qt::ISODate)},
        {QStringLiteral("schemaVersion"), (*store)->schemaVersion()},
        {QStringLiteral("workstationId"), (*store)->workstationId()},
    };
    store->reset();
    if (auto s = BackupFile::seal(snapshot.path(), snapshotKey, meta, passphrase, outPath, kdf); !s) {
        return fail(s.error());
    }
    qCInfo(lcBackup) << "backup written," << QFileInfo(outPath).size() << "bytes";
    return BackupOutcome {outPath, QFileInfo(outPath).size(), at};
}

Result<RestoreOutcome> BackupService::restore(const QString& backupPath, const SecureBuffer& passphrase,
                                              const QString& storePath, const SecureBuffer& storeKey,
                                              const Clock& clock)
{
    QDir().mkpath(QFileInfo(storePath).absolutePath());
    // 1. Decrypt and authenticate the container.
    TempDatabase snapshot(tempPathBeside(storePath, "restore-snapshot"));
    auto opened = BackupFile::unseal(backupPath, passphrase, snapshot.path());
    if (!opened) {
        return fail(opened.error());
    }
    // 2. Open the snapshot: every page's HMAC is checked, the schema migrated if older.
    TempDatabase restored(tempPathBeside(storePath, "restore"));
    RestoreOutcome outcome;
    outcome.meta = opened->meta;
    {
        Storage::StoreOptions options;
        options.path = snapshot.path();
        options.createIfMissing = false;
        auto source = Storage::Store::open(options, opened->snapshotKey);
        if (!source) {
            return fail(source.error());
        }
        if (auto c = (*source)->integrityCheck(); !c) {
            return fail(c.error());
        }
        // 3. Re-key into this machine's store key.
        if (auto e = (*source)->exportTo(restored.path(), storeKey); !e) {
            return fail(e.error());
        }
    }
    // 4. Open the result as the application will, and check it once more.
    {
        Storage::StoreOptions options;
        options.path = restored.path();
        options.createIfMissing = false;
        auto check = Storage::Store::open(options, storeKey);
        if (!check) {
            return fail(check.error());
        }
        if (auto c = (*check)->integrityCheck(); !c) {
            return fail(c.error());
        }
        auto count = Storage::PatientRepository(**check).count();
        if (!count) {
            return fail(count.error());
        }
        outcome.patients = *count;
        if (auto cp = (*check)->checkpoint(); !cp) {
            return fail(cp.error());
        }
    }
    // 5. Swap: the current store (with its WAL) is moved aside, never deleted.
    if (QFileInfo::exists(storePath)) {
        const QString kept = storePath + QStringLiteral(".avant-restauration-")
            + clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString from = storePath + QLatin1StringView(suffix);
            if (QFileInfo::exists(from) && !QFile::rename(from, kept + QLatin1StringView(suffix))) {
                return fail(ErrorCode::StoreIo,
                            tr("La base actuelle n'a pas pu être mise de côté : restauration annulée, rien "
                               "n'a été modifié."),
                            QStringLiteral("rename current store failed"));
            }
        }
        outcome.previousStoreKeptAt = kept;
    }
    if (!QFile::rename(restored.path(), storePath)) {
        if (!outcome.previousStoreKeptAt.isEmpty()) {
            for (const char* suffix : {"", "-wal", "-shm"}) {
                QFile::rename(outcome.previousStoreKeptAt + QLatin1StringView(suffix),
                              storePath + QLatin1StringView(suffix));
            }
        }
        return fail(ErrorCode::StoreIo, tr("La base restaurée n'a pas pu être mise en place."),
                    QStringLiteral("rename restored store failed"));
    }
    restored.release();
    syncDirectory(QFileInfo(storePath).absolutePath());
    qCInfo(lcBackup) << "backup restored, schema"
                     << outcome.meta.value(QStringLiteral("schemaVersion")).toInt();
    return outcome;
}

} // namespace Officine::Backup
