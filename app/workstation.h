#pragma once

#include "auth/cardauthenticator.h"
#include "auth/trustdir.h"
#include "backup/backupscheduler.h"
#include "commands/actor.h"
#include "insi/insiclient.h"
#include "platform/profile.h"
#include "shellcontext.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace Officine {
class Clock;
class Settings;
namespace Storage {
class Store;
}
namespace Commands {
class CommandExecutor;
}
namespace Services {
class PatientDirectory;
class CatalogService;
class StaffDirectory;
class AuditLog;
class DailyJobs;
} // namespace Services
namespace Retention {
class Job;
}
namespace Audit {
class BackgroundVerification;
class Checkpointer;
class SessionAudit;
} // namespace Audit
namespace Auth {
class CardVerifier;
class CardSignIn;
class SessionManager;
class SignInFlow;
class CardBinder;
class FallbackSignIn;
class CheckpointSigning;
} // namespace Auth
namespace Sync {
class SyncWorker;
class DeviceKey;
} // namespace Sync
namespace SmartCard {
class ReaderMonitor;
class ApduCardAuthenticator;
class Pkcs11CardAuthenticator;
} // namespace SmartCard
} // namespace Officine

namespace Officine::App {

/// The daily backup's job: the database key and the backup passphrase are read from the keychain
/// on the calling (GUI) thread, handed to the worker in locked memory, wiped when it is done.
Backup::BackupScheduler::JobFactory dailyBackupJob(Storage::SecretStore& secrets,
                                                   const Platform::Profile& profile, const Clock& clock);

/// The service graph of one workstation, built once and shared by the application, the GUI
/// tests and the sign-in benchmark, so that what they test is what runs: the command executor
/// and the read services over the store, card sign-in (reader monitor → sign-in flow →
/// sessions), its audit trail (SessionAudit), checkpoint signing, the start-up verification,
/// the daily backup and the retention job (DailyJobs), and the Ui::ShellContext handed to the
/// window. It holds no widget; app/main.cpp only parses options, opens the store and wires this
/// to the window.
///
/// Thread-safety: built and used on the GUI thread (the store's).
class Workstation
{
    Q_DECLARE_TR_FUNCTIONS(Workstation)

public:
    struct Options
    {
        Storage::Store* store = nullptr;
        const Clock* clock = nullptr;
        Settings* settings = nullptr;
        bool demo = false;
        QString storePath;
        /// Card sign-in; without it the executor acts as `fixedActor` and the window never locks
        /// (the demo without its emulated cards).
        bool cardSignIn = true;
        std::optional<Commands::Actor> fixedActor;
        /// The card middleware's PKCS#11 module (from the system file); empty: our APDU profile.
        QString pkcs11Module;
        /// The trusted card authorities (sign-in and checkpoint certificates).
        Auth::TrustDir trust;
        /// Further connections on the store: enables the start-up verification of the trail.
        Platform::StoreOpener::Opener connections;
        /// Builds the daily backup's job (key and passphrase from the keychain); enables it.
        Backup::BackupScheduler::JobFactory backupJob;
        std::function<Result<void>(const SecureBuffer&)> saveBackupPassphrase;
        std::function<bool()> hasBackupPassphrase;
        QString systemConfigPath;
        QString syncServerUrl;
        QString syncServerCa; ///< the CA the server's certificate must chain to
        /// The workstation's key for the sync server, in the keychain (none until enrolled).
        std::function<Result<std::optional<SecureBuffer>>()> readDeviceKey;
        std::function<Result<void>(const SecureBuffer&)> saveDeviceKey;
        /// The INSi teleservice (system file [insi], or the demo's simulator); empty: none.
        QString insiUrl;
        QString insiCa;
    };

    explicit Workstation(Options options);
    ~Workstation();
    Workstation(const Workstation&) = delete;
    Workstation& operator=(const Workstation&) = delete;

    /// Starts the reader monitor, the start-up verification and the daily jobs.
    void start();
    /// Stops them and waits for the workers (before the store closes).
    void stop();

    Ui::ShellContext shellContext() const;
    /// The INSi teleservice with the signed-in member's card as caller (the PIN typed each time,
    /// as for any signature by the card).
    Insi::Access insiAccess() const;
    /// A warning to show at start (an unusable PKCS#11 module), empty if none.
    QString startupWarning() const { return m_startupWarning; }

    Commands::CommandExecutor& executor() { return *m_executor; }
    Services::PatientDirectory& patients() { return *m_patients; }
    Auth::SessionManager* sessions() { return m_sessions.get(); }
    Auth::SignInFlow* signInFlow() { return m_flow.get(); }
    SmartCard::ReaderMonitor* readerMonitor() { return m_monitor.get(); }
    Auth::CheckpointSigning* checkpointSigning() { return m_checkpoints.get(); }
    Audit::Checkpointer* checkpointer() { return m_checkpointer.get(); }
    Audit::BackgroundVerification* verification() { return m_verification.get(); }
    Backup::BackupScheduler* backups() { return m_backups.get(); }
    Services::DailyJobs& dailyJobs() { return *m_jobs; }
    Sync::SyncWorker* sync() { return m_sync.get(); }

private:
    /// A member signed in with their card: the same PIN opens the server session (and, for the
    /// titulaire on a workstation not yet enrolled, enrols it first).
    void openServerSession(const QString& reader, std::shared_ptr<const SecureBuffer> pin,
                           const QByteArray& certificateDer, const Commands::Actor& actor);
    Options m_options;
    std::unique_ptr<Sync::SyncWorker> m_sync;
    std::shared_ptr<const Sync::DeviceKey> m_deviceKey;
    QString m_startupWarning;
    std::unique_ptr<Commands::CommandExecutor> m_executor;
    std::unique_ptr<Services::PatientDirectory> m_patients;
    std::unique_ptr<Services::CatalogService> m_catalogue;
    std::unique_ptr<Services::StaffDirectory> m_staff;
    std::unique_ptr<Services::AuditLog> m_auditLog;
    std::unique_ptr<Retention::Job> m_retention;
    std::unique_ptr<SmartCard::ApduCardAuthenticator> m_apdu;
    std::unique_ptr<SmartCard::Pkcs11CardAuthenticator> m_pkcs11;
    std::unique_ptr<Auth::CardVerifier> m_cardVerifier;
    std::unique_ptr<Auth::CardSignIn> m_signIn;
    std::unique_ptr<Auth::SessionManager> m_sessions;
    std::unique_ptr<Auth::SignInFlow> m_flow;
    std::unique_ptr<Auth::CardBinder> m_binder;
    std::unique_ptr<Auth::FallbackSignIn> m_fallback;
    std::unique_ptr<Audit::Checkpointer> m_checkpointer;
    std::unique_ptr<Auth::CheckpointSigning> m_checkpoints;
    Auth::CardAuthenticator* m_authenticator = nullptr;
    std::unique_ptr<Insi::HttpTeleservice> m_insi;
    std::unique_ptr<Audit::SessionAudit> m_sessionAudit;
    std::unique_ptr<SmartCard::ReaderMonitor> m_monitor;
    std::unique_ptr<Backup::BackupScheduler> m_backups;
    std::unique_ptr<Audit::BackgroundVerification> m_verification;
    std::unique_ptr<Services::DailyJobs> m_jobs;
    bool m_started = false;
};

} // namespace Officine::App
