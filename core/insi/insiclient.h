#pragma once

#include "insi/insi.h"
#include "util/clock.h"
#include "util/securebuffer.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Officine::Insi {

/// The INSi teleservice as the application sees it (architecture: core defines the interface;
/// the HTTP client below is the one implementation, the tests run it against
/// tools/insisimulator). A query is asynchronous: `done` is called once, on the caller's
/// thread, with the answer or a French error; nothing is written to the store here, the
/// answer is recorded by RecordInsiResultCommand.
class Teleservice
{
public:
    using Done = std::function<void(Result<Answer>)>;
    virtual ~Teleservice() = default;
    /// Whether the teleservice is configured on this workstation.
    virtual bool isConfigured() const = 0;
    /// `context`: when it is destroyed before the answer, `done` is not called.
    virtual void query(const Request& request, Caller caller, QObject* context, Done done) = 0;
};

/// What a screen needs to query INSi: the service, and the signed-in member's card as the caller
/// (built from the PIN typed, when the card asks for one). A null service: not configured here;
/// a null caller: no card session (the demo without its cards, a password sign-in).
struct Access
{
    Teleservice* service = nullptr;
    std::function<Result<Caller>(std::shared_ptr<const SecureBuffer> pin)> caller;
    bool needsPin = true;
};

struct ClientOptions
{
    QUrl url; ///< https, or http on the loopback interface (the simulator)
    QString caFile; ///< PEM of the authority the service's certificate chains to; empty: system's
    int timeoutMs = 15000;
    Software software;
};

/// SOAP over HTTPS. The card signs on a worker thread (it blocks on card I/O), the request goes
/// out on the thread that owns the client, and a connection refused, a timeout, an HTTP 5xx or a
/// SOAP Receiver fault become TeleserviceUnavailable.
class HttpTeleservice final : public QObject, public Teleservice
{
    Q_OBJECT

public:
    HttpTeleservice(ClientOptions options, const Clock& clock, QObject* parent = nullptr);
    ~HttpTeleservice() override;

    /// Refuses a URL that is neither https nor http on a loopback address.
    static Result<void> checkUrl(const QUrl& url);

    bool isConfigured() const override { return m_options.url.isValid() && !m_options.url.isEmpty(); }
    void query(const Request& request, Caller caller, QObject* context, Done done) override;

private:
    void post(const Request& request, const QByteArray& envelope, const QString& messageId,
              QPointer<QObject> context, Done done);

    ClientOptions m_options;
    const Clock& m_clock;
    QNetworkAccessManager* m_network;
};

} // namespace Officine::Insi
