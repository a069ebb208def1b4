#pragma once

#include "insi/insiclient.h"
#include "util/result.h"
#include "util/securebuffer.h"

#include <QString>
#include <functional>

namespace Officine {
class Settings;
namespace Commands {
class CommandExecutor;
}
namespace Services {
class PatientDirectory;
class CatalogService;
class StaffDirectory;
class AuditLog;
} // namespace Services
namespace Sync {
class SyncWorker;
}
namespace Backup {
class BackupScheduler;
}
namespace Audit {
class BackgroundVerification;
}
namespace Auth {
class SessionManager;
class SignInFlow;
class CardBinder;
class CheckpointSigning;
} // namespace Auth
} // namespace Officine

namespace Officine::Ui {

/// What app/ hands to the shell: services from core and the few platform callbacks the UI may
/// call. The UI holds no SQL and no business rule; it asks these.
struct ShellContext
{
    Settings* settings = nullptr;
    Commands::CommandExecutor* executor = nullptr;
    Services::PatientDirectory* patients = nullptr;
    /// The drug catalogue (Médicaments); null shows a placeholder.
    Services::CatalogService* catalogue = nullptr;
    /// The audit trail's viewer service (Traçabilité, patient history); null hides them.
    Services::AuditLog* auditLog = nullptr;
    Backup::BackupScheduler* backups = nullptr; ///< may be null (tests)
    /// The start-up verification of the audit trail; the titulaire is warned when it fails.
    Audit::BackgroundVerification* auditCheck = nullptr;
    /// Card sign-in. When null, the window runs with the executor's fixed actor (the demo
    /// pharmacy without its card emulators) and never locks.
    Auth::SessionManager* sessions = nullptr;
    Auth::SignInFlow* signIn = nullptr;
    /// The team's accounts and card binding (Administration); null when cards are not wired.
    Services::StaffDirectory* staff = nullptr;
    Auth::CardBinder* binder = nullptr;
    /// Signed checkpoints of the audit trail with the signed-in pharmacist's card; null when
    /// cards are not wired.
    Auth::CheckpointSigning* checkpoints = nullptr;
    std::function<QStringList()> readersWithCard;
    /// The INSi teleservice (null service: not configured) and the signed-in card as caller.
    Insi::Access insi;
    bool demo = false;
    QString storePath;
    /// Set by the root-owned system file (Platform::SystemConfig), shown, never edited here.
    QString systemConfigPath;
    QString cardMiddleware; ///< the PKCS#11 module; empty: Officine's own card profile
    QString syncServerUrl; ///< empty: sync not configured
    /// The background sync (status bar, sync panel); null when no server is configured.
    Sync::SyncWorker* sync = nullptr;
    /// Stores the daily backup passphrase in the keychain.
    std::function<Result<void>(const SecureBuffer&)> saveBackupPassphrase;
    /// Whether the keychain holds a backup passphrase.
    std::function<bool()> hasBackupPassphrase;
};

} // namespace Officine::Ui
