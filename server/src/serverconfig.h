#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace Officine::Server {

/// officine-server's configuration, `/etc/officine/server.conf` by default (docs/server-operations.md):
///
///     [listen]
///     address = 127.0.0.1
///     port = 8443
///     [tls]
///     certificate = /etc/officine/tls/server.pem   ; the chain, leaf first
///     key = /etc/officine/tls/server.key           ; readable by the service only
///     [database]
///     host = /var/run/postgresql                    ; a socket folder or a host name
///     port = 5432
///     name = officine
///     user = officine_app                           ; the service's role: owns nothing, no BYPASSRLS
///     owner = officine_owner                        ; the role --init-db connects as
///     password_file =                               ; optional: a file holding the role's password
///     [cards]
///     trust_store = /etc/officine/trust             ; the card authorities (IGC-Santé)
///     [limits]
///     max_body_kib = 8192
///     max_changes_per_push = 1000
///     session_minutes = 15
///
/// No secret is written in it: the TLS key and the database password are files of their own,
/// readable only by the service (systemd's LoadCredential hands them over).
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    static constexpr auto defaultPath = "/etc/officine/server.conf";

    QString path;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443; ///< 0: any free port (tests), printed on standard output
    QString certificate;
    QString key;
    QString dbHost = QStringLiteral("/var/run/postgresql");
    int dbPort = 5432;
    QString dbName = QStringLiteral("officine");
    QString dbUser = QStringLiteral("officine_app");
    QString dbOwner = QStringLiteral("officine_owner");
    QString dbPasswordFile;
    QString trustStore = QStringLiteral("/etc/officine/trust");
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxChangesPerPush = 1000;
    int sessionMinutes = 15;

    /// Reads and checks the file: every path absolute, the port a number, the key file not
    /// readable by others. Each problem has its own French message naming the key.
    static Result<ServerConfig> load(const QString& path);
    /// The database password, read from password_file (empty when none is set).
    Result<QString> databasePassword() const;
};

} // namespace Officine::Server
