#pragma once

#include "authservice.h"
#include "serverconfig.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <memory>

namespace Officine::Server {

class Database;

/// The JSON API under /v1 (docs/sync-protocol.md) on a QHttpServer. Requests are handled one
/// at a time on this process's thread, each to its end (its transaction committed or rolled
/// back) before the next: a SIGTERM is acted on between two requests, so stopping never cuts
/// one in half. Several processes share the load over one PostgreSQL.
class HttpApi
{
    Q_DECLARE_TR_FUNCTIONS(HttpApi)

public:
    HttpApi(const ServerConfig& config, Database& db, const Auth::CardVerifier& cards);
    ~HttpApi();
    void install(QHttpServer& server);

    /// How many requests were answered (health reports it).
    qint64 answered() const { return m_answered; }

private:
    QHttpServerResponse health();
    QHttpServerResponse challenge(const QHttpServerRequest& request, AuthService::Purpose purpose);
    QHttpServerResponse enrol(const QHttpServerRequest& request);
    QHttpServerResponse openSession(const QHttpServerRequest& request);
    QHttpServerResponse endSession(const QHttpServerRequest& request);
    QHttpServerResponse push(const QHttpServerRequest& request);
    QHttpServerResponse pull(const QHttpServerRequest& request);
    QHttpServerResponse auditHeads(const QHttpServerRequest& request);
    QHttpServerResponse revoke(const QString& workstationId, const QHttpServerRequest& request);

    /// The caller of a request with a bearer token; a refusal is audited and answered.
    Result<Caller> caller(const QHttpServerRequest& request, const char* action);
    QHttpServerResponse error(const Error& e);
    Sync::Limits limits() const;

    const ServerConfig& m_config;
    Database& m_db;
    AuthService m_auth;
    SyncService m_sync;
    qint64 m_answered = 0;
};

/// The JSON error body: {"error": {"code": "...", "message": "..."}} with its HTTP status.
QHttpServerResponse errorResponse(const Error& e);
QHttpServerResponse jsonResponse(const QByteArray& json, QHttpServerResponse::StatusCode status);

} // namespace Officine::Server
