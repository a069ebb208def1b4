#include "sessionaudit.h"

#include "auth/sessionmanager.h"
#include "auth/signinflow.h"
#include "commands/commandexecutor.h"
#include "logging/logging.h"

#include <QMetaEnum>

namespace Officine::Audit {

namespace {
Entry sessionEntry(Action action)
{
    Entry e;
    e.action = action;
    e.targetType = QStringLiteral("session");
    return e;
}

void keep(const Result<void>& r, const char* what)
{
    if (!r) {
        qCWarning(lcAudit).noquote() << what << "not recorded:" << r.error().logText;
    }
}
} // namespace

SessionAudit::SessionAudit(Commands::CommandExecutor& executor, Auth::SessionManager& sessions,
                           Auth::SignInFlow* flow, QObject* parent)
    : QObject(parent)
    , m_executor(executor)
    , m_sessions(sessions)
{
    using Auth::SessionManager;
    connect(&sessions, &SessionManager::sessionOpened, this, [this](const QString&, bool resumed) {
        // The executor already acts as the person who just signed in.
        Entry e = sessionEntry(resumed ? Action::Unlock : Action::Login);
        const SessionManager::Session* s = m_sessions.current();
        e.detail = QStringLiteral("method=")
            + (s && s->viaFallback ? QStringLiteral("password_totp") : QStringLiteral("card"));
        keep(m_executor.record(std::move(e)), "session opening");
    });
    connect(&sessions, &SessionManager::locked, this, [this](SessionManager::LockReason reason) {
        // The executor has no actor any more: the entry names the session's owner.
        const SessionManager::Session* s = m_sessions.current();
        Entry e = sessionEntry(Action::Lock);
        e.detail
            = QString::fromLatin1(QMetaEnum::fromType<SessionManager::LockReason>().valueToKey(int(reason)));
        keep(m_executor.audit().record(s ? &s->actor : nullptr, std::move(e)), "lock");
    });
    connect(&sessions, &SessionManager::sessionEnded, this, [this](const QString& account) {
        Entry e = sessionEntry(Action::Logout);
        e.accountUuid = account;
        keep(m_executor.audit().record(nullptr, std::move(e)), "sign-out");
    });
    if (flow) {
        connect(flow, &Auth::SignInFlow::failed, this, [this](const Error& error) {
            Entry e = sessionEntry(Action::LoginFailed);
            e.outcome = Outcome::Refused;
            e.reason = Recorder::reasonFor(error);
            keep(m_executor.audit().record(nullptr, std::move(e)), "refused sign-in");
        });
    }
}

} // namespace Officine::Audit
