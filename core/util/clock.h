#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <chrono>

namespace Officine {

/// Time is injected (architecture decision 5): expiry, retention, backups and schedules read the
/// wall clock through this interface, and timeouts and inactivity use its monotonic clock, so
/// tests can move time without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Wall-clock time, UTC.
    virtual QDateTime now() const = 0;
    /// Monotonic milliseconds since an arbitrary origin; never jumps with the wall clock.
    virtual qint64 monotonicMs() const = 0;

    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

/// A clock that moves only when told to. Used by tests and by benchmarks that need
/// reproducible timestamps.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }

    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    void advanceMinutes(qint64 m) { advanceMs(m * 60 * 1000); }
    void advanceDays(qint64 d) { advanceMs(d * 24 * 3600 * 1000); }

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

} // namespace Officine
