#include "serverconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <sys/stat.h>

namespace Officine::Server {

namespace {

Result<void> notReadableByOthers(const QString& file, const QString& key)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(file).constData(), &st) != 0) {
        return fail(ErrorCode::NotFound,
                    ServerConfig::tr("%1 (« %2 ») est introuvable.").arg(QDir::toNativeSeparators(file), key),
                    QStringLiteral("config: %1 missing").arg(key));
    }
    if ((st.st_mode & S_IROTH) != 0) {
        return fail(ErrorCode::PermissionDenied,
                    ServerConfig::tr("%1 (« %2 ») est lisible par tous les comptes : le serveur refuse "
                                     "de s'en servir. Corrigez ses droits (chmod o-rwx %1).")
                        .arg(QDir::toNativeSeparators(file), key),
                    QStringLiteral("config: %1 readable by others").arg(key));
    }
    return {};
}

} // namespace

Result<ServerConfig> ServerConfig::load(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        return fail(ErrorCode::NotFound, tr("Le fichier de configuration %1 est introuvable.").arg(path),
                    QStringLiteral("config missing"));
    }
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        return fail(ErrorCode::InvalidInput, tr("Le fichier de configuration %1 est illisible.").arg(path),
                    QStringLiteral("config unreadable"));
    }
    ServerConfig c;
    c.path = path;
    const auto text = [&file](const char* key, const QString& fallback = {}) {
        return file.value(QLatin1String(key), fallback).toString().trimmed();
    };
    const auto invalid = [&path](const char* key, const QString& why) {
        return fail(ErrorCode::InvalidInput, tr("Dans %1, « %2 » : %3").arg(path, QLatin1String(key), why),
                    QStringLiteral("config: %1 invalid").arg(QLatin1String(key)));
    };
    const auto number = [&](const char* key, qint64 fallback, qint64 min, qint64 max) -> Result<qint64> {
        const QString value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < min || n > max) {
            return invalid(key, tr("un nombre entre %1 et %2 est attendu.").arg(min).arg(max));
        }
        return n;
    };
    const auto absolute = [&](const char* key, const QString& fallback, bool required) -> Result<QString> {
        const QString value = text(key, fallback);
        if (value.isEmpty()) {
            if (required) {
                return invalid(key, tr("ce chemin est obligatoire."));
            }
            return QString();
        }
        if (!QFileInfo(value).isAbsolute()) {
            return invalid(key, tr("un chemin absolu est attendu."));
        }
        return QDir::cleanPath(value);
    };

    const QString address = text("listen/address", QStringLiteral("127.0.0.1"));
    if (!c.address.setAddress(address)) {
        return invalid("listen/address", tr("une adresse IP est attendue."));
    }
    auto port = number("listen/port", 8443, 0, 65535);
    auto certificate = absolute("tls/certificate", {}, true);
    auto key = absolute("tls/key", {}, true);
    auto dbPort = number("database/port", 5432, 1, 65535);
    auto passwordFile = absolute("database/password_file", {}, false);
    auto trust = absolute("cards/trust_store", c.trustStore, true);
    auto body = number("limits/max_body_kib", 8192, 16, 262144);
    auto changes = number("limits/max_changes_per_push", 1000, 1, 100000);
    auto session = number("limits/session_minutes", 15, 1, 720);
    for (const auto* r : {&port, &dbPort, &body, &changes, &session}) {
        if (!*r) {
            return fail(r->error());
        }
    }
    for (const auto* r : {&certificate, &key, &passwordFile, &trust}) {
        if (!*r) {
            return fail(r->error());
        }
    }
    c.port = quint16(*port);
    c.certificate = *certificate;
    c.key = *key;
    c.dbHost = text("database/host", c.dbHost);
    c.dbPort = int(*dbPort);
    c.dbName = text("database/name", c.dbName);
    c.dbUser = text("database/user", c.dbUser);
    c.dbOwner = text("database/owner", c.dbOwner);
    c.dbPasswordFile = *passwordFile;
    c.trustStore = *trust;
    c.maxBodyBytes = *body * 1024;
    c.maxChangesPerPush = int(*changes);
    c.sessionMinutes = int(*session);
    if (auto ok = notReadableByOthers(c.key, QStringLiteral("tls/key")); !ok) {
        return fail(ok.error());
    }
    if (!c.dbPasswordFile.isEmpty()) {
        if (auto ok = notReadableByOthers(c.dbPasswordFile, QStringLiteral("database/password_file")); !ok) {
            return fail(ok.error());
        }
    }
    return c;
}

Result<QString> ServerConfig::databasePassword() const
{
    if (dbPasswordFile.isEmpty()) {
        return QString();
    }
    QFile f(dbPasswordFile);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound,
                    tr("Le mot de passe de la base (%1) est illisible.").arg(dbPasswordFile),
                    QStringLiteral("database password file unreadable"));
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace Officine::Server
