#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Officine::SmartCard {

/// Watches the PC/SC readers on a worker thread (never the GUI thread) with
/// SCardGetStatusChange, including the "\\?PnP?\Notification" pseudo reader for readers plugged
/// in later, and publishes what changes (Kleopatra's ReaderStatus). Re-establishes its context
/// when pcscd restarts. Signals are emitted from the worker thread: connections to objects of
/// other threads are queued.
///
/// Every signal carries the steady-clock time (ns) at which the worker received the event, so
/// the application can measure its own share of the reaction time.
class ReaderMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ReaderMonitor(QObject* parent = nullptr);
    ~ReaderMonitor() override;

    void start();
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    static qint64 nowNs();
    /// Readers holding a card right now (thread-safe).
    QStringList readersWithCard() const;

Q_SIGNALS:
    void readerAdded(const QString& reader, qint64 receivedNs);
    void readerRemoved(const QString& reader, qint64 receivedNs);
    void cardInserted(const QString& reader, const QByteArray& atr, qint64 receivedNs);
    void cardRemoved(const QString& reader, qint64 receivedNs);
    /// pcscd cannot be reached (stopped, not installed); the monitor keeps retrying every second.
    void serviceUnavailable(const Officine::Error& error);
    void serviceAvailable();

private:
    void run();
    bool sleepUnlessStopped(int ms);

    std::thread m_thread;
    std::atomic<bool> m_stop {false};
    std::atomic<std::intptr_t> m_context {0};
    mutable std::mutex m_mutex;
    QStringList m_withCard;
    std::condition_variable m_wake;
};

} // namespace Officine::SmartCard
