#pragma once

#include "sync/httptransport.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

namespace Officine::Storage {
class Store;
}

namespace Officine::Sync {

/// What the status bar and the sync panel show.
struct SyncStatus
{
    enum class State {
        NotConfigured, ///< no server in the system configuration
        NotEnrolled, ///< the titulaire has not enrolled this workstation
        WaitingForCard, ///< no server session: nobody signed in with a card
        Syncing,
        UpToDate,
        Pending, ///< changes wait (a retry is scheduled)
        Offline, ///< the server does not answer; retried with back-off
        Error, ///< the server refused (reason says why)
        WaitingForConfirmation, ///< a pull would delete many records: the titulaire decides
    };
    State state = State::NotConfigured;
    qint64 pending = 0; ///< records with local changes not yet on the server
    int conflicts = 0; ///< fields waiting for a person
    QString reason; ///< French, for Offline and Error
    /// While Syncing, how far a pull of several pages has come (0-100); -1: no such pull.
    int progress = -1;
    qint64 received = 0; ///< changes that pull has received so far
    QDateTime lastSuccess;
    QDateTime nextAttempt;
};

/// The background sync of a workstation (docs/sync-protocol.md, "Client"): its own thread,
/// its own store connection, the engine, the HTTPS client. It syncs when asked (a command was
/// committed), on a timer, and after a failure with exponential back-off and jitter (2 s,
/// 4 s… up to 5 min), so the network's return is noticed within the back-off. Without a server
/// session (no card signed in) nothing is sent and the outbox waits.
///
/// Thread-safety: the public methods are called from the GUI thread; signals arrive there.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl server; ///< ".../v1"
        QList<QSslCertificate> ca;
        QString workstationId;
        /// Opens the worker's own connection to the store (called on the worker thread).
        std::function<Result<std::unique_ptr<Storage::Store>>()> openStore;
        SyncOptions options;
        int intervalSeconds = 60;
        int debounceMs = 1500;
        int maxBackoffSeconds = 300;
        int timeoutMs = 30000;
    };

    explicit SyncWorker(Config config, QObject* parent = nullptr);
    ~SyncWorker() override;

    void start();
    /// Stops the thread after the step in progress (its transaction done).
    void stop();

    /// Opens a server session on the worker thread: the challenge is fetched, `card` signs
    /// it (a blocking call: the card's PIN was typed at sign-in), `key` too. `done` is called
    /// on the GUI thread.
    void openSession(std::shared_ptr<const DeviceKey> key, CardSigner card,
                     std::function<void(const Result<void>&)> done);
    /// The titulaire enrols this workstation (its new key, signed by her card), then its
    /// session opens with the same card. `done` is called on the GUI thread.
    void enrolAndOpenSession(QString finess, QString name, std::shared_ptr<const DeviceKey> key,
                             CardSigner card, std::function<void(const Result<void>&)> done);
    /// Sign-out, lock or card removal: the session ends here (and on the server, best effort).
    void endSession();
    /// No workstation key in the keychain: the titulaire must enrol the workstation.
    void markNotEnrolled();

    SyncStatus status() const;
    /// The engine's journal, read on the worker's connection: open conflicts, last log lines.
    void withEngine(std::function<void(SyncEngine&)> work, std::function<void()> done = {});

public Q_SLOTS:
    /// Syncs soon (debounced): after a commit, when the user asks.
    void requestSync();

Q_SIGNALS:
    void statusChanged(const Officine::Sync::SyncStatus& status);
    /// A sync ended with this report (views refresh what changed).
    void synced(const Officine::Sync::SyncReport& report);

private:
    class Runner;
    Config m_config;
    QThread m_thread;
    Runner* m_runner = nullptr;
    /// Set by stop(): a request under way gives up at once instead of running to its timeout.
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    mutable QMutex m_mutex;
    SyncStatus m_status;
    void setStatus(const SyncStatus& status);
};

} // namespace Officine::Sync

Q_DECLARE_METATYPE(Officine::Sync::SyncStatus)
Q_DECLARE_METATYPE(Officine::Sync::SyncReport)
