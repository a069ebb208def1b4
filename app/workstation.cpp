#include "workstation.h"

#include "apducardauthenticator.h"
#include "audit/backgroundverification.h"
#include "audit/checkpointer.h"
#include "audit/sessionaudit.h"
#include "auth/cardbinder.h"
#include "auth/cardsignin.h"
#include "auth/cardverifier.h"
#include "auth/checkpointsigning.h"
#include "auth/fallbacksignin.h"
#include "auth/sessionmanager.h"
#include "auth/signinflow.h"
#include "backup/backupservice.h"
#include "commands/commandexecutor.h"
#include "commands/settingscommands.h"
#include "logging/logging.h"
#include "pkcs11cardauthenticator.h"
#include "readermonitor.h"
#include "retention/retentionjob.h"
#include "services/auditlog.h"
#include "services/catalogservice.h"
#include "services/dailyjobs.h"
#include "services/patientdirectory.h"
#include "services/staffdirectory.h"
#include "settings/settings.h"
#include "storage/databasekey.h"
#include "sync/syncworker.h"

#include <QSslCertificate>
#include <QSysInfo>
#include <QThread>

namespace Officine::App {

Backup::BackupScheduler::JobFactory dailyBackupJob(Storage::SecretStore& secrets,
                                                   const Platform::Profile& profile, const Clock& clock)
{
    return [&secrets, profile, &clock]() -> Result<Backup::BackupScheduler::Job> {
        auto key = Storage::DatabaseKey::obtain(secrets, profile.keyEntry, true);
        if (!key) {
            return fail(key.error());
        }
        auto passphrase = secrets.read(profile.backupPassphraseEntry);
        if (!passphrase) {
            return fail(passphrase.error());
        }
        if (!passphrase->has_value()) {
            return fail(
                ErrorCode::KeychainKeyMissing,
                QCoreApplication::translate(
                    "Workstation",
                    "Aucune phrase de passe de sauvegarde n'est définie : le titulaire doit la saisir "
                    "dans les paramètres."));
        }
        auto sharedKey = std::make_shared<SecureBuffer>(std::move(key->key));
        auto sharedPass = std::make_shared<SecureBuffer>(std::move(**passphrase));
        const QString storePath = profile.storePath;
        return Backup::BackupScheduler::Job(
            [sharedKey, sharedPass, storePath, &clock](const QString& destination) {
                return Backup::BackupService::backup(storePath, *sharedKey, *sharedPass, destination, clock);
            });
    };
}

Workstation::Workstation(Options options)
    : m_options(std::move(options))
{
    Storage::Store& store = *m_options.store;
    const Clock& clock = *m_options.clock;
    m_executor = std::make_unique<Commands::CommandExecutor>(store, clock);
    m_patients = std::make_unique<Services::PatientDirectory>(*m_executor);
    m_catalogue = std::make_unique<Services::CatalogService>(*m_executor, m_options.connections);
    m_staff = std::make_unique<Services::StaffDirectory>(*m_executor);
    m_auditLog = std::make_unique<Services::AuditLog>(*m_executor);
    m_retention = std::make_unique<Retention::Job>(store, m_executor->audit(), clock);

    if (m_options.cardSignIn) {
        // A real pharmacy's cards through the ANS middleware when the system file names it;
        // else (and for the demo) our own APDU profile.
        m_apdu = std::make_unique<SmartCard::ApduCardAuthenticator>();
        Auth::CardAuthenticator* authenticator = m_apdu.get();
        if (!m_options.pkcs11Module.isEmpty()) {
            m_pkcs11 = std::make_unique<SmartCard::Pkcs11CardAuthenticator>(m_options.pkcs11Module);
            if (auto loaded = m_pkcs11->load(); !loaded) {
                qCWarning(lcApp).noquote() << "PKCS#11 module unusable:" << loaded.error().logText;
                m_startupWarning = loaded.error().userText;
            }
            authenticator = m_pkcs11.get();
        }
        if (m_options.trust.roots.isEmpty()) {
            qCWarning(lcApp) << "no trusted root certificate: every card will be refused";
        }
        m_cardVerifier = std::make_unique<Auth::CardVerifier>(clock, m_options.trust.roots,
                                                              m_options.trust.intermediates);
        m_signIn = std::make_unique<Auth::CardSignIn>(store, *m_cardVerifier);
        m_sessions = std::make_unique<Auth::SessionManager>(*m_executor, clock);
        // The pharmacy's value, as last received from the server, is the one in force.
        if (auto mirrored = Commands::mirrorPharmacySettings(store, *m_options.settings); !mirrored) {
            qCWarning(lcApp).noquote() << "pharmacy settings not read:" << mirrored.error().logText;
        }
        m_sessions->setInactivityLimit(m_options.settings->integer(Settings::Key::InactivityLockSeconds));
        QObject::connect(m_options.settings, &Settings::changed, m_sessions.get(),
                         [sessions = m_sessions.get(), settings = m_options.settings](Settings::Key key) {
                             if (key == Settings::Key::InactivityLockSeconds) {
                                 sessions->setInactivityLimit(
                                     settings->integer(Settings::Key::InactivityLockSeconds));
                             }
                         });
        m_authenticator = authenticator;
        m_flow = std::make_unique<Auth::SignInFlow>(*authenticator, *m_signIn, *m_sessions, *m_executor);
        m_binder = std::make_unique<Auth::CardBinder>(*authenticator, *m_cardVerifier, store);
        m_fallback = std::make_unique<Auth::FallbackSignIn>(store, clock);
        m_flow->setFallback(m_fallback.get());
        // Signed checkpoints of the audit trail: daily at a pharmacist's sign-in, and on demand.
        m_checkpointer = std::make_unique<Audit::Checkpointer>(store, clock, *m_cardVerifier);
        m_checkpoints
            = std::make_unique<Auth::CheckpointSigning>(*authenticator, *m_checkpointer, *m_executor);
        m_flow->setCheckpointSigning(m_checkpoints.get());
        // Sessions in the audit trail: sign-in, unlock, lock, sign-out, refused sign-ins.
        m_sessionAudit = std::make_unique<Audit::SessionAudit>(*m_executor, *m_sessions, m_flow.get());
        m_monitor = std::make_unique<SmartCard::ReaderMonitor>();
        QObject::connect(m_monitor.get(), &SmartCard::ReaderMonitor::cardInserted, m_flow.get(),
                         &Auth::SignInFlow::cardInserted);
        QObject::connect(m_monitor.get(), &SmartCard::ReaderMonitor::cardRemoved, m_flow.get(),
                         &Auth::SignInFlow::cardRemoved);
        QObject::connect(m_monitor.get(), &SmartCard::ReaderMonitor::cardRemoved, m_sessions.get(),
                         &Auth::SessionManager::cardRemoved);
    } else {
        m_executor->setActor(m_options.fixedActor);
    }

    if (m_options.backupJob) {
        m_backups
            = std::make_unique<Backup::BackupScheduler>(*m_options.settings, clock, m_options.backupJob);
        m_backups->setAudit(&m_executor->audit());
    }
    if (m_options.connections) {
        // Its own CardVerifier: used on the verification's worker thread.
        std::shared_ptr<const Auth::CardVerifier> anchors;
        if (!m_options.trust.roots.isEmpty()) {
            anchors = std::make_shared<const Auth::CardVerifier>(clock, m_options.trust.roots,
                                                                 m_options.trust.intermediates);
        }
        m_verification = std::make_unique<Audit::BackgroundVerification>(m_options.connections, anchors,
                                                                         m_executor->audit());
    }
    m_jobs = std::make_unique<Services::DailyJobs>(m_backups.get(), m_retention.get(), m_verification.get());

    if (!m_options.syncServerUrl.isEmpty() && m_options.connections) {
        Sync::SyncWorker::Config sync;
        sync.server = QUrl(m_options.syncServerUrl + QStringLiteral("/v1"));
        sync.ca = QSslCertificate::fromPath(m_options.syncServerCa, QSsl::Pem);
        sync.workstationId = store.workstationId();
        sync.openStore = m_options.connections;
        m_sync = std::make_unique<Sync::SyncWorker>(std::move(sync));
        // Every committed change is sent soon; a lock or a sign-out ends the server session
        // (no card, no sync of health data).
        QObject::connect(m_executor.get(), &Commands::CommandExecutor::committed, m_sync.get(),
                         &Sync::SyncWorker::requestSync);
        // A setting of the pharmacy changed on another workstation applies here too (the
        // settings' changed() signal reaches the session manager).
        if (m_options.settings) {
            QObject::connect(
                m_sync.get(), &Sync::SyncWorker::synced, m_options.settings,
                [storePtr = &store, settings = m_options.settings](const Sync::SyncReport& report) {
                    if (report.applied == 0) {
                        return;
                    }
                    if (auto r = Commands::mirrorPharmacySettings(*storePtr, *settings); !r) {
                        qCWarning(lcApp).noquote() << "pharmacy settings not read:" << r.error().logText;
                    }
                });
        }
        if (m_sessions) {
            QObject::connect(m_sessions.get(), &Auth::SessionManager::locked, m_sync.get(),
                             [sync = m_sync.get()]() { sync->endSession(); });
            QObject::connect(m_sessions.get(), &Auth::SessionManager::sessionEnded, m_sync.get(),
                             [sync = m_sync.get()]() { sync->endSession(); });
        }
        if (m_flow) {
            m_flow->setServerSession([this](const QString& reader, std::shared_ptr<const SecureBuffer> pin,
                                            const QByteArray& certificate, const Commands::Actor& actor) {
                openServerSession(reader, std::move(pin), certificate, actor);
            });
        }
    }

    if (!m_options.insiUrl.isEmpty()) {
        Insi::ClientOptions insi;
        insi.url = QUrl(m_options.insiUrl);
        insi.caFile = m_options.insiCa;
        insi.software.version = QStringLiteral(OFFICINE_VERSION);
        insi.software.instance = store.workstationId();
        m_insi = std::make_unique<Insi::HttpTeleservice>(std::move(insi), clock);
    }
}

Insi::Access Workstation::insiAccess() const
{
    Insi::Access access;
    access.service = m_insi.get();
    if (!m_sessions || !m_authenticator) {
        return access; // no card session: the dialog says the card is needed
    }
    access.caller = [sessions = m_sessions.get(), card = m_authenticator, store = m_options.store](
                        std::shared_ptr<const SecureBuffer> pin) -> Result<Insi::Caller> {
        const Auth::SessionManager::Session* session = sessions->current();
        if (!session || session->viaFallback || session->reader.isEmpty() || !pin) {
            return fail(ErrorCode::NotSignedIn,
                        QCoreApplication::translate("Insi",
                                                    "Le téléservice INSi s'interroge avec votre carte CPS : "
                                                    "connectez-vous avec votre carte."),
                        QStringLiteral("insi: no card session"));
        }
        Insi::Caller caller;
        caller.idNatPs = session->account.idNatPs;
        caller.displayName = session->account.displayName();
        caller.structureFiness = store->meta(QStringLiteral("finess"));
        const QString reader = session->reader;
        caller.certificate = [card, reader]() -> Result<QByteArray> {
            auto info = card->readCard(reader);
            if (!info) {
                return fail(info.error());
            }
            return info->certificateDer;
        };
        caller.sign = [card, reader, pin](const QByteArray& payload) {
            return card->signChallenge(reader, *pin, payload);
        };
        return caller;
    };
    return access;
}

void Workstation::openServerSession(const QString& reader, std::shared_ptr<const SecureBuffer> pin,
                                    const QByteArray& certificateDer, const Commands::Actor& actor)
{
    if (!m_sync || !m_authenticator) {
        return;
    }
    if (!m_deviceKey && m_options.readDeviceKey) {
        auto stored = m_options.readDeviceKey();
        if (stored && stored->has_value()) {
            if (auto key = Sync::DeviceKey::fromPrivateKey(**stored)) {
                m_deviceKey = std::make_shared<const Sync::DeviceKey>(std::move(*key));
            }
        }
    }
    Auth::CardAuthenticator* card = m_authenticator;
    const Sync::CardSigner signer
        = [card, reader, pin, certificateDer](const QByteArray& message) -> Result<Sync::CardSignature> {
        auto signature = card->signChallenge(reader, *pin, message);
        if (!signature) {
            return fail(signature.error());
        }
        return Sync::CardSignature {certificateDer, *signature};
    };
    if (m_deviceKey) {
        m_sync->openSession(m_deviceKey, signer, [](const Result<void>& r) {
            if (!r) {
                qCWarning(lcApp).noquote() << "server session refused:" << r.error().logText;
            }
        });
        return;
    }
    if (!actor.can(Commands::Permission::StaffManage) || !m_options.saveDeviceKey) {
        m_sync->markNotEnrolled(); // the titulaire enrols the workstation at her next sign-in
        return;
    }
    // The titulaire on a workstation not enrolled yet: a key pair is made, its public half sent
    // signed by her card, the private half kept in the keychain once the server has it.
    auto key = Sync::DeviceKey::generate();
    if (!key) {
        qCWarning(lcApp).noquote() << "device key generation failed:" << key.error().logText;
        return;
    }
    auto shared = std::make_shared<const Sync::DeviceKey>(std::move(*key));
    const QString finess = m_options.store->meta(QStringLiteral("finess"));
    const QString name = QSysInfo::machineHostName().left(100);
    m_sync->enrolAndOpenSession(
        finess, name.isEmpty() ? QStringLiteral("Poste") : name, shared, signer,
        [this, shared, actor](const Result<void>& r) {
            if (!r) {
                qCWarning(lcApp).noquote() << "enrolment refused:" << r.error().logText;
                return;
            }
            if (auto saved = m_options.saveDeviceKey(shared->privateKeyDer()); !saved) {
                qCWarning(lcApp).noquote() << "device key not saved:" << saved.error().logText;
                return;
            }
            m_deviceKey = shared;
            Audit::Entry e;
            e.action = Audit::Action::KeyOperation;
            e.targetType = QStringLiteral("workstation");
            e.targetUuid = m_options.store->workstationId();
            e.detail = QStringLiteral("sync.enrol");
            (void)m_executor->audit().record(&actor, e);
        });
}

Workstation::~Workstation()
{
    stop();
}

void Workstation::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (m_monitor) {
        m_monitor->start();
    }
    if (m_verification) {
        m_verification->start(std::max(0, QThread::idealThreadCount() - 2));
    }
    m_jobs->start();
    if (m_sync) {
        m_sync->start();
    }
}

