#include "httpapi.h"

#include "database.h"
#include "serverlog.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace Officine::Server {

using Status = QHttpServerResponse::StatusCode;

namespace {

const char* codeId(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return "invalid_input";
    case ErrorCode::NotSignedIn:
        return "not_signed_in";
    case ErrorCode::PermissionDenied:
        return "forbidden";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::RateLimited:
        return "rate_limited";
    case ErrorCode::StoreIo:
        return "unavailable";
    default:
        return "internal";
    }
}

Status statusOf(const Error& e)
{
    switch (e.code) {
    case ErrorCode::InvalidInput:
        return e.logText == QLatin1String("body too large") ? Status::PayloadTooLarge : Status::BadRequest;
    case ErrorCode::NotSignedIn:
        return Status::Unauthorized;
    case ErrorCode::PermissionDenied:
        return Status::Forbidden;
    case ErrorCode::NotFound:
        return Status::NotFound;
    case ErrorCode::Conflict:
        return Status::Conflict;
    case ErrorCode::RateLimited:
        return Status::TooManyRequests;
    case ErrorCode::StoreIo:
        return Status::ServiceUnavailable;
    default:
        return Status::InternalServerError;
    }
}

QByteArray header(const QHttpServerRequest& request, const char* name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QByteArray bearer(const QHttpServerRequest& request)
{
    const QByteArray value = header(request, "Authorization");
    return value.startsWith("Bearer ") ? value.mid(7).trimmed() : QByteArray();
}

QString remoteOf(const QHttpServerRequest& request)
{
    return request.remoteAddress().toString();
}

} // namespace

QHttpServerResponse jsonResponse(const QByteArray& json, Status status)
{
    QHttpServerResponse r(QByteArrayLiteral("application/json"), json, status);
    r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse errorResponse(const Error& e)
{
    const QJsonObject body {{QStringLiteral("error"),
                             QJsonObject {{QStringLiteral("code"), QLatin1String(codeId(e.code))},
                                          {QStringLiteral("message"), e.userText}}}};
    QHttpServerResponse r = jsonResponse(QJsonDocument(body).toJson(QJsonDocument::Compact), statusOf(e));
    if (e.code == ErrorCode::RateLimited && e.detail > 0) {
        r.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(e.detail));
    }
    return r;
}

HttpApi::HttpApi(const ServerConfig& config, Database& db, const Auth::CardVerifier& cards)
    : m_config(config)
    , m_db(db)
    , m_auth(db, cards, config.sessionMinutes)
    , m_sync(db)
{
}

HttpApi::~HttpApi() = default;

Sync::Limits HttpApi::limits() const
{
    Sync::Limits l;
    l.maxBodyBytes = m_config.maxBodyBytes;
    l.maxChanges = m_config.maxChangesPerPush;
    return l;
}

QHttpServerResponse HttpApi::error(const Error& e)
{
    return errorResponse(e);
}

void HttpApi::install(QHttpServer& server)
{
    using Method = QHttpServerRequest::Method;
    // Each handler is timed and counted; the log line names the route, never a value.
    const auto timed = [this](const char* route, auto&& handler) {
        return [this, route, handler](const QHttpServerRequest& request) {
            QElapsedTimer timer;
            timer.start();
            QHttpServerResponse response = handler(request);
            ++m_answered;
            Log::info("request",
                      {{"route", QLatin1String(route)},
                       {"status", int(response.statusCode())},
                       {"ms", double(timer.nsecsElapsed()) / 1e6}});
            return response;
        };
    };
    server.route(QStringLiteral("/v1/health"), Method::Get,
                 [this](const QHttpServerRequest&) { return health(); });
    server.route(QStringLiteral("/v1/enrolment/challenge"), Method::Post,
                 timed("enrolment.challenge", [this](const QHttpServerRequest& r) {
                     return challenge(r, AuthService::Purpose::Enrolment);
                 }));
    server.route(QStringLiteral("/v1/enrolment"), Method::Post,
                 timed("enrolment", [this](const QHttpServerRequest& r) { return enrol(r); }));
    server.route(QStringLiteral("/v1/session/challenge"), Method::Post,
                 timed("session.challenge", [this](const QHttpServerRequest& r) {
                     return challenge(r, AuthService::Purpose::Session);
                 }));
    server.route(QStringLiteral("/v1/session"), Method::Post,
                 timed("session.open", [this](const QHttpServerRequest& r) { return openSession(r); }));
    server.route(QStringLiteral("/v1/session"), Method::Delete,
                 timed("session.end", [this](const QHttpServerRequest& r) { return endSession(r); }));
    server.route(QStringLiteral("/v1/sync/push"), Method::Post,
                 timed("sync.push", [this](const QHttpServerRequest& r) { return push(r); }));
    server.route(QStringLiteral("/v1/sync/pull"), Method::Get,
                 timed("sync.pull", [this](const QHttpServerRequest& r) { return pull(r); }));
    server.route(QStringLiteral("/v1/audit/heads"), Method::Get,
                 timed("audit.heads", [this](const QHttpServerRequest& r) { return auditHeads(r); }));
    server.route(QStringLiteral("/v1/workstations/<arg>/revoke"), Method::Post,
                 [this](const QString& id, const QHttpServerRequest& r) { return revoke(id, r); });
    server.afterRequest([](QHttpServerResponse&& response) {
        response.addHeader(QByteArrayLiteral("Strict-Transport-Security"),
                           QByteArrayLiteral("max-age=31536000"));
        response.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
        return std::move(response);
    });
}

