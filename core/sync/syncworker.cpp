#include "syncworker.h"

#include "logging/logging.h"
#include "storage/store.h"
#include "util/threadcleanup.h"

#include <QRandomGenerator>
#include <QTimer>
#include <optional>

namespace Officine::Sync {

using State = SyncStatus::State;

/// Lives on the worker thread: the store connection, the client, the engine, the timers.
class SyncWorker::Runner : public QObject
{
public:
    Runner(SyncWorker& owner, const Config& config)
        : m_owner(owner)
        , m_config(config)
    {
    }

    void init()
    {
        m_debounce.setSingleShot(true);
        m_debounce.setInterval(m_config.debounceMs);
        QObject::connect(&m_debounce, &QTimer::timeout, this, [this]() { runOnce(); });
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this]() { runOnce(); });
        m_periodic.setInterval(m_config.intervalSeconds * 1000);
        QObject::connect(&m_periodic, &QTimer::timeout, this, [this]() { runOnce(); });
        m_periodic.start();
        if (m_config.server.isEmpty()) {
            report(State::NotConfigured, {});
            return;
        }
        auto store = m_config.openStore();
        if (!store) {
            report(State::Error, store.error().userText);
            return;
        }
        m_store = std::move(*store);
        m_client = std::make_unique<ServerClient>(m_config.server, m_config.ca, m_config.timeoutMs);
        m_client->setCancelFlag(m_owner.m_cancel);
        m_transport = std::make_unique<HttpTransport>(*m_client, [this]() { return m_token; });
        m_engine
            = std::make_unique<SyncEngine>(*m_store, *m_transport, m_config.workstationId, m_config.options);
        // A pull of several pages (a new workstation's first) shows how far it has come.
        m_engine->setProgressHandler([this](const PullProgress& p) {
            if (p.more) {
                m_progress = p;
                report(State::Syncing, {});
            }
        });
        report(State::WaitingForCard, {});
    }

    void shutdown()
    {
        m_debounce.stop();
        m_retry.stop();
        m_periodic.stop();
        m_engine.reset();
        m_transport.reset();
        m_client.reset();
        m_store.reset();
    }

    void request()
    {
        if (!m_retry.isActive()) {
            m_debounce.start();
        }
    }

    void openSession(const std::shared_ptr<const DeviceKey>& key, const CardSigner& card,
                     const std::function<void(const Result<void>&)>& done)
    {
        Result<void> outcome;
        if (!m_client) {
            outcome = fail(ErrorCode::NotFound,
                           SyncWorker::tr("La synchronisation n'est pas configurée sur ce poste."),
                           QStringLiteral("sync not configured"));
        } else {
            auto session = m_client->openSession(m_config.workstationId, *key, card);
            if (session) {
                m_token = session->token;
                m_expires = session->expiresAt;
                m_failures = 0;
                // Kept while the card session lasts (endSession drops them): a server session
                // is short, the card signs the next one when it ends.
                m_key = key;
                m_card = card;
            } else {
                outcome = fail(session.error());
                report(session.error().code == ErrorCode::TeleserviceUnavailable ? State::Offline
                                                                                 : State::Error,
                       session.error().userText);
            }
        }
        QMetaObject::invokeMethod(
            &m_owner, [done, outcome]() { done(outcome); }, Qt::QueuedConnection);
        if (outcome) {
            runOnce();
        }
    }

    void enrol(const QString& finess, const QString& name, const std::shared_ptr<const DeviceKey>& key,
               const CardSigner& card, const std::function<void(const Result<void>&)>& done)
    {
        Result<void> outcome;
        if (!m_client) {
            outcome = fail(ErrorCode::NotFound,
                           SyncWorker::tr("La synchronisation n'est pas configurée sur ce poste."),
                           QStringLiteral("sync not configured"));
        } else if (auto r = m_client->enrol(finess, m_config.workstationId, name, *key, card); !r) {
            outcome = fail(r.error());
            report(r.error().code == ErrorCode::TeleserviceUnavailable ? State::Offline : State::NotEnrolled,
                   r.error().userText);
        }
        if (!outcome) {
            QMetaObject::invokeMethod(
                &m_owner, [done, outcome]() { done(outcome); }, Qt::QueuedConnection);
            return;
        }
        openSession(key, card, done);
    }

    void notEnrolled() { report(State::NotEnrolled, {}); }

    void endSession()
    {
        if (m_client && !m_token.isEmpty()) {
            (void)m_client->endSession(m_token);
        }
        m_token.clear();
        m_key.reset();
        m_card = nullptr;
        report(m_client ? State::WaitingForCard : State::NotConfigured, {});
    }

    /// A new server session signed by the card still signed in, when the last one ended or is
    /// about to. False when there is no card session to sign it (or the card refused).
    bool renewSession()
    {
        if (!m_client || !m_key || !m_card) {
            return false;
        }
        auto session = m_client->openSession(m_config.workstationId, *m_key, m_card);
        if (!session) {
            qCInfo(lcSync).noquote() << "server session not renewed:" << session.error().logText;
            if (session.error().code != ErrorCode::TeleserviceUnavailable) {
                m_key.reset(); // a card pulled or refused: the next sign-in opens the session
                m_card = nullptr;
            }
            return false;
        }
        m_token = session->token;
        m_expires = session->expiresAt;
        return true;
    }

    void runOnce()
    {
        m_debounce.stop();
        m_retry.stop();
        if (!m_engine) {
            return;
        }
        const bool ending = m_expires.isValid() && m_expires <= QDateTime::currentDateTimeUtc().addSecs(60);
        if ((m_token.isEmpty() || ending) && !renewSession()) {
            m_token.clear();
            report(State::WaitingForCard, {});
            return;
        }
        m_progress.reset();
        report(State::Syncing, {});
        auto r = m_engine->run();
        if (!r && r.error().code == ErrorCode::NotSignedIn && renewSession()) {
            r = m_engine->run(); // ended on the server before its time (restart, revocation check)
        }
        m_progress.reset();
        if (r) {
            m_failures = 0;
            m_lastSuccess = QDateTime::currentDateTimeUtc();
            report(r->waitingForDeletionConfirmation ? State::WaitingForConfirmation : State::UpToDate, {});
            const SyncReport copy = *r;
            QMetaObject::invokeMethod(
                &m_owner, [this, copy]() { Q_EMIT m_owner.synced(copy); }, Qt::QueuedConnection);
            return;
        }
        const Error& e = r.error();
        if (e.code == ErrorCode::NotSignedIn) {
            m_token.clear(); // expired or ended on the server: the next card sign-in opens another
            report(State::WaitingForCard, e.userText);
            return;
        }
        ++m_failures;
        const int base = std::min(m_config.maxBackoffSeconds, 1 << std::min(m_failures, 16));
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        const int delayMs = int(double(base) * 1000.0 * jitter);
        m_retry.start(delayMs);
        m_next = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
        report(e.code == ErrorCode::TeleserviceUnavailable || e.code == ErrorCode::RateLimited
                   ? State::Offline
                   : State::Error,
               e.userText);
    }

    void report(State state, const QString& reason)
    {
        SyncStatus s;
        s.state = state;
        s.reason = reason;
        s.lastSuccess = m_lastSuccess;
        s.nextAttempt = state == State::Offline || state == State::Error ? m_next : QDateTime();
        if (state == State::Syncing && m_progress) {
            s.progress = m_progress->percent;
            s.received = m_progress->received;
        }
        if (m_engine) {
            s.pending = m_engine->pendingCount().value_or(0);
            s.conflicts = Journal(*m_store).conflictCount().value_or(0);
            if (state == State::UpToDate && s.pending > 0) {
                s.state = State::Pending;
            }
        }
        m_owner.setStatus(s);
    }

    SyncEngine* engine() { return m_engine.get(); }

