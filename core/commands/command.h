#pragma once

#include "audit/auditentry.h"
#include "commands/actor.h"
#include "commands/permission.h"
#include "storage/patientrepository.h"
#include "util/clock.h"
#include "util/result.h"

#include <QString>
#include <optional>

namespace Officine::Storage {
class Store;
}

namespace Officine::Commands {

/// What a command touches, for the audit trail: a type, the record's UUID and the patient
/// concerned (never a name).
struct CommandTarget
{
    QString entity;
    QString uuid;
    QString patientUuid;
};

/// Handed to Command::apply(): the open transaction's store, who acts and when.
struct CommandContext
{
    Storage::Store& store;
    const Clock& clock;
    const Actor& actor;
    QDateTime now;

    Storage::WriteContext writeContext() const { return {store.workstationId(), now}; }
};

/// The id of every command there is. The executor refuses a command missing here (a programming
/// error, said as such), so a new command must be listed, and test_commands builds and runs
/// every command of this list: none can escape the permission and audit tests.
inline constexpr const char* allCommandIds[] = {
    "patient.create",
    "patient.update",
    "patient.identity_document",
    "patient.insi",
    "patient.merge",
    "patient.restriction",
    "patient.rights",
    "patient.erase",
    "patient.photo",
    "patient.export",
    "patient.import",
    "staff.create",
    "staff.update",
    "staff.deactivate",
    "staff.bootstrap",
    "staff.credentials",
    "settings.change",
    "settings.backup_passphrase",
    "retention.update",
    "sync.resolve_conflict",
    "sync.confirm_deletions",
    "sync.dismiss_duplicate",
    "catalog.activate",
};
bool isKnownCommand(const QString& id);

/// One user action that touches health data (architecture decision 6; Kleopatra's command
/// classes). A command validates its input, then applies its change through repositories; it
/// never opens a dialog, a transaction or a connection itself: the CommandExecutor does.
class Command
{
public:
    virtual ~Command() = default;
    /// Stable identifier for logs and the audit trail, e.g. "patient.create".
    virtual QString id() const = 0;
    /// The permission the actor must hold.
    virtual Permission requiredPermission() const = 0;
    /// Whether `actor` may run this command. By default: holds requiredPermission(). A command
    /// acting on the actor's own account may widen it.
    virtual bool allowedFor(const Actor& actor) const { return actor.can(requiredPermission()); }
    /// A permission the change needs beyond requiredPermission() that only the stored record
    /// tells (editing the identity of a file, not just its contact), asked just before the
    /// write transaction. The executor refuses and audits it as it does for the first.
    virtual std::optional<Permission> furtherPermission(CommandContext& context)
    {
        (void)context;
        return std::nullopt;
    }
    /// Checks the input before any transaction is opened. Returns a French error.
    virtual Result<void> validate() const { return {}; }
    /// Applies the change inside the executor's transaction.
    virtual Result<void> apply(CommandContext& context) = 0;
    /// What it acts on; known after apply() for a creation.
    virtual CommandTarget target() const = 0;
    /// What the audit trail records it as.
    virtual Audit::Action auditAction() const = 0;
    /// Names (never values) of the fields the change touched; known after apply().
    virtual QStringList changedFields() const { return {}; }
    /// Machine detail for the audit entry, never health data.
    virtual QString auditDetail() const { return {}; }
    /// A written justification the user gave (opening an archived record), recorded as is.
    virtual QString justification() const { return {}; }
};

} // namespace Officine::Commands