QHttpServerResponse HttpApi::health()
{
    const bool up = m_db.ping();
    const QJsonObject body {
        {QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("degraded")},
        {QStringLiteral("database"), up ? QStringLiteral("ok") : QStringLiteral("unreachable")},
        {QStringLiteral("schema"), latestSchemaVersion()},
        {QStringLiteral("version"), QStringLiteral(OFFICINE_VERSION)}};
    return jsonResponse(QJsonDocument(body).toJson(QJsonDocument::Compact),
                        up ? Status::Ok : Status::ServiceUnavailable);
}

QHttpServerResponse HttpApi::challenge(const QHttpServerRequest&, AuthService::Purpose purpose)
{
    auto c = m_auth.issueChallenge(purpose);
    if (!c) {
        return error(c.error());
    }
    const QJsonObject body {{QStringLiteral("challenge"), QString::fromLatin1(c->toBase64())},
                            {QStringLiteral("expiresIn"), AuthService::kChallengeSeconds}};
    return jsonResponse(QJsonDocument(body).toJson(QJsonDocument::Compact), Status::Ok);
}

QHttpServerResponse HttpApi::enrol(const QHttpServerRequest& request)
{
    using Sync::Parser;
    auto o = Parser::object(request.body(), limits());
    if (!o) {
        return error(o.error());
    }
    if (auto ok = Parser::onlyKeys(*o,
                                   {"finess", "workstation", "name", "publicKey", "challenge", "certificate",
                                    "cardSignature", "deviceSignature"},
                                   tr("l'inscription"));
        !ok) {
        return error(ok.error());
    }
    EnrolmentRequest r;
    auto finess = Parser::text(*o, "finess", 9);
    auto workstation = Parser::uuid(*o, "workstation");
    auto name = Parser::text(*o, "name", 100);
    auto key = Parser::base64(*o, "publicKey", 1024);
    auto challenge = Parser::base64(*o, "challenge", 64);
    auto certificate = Parser::base64(*o, "certificate", 16 * 1024);
    auto card = Parser::base64(*o, "cardSignature", 1024);
    auto device = Parser::base64(*o, "deviceSignature", 256);
    for (const Result<QString>* f : {&finess, &workstation, &name}) {
        if (!*f) {
            return error(f->error());
        }
    }
    for (const Result<QByteArray>* f : {&key, &challenge, &certificate, &card, &device}) {
        if (!*f) {
            return error(f->error());
        }
    }
    r.finess = *finess;
    r.workstationId = *workstation;
    r.workstationName = *name;
    r.publicKey = *key;
    r.challenge = *challenge;
    r.certificate = *certificate;
    r.cardSignature = *card;
    r.deviceSignature = *device;
    auto tenant = m_auth.enrol(r, remoteOf(request));
    if (!tenant) {
        return error(tenant.error());
    }
    const QJsonObject body {{QStringLiteral("workstation"), r.workstationId},
                            {QStringLiteral("tenant"), *tenant}};
    return jsonResponse(QJsonDocument(body).toJson(QJsonDocument::Compact), Status::Created);
}

QHttpServerResponse HttpApi::openSession(const QHttpServerRequest& request)
{
    using Sync::Parser;
    auto o = Parser::object(request.body(), limits());
    if (!o) {
        return error(o.error());
    }
    if (auto ok = Parser::onlyKeys(
            *o, {"workstation", "challenge", "certificate", "cardSignature", "deviceSignature"},
            tr("l'ouverture de session"));
        !ok) {
        return error(ok.error());
    }
    SessionRequest r;
    auto workstation = Parser::uuid(*o, "workstation");
    auto challenge = Parser::base64(*o, "challenge", 64);
    auto certificate = Parser::base64(*o, "certificate", 16 * 1024);
    auto card = Parser::base64(*o, "cardSignature", 1024);
    auto device = Parser::base64(*o, "deviceSignature", 256);
    if (!workstation) {
        return error(workstation.error());
    }
    for (const Result<QByteArray>* f : {&challenge, &certificate, &card, &device}) {
        if (!*f) {
            return error(f->error());
        }
    }
    r.workstationId = *workstation;
    r.challenge = *challenge;
    r.certificate = *certificate;
    r.cardSignature = *card;
    r.deviceSignature = *device;
    auto grant = m_auth.openSession(r, remoteOf(request));
    if (!grant) {
        return error(grant.error());
    }
    const QJsonObject body {{QStringLiteral("token"), QString::fromLatin1(grant->token)},
                            {QStringLiteral("expiresAt"), grant->expiresAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("tenant"), grant->caller.tenantId},
                            {QStringLiteral("account"), grant->caller.accountId}};
    return jsonResponse(QJsonDocument(body).toJson(QJsonDocument::Compact), Status::Created);
}

