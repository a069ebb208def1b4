#include "databasekey.h"

#include "logging/logging.h"

namespace Officine::Storage {

Result<DatabaseKey::Obtained> DatabaseKey::obtain(SecretStore& secrets, const QString& entryName,
                                                  bool storeExists)
{
    auto existing = secrets.read(entryName);
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value()) {
        SecureBuffer key = std::move(**existing);
        if (key.size() != keySize) {
            return fail(ErrorCode::KeychainKeyMissing,
                        tr("La clé de la base enregistrée dans le trousseau est invalide. Restaurez la "
                           "dernière sauvegarde avec sa phrase de passe."),
                        QStringLiteral("keychain entry has %1 bytes").arg(key.size()));
        }
        return Obtained {std::move(key), false};
    }
    if (storeExists) {
        return fail(ErrorCode::KeychainKeyMissing,
                    tr("La base de l'officine existe mais sa clé est absente du trousseau du système "
                       "(trousseau verrouillé, ou session d'un autre utilisateur). Déverrouillez le "
                       "trousseau puis relancez Officine ; sinon restaurez la dernière sauvegarde avec "
                       "sa phrase de passe (officine-cli restore)."),
                    QStringLiteral("keychain entry missing for an existing store"));
    }
    auto random = SecureBuffer::random(keySize);
    if (!random) {
        return fail(random.error());
    }
    SecureBuffer key = std::move(*random);
    if (auto w = secrets.write(entryName, key); !w) {
        return fail(w.error());
    }
    // Read it back: a keychain that accepted the write but cannot return it would leave a store
    // nobody can open.
    auto check = secrets.read(entryName);
    if (!check) {
        return fail(check.error());
    }
    if (!check->has_value() || !(*check)->equals(key)) {
        return fail(ErrorCode::KeychainUnavailable,
                    tr("Le trousseau du système n'a pas conservé la clé de la base : la base n'a pas été "
                       "créée."),
                    QStringLiteral("keychain read-back mismatch"));
    }
    qCInfo(lcSecrets) << "new database key created in the keychain";
    return Obtained {std::move(key), true};
}

} // namespace Officine::Storage
