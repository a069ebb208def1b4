#pragma once

#include "audit/auditverifier.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace Officine::Audit {

class Recorder;

/// The verification the application runs at start-up, off the GUI thread: the same walk as
/// `officine-cli audit verify`, on connections of its own, so the counter keeps working while
/// a large trail is checked. Its outcome is recorded in the trail (a `verify` entry) and kept
/// for the window, which warns the titulaire when the trail is broken.
class BackgroundVerification : public QObject
{
    Q_OBJECT

public:
    enum class State { NotRun, Running, Intact, Broken, Failed };
    Q_ENUM(State)

    /// `open` opens a connection on the store (called on the worker threads); `trust` checks
    /// checkpoint certificates (may be null), used from the worker only while it runs.
    BackgroundVerification(Verifier::ReaderFactory open, std::shared_ptr<const Auth::CardVerifier> trust,
                           Recorder& recorder, QObject* parent = nullptr);
    ~BackgroundVerification() override;

    /// Starts the walk; false if one is running. `readers`: extra connections for long chains.
    bool start(int readers);
    State state() const { return m_state; }
    /// The last walk's report (Intact, Broken).
    const Report& report() const { return m_report; }
    /// Why the walk could not run (Failed).
    const Error& error() const { return m_error; }
    /// Blocks until a running walk ends (shutdown, tests).
    void wait();

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    Verifier::ReaderFactory m_open;
    std::shared_ptr<const Auth::CardVerifier> m_trust;
    Recorder& m_recorder;
    State m_state = State::NotRun;
    Report m_report;
    Error m_error;
    QFutureWatcher<Result<Report>> m_watcher;
};

} // namespace Officine::Audit