void Workstation::stop()
{
    if (m_sync) {
        m_sync->stop();
    }
    m_jobs->stop();
    if (m_verification) {
        m_verification->wait();
    }
    if (m_checkpoints) {
        m_checkpoints->wait();
    }
    if (m_monitor) {
        m_monitor->stop();
    }
    m_started = false;
}

Ui::ShellContext Workstation::shellContext() const
{
    Ui::ShellContext c;
    c.settings = m_options.settings;
    c.executor = m_executor.get();
    c.patients = m_patients.get();
    c.catalogue = m_catalogue.get();
    c.auditLog = m_auditLog.get();
    c.backups = m_backups.get();
    c.auditCheck = m_verification.get();
    c.sessions = m_sessions.get();
    c.signIn = m_flow.get();
    if (m_options.cardSignIn) {
        c.staff = m_staff.get();
        c.binder = m_binder.get();
        c.checkpoints = m_checkpoints.get();
        c.readersWithCard = [monitor = m_monitor.get()]() { return monitor->readersWithCard(); };
    }
    c.demo = m_options.demo;
    c.storePath = m_options.storePath;
    c.saveBackupPassphrase = m_options.saveBackupPassphrase;
    c.hasBackupPassphrase = m_options.hasBackupPassphrase;
    c.systemConfigPath = m_options.systemConfigPath;
    c.cardMiddleware = m_options.pkcs11Module;
    c.syncServerUrl = m_options.syncServerUrl;
    c.sync = m_sync.get();
    c.insi = insiAccess();
    return c;
}

} // namespace Officine::App
