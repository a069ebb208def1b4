#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>
#include <memory>

namespace Officine {

/// Typed settings (KeePassXC's Config): every key is an enum value with one name and one
/// default, declared once in settings.cpp. Nothing secret is ever stored here: secrets go to the
/// keychain (SecretStore). Nothing a user may not change either: the card middleware, the trust
/// anchors and the sync server come from the root-owned system file (Platform::SystemConfig).
/// The titulaire changes these through Commands::ChangeSettingsCommand.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        Language, ///< "fr" or "en"
        BackupFolder, ///< the titulaire's chosen folder (NAS, removable drive); empty = off
        BackupKeep, ///< how many daily backups to keep
        BackupHour, ///< hour of day (0-23) from which the daily backup runs
        LastBackupSuccess, ///< UTC date-time of the last good backup
        LastBackupFailure, ///< UTC date-time of the last failed attempt
        LastBackupError, ///< the French message of that failure (never health data)
        LastBackupPath, ///< file name of the last good backup
        InactivityLockSeconds, ///< lock after this much inactivity (30 s minimum, 300 s default)
        MainWindowGeometry,
        MainWindowState,
        LastNavigation,
    };
    Q_ENUM(Key)

    /// Settings stored in the INI file at `path`.
    explicit Settings(const QString& path, QObject* parent = nullptr);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    QString string(Key key) const { return value(key).toString(); }
    int integer(Key key) const { return value(key).toInt(); }
    QDateTime dateTime(Key key) const;

    static QString name(Key key);
    static QVariant defaultValue(Key key);
    QString fileName() const { return m_settings->fileName(); }
    QSettings::Status status() const { return m_settings->status(); }
    void sync() { m_settings->sync(); }

Q_SIGNALS:
    void changed(Officine::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Officine
