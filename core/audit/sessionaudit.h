#pragma once

#include <QObject>

namespace Officine::Commands {
class CommandExecutor;
}
namespace Officine::Auth {
class SessionManager;
class SignInFlow;
} // namespace Officine::Auth

namespace Officine::Audit {

/// Puts the sessions of a workstation in the audit trail: each sign-in (`login`, with how:
/// card or password + code), each return to a locked session (`unlock`), each lock with its
/// reason, each sign-out and each refused sign-in (`login_failed`, with the reason). Built by
/// the composition root over the session manager and the sign-in flow; lives as long as them.
///
/// Thread-safety: on the thread of the executor's store (the GUI thread).
class SessionAudit : public QObject
{
    Q_OBJECT

public:
    SessionAudit(Commands::CommandExecutor& executor, Auth::SessionManager& sessions, Auth::SignInFlow* flow,
                 QObject* parent = nullptr);

private:
    Commands::CommandExecutor& m_executor;
    Auth::SessionManager& m_sessions;
};

} // namespace Officine::Audit
