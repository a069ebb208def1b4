#include "insiclient.h"

#include "logging/logging.h"
#include "util/threadcleanup.h"

#include <QFile>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUuid>
#include <QtConcurrent>

namespace Officine::Insi {

namespace {

constexpr qint64 kMaxAnswerBytes = 1 << 20;

Error unavailable(const QString& log)
{
    return Error(ErrorCode::TeleserviceUnavailable,
                 QCoreApplication::translate("Insi",
                                             "Le téléservice INSi ne répond pas : l'identité reste "
                                             "provisoire et rien de ce qui a été saisi n'est perdu. "
                                             "Réessayez plus tard."),
                 QStringLiteral("insi unavailable: ") + log);
}

struct Signed
{
    Result<QByteArray> certificate = QByteArray();
    Result<QByteArray> signature = QByteArray();
};

} // namespace

HttpTeleservice::HttpTeleservice(ClientOptions options, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpTeleservice::~HttpTeleservice() = default;

Result<void> HttpTeleservice::checkUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Insi", "L'adresse du téléservice INSi n'est pas valide."),
                    QStringLiteral("insi url invalid"));
    }
    if (url.scheme() == QLatin1StringView("https")) {
        return {};
    }
    const QHostAddress host(url.host());
    if (url.scheme() == QLatin1StringView("http")
        && (host.isLoopback() || url.host() == QLatin1StringView("localhost"))) {
        return {};
    }
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("Insi", "Le téléservice INSi ne s'interroge qu'en HTTPS."),
                QStringLiteral("insi url not https"));
}

void HttpTeleservice::query(const Request& request, Caller caller, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    auto answerLater = [guard, done](Result<Answer> r) {
        QMetaObject::invokeMethod(
            guard ? guard.data() : nullptr,
            [guard, done, r = std::move(r)]() mutable {
                if (guard) {
                    done(std::move(r));
                }
            },
            Qt::QueuedConnection);
    };
    if (!guard) {
        return;
    }
    if (!isConfigured()) {
        answerLater(fail(ErrorCode::TeleserviceUnavailable,
                         QCoreApplication::translate("Insi",
                                                     "Le téléservice INSi n'est pas configuré sur ce "
                                                     "poste (officine.conf, section [insi])."),
                         QStringLiteral("insi not configured")));
        return;
    }
    if (auto url = checkUrl(m_options.url); !url) {
        answerLater(fail(url.error()));
        return;
    }
    if (auto checked = request.check(); !checked) {
        answerLater(fail(checked.error()));
        return;
    }
    if (!caller.sign || !caller.certificate) {
        answerLater(fail(ErrorCode::NotSignedIn,
                         QCoreApplication::translate("Insi",
                                                     "Le téléservice INSi s'interroge avec votre carte "
                                                     "CPS : connectez-vous avec votre carte."),
                         QStringLiteral("insi: no card")));
        return;
    }
    const Envelope::Parts parts = Envelope::prepare(request, caller, m_options.software, m_clock.now(),
                                                    QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto* watcher = new QFutureWatcher<Signed>(this);
    connect(watcher, &QFutureWatcher<Signed>::finished, this, [this, watcher, parts, request, guard, done]() {
        watcher->deleteLater();
        const Signed s = watcher->result();
        if (!guard) {
            return;
        }
        if (!s.certificate) {
            done(fail(s.certificate.error()));
            return;
        }
        if (!s.signature) {
            done(fail(s.signature.error()));
            return;
        }
        post(request, Envelope::assemble(parts, *s.certificate, *s.signature), parts.messageId, guard, done);
    });
    watcher->setFuture(QtConcurrent::run([caller, payload = parts.signedPayload()]() {
        const ThreadCryptoScope crypto; // the card backend and OpenSSL leave nothing on the pool thread
        Signed s;
        s.certificate = caller.certificate();
        if (s.certificate) {
            s.signature = caller.sign(payload);
        }
        return s;
    }));
}

void HttpTeleservice::post(const Request& request, const QByteArray& envelope, const QString& messageId,
                           QPointer<QObject> context, Done done)
{
    QNetworkRequest http(m_options.url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/soap+xml; charset=utf-8"));
    http.setTransferTimeout(m_options.timeoutMs);
    if (m_options.url.scheme() == QLatin1StringView("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_options.caFile.isEmpty()) {
            tls.setCaCertificates(QSslCertificate::fromPath(m_options.caFile));
        }
        http.setSslConfiguration(tls);
    }
    QNetworkReply* reply = m_network->post(http, envelope);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes) {
            reply->abort();
        }
    });
    const Operation op = request.operation;
    connect(reply, &QNetworkReply::finished, this, [reply, op, messageId, context, done]() {
        reply->deleteLater();
        if (!context) {
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(kMaxAnswerBytes + 1);
        if (body.size() > kMaxAnswerBytes) {
            done(fail(ErrorCode::TeleserviceProtocol,
                      QCoreApplication::translate("Insi",
                                                  "La réponse du téléservice INSi est trop longue : "
                                                  "l'identité reste provisoire."),
                      QStringLiteral("insi answer too large")));
            return;
        }
        if (status == 0) {
            // No HTTP answer at all: connection refused, host unknown, timeout, TLS failure.
            const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
            qCWarning(lcApp).noquote() << "INSi request failed:" << reply->errorString();
            if (tls) {
                done(fail(ErrorCode::TeleserviceRefused,
                          QCoreApplication::translate("Insi",
                                                      "Le certificat du téléservice INSi n'est pas celui "
                                                      "attendu : la connexion a été refusée."),
                          QStringLiteral("insi tls: ") + reply->errorString()));
            } else {
                done(fail(unavailable(reply->errorString())));
            }
            return;
        }
        auto answer = Envelope::parseResponse(body, op);
        if (!answer) {
            if (status >= 500 && answer.error().code == ErrorCode::TeleserviceProtocol
                && !body.contains("Fault")) {
                done(fail(unavailable(QStringLiteral("HTTP %1").arg(status))));
            } else {
                done(fail(answer.error()));
            }
            return;
        }
        if (status != 200) {
            done(fail(unavailable(QStringLiteral("HTTP %1 with a result").arg(status))));
            return;
        }
        answer->messageId = messageId;
        done(std::move(answer));
    });
}

} // namespace Officine::Insi
