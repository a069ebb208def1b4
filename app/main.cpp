// officine: the composition root. It wires the platform (keychain, paths), core services and
// the UI together, and nothing else.

#include "auth/trustdir.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "platform/demopharmacy.h"
#include "platform/keychainsecretstore.h"
#include "platform/profile.h"
#include "platform/systemconfig.h"
#include "settings/settings.h"
#include "translations.h"
#include "util/clock.h"
#include "util/processhardening.h"
#include "workstation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <memory>

using namespace Officine;

namespace {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(Officine)
public:
    static int run(QApplication& app);
};

int Main::run(QApplication& app)
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
    const QCommandLineOption section(QStringLiteral("section"), tr("Partie à afficher au démarrage (1 à 7)."),
                                     tr("N"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"), tr("Délai avant la capture, en millisecondes (1500 par défaut)."),
        tr("MS"), QStringLiteral("1500"));
    const QCommandLineOption demoCards(
        QStringLiteral("demo-cards"),
        tr("Avec --demo : connexion par les cartes émulées de ce dossier (scripts/demo.sh les démarre)."),
        tr("DOSSIER"));
    const QCommandLineOption demoInsi(
        QStringLiteral("demo-insi"),
        tr("Avec --demo : le simulateur du téléservice INSi à cette adresse (scripts/demo.sh le démarre)."),
        tr("URL"));
    const QCommandLineOption bdpm(
        QStringLiteral("bdpm"),
        tr("Avec --demo : le catalogue des médicaments importé des fichiers de la BDPM de ce dossier (ou de "
           "cette archive zip) au lieu du petit catalogue de démonstration."),
        tr("dossier"));
    parser.addOptions({demo, dataDir, screenshot, screenshotDelay, section, demoCards, demoInsi, bdpm});
    parser.process(app);

    const Platform::Profile profile = Platform::Profile::make(parser.isSet(demo), parser.value(dataDir));
    Settings settings(profile.settingsPath);
    Ui::Translations::install(settings.string(Settings::Key::Language));
    // What a user may not change: from the root-owned system file, never from the settings.
    // The demo has its own (its emulated cards' test CA).
    auto system = profile.demo ? Result<Platform::SystemConfig>(Platform::SystemConfig {})
                               : Platform::SystemConfig::load();
    if (!system) {
        qCCritical(lcApp).noquote() << "system configuration refused:" << system.error().logText;
        QMessageBox::critical(nullptr, tr("Officine"), system.error().userText);
        return 1;
    }

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
        if (auto catalogue
            = Platform::DemoPharmacy::prepareCatalogue(**store, parser.value(bdpm), clock.now());
            !catalogue) {
            QMessageBox::critical(nullptr, tr("Officine"), catalogue.error().userText);
            return 1;
        }
    }

    App::Workstation::Options options;
    options.store = store->get();
    options.clock = &clock;
    options.settings = &settings;
    options.demo = profile.demo;
    options.storePath = profile.storePath;
    // Card sign-in: always for a real pharmacy; for the demo when its emulated cards run.
    options.cardSignIn = !profile.demo || parser.isSet(demoCards);
    if (!options.cardSignIn) {
        options.fixedActor = Platform::DemoPharmacy::actor(**store);
    }
    options.pkcs11Module = system->pkcs11Module;
    options.trust = Auth::TrustDir::load(
        profile.demo
            ? (parser.isSet(demoCards) ? parser.value(demoCards) + QStringLiteral("/trust") : QString())
            : system->trustStoreDir);
    options.connections = connections;
    options.backupJob = App::dailyBackupJob(secrets, profile, clock);
    // Whether a backup passphrase exists: read once here, then known from what is saved.
    auto hasPassphrase = std::make_shared<bool>(false);
    if (auto p = secrets.read(profile.backupPassphraseEntry); p && p->has_value()) {
        *hasPassphrase = true;
    }
    options.saveBackupPassphrase = [&secrets, profile, hasPassphrase](const SecureBuffer& passphrase) {
        auto r = secrets.write(profile.backupPassphraseEntry, passphrase);
        *hasPassphrase = *hasPassphrase || bool(r);
        return r;
    };
    options.hasBackupPassphrase = [hasPassphrase]() { return *hasPassphrase; };
    options.systemConfigPath = profile.demo ? QString() : system->path;
    options.syncServerUrl = system->serverUrl;
    options.syncServerCa = system->serverCa;
    options.readDeviceKey = [&secrets, profile]() { return secrets.read(profile.deviceKeyEntry); };
    options.saveDeviceKey
        = [&secrets, profile](const SecureBuffer& key) { return secrets.write(profile.deviceKeyEntry, key); };
    // The INSi teleservice from the system file; the demo's simulator only for the demo (plain
    // http is accepted on the loopback alone, Insi::HttpTeleservice::checkUrl).
    options.insiUrl = profile.demo ? parser.value(demoInsi) : system->insiUrl;
    options.insiCa = profile.demo ? QString() : system->insiCa;
    App::Workstation workstation(std::move(options));
    if (!workstation.startupWarning().isEmpty()) {
        QMessageBox::warning(nullptr, tr("Officine"), workstation.startupWarning());
    }

    Ui::MainWindow window(workstation.shellContext());
    if (parser.isSet(section)) {
        window.showSection(static_cast<Ui::MainWindow::Section>(
            std::clamp(parser.value(section).toInt() - 1, 0, Ui::MainWindow::sectionCount - 1)));
    }
    window.show();
    workstation.start();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(parser.value(screenshotDelay).toInt(), &window, [&window, file]() {
            window.grab().save(file);
            window.close();
        });
    }
    const int code = app.exec();
    workstation.stop();
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
    return Main::run(app);
}
