#pragma once

#include "commands/actor.h"
#include "commands/commandexecutor.h"
#include "model/staffaccount.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace Officine::Auth {

/// Who is working at this workstation. One session is active at a time; others may be
/// suspended (fast user switching at the counter): each keeps its own place and unsaved input,
/// held by the UI under the account's id and never shown to another person.
///
/// Locking removes the actor from the command executor at once: nothing touching health data
/// can run until the same card (with its PIN) unlocks, or another person signs in.
/// Time is the injected clock's monotonic time.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    enum class State { NoSession, Active, Locked };
    Q_ENUM(State)
    enum class LockReason { CardRemoved, Inactivity, UserRequest, SwitchingUser };
    Q_ENUM(LockReason)

    struct Session
    {
        Model::StaffAccount account;
        Commands::Actor actor;
        QString reader; ///< the reader holding the card that opened it (empty for fallback)
        bool viaFallback = false;
    };

    SessionManager(Commands::CommandExecutor& executor, const Clock& clock, QObject* parent = nullptr);

    State state() const { return m_state; }
    /// The active or locked session (nullptr when none).
    const Session* current() const { return m_current ? &*m_current : nullptr; }
    QStringList suspendedAccounts() const { return m_suspended.keys(); }

    /// Default 5 minutes; the titulaire may set down to 30 seconds (med-in-occ guide).
    static constexpr int defaultInactivitySeconds = 300;
    static constexpr int minimumInactivitySeconds = 30;
    void setInactivityLimit(int seconds);
    int inactivityLimit() const { return m_inactivitySeconds; }

    /// A verified sign-in. The same account resumes its session; another one suspends the
    /// current session (kept for its owner) and starts or resumes its own.
    void signedIn(Session session);
    /// Anything the user did (keyboard, mouse): postpones the inactivity lock.
    void activity();
    /// Call regularly (the UI's timer): locks once the inactivity limit is reached.
    void tick();
    /// A card left a reader: locks if it opened the current session.
    void cardRemoved(const QString& reader);
    void lock(LockReason reason);
    /// Ends the current session (sign-out): its suspended state is dropped.
    void signOut();

Q_SIGNALS:
    /// The UI must take the health data out of the widget tree now.
    void locked(Officine::Auth::SessionManager::LockReason reason, qint64 monotonicMs);
    /// `resumed` when the account had a session on this workstation; `previousAccount` is the
    /// account suspended by this switch (empty if none).
    void sessionOpened(const QString& accountUuid, bool resumed, const QString& previousAccount);
    void sessionEnded(const QString& accountUuid);

private:
    Commands::CommandExecutor& m_executor;
    const Clock& m_clock;
    State m_state = State::NoSession;
    std::optional<Session> m_current;
    QHash<QString, Session> m_suspended;
    int m_inactivitySeconds = defaultInactivitySeconds;
    qint64 m_lastActivityMs = 0;
};

} // namespace Officine::Auth
