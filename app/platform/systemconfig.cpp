#include "systemconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <sys/stat.h>

namespace Officine::Platform {

Result<void> SystemConfig::checkRootOwned(const QString& path, const QString& configPath)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return fail(ErrorCode::NotFound,
                    tr("%1, désigné par le fichier de configuration du système %2, est introuvable.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(configPath)),
                    QStringLiteral("system config: %1 missing").arg(path));
    }
    if (st.st_uid != 0 || (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return fail(
            ErrorCode::PermissionDenied,
            tr("%1 n'appartient pas à root ou peut être modifié par d'autres comptes : Officine refuse "
               "de s'en servir, car il décide des cartes reconnues. L'administrateur du poste doit "
               "corriger ses droits (sudo chown root:root %1 puis sudo chmod go-w %1).")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("system config: %1 not root-owned or writable by others").arg(path));
    }
    return {};
}

Result<SystemConfig> SystemConfig::load(const QString& path)
{
    SystemConfig c;
    c.path = path;
    if (!QFileInfo::exists(path)) {
        return c;
    }
    c.present = true;
    for (const QString& p : {path, QFileInfo(path).absolutePath()}) {
        if (auto ok = checkRootOwned(p, path); !ok) {
            return fail(ok.error());
        }
    }
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le fichier de configuration du système %1 est illisible.").arg(path),
                    QStringLiteral("system config unreadable"));
    }
    const auto absolute = [&path](const QString& key, const QString& value) -> Result<QString> {
        if (!value.isEmpty() && !QFileInfo(value).isAbsolute()) {
            return fail(ErrorCode::InvalidInput,
                        tr("Dans %1, « %2 » doit être un chemin absolu.").arg(path, key),
                        QStringLiteral("system config: %1 not absolute").arg(key));
        }
        return value.isEmpty() ? QString() : QDir::cleanPath(value);
    };
    auto module = absolute(QStringLiteral("cards/pkcs11_module"),
                           file.value(QStringLiteral("cards/pkcs11_module")).toString().trimmed());
    auto trust
        = absolute(QStringLiteral("cards/trust_store"),
                   file.value(QStringLiteral("cards/trust_store"), c.trustStoreDir).toString().trimmed());
    auto ca
        = absolute(QStringLiteral("server/ca"), file.value(QStringLiteral("server/ca")).toString().trimmed());
    auto insiCa
        = absolute(QStringLiteral("insi/ca"), file.value(QStringLiteral("insi/ca")).toString().trimmed());
    for (const auto* r : {&module, &trust, &ca, &insiCa}) {
        if (!*r) {
            return fail(r->error());
        }
    }
    c.pkcs11Module = *module;
    c.trustStoreDir = *trust;
    c.serverCa = *ca;
    c.insiCa = *insiCa;
    // The library dlopen() loads and the anchors the cards are checked against are as
    // sensitive as this file.
    if (!c.pkcs11Module.isEmpty()) {
        if (auto ok = checkRootOwned(c.pkcs11Module, path); !ok) {
            return fail(ok.error());
        }
    }
    if (QFileInfo(c.trustStoreDir).isDir()) {
        if (auto ok = checkRootOwned(c.trustStoreDir, path); !ok) {
            return fail(ok.error());
        }
    }
    c.serverUrl = file.value(QStringLiteral("server/url")).toString().trimmed();
    if (!c.serverUrl.isEmpty()) {
        const QUrl url(c.serverUrl);
        if (!url.isValid() || url.scheme() != QLatin1StringView("https") || url.host().isEmpty()) {
            return fail(
                ErrorCode::InvalidInput,
                tr("Dans %1, l'adresse du serveur doit commencer par https:// (les données de santé ne "
                   "circulent que chiffrées).")
                    .arg(path),
                QStringLiteral("system config: server url not https"));
        }
    }
    // The INSi teleservice: always over TLS (the identity of a patient leaves the pharmacy).
    c.insiUrl = file.value(QStringLiteral("insi/url")).toString().trimmed();
    if (!c.insiUrl.isEmpty()) {
        const QUrl url(c.insiUrl);
        if (!url.isValid() || url.scheme() != QLatin1StringView("https") || url.host().isEmpty()) {
            return fail(ErrorCode::InvalidInput,
                        tr("Dans %1, l'adresse du téléservice INSi doit commencer par https://.").arg(path),
                        QStringLiteral("system config: insi url not https"));
        }
    }
    return c;
}

} // namespace Officine::Platform
