#include "readermonitor.h"

#include "logging/logging.h"
#include "pcsc.h"

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>
#include <QMap>
#include <chrono>
#include <vector>

namespace Officine::SmartCard {

namespace {
constexpr char kPnp[] = "\\\\?PnP?\\Notification";
}

ReaderMonitor::ReaderMonitor(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Officine::Error>("Officine::Error");
}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

qint64 ReaderMonitor::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QStringList ReaderMonitor::readersWithCard() const
{
    std::lock_guard lock(m_mutex);
    return m_withCard;
}

void ReaderMonitor::start()
{
    if (m_thread.joinable()) {
        return;
    }
    m_stop = false;
    m_thread = std::thread([this]() { run(); });
}

void ReaderMonitor::stop()
{
    if (!m_thread.joinable()) {
        return;
    }
    m_stop = true;
    {
        std::lock_guard lock(m_mutex);
        if (const auto ctx = m_context.load()) {
            SCardCancel(static_cast<SCARDCONTEXT>(ctx));
        }
    }
    m_wake.notify_all();
    m_thread.join();
}

bool ReaderMonitor::sleepUnlessStopped(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this]() { return m_stop.load(); });
    return !m_stop;
}

void ReaderMonitor::run()
{
    bool reportedDown = false;
    while (!m_stop) {
        auto context = PcscContext::establish();
        if (!context) {
            if (!reportedDown) {
                qCWarning(lcApp).noquote() << "smart-card service unavailable:" << context.error().logText;
                Q_EMIT serviceUnavailable(context.error());
                reportedDown = true;
            }
            if (!sleepUnlessStopped(1000)) {
                break;
            }
            continue;
        }
        {
            std::lock_guard lock(m_mutex);
            m_context = (*context)->handle();
        }
        if (reportedDown) {
            Q_EMIT serviceAvailable();
            reportedDown = false;
        }
        const auto ctx = static_cast<SCARDCONTEXT>((*context)->handle());
        // Reader name → last known state (and whether a card was present).
        QMap<QString, DWORD> known;
        QMap<QString, bool> present;
        bool restart = false;
        while (!m_stop && !restart) {
            auto names = (*context)->readers();
            if (!names) {
                if (names.error().code == ErrorCode::CardServiceUnavailable) {
                    break;
                }
                names = QStringList();
            }
            const qint64 listedAt = nowNs();
            for (const QString& gone : known.keys()) {
                if (!names->contains(gone)) {
                    if (present.value(gone)) {
                        Q_EMIT cardRemoved(gone, listedAt);
                    }
                    known.remove(gone);
                    present.remove(gone);
                    Q_EMIT readerRemoved(gone, listedAt);
                }
            }
            for (const QString& name : *names) {
                if (!known.contains(name)) {
                    known.insert(name, SCARD_STATE_UNAWARE);
                    present.insert(name, false);
                    Q_EMIT readerAdded(name, listedAt);
                }
            }
            std::vector<QByteArray> storage;
            std::vector<SCARD_READERSTATE> states;
            storage.reserve(static_cast<size_t>(known.size()) + 1);
            for (auto it = known.cbegin(); it != known.cend(); ++it) {
                storage.push_back(it.key().toUtf8());
            }
            storage.push_back(QByteArray(kPnp));
            size_t i = 0;
            for (auto it = known.cbegin(); it != known.cend(); ++it, ++i) {
                SCARD_READERSTATE s {};
                s.szReader = storage[i].constData();
                s.dwCurrentState = it.value();
                states.push_back(s);
            }
            SCARD_READERSTATE pnp {};
            pnp.szReader = storage.back().constData();
            pnp.dwCurrentState = static_cast<DWORD>(known.size()) << 16;
            states.push_back(pnp);

            // Wait for a change; each round also re-reads the reader list (PnP).
            const LONG rc
                = SCardGetStatusChange(ctx, INFINITE, states.data(), static_cast<DWORD>(states.size()));
            const qint64 receivedAt = nowNs();
            if (rc == static_cast<LONG>(SCARD_E_CANCELLED) || m_stop) {
                break;
            }
            if (rc == static_cast<LONG>(SCARD_E_TIMEOUT)) {
                continue;
            }
            bool serviceGone = rc == static_cast<LONG>(SCARD_E_NO_SERVICE)
                || rc == static_cast<LONG>(SCARD_E_SERVICE_STOPPED)
                || rc == static_cast<LONG>(SCARD_E_INVALID_HANDLE)
                || rc == static_cast<LONG>(SCARD_F_COMM_ERROR);
            if (!serviceGone && rc != SCARD_S_SUCCESS && rc != static_cast<LONG>(SCARD_E_UNKNOWN_READER)) {
                // Any other failure: is the daemon still there?
                serviceGone = SCardIsValidContext(ctx) != SCARD_S_SUCCESS || !(*context)->readers();
            }
            if (serviceGone) {
                // pcscd went away: every reader and card with it.
                for (auto it = known.cbegin(); it != known.cend(); ++it) {
                    if (present.value(it.key())) {
                        Q_EMIT cardRemoved(it.key(), receivedAt);
                    }
                    Q_EMIT readerRemoved(it.key(), receivedAt);
                }
                const Error e = PcscErrors::fromCode(rc, "SCardGetStatusChange");
                Q_EMIT serviceUnavailable(e);
                reportedDown = true;
                restart = true;
                break;
            }
            if (rc != SCARD_S_SUCCESS && rc != static_cast<LONG>(SCARD_E_UNKNOWN_READER)) {
                sleepUnlessStopped(200);
                continue;
            }
            i = 0;
            for (auto it = known.begin(); it != known.end(); ++it, ++i) {
                const DWORD event = states[i].dwEventState;
                if (!(event & SCARD_STATE_CHANGED)) {
                    continue;
                }
                it.value() = event & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
                const bool nowPresent = (event & SCARD_STATE_PRESENT) && !(event & SCARD_STATE_MUTE);
                const bool wasPresent = present.value(it.key());
                if (nowPresent && !wasPresent) {
                    present[it.key()] = true;
                    {
                        std::lock_guard lock(m_mutex);
                        m_withCard.append(it.key());
                    }
                    Q_EMIT cardInserted(it.key(),
                                        QByteArray(reinterpret_cast<const char*>(states[i].rgbAtr),
                                                   static_cast<qsizetype>(states[i].cbAtr)),
                                        receivedAt);
                } else if (!nowPresent && wasPresent) {
                    present[it.key()] = false;
                    {
                        std::lock_guard lock(m_mutex);
                        m_withCard.removeAll(it.key());
                    }
                    Q_EMIT cardRemoved(it.key(), receivedAt);
                }
            }
        }
        {
            std::lock_guard lock(m_mutex);
            m_context = 0;
            m_withCard.clear();
        }
        context->reset();
        if (restart && !sleepUnlessStopped(1000)) {
            break;
        }
    }
}

} // namespace Officine::SmartCard
