#include "httptransport.h"

#include <QJsonDocument>
#include <curl/curl.h>
#include <mutex>

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

/// One libcurl handle per client: it keeps the TLS connection open between requests.
struct ServerClient::Connection
{
    CURL* handle = nullptr;
    ~Connection()
    {
        if (handle) {
            curl_easy_cleanup(handle);
        }
    }
};

ServerClient::~ServerClient() = default;

namespace {

struct Transfer
{
    QByteArray body;
    const std::atomic<bool>* cancel = nullptr;
    bool tooLarge = false;
};

// A server answer larger than this is not one of ours (a pull page is a few MB).
constexpr qsizetype maxAnswerBytes = 256 * 1024 * 1024;

size_t collect(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    if (t->body.size() + qsizetype(n) > maxAnswerBytes) {
        t->tooLarge = true;
        return 0;
    }
    t->body.append(data, qsizetype(n));
    return n;
}

int progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* t = static_cast<Transfer*>(user);
    return t->cancel && t->cancel->load() ? 1 : 0;
}

QByteArray pem(const QList<QSslCertificate>& certificates)
{
    QByteArray out;
    for (const QSslCertificate& c : certificates) {
        out += c.toPem();
    }
    return out;
}

} // namespace

Result<ServerClient::Answer> ServerClient::request(const QByteArray& method, const QString& path,
                                                   const QByteArray& body, const QByteArray& token)
{
    static std::once_flag initialised;
    std::call_once(initialised, []() { curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (!m_connection) {
        m_connection = std::make_unique<Connection>();
        m_connection->handle = curl_easy_init();
    }
    CURL* h = m_connection->handle;
    curl_easy_reset(h); // options only: the open connection stays
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0) {
        url.setQuery(path.mid(q + 1));
    }
    const QByteArray address = url.toEncoded();
    const QByteArray authorities = pem(m_ca);
    curl_blob ca {const_cast<char*>(authorities.constData()), size_t(authorities.size()), CURL_BLOB_COPY};
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    QByteArray bearer;
    if (!token.isEmpty()) {
        bearer = "Authorization: Bearer " + token;
        headers = curl_slist_append(headers, bearer.constData());
    }
    Transfer t;
    t.cancel = m_cancel.get();
    char why[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(h, CURLOPT_URL, address.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(h, CURLOPT_PROXY, ""); // the server is reached directly, whatever the environment says
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(h, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(h, CURLOPT_CAINFO_BLOB, &ca);
    curl_easy_setopt(h, CURLOPT_CAPATH, nullptr); // only the configured authorities
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.constData());
    if (method == "GET" || (method == "DELETE" && body.isEmpty())) {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    }
    // Like QNetworkRequest's transfer timeout: give up when nothing moved for that long.
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(m_timeoutMs));
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, long(std::max(1, (m_timeoutMs + 999) / 1000)));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, why);
    const CURLcode code = t.cancel && t.cancel->load() ? CURLE_ABORTED_BY_CALLBACK : curl_easy_perform(h);
    curl_slist_free_all(headers);
    Answer a;
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    a.status = int(status);
    a.body = std::move(t.body);
    if (code != CURLE_OK || a.status == 0) {
        QString reason;
        switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
            reason = tr("adresse du serveur inconnue");
            break;
        case CURLE_COULDNT_CONNECT:
            reason = tr("connexion refusée");
            break;
        case CURLE_OPERATION_TIMEDOUT:
            reason = tr("délai dépassé");
            break;
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
            reason = tr("certificat du serveur non reconnu");
            break;
        case CURLE_SSL_CONNECT_ERROR:
            reason = tr("échec de la connexion chiffrée");
            break;
        case CURLE_ABORTED_BY_CALLBACK:
            reason = tr("synchronisation arrêtée");
            break;
        default:
            reason = t.tooLarge ? tr("réponse trop volumineuse") : tr("échange interrompu");
        }
        const QString detail = why[0] ? QString::fromUtf8(why) : QString::fromUtf8(curl_easy_strerror(code));
        return fail(
            ErrorCode::TeleserviceUnavailable,
            tr("Le serveur de synchronisation ne répond pas (%1) : les changements attendent le retour du "
               "réseau.")
                .arg(reason),
            QStringLiteral("server unreachable: %1").arg(detail));
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
