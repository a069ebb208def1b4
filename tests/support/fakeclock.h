#pragma once

#include "util/clock.h"

namespace Officine {

/// A clock that moves only when told to (test support, never in production code). Used by tests
/// and by benchmarks that need reproducible timestamps.
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
