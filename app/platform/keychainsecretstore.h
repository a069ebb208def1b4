#pragma once

#include "storage/secretstore.h"

#include <QCoreApplication>

namespace Officine::Platform {

/// SecretStore over QtKeychain: the Secret Service on Linux (gnome-keyring, KWallet), the
/// Keychain on macOS, the Credential Manager on Windows. Entries live under the service name
/// "officine".
///
/// Every call is bounded: a Secret Service that does not answer (D-Bus up but no unlocked
/// keyring daemon) would otherwise hang for D-Bus's 25 s default or forever; we give up after
/// `timeoutMs` with a French explanation. Must be called from a thread with a Qt event loop
/// available (it spins a local QEventLoop).
class KeychainSecretStore final : public Storage::SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    static constexpr auto defaultService = "officine";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(defaultService), int timeoutMs = 5000);

    Result<std::optional<SecureBuffer>> read(const QString& name) override;
    Result<void> write(const QString& name, const SecureBuffer& secret) override;
    Result<void> remove(const QString& name) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace Officine::Platform
