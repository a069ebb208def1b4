#pragma once

#include "sync/devicekey.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

namespace Officine::Sync {

/// What the staff card does for the server: its authentication certificate, and its
/// signature of a message (PKCS#1 v1.5 over SHA-256). In the app the card signs with the PIN
/// just typed; in tests, TestPki.
struct CardSignature
{
    QByteArray certificateDer;
    QByteArray signature;
};
using CardSigner = std::function<Result<CardSignature>(const QByteArray& message)>;

/// officine-server's JSON API over HTTPS (docs/sync-protocol.md), blocking: used from the sync
/// worker's thread, which owns it. The server's certificate must chain to `ca` (the CA named
/// by the system configuration), never to the system's authorities alone.
///
/// HTTP goes through libcurl, not QNetworkAccessManager: QNAM leaves Nagle's algorithm on and
/// writes a request's headers and body separately, so every request over ~16 KB waited for the
/// server's delayed acknowledgement (40 ms on Linux: a push of 100 changes took 62 ms instead of
/// 19). libcurl sets TCP_NODELAY, keeps the connection alive and blocks without an event loop.
class ServerClient
{
    Q_DECLARE_TR_FUNCTIONS(ServerClient)

public:
    ServerClient(QUrl base, QList<QSslCertificate> ca, int timeoutMs = 30000);
    ~ServerClient();

    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    /// The HTTP answer, or TeleserviceUnavailable when none came (network, TLS, timeout). A
    /// 4xx/5xx answer is turned into its error by check().
    Result<Answer> request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                           const QByteArray& token = {});
    static Result<QByteArray> check(const Answer& answer);
    /// Set from another thread, makes the request under way (and the next ones) give up at once
    /// with TeleserviceUnavailable: how the sync worker stops without waiting for a timeout.
    void setCancelFlag(std::shared_ptr<const std::atomic<bool>> cancel) { m_cancel = std::move(cancel); }

    /// The titulaire enrols this workstation: its new key's public half, signed by her card.
    Result<void> enrol(const QString& finess, const QString& workstationId, const QString& name,
                       const DeviceKey& key, const CardSigner& card);
    struct Session
    {
        QByteArray token;
        QDateTime expiresAt;
        QString account;
    };
    Result<Session> openSession(const QString& workstationId, const DeviceKey& key, const CardSigner& card);
    Result<void> endSession(const QByteArray& token);
    QUrl base() const { return m_base; }

private:
    /// A one-time challenge from the server (enrolment or session).
    Result<QByteArray> fetchChallenge(const QString& path);
    /// What the server checks: the card's and the workstation key's signatures of one message.
    struct Signatures
    {
        CardSignature card;
        QByteArray device;
    };
    static Result<Signatures> signBoth(const QByteArray& message, const DeviceKey& key,
                                       const CardSigner& card);
    QUrl m_base;
    QList<QSslCertificate> m_ca;
    int m_timeoutMs;
    std::shared_ptr<const std::atomic<bool>> m_cancel;
    struct Connection;
    std::unique_ptr<Connection> m_connection;
};

/// The sync engine's transport over a ServerClient and a session token.
class HttpTransport final : public SyncTransport
{
public:
    /// `token` gives the current session's token (empty: no session, nothing is sent).
    HttpTransport(ServerClient& client, std::function<QByteArray()> token);
    Result<std::vector<PushResult>> push(const std::vector<Change>& changes) override;
    Result<PullPage> pull(qint64 after, int limit) override;

private:
    ServerClient& m_client;
    std::function<QByteArray()> m_token;
};

} // namespace Officine::Sync
