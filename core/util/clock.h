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

} // namespace Officine
