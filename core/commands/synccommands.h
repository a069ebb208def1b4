#pragma once

#include "commands/command.h"
#include "sync/journal.h"

#include <QCoreApplication>

namespace Officine::Commands {

/// A person resolves one field in conflict (the same field changed on two workstations): the
/// value of this workstation or the server's. The chosen value is written to the record as an
/// edit (its outbox row sends it, on the server's revision, once no other field of the record
/// is in conflict), the rectification history of a patient file records it, and the conflict
/// is closed. Permissions are those of the field: writing the file, its identity, or the team.
class ResolveConflictCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResolveConflictCommand)

public:
    enum class Keep { Local, Remote };
    ResolveConflictCommand(QString conflictUuid, Keep keep);
    QString id() const override { return QStringLiteral("sync.resolve_conflict"); }
    Permission requiredPermission() const override { return Permission::PatientWrite; }
    std::optional<Permission> furtherPermission(CommandContext& context) override;
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return m_target; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    QStringList changedFields() const override { return m_fields; }
    QString auditDetail() const override;

private:
    QString m_uuid;
    Keep m_keep;
    CommandTarget m_target;
    QStringList m_fields;
    std::optional<Sync::ConflictRecord> m_conflict;
};

/// The titulaire allows the deletions a pull held back (more than the configured share of the
/// local records of a type): the next sync applies them.
class ConfirmSyncDeletionsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmSyncDeletionsCommand)

public:
    QString id() const override { return QStringLiteral("sync.confirm_deletions"); }
    Permission requiredPermission() const override { return Permission::SettingsManage; }
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return {QStringLiteral("sync"), {}, {}}; }
    Audit::Action auditAction() const override { return Audit::Action::Delete; }
    QString auditDetail() const override { return m_detail; }

private:
    QString m_detail;
};

/// A pharmacist says the two files of a merge proposal (the same person, most likely, created
/// on two workstations offline) are two different people: the proposal is closed for good.
/// Merging them is Commands::MergePatientsCommand, which closes the proposal by itself.
class DismissDuplicateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DismissDuplicateCommand)

public:
    explicit DismissDuplicateCommand(QString proposalUuid)
        : m_uuid(std::move(proposalUuid))
    {
    }
    QString id() const override { return QStringLiteral("sync.dismiss_duplicate"); }
    Permission requiredPermission() const override { return Permission::PatientMerge; }
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return m_target; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    QString auditDetail() const override { return QStringLiteral("duplicate=%1;different").arg(m_uuid); }

private:
    QString m_uuid;
    CommandTarget m_target {QStringLiteral("sync"), {}, {}};
};

} // namespace Officine::Commands
