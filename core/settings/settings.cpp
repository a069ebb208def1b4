#include "settings.h"

#include <QDateTime>

namespace Officine {

namespace {
struct Definition
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const Definition& definition(Settings::Key key)
{
    using K = Settings::Key;
    static const Definition table[] = {
        {K::Language, "General/Language", QStringLiteral("fr")},
        {K::BackupFolder, "Backup/Folder", QString()},
        {K::BackupKeep, "Backup/Keep", 14},
        {K::BackupHour, "Backup/Hour", 12},
        {K::LastBackupSuccess, "Backup/LastSuccess", QString()},
        {K::LastBackupFailure, "Backup/LastFailure", QString()},
        {K::LastBackupError, "Backup/LastError", QString()},
        {K::LastBackupPath, "Backup/LastPath", QString()},
        {K::InactivityLockSeconds, "Security/InactivityLockSeconds", 300},
        {K::MainWindowGeometry, "GUI/MainWindowGeometry", QByteArray()},
        {K::MainWindowState, "GUI/MainWindowState", QByteArray()},
        {K::LastNavigation, "GUI/LastNavigation", 0},
    };
    for (const Definition& d : table) {
        if (d.key == key) {
            return d;
        }
    }
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings(const QString& path, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(definition(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return definition(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (m_settings->value(name(key), defaultValue(key)) == value) {
        return;
    }
    m_settings->setValue(name(key), value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(name(key));
    Q_EMIT changed(key);
}

QDateTime Settings::dateTime(Key key) const
{
    return QDateTime::fromString(string(key), Qt::ISODate);
}

} // namespace Officine
