// officine-cli: the administrator's command-line tool (in the spirit of keepassxc-cli).
// It links the same libraries as the application and never prints health data.

#include "audit/auditexport.h"
#include "audit/auditrecorder.h"
#include "audit/auditverifier.h"
#include "auth/cardverifier.h"
#include "backup/backupservice.h"
#include "logging/logging.h"
#include "platform/keychainsecretstore.h"
#include "platform/profile.h"
#include "platform/systemconfig.h"
#include "auth/trustdir.h"
#include "storage/databasekey.h"
#include "storage/outbox.h"
#include "storage/patientrepository.h"
#include "util/clock.h"
#include "util/processhardening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QThread>
#include <cerrno>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Officine;

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(officine_cli)

public:
    static int run(const QStringList& arguments);

private:
    static void out(const QString& text)
    {
        std::fputs(text.toLocal8Bit().constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }
    static void err(const QString& text)
    {
        std::fputs(text.toLocal8Bit().constData(), stderr);
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
    /// Appends an application entry to the store's trail; a store that cannot be opened is
    /// reported on stderr, the operation's own outcome stands.
    static void recordInTrail(const Platform::Profile& profile, Storage::SecretStore& secrets,
                              const Audit::Entry& entry)
    {
        auto store = Platform::StoreOpener::open(profile, secrets, false);
        SystemClock clock;
        if (!store) {
            err(tr("Attention : l'opération n'a pas pu être inscrite au journal de traçabilité (%1).")
                    .arg(store.error().userText));
            return;
        }
        if (auto r = Audit::Recorder(**store, clock).recordSystem(entry); !r) {
            err(tr("Attention : l'opération n'a pas pu être inscrite au journal de traçabilité (%1).")
                    .arg(r.error().userText));
        }
    }
    /// The arguments with the global options (--demo, --data-dir) moved before the command.
    static QStringList globalOptionsFirst(const QStringList& arguments);
    static int failWith(const Error& e)
    {
        err(tr("Erreur : %1").arg(e.userText));
        return 1;
    }
    static Result<SecureBuffer> readPassphrase(const QString& prompt, bool confirm);
    static Result<SecureBuffer> readLine(const QString& prompt);

    static int init(const Platform::Profile& profile, const QStringList& args);
    static int backup(const Platform::Profile& profile, const QStringList& args);
    static int restore(const Platform::Profile& profile, const QStringList& args);
    static int check(const Platform::Profile& profile, const QStringList& args);
    static int audit(const Platform::Profile& profile, const QStringList& args);
};

Result<SecureBuffer> Cli::readLine(const QString& prompt)
{
    const bool tty = isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (tty) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios noEcho = saved;
        noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
    // read(2) one byte at a time straight into locked memory: no stdio buffer keeps a copy of
    // the passphrase, and nothing past the line is consumed (a script's next line stays unread).
    SecureBuffer line(1024);
    size_t n = 0;
    bool got = false;
    for (;;) {
        char c = 0;
        const ssize_t r = ::read(STDIN_FILENO, &c, 1);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            break; // end of input: a last line without a newline still counts
        }
        got = true;
        if (c == '\n') {
            break;
        }
        if (n < line.size()) {
            line.data()[n++] = static_cast<std::uint8_t>(c);
        }
        c = 0;
    }
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (!got) {
        return fail(ErrorCode::Cancelled, tr("Aucune phrase de passe n'a été saisie."));
    }
    while (n > 0 && line.data()[n - 1] == '\r') {
        --n;
    }
    return SecureBuffer::copyOf({line.data(), n});
}

Result<SecureBuffer> Cli::readPassphrase(const QString& prompt, bool confirm)
{
    auto first = readLine(prompt);
    if (!first) {
        return first;
    }
    if (confirm && isatty(STDIN_FILENO) == 1) {
        auto second = readLine(tr("Confirmez la phrase de passe : "));
        if (!second) {
            return second;
        }
        if (!first->equals(*second)) {
            return fail(ErrorCode::InvalidInput, tr("Les deux saisies de la phrase de passe diffèrent."));
        }
    }
    return first;
}

