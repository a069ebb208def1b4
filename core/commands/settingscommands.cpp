#include "settingscommands.h"

#include "auth/password.h"
#include "logging/logging.h"
#include "storage/settingsrepository.h"

#include <QDir>
#include <QFileInfo>

namespace Officine::Commands {

ChangeSettingsCommand::ChangeSettingsCommand(Settings& settings, QHash<Settings::Key, QVariant> values)
    : m_settings(settings)
    , m_values(std::move(values))
{
}

bool ChangeSettingsCommand::isEditable(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Language:
    case Settings::Key::BackupFolder:
    case Settings::Key::BackupKeep:
    case Settings::Key::BackupHour:
    case Settings::Key::InactivityLockSeconds:
        return true;
    default:
        return false;
    }
}

bool ChangeSettingsCommand::changesAnything() const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (m_settings.value(it.key()) != it.value()) {
            return true;
        }
    }
    return false;
}

Result<void> ChangeSettingsCommand::validate() const
{
    const auto invalid = [](const QString& text, const char* log) {
        return fail(ErrorCode::InvalidInput, text, QString::fromLatin1(log));
    };
    const auto inRange = [](const QVariant& value, int low, int high) {
        bool ok = false;
        const int n = value.toInt(&ok);
        return ok && n >= low && n <= high;
    };
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QVariant& v = it.value();
        switch (it.key()) {
        case Settings::Key::Language:
            if (v.toString() != QLatin1StringView("fr") && v.toString() != QLatin1StringView("en")) {
                return invalid(tr("Langue inconnue : choisissez le français ou l'anglais."), "language");
            }
            break;
        case Settings::Key::InactivityLockSeconds:
            if (!inRange(v, 30, 3600)) {
                return invalid(tr("Le verrouillage après inactivité doit être compris entre 30 secondes et "
                                  "une heure."),
                               "inactivity out of range");
            }
            break;
        case Settings::Key::BackupKeep:
            if (!inRange(v, 1, 365)) {
                return invalid(tr("Le nombre de sauvegardes conservées doit être compris entre 1 et 365."),
                               "backup keep out of range");
            }
            break;
        case Settings::Key::BackupHour:
            if (!inRange(v, 0, 23)) {
                return invalid(tr("L'heure de la sauvegarde doit être comprise entre 0 et 23."),
                               "backup hour out of range");
            }
            break;
        case Settings::Key::BackupFolder: {
            const QString folder = v.toString();
            if (!folder.isEmpty()) {
                const QFileInfo info(folder);
                if (!info.isAbsolute() || !info.isDir() || !info.isWritable()) {
                    return invalid(tr("Le dossier de sauvegarde n'existe pas ou n'est pas accessible en "
                                      "écriture."),
                                   "backup folder unusable");
                }
            }
            break;
        }
        default:
            // Status, window state, and what only the system file decides (card middleware,
            // trust anchors, server): never through here.
            return fail(ErrorCode::PermissionDenied,
                        tr("Ce paramètre ne se modifie pas depuis Officine : il est fixé par "
                           "l'administrateur du poste."),
                        QStringLiteral("setting %1 not editable").arg(Settings::name(it.key())));
        }
    }
    return {};
}

bool isPharmacyWide(Settings::Key key)
{
    return key == Settings::Key::InactivityLockSeconds;
}

QString pharmacyKey(Settings::Key key)
{
    switch (key) {
    case Settings::Key::InactivityLockSeconds:
        return QStringLiteral("security.inactivity_lock");
    default:
        return {};
    }
}

namespace {
QJsonObject pharmacyFields(Settings::Key key, const QVariant& value)
{
    if (key == Settings::Key::InactivityLockSeconds) {
        return {{QStringLiteral("seconds"), value.toInt()}};
    }
    return {};
}
} // namespace

Result<int> mirrorPharmacySettings(Storage::Store& store, Settings& settings)
{
    int changed = 0;
    for (Settings::Key key : {Settings::Key::InactivityLockSeconds}) {
        auto stored = Storage::SettingsRepository(store).find(pharmacyKey(key));
        if (!stored) {
            return fail(stored.error());
        }
        if (!stored->has_value()) {
            continue; // the pharmacy never set it: this workstation's value (or the default) stands
        }
        const QVariant value = (*stored)->fields.value(QLatin1String("seconds")).toVariant();
        ChangeSettingsCommand check(settings, {{key, value}});
        if (auto valid = check.validate(); !valid) {
            qCWarning(lcCommands).noquote()
                << "pharmacy setting" << pharmacyKey(key) << "ignored:" << valid.error().logText;
            continue;
        }
        if (settings.value(key).toInt() != value.toInt()) {
            settings.setValue(key, value.toInt());
            ++changed;
        }
    }
    if (changed > 0) {
        settings.sync();
    }
    return changed;
}

Result<void> ChangeSettingsCommand::apply(CommandContext& context)
{
    m_changed.clear();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (m_settings.value(it.key()) != it.value()) {
            m_changed << Settings::name(it.key());
        }
    }
    m_changed.sort();
    // The pharmacy's settings first, in the command's transaction: they reach the other
    // workstations through the server.
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (isPharmacyWide(it.key())) {
            if (auto r = Storage::SettingsRepository(context.store)
                             .put(pharmacyKey(it.key()), pharmacyFields(it.key(), it.value()),
                                  context.writeContext());
                !r) {
                return r;
            }
        }
    }
    // Written last: the audit entry and the commit follow at once in the executor; the file
    // write itself cannot fail halfway in a way QSettings would report.
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        m_settings.setValue(it.key(), it.value());
    }
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        return fail(ErrorCode::StoreIo,
                    tr("Les paramètres n'ont pas pu être enregistrés (fichier %1 inaccessible).")
                        .arg(QDir::toNativeSeparators(m_settings.fileName())),
                    QStringLiteral("settings file not written"));
    }
    return {};
}

SetBackupPassphraseCommand::SetBackupPassphraseCommand(Save save, const SecureBuffer& passphrase)
    : m_save(std::move(save))
    , m_passphrase(SecureBuffer::copyOf(passphrase.bytes()))
{
}

Result<void> SetBackupPassphraseCommand::validate() const
{
    if (!m_save) {
        return fail(ErrorCode::KeychainUnavailable, tr("Le trousseau du système n'est pas disponible."),
                    QStringLiteral("no keychain to save the backup passphrase"));
    }
    return Auth::Password::checkPolicy(m_passphrase, Auth::Password::Purpose::BackupPassphrase);
}

Result<void> SetBackupPassphraseCommand::apply(CommandContext&)
{
    return m_save(m_passphrase);
}

} // namespace Officine::Commands
