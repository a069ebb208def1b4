#pragma once

#include "storage/secretstore.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

namespace Officine::Platform {

/// Which pharmacy the process works on: the real one, or the demo pharmacy (`--demo`), which
/// has its own store, key, settings and backup folder so it can never mix with real data.
struct Profile
{
    bool demo = false;
    QString dataDir; ///< holds the store and, for the demo, its backups
    QString storePath;
    QString settingsPath;
    QString keyEntry; ///< keychain entry of the database key
    QString backupPassphraseEntry;
    QString deviceKeyEntry; ///< keychain entry of the workstation's key for the sync server

    /// `dataDirOverride` (the --data-dir option) replaces the XDG data location.
    static Profile make(bool demo, const QString& dataDirOverride = {});
};

/// Opens the profile's store: database key from the keychain (created with the store on first
/// start), into locked memory, handed to SQLCipher, wiped when this returns.
class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)

public:
    using Opener = std::function<Result<std::unique_ptr<Storage::Store>>()>;
    /// With `connections`, also hands back an opener of further connections on the same store
    /// (background verification, its parallel readers), callable from any thread: it keeps the
    /// key read here, once, in locked memory until its last copy is dropped.
    static Result<std::unique_ptr<Storage::Store>> open(const Profile& profile, Storage::SecretStore& secrets,
                                                        bool createIfMissing, Opener* connections = nullptr);
};

} // namespace Officine::Platform