int Cli::init(const Platform::Profile& profile, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Crée la base chiffrée de l'officine et range sa clé dans le trousseau "
           "du système."));
    parser.addHelpOption();
    parser.process(args);
    if (QFileInfo::exists(profile.storePath)) {
        err(tr("Une base existe déjà : %1").arg(QDir::toNativeSeparators(profile.storePath)));
        return 1;
    }
    Platform::KeychainSecretStore secrets;
    auto store = Platform::StoreOpener::open(profile, secrets, true);
    if (!store) {
        return failWith(store.error());
    }
    out(tr("Base chiffrée créée : %1").arg(QDir::toNativeSeparators(profile.storePath)));
    out(tr("Clé de 256 bits rangée dans le trousseau du système (service « officine », entrée « %1 »).")
            .arg(profile.keyEntry));
    out(tr("Pensez à faire une sauvegarde avec une phrase de passe (officine-cli backup) : sans elle, "
           "la perte de ce poste et de son trousseau rendrait les données irrécupérables."));
    return 0;
}

int Cli::backup(const Platform::Profile& profile, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Écrit une sauvegarde chiffrée et cohérente de la base, protégée par une phrase de passe "
           "(scrypt + AES-256-GCM). L'application peut rester ouverte pendant la sauvegarde. La phrase "
           "de passe est lue sur le terminal, ou sur l'entrée standard si ce n'est pas un terminal."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FICHIER"), tr("Le fichier de sauvegarde à écrire (.obak)."));
    parser.process(args);
    if (parser.positionalArguments().size() != 1) {
        err(tr("Indiquez un seul fichier de sauvegarde. Voir officine-cli backup --help."));
        return 2;
    }
    const QString file = parser.positionalArguments().first();
    if (QFileInfo::exists(file)) {
        err(tr("Le fichier %1 existe déjà : choisissez un autre nom.").arg(file));
        return 1;
    }
    Platform::KeychainSecretStore secrets;
    if (!QFileInfo::exists(profile.storePath)) {
        return failWith(
            Error(ErrorCode::NotFound, tr("Aucune base à sauvegarder : %1").arg(profile.storePath)));
    }
    auto key = Storage::DatabaseKey::obtain(secrets, profile.keyEntry, true);
    if (!key) {
        return failWith(key.error());
    }
    auto pass = readPassphrase(tr("Phrase de passe de la sauvegarde : "), true);
    if (!pass) {
        return failWith(pass.error());
    }
    SystemClock clock;
    auto done = Backup::BackupService::backup(profile.storePath, key->key, *pass, file, clock);
    recordInTrail(profile, secrets, Backup::BackupService::auditEntry(done, QStringLiteral("cli")));
    if (!done) {
        return failWith(done.error());
    }
    out(tr("Sauvegarde écrite : %1 (%2 octets).").arg(QDir::toNativeSeparators(file)).arg(done->bytes));
    out(tr("Conservez la phrase de passe à part : elle seule permet de restaurer sur un autre poste."));
    return 0;
}

int Cli::restore(const Platform::Profile& profile, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Restaure une sauvegarde à la place de la base de ce poste. La sauvegarde est entièrement "
           "vérifiée (authenticité, phrase de passe, chaque page) avant de toucher à quoi que ce soit ; "
           "la base actuelle est conservée à côté (suffixe .avant-restauration-…). Fermez Officine "
           "avant de restaurer. Fonctionne sur un poste neuf au trousseau vide : la phrase de passe "
           "suffit."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FICHIER"),
                                 tr("Le fichier de sauvegarde à restaurer (.obak)."));
    parser.process(args);
    if (parser.positionalArguments().size() != 1) {
        err(tr("Indiquez un seul fichier de sauvegarde. Voir officine-cli restore --help."));
        return 2;
    }
    const QString file = parser.positionalArguments().first();
    auto pass = readPassphrase(tr("Phrase de passe de la sauvegarde : "), false);
    if (!pass) {
        return failWith(pass.error());
    }
    Platform::KeychainSecretStore secrets;
    // The restored store takes this machine's key; on a new machine it is created now.
    auto key = Storage::DatabaseKey::obtain(secrets, profile.keyEntry, false);
    if (!key) {
        return failWith(key.error());
    }
    SystemClock clock;
    auto done = Backup::BackupService::restore(file, *pass, profile.storePath, key->key, clock);
    if (!done) {
        return failWith(done.error());
    }
    {
        // The restored trail goes on with its restoration and the store's new key.
        Audit::Entry e;
        e.action = Audit::Action::Restore;
        e.targetType = QStringLiteral("store");
        e.detail = QStringLiteral("cli;backup-created=%1;patients=%2")
                       .arg(done->meta.value(QStringLiteral("createdAt")).toString())
                       .arg(done->patients);
        recordInTrail(profile, secrets, e);
        // The restored store is encrypted with this machine's key, not the backed-up one's.
        Audit::Entry k;
        k.action = Audit::Action::KeyOperation;
        k.targetType = QStringLiteral("database_key");
        k.detail = QStringLiteral("%1;keychain-entry=%2")
                       .arg(key->created ? QStringLiteral("created,restore-rekeyed")
                                         : QStringLiteral("restore-rekeyed"),
                            profile.keyEntry);
        recordInTrail(profile, secrets, k);
    }
    out(tr("Sauvegarde du %1 restaurée : %n patient(s).", nullptr, static_cast<int>(done->patients))
            .arg(QLocale(QLocale::French, QLocale::France)
                     .toString(QDateTime::fromString(done->meta.value(QStringLiteral("createdAt")).toString(),
                                                     Qt::ISODate)
                                   .toLocalTime(),
                               QLocale::ShortFormat)));
    if (!done->previousStoreKeptAt.isEmpty()) {
        out(tr("L'ancienne base est conservée : %1")
                .arg(QDir::toNativeSeparators(done->previousStoreKeptAt)));
    }
    return 0;
}