private:
    SyncWorker& m_owner;
    Config m_config;
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<ServerClient> m_client;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    std::optional<PullProgress> m_progress;
    QByteArray m_token;
    QDateTime m_expires;
    std::shared_ptr<const DeviceKey> m_key;
    CardSigner m_card;
    QDateTime m_lastSuccess;
    QDateTime m_next;
    int m_failures = 0;
    // Children, so they move to the worker thread with the runner.
    QTimer m_debounce {this};
    QTimer m_retry {this};
    QTimer m_periodic {this};
};

SyncWorker::SyncWorker(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<SyncReport>();
    m_thread.setObjectName(QStringLiteral("sync"));
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_runner) {
        return;
    }
    m_cancel->store(false);
    m_runner = new Runner(*this, m_config);
    m_runner->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_runner, [r = m_runner]() { r->init(); }, Qt::QueuedConnection);
}

void SyncWorker::stop()
{
    if (!m_runner) {
        return;
    }
    m_cancel->store(true);
    QMetaObject::invokeMethod(
        m_runner,
        [r = m_runner]() {
            r->shutdown();
            const ThreadCryptoScope cryptoState; // what OpenSSL kept for this thread goes with it
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_runner = nullptr;
}

void SyncWorker::requestSync()
{
    if (m_runner) {
        QMetaObject::invokeMethod(
            m_runner, [r = m_runner]() { r->request(); }, Qt::QueuedConnection);
    }
}

void SyncWorker::openSession(std::shared_ptr<const DeviceKey> key, CardSigner card,
                             std::function<void(const Result<void>&)> done)
{
    if (!m_runner) {
        done(fail(ErrorCode::Internal, QStringLiteral("sync worker not started")));
        return;
    }
    QMetaObject::invokeMethod(
        m_runner,
        [r = m_runner, key = std::move(key), card = std::move(card), done = std::move(done)]() {
            r->openSession(key, card, done);
        },
        Qt::QueuedConnection);
}

void SyncWorker::enrolAndOpenSession(QString finess, QString name, std::shared_ptr<const DeviceKey> key,
                                     CardSigner card, std::function<void(const Result<void>&)> done)
{
    if (!m_runner) {
        done(fail(ErrorCode::Internal, QStringLiteral("sync worker not started")));
        return;
    }
    QMetaObject::invokeMethod(
        m_runner,
        [r = m_runner, finess = std::move(finess), name = std::move(name), key = std::move(key),
         card = std::move(card), done = std::move(done)]() { r->enrol(finess, name, key, card, done); },
        Qt::QueuedConnection);
}

void SyncWorker::markNotEnrolled()
{
    if (m_runner) {
        QMetaObject::invokeMethod(
            m_runner, [r = m_runner]() { r->notEnrolled(); }, Qt::QueuedConnection);
    }
}

void SyncWorker::endSession()
{
    if (m_runner) {
        QMetaObject::invokeMethod(
            m_runner, [r = m_runner]() { r->endSession(); }, Qt::QueuedConnection);
    }
}

void SyncWorker::withEngine(std::function<void(SyncEngine&)> work, std::function<void()> done)
{
    if (!m_runner) {
        return;
    }
    QMetaObject::invokeMethod(
        m_runner,
        [this, r = m_runner, work = std::move(work), done = std::move(done)]() {
            if (SyncEngine* e = r->engine()) {
                work(*e);
            }
            if (done) {
                QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

SyncStatus SyncWorker::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void SyncWorker::setStatus(const SyncStatus& status)
{
    {
        QMutexLocker lock(&m_mutex);
        m_status = status;
    }
    QMetaObject::invokeMethod(
        this, [this, status]() { Q_EMIT statusChanged(status); }, Qt::QueuedConnection);
}

} // namespace Officine::Sync
