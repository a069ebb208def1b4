#pragma once

#include "commands/command.h"
#include "model/staffaccount.h"

#include <QCoreApplication>
#include <optional>

namespace Officine::Commands {

/// Checks an account's fields: names, RPPS (Luhn) for pharmacist roles, and that a pharmacist's
/// bound card says 8 + that RPPS.
Result<void> validateStaffAccount(const Model::StaffAccount& account);

/// What creating and editing an account share: the account (names trimmed, RPPS without
/// spaces), its validation, the permission and the target.
class StaffWriteCommand : public Command
{
public:
    Permission requiredPermission() const override { return Permission::StaffManage; }
    Result<void> validate() const override { return validateStaffAccount(m_account); }
    CommandTarget target() const override
    {
        return {QStringLiteral("staff_account"), m_account.meta.uuid, {}};
    }
    QStringList changedFields() const override { return m_changed; }
    const Model::StaffAccount& account() const { return m_account; }

protected:
    explicit StaffWriteCommand(Model::StaffAccount account);
    Model::StaffAccount m_account;
    QStringList m_changed;
};

/// The titulaire creates an account for a new team member (with or without a card bound yet).
class CreateStaffAccountCommand final : public StaffWriteCommand
{
public:
    explicit CreateStaffAccountCommand(Model::StaffAccount account);
    QString id() const override { return QStringLiteral("staff.create"); }
    Audit::Action auditAction() const override { return Audit::Action::Create; }
    Result<void> apply(CommandContext& context) override;
};

/// Edits an account: name, role, RPPS, bound card, fallback sign-in. Refuses to leave the
/// pharmacy without an active titulaire.
class UpdateStaffAccountCommand final : public StaffWriteCommand
{
public:
    explicit UpdateStaffAccountCommand(Model::StaffAccount edited)
        : StaffWriteCommand(std::move(edited))
    {
    }
    QString id() const override { return QStringLiteral("staff.update"); }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    Result<void> apply(CommandContext& context) override;
};

/// Deactivates (never deletes) an account: the history keeps its actor.
class DeactivateStaffAccountCommand final : public Command
{
public:
    DeactivateStaffAccountCommand(QString uuid, qint64 expectedRevision);
    QString id() const override { return QStringLiteral("staff.deactivate"); }
    Permission requiredPermission() const override { return Permission::StaffManage; }
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return {QStringLiteral("staff_account"), m_uuid, {}}; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    QStringList changedFields() const override { return {QStringLiteral("active")}; }

private:
    QString m_uuid;
    qint64 m_expectedRevision;
};

/// First start of a new pharmacy: the first pharmacist's card presented becomes the titulaire,
/// once the pharmacy's FINESS number is confirmed. Only possible while no account exists; the
/// sign-in service runs it with a bootstrap actor after verifying the card.
class BootstrapTitulaireCommand final : public Command
{
public:
    BootstrapTitulaireCommand(Model::StaffAccount titulaire, QString finess);
    QString id() const override { return QStringLiteral("staff.bootstrap"); }
    Permission requiredPermission() const override { return Permission::StaffManage; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override
    {
        return {QStringLiteral("staff_account"), m_account.meta.uuid, {}};
    }
    Audit::Action auditAction() const override { return Audit::Action::Create; }
    QString auditDetail() const override { return QStringLiteral("bootstrap;finess"); }
    const Model::StaffAccount& account() const { return m_account; }

private:
    Model::StaffAccount m_account;
    QString m_finess;
};

} // namespace Officine::Commands

namespace Officine::Commands {

/// Sets the fallback credentials of an account: a password and a TOTP key enrolled from a QR
/// code. The staff member does it for themselves, signed in with their card; the titulaire may
/// reset anyone's. The rules are here, not in a dialog: the password must meet the one strength
/// policy (Auth::Password::checkPolicy), the code shown by the person's app must match the key
/// at the injected clock's time (proof that the app holds it), and the command hashes the
/// password itself (scrypt), so no caller can store a hash of its own making.
/// `allowFallback` is the titulaire's decision and is kept unless the actor holds StaffManage.
class SetFallbackCredentialsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetFallbackCredentialsCommand)

public:
    /// `password` and `totpKey` are copied into locked memory; `code` is the 6 digits typed.
    SetFallbackCredentialsCommand(const Clock& clock, QString accountUuid, const SecureBuffer& password,
                                  const SecureBuffer& totpKey, QString code,
                                  std::optional<bool> allowFallback = std::nullopt);
    QString id() const override { return QStringLiteral("staff.credentials"); }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    QStringList changedFields() const override { return m_changed; }
    Permission requiredPermission() const override { return Permission::StaffManage; }
    bool allowedFor(const Actor& actor) const override
    {
        return actor.can(Permission::StaffManage) || actor.accountId == m_uuid;
    }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return {QStringLiteral("staff_account"), m_uuid, {}}; }

    /// scrypt's cost (2^N); tests lower it to run fast.
    void setHashCost(int log2N) { m_log2N = log2N; }
    static constexpr int minimumKeyBytes = 16; ///< RFC 4226: at least 128 bits

private:
    const Clock& m_clock;
    QStringList m_changed;
    QString m_uuid;
    SecureBuffer m_password;
    SecureBuffer m_totpKey;
    QString m_code;
    std::optional<bool> m_allowFallback;
    int m_log2N = 15;
};

} // namespace Officine::Commands