int Cli::check(const Platform::Profile& profile, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Vérifie l'intégrité de la base : chaque page est relue et son code "
                                        "d'authentification (HMAC) contrôlé."));
    parser.addHelpOption();
    parser.process(args);
    Platform::KeychainSecretStore secrets;
    auto store = Platform::StoreOpener::open(profile, secrets, false);
    if (!store) {
        return failWith(store.error());
    }
    if (auto c = (*store)->integrityCheck(); !c) {
        return failWith(c.error());
    }
    auto patients = Storage::PatientRepository(**store).count();
    auto pending = Storage::Outbox(**store).count();
    if (!patients || !pending) {
        return failWith(!patients ? patients.error() : pending.error());
    }
    out(tr("Base intègre : %1").arg(QDir::toNativeSeparators(profile.storePath)));
    out(tr("Schéma : version %1 ; poste : %2").arg((*store)->schemaVersion()).arg((*store)->workstationId()));
    out(tr("%n dossier(s) patient, ", nullptr, static_cast<int>(*patients))
        + tr("%n modification(s) en attente de synchronisation.", nullptr, static_cast<int>(*pending)));
    return 0;
}

int Cli::audit(const Platform::Profile& profile, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Traçabilité.") + u'\n' + u'\n'
        + tr(
            "  verify   vérifie chaque chaîne d'entrées et chaque point de contrôle signé ; code de sortie 1 "
            "si le journal a été altéré")
        + u'\n'
        + tr("  export   écrit le journal et ses points de contrôle pour un inspecteur (JSON Lines, "
             "docs/audit-format.md)"));
    parser.addHelpOption();
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   tr("Dossier des certificats de confiance (IGC-Santé) qui vérifient les "
                                      "signatures des points de contrôle (par défaut : celui du fichier "
                                      "système /etc/officine/officine.conf)."),
                                   tr("DOSSIER"));
    parser.addOption(trust);
    parser.addPositionalArgument(QStringLiteral("action"), tr("verify ou export"));
    parser.addPositionalArgument(QStringLiteral("FICHIER"), tr("Pour export : le fichier à écrire."));
    parser.process(args);
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()
        || (rest.first() != QLatin1StringView("verify") && rest.first() != QLatin1StringView("export"))
        || (rest.first() == QLatin1StringView("export") && rest.size() != 2)) {
        err(tr("Usage : officine-cli audit verify [--trust DOSSIER] | officine-cli audit export FICHIER"));
        return 2;
    }
    Platform::KeychainSecretStore secrets;
    Platform::StoreOpener::Opener connections;
    auto store = Platform::StoreOpener::open(profile, secrets, false, &connections);
    if (!store) {
        return failWith(store.error());
    }
    SystemClock clock;
    Audit::Recorder recorder(**store, clock);

    if (rest.first() == QLatin1StringView("export")) {
        QSaveFile file(rest.at(1));
        if (!file.open(QIODevice::WriteOnly)) {
            err(tr("Impossible d'écrire %1 : %2")
                    .arg(QDir::toNativeSeparators(rest.at(1)), file.errorString()));
            return 1;
        }
        auto summary = Audit::exportChain(**store, file, clock.now());
        if (!summary) {
            file.cancelWriting();
            return failWith(summary.error());
        }
        if (!file.commit()) {
            err(tr("Impossible d'écrire %1 : %2")
                    .arg(QDir::toNativeSeparators(rest.at(1)), file.errorString()));
            return 1;
        }
        Audit::Entry e;
        e.action = Audit::Action::Export;
        e.targetType = QStringLiteral("audit");
        e.detail = QStringLiteral("cli;format=jsonl;entries=%1;checkpoints=%2")
                       .arg(summary->entries)
                       .arg(summary->checkpoints);
        if (auto r = recorder.recordSystem(e); !r) {
            return failWith(r.error());
        }
        out(tr("Journal exporté : %1 entrées, %2 point(s) de contrôle → %3")
                .arg(summary->entries)
                .arg(summary->checkpoints)
                .arg(QDir::toNativeSeparators(rest.at(1))));
        return 0;
    }

    QString trustFolder = parser.value(trust);
    if (!parser.isSet(trust) && !profile.demo) {
        auto system = Platform::SystemConfig::load();
        if (!system) {
            return failWith(system.error());
        }
        trustFolder = system->trustStoreDir;
    }
    const Auth::TrustDir anchors = Auth::TrustDir::load(trustFolder);
    std::unique_ptr<Auth::CardVerifier> verifier;
    if (!anchors.roots.isEmpty()) {
        verifier = std::make_unique<Auth::CardVerifier>(clock, anchors.roots, anchors.intermediates);
    }
    // Long chains are walked on every core, each on its own connection.
    auto report = Audit::Verifier(**store, verifier.get())
                      .withReaders(connections, std::max(0, QThread::idealThreadCount() - 1))
                      .run();
    if (!report) {
        return failWith(report.error());
    }
    if (auto r = Audit::Verifier::rememberHeads(**store, *report, clock.now()); !r) {
        err(tr("Attention : la tête vérifiée du journal n'a pas pu être mémorisée (%1).")
                .arg(r.error().userText));
    }
    (void)recorder.recordSystem(report->auditEntry(QStringLiteral("cli")));
    if (report->intact()) {
        out(report->summary());
        return 0;
    }
    err(report->summary());
    return 1;
}

