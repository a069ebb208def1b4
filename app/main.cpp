// officine: the composition root. It wires the platform (keychain, paths), core services and
// the UI together, and nothing else.

#include "apducardauthenticator.h"
#include "audit/backgroundverification.h"
#include "audit/checkpointer.h"
#include "audit/sessionaudit.h"
#include "auth/cardbinder.h"
#include "auth/cardsignin.h"
#include "auth/checkpointsigning.h"
#include "auth/fallbacksignin.h"
#include "auth/sessionmanager.h"
#include "auth/signinflow.h"
#include "backup/backupscheduler.h"
#include "commands/commandexecutor.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "pkcs11cardauthenticator.h"
#include "platform/demopharmacy.h"
#include "platform/keychainsecretstore.h"
#include "platform/profile.h"
#include "platform/trustdir.h"
#include "readermonitor.h"
#include "retention/retentionjob.h"
#include "services/auditlog.h"
#include "services/patientdirectory.h"
#include "services/staffdirectory.h"
#include "settings/settings.h"
#include "storage/databasekey.h"
#include "translations.h"
#include "util/clock.h"
#include "util/processhardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QMetaEnum>
#include <QScreen>
#include <QThread>
#include <QTimer>
#include <memory>

using namespace Officine;

namespace {

class App
{
    Q_DECLARE_TR_FUNCTIONS(Officine)
public:
    static int run(QApplication& app);
};

int App::run(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Poste de travail pour les pharmacies d'officine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Ouvrir la pharmacie de démonstration (données fictives, base séparée)."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("Dossier des données."), tr("DOSSIER"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Enregistrer une capture de la fenêtre puis quitter (documentation)."), tr("FICHIER"));
    const QCommandLineOption section(QStringLiteral("section"), tr("Partie à afficher au démarrage (1 à 6)."),
                                     tr("N"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"), tr("Délai avant la capture, en millisecondes (1500 par défaut)."),
        tr("MS"), QStringLiteral("1500"));
    const QCommandLineOption demoCards(
        QStringLiteral("demo-cards"),
        tr("Avec --demo : connexion par les cartes émulées de ce dossier (scripts/demo.sh les démarre)."),
        tr("DOSSIER"));
    parser.addOptions({demo, dataDir, screenshot, screenshotDelay, section, demoCards});
    parser.process(app);

    const Platform::Profile profile = Platform::Profile::make(parser.isSet(demo), parser.value(dataDir));
    Settings settings(profile.settingsPath);
    Ui::Translations::install(settings.string(Settings::Key::Language));

    Platform::KeychainSecretStore secrets;
    Platform::StoreOpener::Opener connections; // for the start-up verification, same key read
    auto store = Platform::StoreOpener::open(profile, secrets, true, &connections);
    if (!store) {
        qCCritical(lcApp).noquote() << "cannot open the store:" << store.error().logText;
        QMessageBox::critical(nullptr, tr("Officine"),
                              tr("La base de l'officine ne peut pas être ouverte.") + u"\n\n"
                                  + store.error().userText);
        return 1;
    }
    static SystemClock clock;
    if (profile.demo) {
        if (auto ready = Platform::DemoPharmacy::prepare(**store, settings, secrets, profile, clock.now());
            !ready) {
            QMessageBox::critical(nullptr, tr("Officine"), ready.error().userText);
            return 1;
        }
    }

    Commands::CommandExecutor executor(**store, clock);
    Services::PatientDirectory directory(executor);
    Services::StaffDirectory staff(executor);
    Services::AuditLog auditLog(executor);
    Retention::Job retention(**store, executor.audit(), clock);

    // Card sign-in: always for a real pharmacy; for the demo when its emulated cards run.
    const bool cardSignIn = !profile.demo || parser.isSet(demoCards);
    std::unique_ptr<Auth::CardVerifier> verifier;
    std::unique_ptr<Auth::CardSignIn> signIn;
    std::unique_ptr<Auth::SessionManager> sessions;
    std::unique_ptr<Auth::SignInFlow> flow;
    std::unique_ptr<SmartCard::ReaderMonitor> monitor;
    std::unique_ptr<Auth::CardBinder> binder;
    std::unique_ptr<Auth::FallbackSignIn> fallback;
    std::unique_ptr<Audit::Checkpointer> checkpointer;
    std::unique_ptr<Auth::CheckpointSigning> checkpoints;
    std::unique_ptr<Audit::SessionAudit> sessionAudit;
    SmartCard::ApduCardAuthenticator apdu;
    std::unique_ptr<SmartCard::Pkcs11CardAuthenticator> pkcs11;
    Auth::CardAuthenticator* authenticatorPtr = &apdu;
    const QString module = settings.string(Settings::Key::Pkcs11Module);
    if (cardSignIn && !profile.demo && !module.isEmpty()) {
        // A real pharmacy's cards through the ANS middleware (Cryptolib CPS).
        pkcs11 = std::make_unique<SmartCard::Pkcs11CardAuthenticator>(module);
        if (auto loaded = pkcs11->load(); !loaded) {
            qCWarning(lcApp).noquote() << "PKCS#11 module unusable:" << loaded.error().logText;
            QMessageBox::warning(nullptr, tr("Officine"), loaded.error().userText);
        }
        authenticatorPtr = pkcs11.get();
    }
    Auth::CardAuthenticator& authenticator = *authenticatorPtr;
    // The trusted card authorities: for sign-in and for the checkpoints' certificates.
    const QString trustFolder = !profile.demo ? settings.string(Settings::Key::TrustStoreDir)
        : parser.isSet(demoCards)             ? parser.value(demoCards) + QStringLiteral("/trust")
                                              : QString();
    const Platform::TrustDir trust = Platform::TrustDir::load(trustFolder);
    if (cardSignIn) {
        if (trust.roots.isEmpty()) {
            qCWarning(lcApp).noquote()
                << "no trusted root certificate in" << trustFolder << "- every card will be refused";
        }
        verifier = std::make_unique<Auth::CardVerifier>(clock, trust.roots, trust.intermediates);
        signIn = std::make_unique<Auth::CardSignIn>(**store, *verifier);
        sessions = std::make_unique<Auth::SessionManager>(executor, clock);
        sessions->setInactivityLimit(settings.integer(Settings::Key::InactivityLockSeconds));
        flow = std::make_unique<Auth::SignInFlow>(authenticator, *signIn, *sessions, executor);
        binder = std::make_unique<Auth::CardBinder>(authenticator, *verifier, **store);
        fallback = std::make_unique<Auth::FallbackSignIn>(**store, clock);
        flow->setFallback(fallback.get());
        // Signed checkpoints of the audit trail: daily at a pharmacist's sign-in, and on demand.
        checkpointer = std::make_unique<Audit::Checkpointer>(**store, clock, *verifier);
        checkpoints = std::make_unique<Auth::CheckpointSigning>(authenticator, *checkpointer, executor);
        flow->setCheckpointSigning(checkpoints.get());
        monitor = std::make_unique<SmartCard::ReaderMonitor>();
        QObject::connect(monitor.get(), &SmartCard::ReaderMonitor::cardInserted, flow.get(),
                         &Auth::SignInFlow::cardInserted);
        QObject::connect(monitor.get(), &SmartCard::ReaderMonitor::cardRemoved, flow.get(),
                         &Auth::SignInFlow::cardRemoved);
        QObject::connect(monitor.get(), &SmartCard::ReaderMonitor::cardRemoved, sessions.get(),
                         &Auth::SessionManager::cardRemoved);
        QObject::connect(
            &settings, &Settings::changed, sessions.get(), [&settings, &sessions](Settings::Key key) {
                if (key == Settings::Key::InactivityLockSeconds) {
                    sessions->setInactivityLimit(settings.integer(Settings::Key::InactivityLockSeconds));
                }
            });
        // Sessions in the audit trail: sign-in, unlock, lock, sign-out, refused sign-ins.
        sessionAudit = std::make_unique<Audit::SessionAudit>(executor, *sessions, flow.get());
        monitor->start();
    } else {
        executor.setActor(Platform::DemoPharmacy::actor(**store));
    }

    // The daily backup: key and passphrase read from the keychain on this thread, handed to
    // the worker in locked memory, wiped when the job is done.
    auto hasPassphrase = std::make_shared<bool>(false);
    if (auto p = secrets.read(profile.backupPassphraseEntry); p && p->has_value()) {
        *hasPassphrase = true;
    }
    Backup::BackupScheduler scheduler(
        settings, clock, [&secrets, profile]() -> Result<Backup::BackupScheduler::Job> {
            auto key = Storage::DatabaseKey::obtain(secrets, profile.keyEntry, true);
            if (!key) {
                return fail(key.error());
            }
            auto passphrase = secrets.read(profile.backupPassphraseEntry);
            if (!passphrase) {
                return fail(passphrase.error());
            }
            if (!passphrase->has_value()) {
                return fail(ErrorCode::KeychainKeyMissing,
                            tr("Aucune phrase de passe de sauvegarde n'est définie : le titulaire doit la "
                               "saisir dans "
                               "les paramètres."));
            }
            auto sharedKey = std::make_shared<SecureBuffer>(std::move(key->key));
            auto sharedPass = std::make_shared<SecureBuffer>(std::move(**passphrase));
            const QString storePath = profile.storePath;
            return Backup::BackupScheduler::Job([sharedKey, sharedPass,
                                                 storePath](const QString& destination) {
                return Backup::BackupService::backup(storePath, *sharedKey, *sharedPass, destination, clock);
            });
        });

    // The start-up verification of the audit trail, on connections of its own (opened with the
    // key read once at start-up, on this thread); its own CardVerifier, used on its worker.
    std::shared_ptr<const Auth::CardVerifier> anchors;
    if (!trust.roots.isEmpty()) {
        anchors = std::make_shared<const Auth::CardVerifier>(clock, trust.roots, trust.intermediates);
    }
    Audit::BackgroundVerification auditCheck(connections, anchors, executor.audit());

    scheduler.setAudit(&executor.audit());
    // The titulaire's settings changes, in the trail (which setting, never its value).
    Services::AuditLog::recordSettingsChanges(settings, executor);

    Ui::ShellContext context;
    context.auditCheck = &auditCheck;
    context.settings = &settings;
    context.executor = &executor;
    context.patients = &directory;
    context.auditLog = &auditLog;
    context.backups = &scheduler;
    context.demo = profile.demo;
    context.storePath = profile.storePath;
    context.saveBackupPassphrase
        = [&secrets, profile, hasPassphrase](const SecureBuffer& passphrase) -> Result<void> {
        auto r = secrets.write(profile.backupPassphraseEntry, passphrase);
        if (r) {
            *hasPassphrase = true;
        }
        return r;
    };
    context.hasBackupPassphrase = [hasPassphrase]() { return *hasPassphrase; };
    context.sessions = sessions.get();
    context.signIn = flow.get();
    if (cardSignIn) {
        context.staff = &staff;
        context.binder = binder.get();
        context.checkpoints = checkpoints.get();
        context.readersWithCard = [&monitor]() { return monitor->readersWithCard(); };
    }

    Ui::MainWindow window(context);
    if (parser.isSet(section)) {
        window.showSection(
            static_cast<Ui::MainWindow::Section>(std::clamp(parser.value(section).toInt() - 1, 0, 5)));
    }
    window.show();

    // The retention job: once the start-up verification is done (it may purge audit entries
    // past 10 years, which a walk in progress must not see vanish), then checked hourly, runs
    // once per day.
    QTimer retentionTimer;
    auto runRetention = [&retention, &auditCheck]() {
        if (auditCheck.state() == Audit::BackgroundVerification::State::Running) {
            return;
        }
        if (auto r = retention.runIfDue(); !r) {
            qCWarning(lcApp).noquote() << "retention job failed:" << r.error().logText;
        }
    };
    QObject::connect(&retentionTimer, &QTimer::timeout, &retentionTimer, runRetention);
    retentionTimer.start(60 * 60 * 1000);
    QObject::connect(&auditCheck, &Audit::BackgroundVerification::finished, &retentionTimer, runRetention);
    auditCheck.start(std::max(0, QThread::idealThreadCount() - 2));

    QTimer backupTimer;
    QObject::connect(&backupTimer, &QTimer::timeout, &scheduler, &Backup::BackupScheduler::tick);
    backupTimer.start(60 * 1000);
    QTimer::singleShot(5000, &scheduler, &Backup::BackupScheduler::tick);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(parser.value(screenshotDelay).toInt(), &window, [&window, file]() {
            window.grab().save(file);
            window.close();
        });
    }
    const int code = app.exec();
    auditCheck.wait();
    if (monitor) {
        monitor->stop();
    }
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    Officine::ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("officine"));
    QApplication::setApplicationDisplayName(QStringLiteral("Officine"));
    QApplication::setOrganizationName(QStringLiteral("Officine"));
    QApplication::setApplicationVersion(QStringLiteral(OFFICINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fr.officine.Officine"));
    Officine::Logging::install();
    return App::run(app);
}