Result<Caller> HttpApi::caller(const QHttpServerRequest& request, const char* action)
{
    auto who = m_auth.authenticate(bearer(request));
    if (!who) {
        m_auth.audit(nullptr, {}, action, "refused", who.error().logText, remoteOf(request));
    }
    return who;
}

QHttpServerResponse HttpApi::endSession(const QHttpServerRequest& request)
{
    auto who = caller(request, "session.end");
    if (!who) {
        return error(who.error());
    }
    if (auto ok = m_auth.endSession(bearer(request)); !ok) {
        return error(ok.error());
    }
    m_auth.audit(&*who, {}, "session.end", "success", {}, remoteOf(request));
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse HttpApi::push(const QHttpServerRequest& request)
{
    auto who = caller(request, "sync.push");
    if (!who) {
        return error(who.error());
    }
    auto changes = Sync::Parser::pushRequest(request.body(), limits());
    if (!changes) {
        m_auth.audit(&*who, {}, "sync.push", "refused", changes.error().logText, remoteOf(request));
        return error(changes.error());
    }
    const QString remote = remoteOf(request);
    auto results = m_sync.push(*who, *changes, [&](const std::vector<Sync::PushResult>& done) {
        int applied = 0, duplicates = 0, conflicts = 0;
        for (const Sync::PushResult& r : done) {
            applied += r.status == Sync::PushResult::Status::Applied;
            duplicates += r.status == Sync::PushResult::Status::Duplicate;
            conflicts += r.status == Sync::PushResult::Status::Conflict;
        }
        m_auth.audit(&*who, {}, "sync.push", "success",
                     QStringLiteral("changes=%1;applied=%2;duplicates=%3;conflicts=%4")
                         .arg(done.size())
                         .arg(applied)
                         .arg(duplicates)
                         .arg(conflicts),
                     remote);
    });
    if (!results) {
        m_auth.audit(&*who, {}, "sync.push", "refused", results.error().logText, remote);
        return error(results.error());
    }
    return jsonResponse(Sync::pushResponseJson(*results), Status::Ok);
}

QHttpServerResponse HttpApi::pull(const QHttpServerRequest& request)
{
    auto who = caller(request, "sync.pull");
    if (!who) {
        return error(who.error());
    }
    const QUrlQuery query = request.query();
    bool okAfter = true, okLimit = true;
    const QString afterText = query.queryItemValue(QStringLiteral("after"));
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&okAfter);
    const int limit = limitText.isEmpty() ? 1000 : limitText.toInt(&okLimit);
    if (!okAfter || !okLimit || after < 0 || limit < 1 || limit > limits().maxPageSize) {
        const Error e(ErrorCode::InvalidInput,
                      tr("« after » doit être un entier positif et « limit » un entier de 1 à %1.")
                          .arg(limits().maxPageSize),
                      QStringLiteral("bad pull parameters"));
        m_auth.audit(&*who, {}, "sync.pull", "refused", e.logText, remoteOf(request));
        return error(e);
    }
    const QString remote = remoteOf(request);
    auto page = m_sync.pull(*who, after, limit, [&](const Sync::PullPage& p) {
        m_auth.audit(
            &*who, {}, "sync.pull", "success",
            QStringLiteral("after=%1;changes=%2;more=%3").arg(after).arg(p.changes.size()).arg(p.more),
            remote);
    });
    if (!page) {
        return error(page.error());
    }
    return jsonResponse(Sync::pullResponseJson(*page), Status::Ok);
}

QHttpServerResponse HttpApi::auditHeads(const QHttpServerRequest& request)
{
    auto who = caller(request, "audit.heads");
    if (!who) {
        return error(who.error());
    }
    auto heads = m_sync.auditHeads(*who);
    if (!heads) {
        return error(heads.error());
    }
    return jsonResponse(
        QJsonDocument(QJsonObject {{QStringLiteral("heads"), *heads}}).toJson(QJsonDocument::Compact),
        Status::Ok);
}

QHttpServerResponse HttpApi::revoke(const QString& workstationId, const QHttpServerRequest& request)
{
    auto who = caller(request, "workstation.revoke");
    if (!who) {
        return error(who.error());
    }
    if (!Sync::Parser::isCanonicalUuid(workstationId)) {
        return error(
            Error(ErrorCode::InvalidInput, tr("Identifiant de poste invalide."), QStringLiteral("bad id")));
    }
    auto o = Sync::Parser::object(request.body(), limits());
    if (!o) {
        return error(o.error());
    }
    auto reason = Sync::Parser::text(*o, "reason", 500);
    if (!reason) {
        return error(reason.error());
    }
    if (auto ok = m_auth.revokeWorkstation(*who, workstationId, *reason); !ok) {
        m_auth.audit(&*who, {}, "workstation.revoke", "refused", ok.error().logText, remoteOf(request));
        return error(ok.error());
    }
    m_auth.audit(&*who, {}, "workstation.revoke", "success",
                 QStringLiteral("workstation=%1").arg(workstationId), remoteOf(request));
    return QHttpServerResponse(Status::NoContent);
}

} // namespace Officine::Server
