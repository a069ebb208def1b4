#pragma once

// What the server's tests run on: a real PostgreSQL 15 cluster made for the test (initdb into a
// temporary folder, as the postgres account when the test runs as root, listening on a socket
// folder only), real officine-server processes on loopback with a test CA's TLS certificate,
// and a synchronous HTTPS client that trusts that CA only.

#include "sync/httptransport.h"
#include "testpki.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <csignal>
#include <memory>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Officine::Test {

inline const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

/// A PostgreSQL cluster of its own, stopped and removed when destroyed.
class PostgresCluster
{
public:
    ~PostgresCluster() { stop(); }

    QString socketDir() const { return m_dir.path() + QStringLiteral("/sock"); }
    int port() const { return m_port; }
    QString log() const
    {
        QFile f(m_dir.path() + QStringLiteral("/log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
    }

    /// fsync off makes the tests fast; benchmarks measure what a server runs.
    bool durable = false;

    bool start(int port)
    {
        m_port = port;
        if (!m_dir.isValid()) {
            return false;
        }
        // OFFICINE_TEST_KEEP=1 keeps the cluster (its log) too; OFFICINE_TEST_PG_OPTIONS adds
        // server settings, e.g. auto_explain to see a slow statement's plan.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("OFFICINE_TEST_KEEP"));
        if (!m_dir.autoRemove()) {
            qInfo("PostgreSQL cluster kept in %s", qPrintable(m_dir.path()));
        }
        QDir().mkpath(socketDir());
        if (::geteuid() == 0) {
            const passwd* pg = ::getpwnam("postgres");
            if (!pg) {
                return false;
            }
            for (const QString& p : {m_dir.path(), socketDir()}) {
                if (::chown(QFile::encodeName(p).constData(), pg->pw_uid, pg->pw_gid) != 0) {
                    return false;
                }
            }
        }
        if (!run(kPgBin + QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("--no-sync"),
                  QStringLiteral("-E"), QStringLiteral("UTF8")})) {
            return false;
        }
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=%3 -c "
                                               "max_connections=100")
                                    .arg(socketDir())
                                    .arg(port)
                                    .arg(durable ? QStringLiteral("on") : QStringLiteral("off"))
            + QLatin1Char(' ') + qEnvironmentVariable("OFFICINE_TEST_PG_OPTIONS");
        m_started = run(kPgBin + QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                         m_dir.path() + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("-o"),
                         options, QStringLiteral("start")});
        return m_started;
    }

    void stop()
    {
        if (m_started) {
            run(kPgBin + QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("stop")});
            m_started = false;
        }
    }

    /// Runs SQL as the superuser on `database`; returns the first column of each row.
    QStringList sql(const QString& statement, const QString& database = QStringLiteral("postgres"),
                    const QString& user = QStringLiteral("postgres"), QString* error = nullptr)
    {
        const QString name = QStringLiteral("harness-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketDir());
            db.setPort(m_port);
            db.setDatabaseName(database);
            db.setUserName(user);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(statement)) {
                    while (q.next()) {
                        rows << q.value(0).toString();
                    }
                } else if (error) {
                    *error = q.lastError().text();
                }
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

private:
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    bool run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (::geteuid() == 0) {
            p.start(
                QStringLiteral("runuser"),
                QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                    + args);
        } else {
            p.start(program, args);
        }
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), p.readAll().constData());
            return false;
        }
        return true;
    }
    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/officine-pg-XXXXXX")};
    int m_port = 0;
    bool m_started = false;
};

struct HttpAnswer
{
    int status = 0; ///< 0: no HTTP answer (connection refused, TLS failure)
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString errorMessage() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
};

