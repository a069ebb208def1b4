#pragma once

#include "commands/command.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>
#include <functional>

namespace Officine::Commands {

/// The titulaire changes the pharmacy's settings (language, inactivity lock, daily backup). The
/// permission (SettingsManage) and every check live here, whatever the dialog disabled: a known
/// setting of the pharmacy (never status or window state, never what the system file decides),
/// values in range, a backup folder that exists and is writable. Only the settings whose value
/// changes are written and named in the audit entry, never their values. A refusal is audited
/// by the executor.
class ChangeSettingsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSettingsCommand)

public:
    ChangeSettingsCommand(Settings& settings, QHash<Settings::Key, QVariant> values);
    QString id() const override { return QStringLiteral("settings.change"); }
    Permission requiredPermission() const override { return Permission::SettingsManage; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return {QStringLiteral("settings"), {}, {}}; }
    Audit::Action auditAction() const override { return Audit::Action::SettingsChange; }
    QStringList changedFields() const override { return m_changed; }

    /// Whether any value differs from what is stored (nothing to run otherwise).
    bool changesAnything() const;

    /// The settings the titulaire may change here.
    static bool isEditable(Settings::Key key);

private:
    Settings& m_settings;
    QHash<Settings::Key, QVariant> m_values;
    QStringList m_changed;
};

/// The settings of the whole pharmacy among these (today the inactivity delay; the retention
/// periods are Retention::UpdateRuleCommand's): ChangeSettingsCommand writes them to the store
/// as well, where they sync to the other workstations (Storage::SettingsRepository). This
/// workstation's settings file keeps the value in force; mirrorPharmacySettings() copies into it
/// what arrived from another workstation.
bool isPharmacyWide(Settings::Key key);
/// The key of a pharmacy-wide setting in the store ("security.inactivity_lock").
QString pharmacyKey(Settings::Key key);
/// Copies the pharmacy's values from the store into this workstation's settings (its changed()
/// signal says which), each checked as the command checks it: a value out of range is ignored.
/// Returns how many settings changed.
Result<int> mirrorPharmacySettings(Storage::Store& store, Settings& settings);

/// The titulaire sets the daily backup's passphrase, kept in the system keychain by `save`
/// (app/ provides it). The one strength policy applies; the audit entry names the setting only.
class SetBackupPassphraseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetBackupPassphraseCommand)

public:
    using Save = std::function<Result<void>(const SecureBuffer&)>;
    SetBackupPassphraseCommand(Save save, const SecureBuffer& passphrase);
    QString id() const override { return QStringLiteral("settings.backup_passphrase"); }
    Permission requiredPermission() const override { return Permission::SettingsManage; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return {QStringLiteral("settings"), {}, {}}; }
    Audit::Action auditAction() const override { return Audit::Action::SettingsChange; }
    QStringList changedFields() const override { return {QStringLiteral("Backup/Passphrase")}; }

private:
    Save m_save;
    SecureBuffer m_passphrase;
};

} // namespace Officine::Commands
