// officine-server: the health-data host of Officine workstations (docs/server-operations.md).
//
//   officine-server [--config /etc/officine/server.conf]            serve
//   officine-server --init-db                                       apply the schema migrations
//   officine-server --add-pharmacy FINESS --name NAME --titulaire IDNAT   register a pharmacy

#include "auth/cardverifier.h"
#include "auth/trustdir.h"
#include "database.h"
#include "httpapi.h"
#include "serverconfig.h"
#include "serverlog.h"
#include "util/processhardening.h"
#include "util/uuid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QSocketNotifier>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <csignal>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Officine;
using namespace Officine::Server;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[0], &c, 1);
}

int failWith(const Error& e)
{
    Log::error("fatal", {{"reason", e.logText}});
    std::fprintf(stderr, "officine-server : %s\n", qPrintable(e.userText));
    return 1;
}

Result<QSslConfiguration> tlsConfiguration(const ServerConfig& config)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(config.certificate, QSsl::Pem);
    QFile keyFile(config.key);
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Server", "Le certificat TLS (%1) ou sa clé (%2) est illisible.")
                .arg(config.certificate, config.key),
            QStringLiteral("tls material unreadable"));
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    }
    if (key.isNull()) {
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Server", "La clé TLS %1 n'est pas une clé RSA ou EC au format PEM.")
                .arg(config.key),
            QStringLiteral("tls key unreadable"));
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with their card, not TLS
    return tls;
}

DatabaseOptions databaseOptions(const ServerConfig& config, const QString& user, const QString& password)
{
    return {config.dbHost, config.dbPort, config.dbName, user, password};
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("officine-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OFFICINE_VERSION));
    Log::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Officine: serveur de synchronisation et hébergeur de données de santé"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Fichier de configuration."), QStringLiteral("fichier"),
        QString::fromLatin1(ServerConfig::defaultPath));
    const QCommandLineOption initOption(QStringLiteral("init-db"),
                                        QStringLiteral("Applique les migrations du schéma."));
    const QCommandLineOption addOption(QStringLiteral("add-pharmacy"),
                                       QStringLiteral("Enregistre une officine (FINESS)."),
                                       QStringLiteral("finess"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Nom de l'officine."),
                                        QStringLiteral("nom"));
    const QCommandLineOption titulaireOption(QStringLiteral("titulaire"),
                                             QStringLiteral("idNat_PS du pharmacien titulaire (8 + RPPS)."),
                                             QStringLiteral("idnat"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QStringLiteral("Vérifie la configuration, le TLS, les autorités et la base."));
    parser.addOptions({configOption, initOption, addOption, nameOption, titulaireOption, checkOption});
    parser.process(app);

    auto config = ServerConfig::load(parser.value(configOption));
    if (!config) {
        return failWith(config.error());
    }

    if (parser.isSet(initOption) || parser.isSet(addOption)) {
        // Administration connects as the owner role (its password, if any, from ~/.pgpass).
        auto owner = Database::open(databaseOptions(*config, config->dbOwner, {}), QStringLiteral("owner"));
        if (!owner) {
            return failWith(owner.error());
        }
        if (parser.isSet(initOption)) {
            auto applied = migrate(**owner, config->dbUser);
            if (!applied) {
                return failWith(applied.error());
            }
            std::printf("schéma à la version %d (%d migration(s) appliquée(s))\n", latestSchemaVersion(),
                        *applied);
            return 0;
        }
        const QString finess = parser.value(addOption).trimmed();
        const QString id = Ids::newUuid();
        auto added = (*owner)->exec(
            QStringLiteral("INSERT INTO tenant (id, finess, name, titulaire_id_nat) VALUES (?, ?, ?, ?)"),
            {id, finess, parser.value(nameOption).trimmed(), parser.value(titulaireOption).trimmed()});
        if (!added) {
            return failWith(
                Error(ErrorCode::InvalidInput,
                      QCoreApplication::translate("Server",
                                                  "L'officine n'a pas été enregistrée : FINESS de 9 "
                                                  "caractères, nom et titulaire sont requis, et le FINESS ne "
                                                  "doit pas être déjà hébergé."),
                      added.error().logText));
        }
        std::printf("%s\n", qPrintable(id));
        return 0;
    }

    auto tls = tlsConfiguration(*config);
    if (!tls) {
        return failWith(tls.error());
    }
    const Auth::TrustDir trust = Auth::TrustDir::load(config->trustStore);
    if (trust.roots.isEmpty()) {
        return failWith(Error(ErrorCode::InvalidInput,
                              QCoreApplication::translate("Server",
                                                          "Aucune autorité de cartes dans %1 : le serveur ne "
                                                          "pourrait vérifier aucune carte.")
                                  .arg(config->trustStore),
                              QStringLiteral("empty trust store")));
    }
    SystemClock clock;
    Auth::CardVerifier cards(clock, trust.roots, trust.intermediates);
    auto password = config->databasePassword();
    if (!password) {
        return failWith(password.error());
    }
    auto db = Database::open(databaseOptions(*config, config->dbUser, *password), QStringLiteral("service"));
    if (!db) {
        return failWith(db.error());
    }
    // A server serves only the schema it was built for: an older one waits for --init-db, a
    // newer one for the server version that made it.
    auto schema = (*db)->exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migration"));
    const int version = schema && schema->next() ? schema->value(0).toInt() : -1;
    if (version != latestSchemaVersion()) {
        return failWith(
            Error(ErrorCode::StoreMigrationFailed,
                  QCoreApplication::translate("Server",
                                              "La base est au schéma %1 et ce serveur attend le schéma %2 : "
                                              "lancez officine-server --init-db (ou installez la version du "
                                              "serveur qui l'a créée).")
                      .arg(version)
                      .arg(latestSchemaVersion()),
                  QStringLiteral("schema version mismatch")));
    }
    if (parser.isSet(checkOption)) {
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate("Server",
                                                           "Configuration correcte : TLS, %n autorité(s) "
                                                           "de cartes, base au schéma %1.",
                                                           nullptr, int(trust.roots.size()))
                                   .arg(version)));
        return 0;
    }

    QHttpServer server;
    HttpApi api(*config, **db, cards);
    api.install(server);
    server.sslSetup(*tls);
    const quint16 port = server.listen(config->address, config->port);
    // Answers leave at once: without TCP_NODELAY the end of an answer waited for the client's
    // delayed acknowledgement of its beginning (40 ms on Linux): a push of 100 changes took
    // 60 ms instead of 15. Accepted sockets inherit it from the listening one (Linux).
    for (QTcpServer* s : server.servers()) {
        const int one = 1;
        ::setsockopt(int(s->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    if (port == 0) {
        return failWith(
            Error(ErrorCode::StoreIo,
                  QCoreApplication::translate("Server", "Le port %1 de %2 n'a pas pu être ouvert.")
                      .arg(config->port)
                      .arg(config->address.toString()),
                  QStringLiteral("listen failed")));
    }

    // SIGTERM and SIGINT end the event loop between two requests: the one being handled ends
    // (its transaction committed or rolled back) before the process exits.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        return failWith(Error(ErrorCode::Internal, QStringLiteral("socketpair failed")));
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&]() {
        char c = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[1], &c, 1);
        Log::info("stopping", {{"answered", api.answered()}});
        for (QTcpServer* s : server.servers()) {
            s->close();
        }
        QCoreApplication::quit();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    Log::info("listening",
              {{"address", config->address.toString()}, {"port", port}, {"schema", latestSchemaVersion()}});
    std::printf("listening %u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
