#include "sessionmanager.h"

#include "logging/logging.h"

namespace Officine::Auth {

SessionManager::SessionManager(Commands::CommandExecutor& executor, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_executor(executor)
    , m_clock(clock)
{
}

void SessionManager::setInactivityLimit(int seconds)
{
    m_inactivitySeconds = std::max(seconds, minimumInactivitySeconds);
}

void SessionManager::signedIn(Session session)
{
    const QString account = session.account.meta.uuid;
    QString previous;
    bool resumed = false;
    // The new sign-in's actor, reader and mode always apply (a card session may be resumed with
    // the password and code); what is resumed is the person's workspace, kept by the UI.
    if (m_current && m_current->account.meta.uuid == account) {
        resumed = true;
    } else {
        if (m_current) {
            previous = m_current->account.meta.uuid;
            m_suspended.insert(previous, std::move(*m_current));
        }
        if (m_suspended.contains(account)) {
            resumed = true;
            m_suspended.remove(account);
        }
    }
    m_current = std::move(session);
    m_state = State::Active;
    m_lastActivityMs = m_clock.monotonicMs();
    m_executor.setActor(m_current->actor);
    qCInfo(lcApp) << "session" << (resumed ? "resumed" : "opened") << "for account" << account;
    Q_EMIT sessionOpened(account, resumed, previous);
}

void SessionManager::activity()
{
    if (m_state == State::Active) {
        m_lastActivityMs = m_clock.monotonicMs();
    }
}

void SessionManager::tick()
{
    if (m_state == State::Active
        && m_clock.monotonicMs() - m_lastActivityMs >= qint64(m_inactivitySeconds) * 1000) {
        lock(LockReason::Inactivity);
    }
}

void SessionManager::cardRemoved(const QString& reader)
{
    if (m_current && m_state == State::Active && !m_current->viaFallback && m_current->reader == reader) {
        lock(LockReason::CardRemoved);
    }
}

void SessionManager::lock(LockReason reason)
{
    if (m_state != State::Active) {
        return;
    }
    m_executor.setActor(std::nullopt);
    m_state = State::Locked;
    qCInfo(lcApp) << "session locked:" << reason;
    Q_EMIT locked(reason, m_clock.monotonicMs());
}

void SessionManager::signOut()
{
    if (!m_current) {
        return;
    }
    const QString account = m_current->account.meta.uuid;
    m_executor.setActor(std::nullopt);
    m_current.reset();
    m_state = State::NoSession;
    Q_EMIT sessionEnded(account);
}

} // namespace Officine::Auth
