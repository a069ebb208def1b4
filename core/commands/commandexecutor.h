#pragma once

#include "audit/auditrecorder.h"
#include "commands/actor.h"
#include "commands/command.h"

#include <QCoreApplication>
#include <QObject>
#include <optional>
#include <vector>

namespace Officine::Commands {

/// Extension point run by the executor after the audit entry, in the same transaction
/// (inTransaction), and on a refusal (refused).
class CommandHook
{
public:
    virtual ~CommandHook() = default;
    /// Called after apply() succeeded, before commit. An error rolls the whole command back.
    virtual Result<void> inTransaction(const Command& command, CommandContext& context) = 0;
    /// Called when the command is refused for lack of an actor or a permission.
    virtual void refused(const Command& command, const Actor* actor, const Error& why) = 0;
};

/// Runs every command the same way: actor present → permission held → input valid →
/// BEGIN IMMEDIATE → apply (change + outbox rows) → audit entry → hooks → COMMIT. Any failure
/// rolls back, so a failed command leaves nothing behind, not even its audit entry; a refusal
/// (no actor, no permission) writes a `refused` audit entry. The audit trail is built in: no
/// command can run unaudited.
///
/// Thread-safety: lives on the thread that owns the Store.
class CommandExecutor : public QObject
{
    Q_OBJECT

public:
    CommandExecutor(Storage::Store& store, const Clock& clock, QObject* parent = nullptr);

    /// Sets who acts from now on; nullopt when no one is signed in or the session is locked.
    void setActor(std::optional<Actor> actor);
    const std::optional<Actor>& actor() const { return m_actor; }
    void addHook(CommandHook* hook);

    /// Whether the current actor may run commands needing `permission` (drives UI enablement).
    bool allowed(Permission permission) const;

    Result<void> execute(Command& command);

    Storage::Store& store() { return m_store; }
    const Clock& clock() const { return m_clock; }
    /// The audit trail's writer, for what is not a command (reads, sign-in events, exports).
    Audit::Recorder& audit() { return m_audit; }
    /// Records a read, a refusal of a read or any non-command event for the current actor.
    Result<void> record(Audit::Entry entry);

Q_SIGNALS:
    /// Emitted after a successful commit, with the command's target entity.
    void committed(const QString& commandId, const QString& entity);

private:
    /// Records and returns the refusal of `command` for lack of `missing`.
    Result<void> refuse(Command& command, Permission missing);
    Storage::Store& m_store;
    const Clock& m_clock;
    Audit::Recorder m_audit;
    std::optional<Actor> m_actor;
    std::vector<CommandHook*> m_hooks;
};

} // namespace Officine::Commands