/// A blocking HTTPS client that trusts only the given CA.
class HttpClient
{
public:
    explicit HttpClient(const QByteArray& caPem)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    }
    HttpAnswer request(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                       const QByteArray& token = {})
    {
        QNetworkRequest req(url);
        req.setSslConfiguration(m_tls);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setTransferTimeout(30000);
        if (!token.isEmpty()) {
            req.setRawHeader("Authorization", "Bearer " + token);
        }
        QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError && a.status == 0) {
            a.networkError = reply->errorString();
        }
        reply->deleteLater();
        return a;
    }
    HttpAnswer post(const QUrl& url, const QJsonObject& body, const QByteArray& token = {})
    {
        return request("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    HttpAnswer get(const QUrl& url, const QByteArray& token = {}) { return request("GET", url, {}, token); }

private:
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
};

/// The card PKI of the sync tests and benchmark: a test root and intermediate authority (the
/// servers' card trust anchors) and the card of the pharmacy's registered titulaire.
struct CardPki
{
    Tools::TestPki::Issued root, ca, titulaire;
    static inline const QString titulaireIdNat = QStringLiteral("810001000001");

    static CardPki make(int serial)
    {
        using Tools::TestPki;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CardPki p;
        p.root = TestPki::makeRoot(QStringLiteral("AC RACINE TEST"), now);
        p.ca = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES TEST"), p.root, now);
        TestPki::HolderSpec spec;
        spec.idNatPs = titulaireIdNat;
        spec.familyName = QStringLiteral("TITULAIRE");
        spec.givenName = QStringLiteral("Claire");
        spec.notBefore = now.addDays(-1);
        spec.notAfter = now.addYears(2);
        p.titulaire = TestPki::makeHolder(spec, p.ca, serial);
        return p;
    }
    QList<QByteArray> anchors() const { return {root.certificatePem(), ca.certificatePem()}; }
    /// The titulaire's card signing what the server asks (enrolment, sessions).
    Sync::CardSigner signer() const
    {
        return [card = titulaire](const QByteArray& m) -> Result<Sync::CardSignature> {
            return Sync::CardSignature {card.certificateDer(), Tools::TestPki::sign(card, m)};
        };
    }
};

/// officine-server processes over one cluster, with their config, TLS material and card trust.
class ServerFleet
{
public:
    /// `cardAuthorities`: the card CAs the server trusts (roots and intermediates, PEM).
    ServerFleet(PostgresCluster& pg, const QList<QByteArray>& cardAuthorities)
        : m_pg(pg)
    {
        // OFFICINE_TEST_KEEP=1 keeps the configuration and the servers' logs for a post-mortem.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("OFFICINE_TEST_KEEP"));
        if (!m_dir.autoRemove()) {
            qInfo("server fleet kept in %s", qPrintable(m_dir.path()));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_tlsCa = Tools::TestPki::makeRoot(QStringLiteral("OFFICINE TEST TLS CA"), now);
        const auto server = Tools::TestPki::makeTlsServer(
            {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}, m_tlsCa, now, 7001);
        write(QStringLiteral("server.pem"), server.certificatePem(), 0644);
        write(QStringLiteral("server.key"), server.privateKeyPem(), 0600);
        QDir(m_dir.path()).mkpath(QStringLiteral("trust"));
        for (qsizetype i = 0; i < cardAuthorities.size(); ++i) {
            write(QStringLiteral("trust/ca-%1.pem").arg(i), cardAuthorities.at(i), 0644);
        }
    }
    ~ServerFleet()
    {
        for (auto& p : m_processes) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    QByteArray tlsCaPem() const { return m_tlsCa.certificatePem(); }
    QString configPath() const { return m_dir.path() + QStringLiteral("/server.conf"); }

    /// Roles and database as docs/server-operations.md says, the config, then --init-db.
    bool prepare(const QString& extraConfig = {})
    {
        m_pg.sql(QStringLiteral("CREATE ROLE officine_owner LOGIN"));
        m_pg.sql(QStringLiteral("CREATE ROLE officine_app LOGIN NOSUPERUSER NOBYPASSRLS"));
        m_pg.sql(QStringLiteral("CREATE DATABASE officine OWNER officine_owner"));
        m_pg.sql(QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"), QStringLiteral("officine"));
        m_pg.sql(QStringLiteral("ALTER SCHEMA public OWNER TO officine_owner"), QStringLiteral("officine"));
        writeConfig(extraConfig);
        return runAdmin({QStringLiteral("--init-db")}).first == 0;
    }
    void writeConfig(const QString& extra = {})
    {
        const QString conf = QStringLiteral("[listen]\naddress = 127.0.0.1\nport = 0\n"
                                            "[tls]\ncertificate = %1/server.pem\nkey = %1/server.key\n"
                                            "[database]\nhost = %2\nport = %3\nname = officine\n"
                                            "user = officine_app\nowner = officine_owner\n"
                                            "[cards]\ntrust_store = %1/trust\n%4")
                                 .arg(m_dir.path(), m_pg.socketDir())
                                 .arg(m_pg.port())
                                 .arg(extra);
        write(QStringLiteral("server.conf"), conf.toUtf8(), 0644);
    }
    /// Runs officine-server with `args` (administration): exit code and output.
    std::pair<int, QString> runAdmin(const QStringList& args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(OFFICINE_SERVER),
                QStringList {QStringLiteral("--config"), configPath()} + args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
    }
    /// Registers a pharmacy; returns its tenant id.
    QString addPharmacy(const QString& finess, const QString& name, const QString& titulaireIdNat)
    {
        const auto [code, out] = runAdmin({QStringLiteral("--add-pharmacy"), finess, QStringLiteral("--name"),
                                           name, QStringLiteral("--titulaire"), titulaireIdNat});
        return code == 0 ? out.trimmed().split(QLatin1Char('\n')).last() : QString();
    }
    /// Starts one more server process; its base URL ("https://127.0.0.1:port/v1"), empty on failure.
    QUrl start()
    {
        auto p = std::make_unique<QProcess>();
        // Killed with the test, even when the test crashes.
        p->setChildProcessModifier([]() { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->setStandardErrorFile(m_dir.path() + QStringLiteral("/server-%1.log").arg(m_processes.size()));
        p->start(QStringLiteral(OFFICINE_SERVER), {QStringLiteral("--config"), configPath()});
        QByteArray out;
        for (int i = 0; i < 200 && !out.contains('\n'); ++i) {
            p->waitForReadyRead(50);
            out += p->readAllStandardOutput();
            if (p->state() == QProcess::NotRunning) {
                break;
            }
        }
        const QList<QByteArray> words = out.trimmed().split(' ');
        m_processes.push_back(std::move(p));
        if (words.size() != 2 || words.first() != "listening") {
            return {};
        }
        return QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(QString::fromLatin1(words.at(1))));
    }
    QProcess& process(size_t i) { return *m_processes.at(i); }
    size_t processCount() const { return m_processes.size(); }
    QString serverLog(size_t i) const
    {
        QFile f(m_dir.path() + QStringLiteral("/server-%1.log").arg(i));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    void write(const QString& name, const QByteArray& data, int mode)
    {
        QFile f(m_dir.path() + QLatin1Char('/') + name);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(data);
            f.close();
            ::chmod(QFile::encodeName(f.fileName()).constData(), mode_t(mode));
        }
    }
    PostgresCluster& m_pg;
    QTemporaryDir m_dir;
    Tools::TestPki::Issued m_tlsCa;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

/// The fleet of the sync tests over `pg` (started by the caller): prepared with `config`, and
/// pharmacy 750000001 registered with `pki`'s titulaire. Null when either step fails.
inline std::unique_ptr<ServerFleet> preparePharmacy(PostgresCluster& pg, const CardPki& pki,
                                                    const QString& config = {})
{
    auto fleet = std::make_unique<ServerFleet>(pg, pki.anchors());
    if (!fleet->prepare(config)
        || fleet
               ->addPharmacy(QStringLiteral("750000001"), QStringLiteral("Pharmacie A"),
                             CardPki::titulaireIdNat)
               .isEmpty()) {
        return nullptr;
    }
    return fleet;
}

} // namespace Officine::Test
