#include "profile.h"

#include "audit/auditrecorder.h"
#include "storage/databasekey.h"
#include "util/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Officine::Platform {

Profile Profile::make(bool demo, const QString& dataDirOverride)
{
    Profile p;
    p.demo = demo;
    QString base = dataDirOverride;
    if (base.isEmpty()) {
        base = qEnvironmentVariable("OFFICINE_DATA_DIR");
    }
    if (base.isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/officine");
    }
    QString config = dataDirOverride.isEmpty() && qEnvironmentVariableIsEmpty("OFFICINE_DATA_DIR")
        ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/officine")
        : base;
    if (demo) {
        p.dataDir = base + QStringLiteral("/demo");
        p.storePath = p.dataDir + QStringLiteral("/officine-demo.db");
        p.settingsPath = config + QStringLiteral("/officine-demo.conf");
        p.keyEntry = QStringLiteral("demo-database-key");
        p.backupPassphraseEntry = QStringLiteral("demo-backup-passphrase");
        p.deviceKeyEntry = QStringLiteral("demo-sync-device-key");
    } else {
        p.dataDir = base;
        p.storePath = p.dataDir + QStringLiteral("/officine.db");
        p.settingsPath = config + QStringLiteral("/officine.conf");
        p.keyEntry = QStringLiteral("database-key");
        p.backupPassphraseEntry = QStringLiteral("backup-passphrase");
        p.deviceKeyEntry = QStringLiteral("sync-device-key");
    }
    return p;
}

Result<std::unique_ptr<Storage::Store>> StoreOpener::open(const Profile& profile,
                                                          Storage::SecretStore& secrets, bool createIfMissing,
                                                          Opener* connections)
{
    const bool exists = QFileInfo::exists(profile.storePath);
    if (!exists && !createIfMissing) {
        return fail(ErrorCode::NotFound,
                    tr("Aucune base n'existe encore pour cette officine (%1). Créez-la avec « officine-cli "
                       "init » ou restaurez une sauvegarde.")
                        .arg(QDir::toNativeSeparators(profile.storePath)),
                    QStringLiteral("store missing"));
    }
    if (!QDir().mkpath(profile.dataDir)) {
        return fail(ErrorCode::StoreIo, tr("Le dossier des données ne peut pas être créé."),
                    QStringLiteral("mkpath failed"));
    }
    // Only the owner may read the store's folder.
    QFile::setPermissions(profile.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto key = Storage::DatabaseKey::obtain(secrets, profile.keyEntry, exists);
    if (!key) {
        return fail(key.error());
    }
    Storage::StoreOptions options;
    options.path = profile.storePath;
    auto store = Storage::Store::open(options, key->key);
    if (!store) {
        return store; // key->key (locked memory) is wiped when `key` goes out of scope
    }
    QFile::setPermissions(profile.storePath, QFile::ReadOwner | QFile::WriteOwner);
    if (key->created) {
        // The key's creation opens the trail: which key, never its bytes.
        SystemClock clock;
        Audit::Entry e;
        e.action = Audit::Action::KeyOperation;
        e.targetType = QStringLiteral("database_key");
        e.detail = QStringLiteral("created;keychain-entry=%1").arg(profile.keyEntry);
        if (auto r = Audit::Recorder(**store, clock).recordSystem(e); !r) {
            return fail(r.error());
        }
    }
    if (connections) {
        // The key moves into the opener; otherwise it is wiped on return.
        auto shared = std::make_shared<SecureBuffer>(std::move(key->key));
        const QString path = profile.storePath;
        *connections = [shared, path]() {
            Storage::StoreOptions more;
            more.path = path;
            more.createIfMissing = false;
            // Pages read once by a walk: a small cache per extra connection.
            more.cacheKiB = 8 * 1024;
            return Storage::Store::open(more, *shared);
        };
    }
    return store;
}

} // namespace Officine::Platform