QStringList Cli::globalOptionsFirst(const QStringList& arguments)
{
    QStringList global {arguments.value(0)};
    QStringList others;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1StringView("--")) {
            others << arguments.mid(i);
            break;
        }
        if (a == QLatin1StringView("--demo") || a.startsWith(QLatin1StringView("--data-dir="))) {
            global << a;
        } else if (a == QLatin1StringView("--data-dir") && i + 1 < arguments.size()) {
            global << a << arguments.at(++i);
        } else {
            others << a;
        }
    }
    return global + others;
}

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Outil d'administration d'Officine.") + u'\n' + u'\n' + tr("Commandes :") + u'\n'
        + tr("  init     crée la base chiffrée de l'officine") + u'\n'
        + tr("  backup   écrit une sauvegarde chiffrée par phrase de passe") + u'\n'
        + tr("  restore  restaure une sauvegarde") + u'\n' + tr("  check    vérifie l'intégrité de la base")
        + u'\n' + tr("  audit    vérifie ou exporte le journal de traçabilité") + u'\n' + u'\n'
        + tr("« officine-cli COMMANDE --help » détaille chaque commande."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Travailler sur la pharmacie de démonstration."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Dossier des données (par défaut "
                                        "~/.local/share/officine)."),
                                     tr("DOSSIER"));
    parser.addOption(demo);
    parser.addOption(dataDir);
    parser.addPositionalArgument(QStringLiteral("commande"), tr("init, backup, restore, check ou audit"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    // --demo and --data-dir are accepted wherever people type them ("audit verify --demo"): they
    // are taken out of the command's arguments and parsed here.
    parser.process(globalOptionsFirst(arguments));
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        parser.showHelp(2);
    }
    const Platform::Profile profile = Platform::Profile::make(parser.isSet(demo), parser.value(dataDir));
    const QString command = rest.first();
    QStringList sub = rest;
    sub[0] = QStringLiteral("officine-cli ") + command;
    if (command == QLatin1StringView("init")) {
        return init(profile, sub);
    }
    if (command == QLatin1StringView("backup")) {
        return backup(profile, sub);
    }
    if (command == QLatin1StringView("restore")) {
        return restore(profile, sub);
    }
    if (command == QLatin1StringView("check")) {
        return check(profile, sub);
    }
    if (command == QLatin1StringView("audit")) {
        return audit(profile, sub);
    }
    err(tr("Commande inconnue : %1. Voir officine-cli --help.").arg(command));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("officine-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OFFICINE_VERSION));
    Logging::install();
    QLoggingCategory::setFilterRules(QStringLiteral("officine.*.info=false"));
    return Cli::run(QCoreApplication::arguments());
}
