#include "httptransport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace Officine::Sync {

namespace {

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

ServerClient::ServerClient(QUrl base, QList<QSslCertificate> ca, int timeoutMs)
    : m_base(std::move(base))
    , m_ca(std::move(ca))
    , m_timeoutMs(timeoutMs)
{
}

ServerClient::~ServerClient() = default;

Result<ServerClient::Answer> ServerClient::request(const QByteArray& method, const QString& path,
                                                   const QByteArray& body, const QByteArray& token)
{
    if (!m_nam) {
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0) {
        url.setQuery(path.mid(q + 1));
    }
    QNetworkRequest req(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(m_timeoutMs);
    if (!token.isEmpty()) {
        req.setRawHeader("Authorization", "Bearer " + token);
    }
    QNetworkReply* reply = m_nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    const QString why = reply->errorString();
    const bool answered = a.status != 0 && reply->error() != QNetworkReply::RemoteHostClosedError
        && reply->error() != QNetworkReply::TimeoutError
        && reply->error() != QNetworkReply::OperationCanceledError;
    reply->deleteLater();
    if (!answered) {
        return fail(
            ErrorCode::TeleserviceUnavailable,
            tr("Le serveur de synchronisation ne répond pas (%1) : les changements attendent le retour du "
               "réseau.")
                .arg(why),
            QStringLiteral("server unreachable: %1").arg(why));
    }
    return a;
}

Result<QByteArray> ServerClient::check(const Answer& a)
{
    if (a.status >= 200 && a.status < 300) {
        return a.body;
    }
    const QString message = QJsonDocument::fromJson(a.body)
                                .object()
                                .value(QLatin1String("error"))
                                .toObject()
                                .value(QLatin1String("message"))
                                .toString();
    const QString text = message.isEmpty() ? tr("Le serveur a répondu %1.").arg(a.status) : message;
    const QString log = QStringLiteral("server answered %1").arg(a.status);
    switch (a.status) {
    case 401:
        return fail(ErrorCode::NotSignedIn, text, log);
    case 403:
        return fail(ErrorCode::PermissionDenied, text, log);
    case 404:
        return fail(ErrorCode::NotFound, text, log);
    case 409:
        return fail(ErrorCode::Conflict, text, log);
    case 429:
        return fail(ErrorCode::RateLimited, text, log);
    default:
        return fail(a.status >= 500 ? ErrorCode::TeleserviceUnavailable : ErrorCode::InvalidInput, text, log);
    }
}

Result<QByteArray> ServerClient::fetchChallenge(const QString& path)
{
    auto a = request("POST", path);
    if (!a) {
        return fail(a.error());
    }
    auto body = check(*a);
    if (!body) {
        return fail(body.error());
    }
    const QByteArray challenge = QByteArray::fromBase64(
        QJsonDocument::fromJson(*body).object().value(QLatin1String("challenge")).toString().toLatin1());
    if (challenge.size() < 16) {
        return fail(ErrorCode::TeleserviceProtocol, tr("Le serveur n'a pas donné de défi."),
                    QStringLiteral("no challenge"));
    }
    return challenge;
}

Result<ServerClient::Signatures> ServerClient::signBoth(const QByteArray& message, const DeviceKey& key,
                                                        const CardSigner& card)
{
    auto byCard = card(message);
    if (!byCard) {
        return fail(byCard.error());
    }
    auto byKey = key.sign(message);
    if (!byKey) {
        return fail(byKey.error());
    }
    return Signatures {std::move(*byCard), std::move(*byKey)};
}

Result<void> ServerClient::enrol(const QString& finess, const QString& workstationId, const QString& name,
                                 const DeviceKey& key, const CardSigner& card)
{
    auto challenge = fetchChallenge(QStringLiteral("/enrolment/challenge"));
    if (!challenge) {
        return fail(challenge.error());
    }
    auto signatures
        = signBoth(enrolmentMessage(*challenge, finess, workstationId, key.publicKeyDer()), key, card);
    if (!signatures) {
        return fail(signatures.error());
    }
    const QJsonObject body {
        {QStringLiteral("finess"), finess},
        {QStringLiteral("workstation"), workstationId},
        {QStringLiteral("name"), name},
        {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKeyDer().toBase64())},
        {QStringLiteral("challenge"), QString::fromLatin1(challenge->toBase64())},
        {QStringLiteral("certificate"), QString::fromLatin1(signatures->card.certificateDer.toBase64())},
        {QStringLiteral("cardSignature"), QString::fromLatin1(signatures->card.signature.toBase64())},
        {QStringLiteral("deviceSignature"), QString::fromLatin1(signatures->device.toBase64())}};
    auto a = request("POST", QStringLiteral("/enrolment"), compact(body));
    if (!a) {
        return fail(a.error());
    }
    auto done = check(*a);
    return done ? Result<void>() : fail(done.error());
}

Result<ServerClient::Session> ServerClient::openSession(const QString& workstationId, const DeviceKey& key,
                                                        const CardSigner& card)
{
    auto challenge = fetchChallenge(QStringLiteral("/session/challenge"));
    if (!challenge) {
        return fail(challenge.error());
    }
    auto signatures = signBoth(sessionMessage(*challenge, workstationId), key, card);
    if (!signatures) {
        return fail(signatures.error());
    }
    const QJsonObject body {
        {QStringLiteral("workstation"), workstationId},
        {QStringLiteral("challenge"), QString::fromLatin1(challenge->toBase64())},
        {QStringLiteral("certificate"), QString::fromLatin1(signatures->card.certificateDer.toBase64())},
        {QStringLiteral("cardSignature"), QString::fromLatin1(signatures->card.signature.toBase64())},
        {QStringLiteral("deviceSignature"), QString::fromLatin1(signatures->device.toBase64())}};
    auto a = request("POST", QStringLiteral("/session"), compact(body));
    if (!a) {
        return fail(a.error());
    }
    auto answer = check(*a);
    if (!answer) {
        return fail(answer.error());
    }
    const QJsonObject o = QJsonDocument::fromJson(*answer).object();
    Session s;
    s.token = o.value(QLatin1String("token")).toString().toLatin1();
    s.expiresAt = QDateTime::fromString(o.value(QLatin1String("expiresAt")).toString(), Qt::ISODateWithMs);
    s.account = o.value(QLatin1String("account")).toString();
    if (s.token.isEmpty()) {
        return fail(ErrorCode::TeleserviceProtocol, tr("Le serveur n'a pas donné de session."),
                    QStringLiteral("no token"));
    }
    return s;
}

Result<void> ServerClient::endSession(const QByteArray& token)
{
    auto a = request("DELETE", QStringLiteral("/session"), {}, token);
    if (!a) {
        return fail(a.error());
    }
    auto done = check(*a);
    return done ? Result<void>() : fail(done.error());
}

HttpTransport::HttpTransport(ServerClient& client, std::function<QByteArray()> token)
    : m_client(client)
    , m_token(std::move(token))
{
}

Result<std::vector<PushResult>> HttpTransport::push(const std::vector<Change>& changes)
{
    const QByteArray token = m_token();
    if (token.isEmpty()) {
        return fail(ErrorCode::NotSignedIn,
                    ServerClient::tr("Aucune carte connectée : les changements attendent une connexion."),
                    QStringLiteral("no session"));
    }
    auto a = m_client.request("POST", QStringLiteral("/sync/push"), pushRequestJson(changes), token);
    if (!a) {
        return fail(a.error());
    }
    auto body = ServerClient::check(*a);
    if (!body) {
        return fail(body.error());
    }
    Limits limits;
    limits.maxBodyBytes = 256 * 1024 * 1024;
    return Parser::pushResponse(*body, limits);
}

Result<PullPage> HttpTransport::pull(qint64 after, int limit)
{
    const QByteArray token = m_token();
    if (token.isEmpty()) {
        return fail(ErrorCode::NotSignedIn,
                    ServerClient::tr("Aucune carte connectée : la réception attend une connexion."),
                    QStringLiteral("no session"));
    }
    auto a = m_client.request("GET", QStringLiteral("/sync/pull?after=%1&limit=%2").arg(after).arg(limit), {},
                              token);
    if (!a) {
        return fail(a.error());
    }
    auto body = ServerClient::check(*a);
    if (!body) {
        return fail(body.error());
    }
    Limits limits;
    limits.maxBodyBytes = 1024 * 1024 * 1024;
    return Parser::pullResponse(*body, limits);
}

} // namespace Officine::Sync
