#pragma once

#include "storage/secretstore.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace Officine::Platform {

/// SecretStore over QtKeychain: the Secret Service on Linux (gnome-keyring, KWallet), the
/// Keychain on macOS, the Credential Manager on Windows. Entries live under the service name
/// "officine".
///
/// Every call is bounded: a Secret Service that does not answer (D-Bus up but no unlocked
/// keyring daemon) would otherwise hang for D-Bus's 25 s default or forever; we give up after
/// `timeoutMs` with a French explanation.
///
/// The jobs run on the process's keychain thread, with its event loop; the caller waits on a
/// semaphore. No nested event loop runs on the caller's thread, so the GUI thread never handles
/// a timer, a card removal or a queued signal in the middle of a keychain read (re-entrancy).
class KeychainSecretStore final : public Storage::SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    static constexpr auto defaultService = "officine";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(defaultService), int timeoutMs = 5000);

    Result<std::optional<SecureBuffer>> read(const QString& name) override;
    Result<void> write(const QString& name, const SecureBuffer& secret) override;
    Result<void> remove(const QString& name) override;

    ~KeychainSecretStore() override;

private:
    struct Outcome;
    /// Runs the job `make` builds (on the keychain thread, as a child of `parent`) and waits for it;
    /// a timeout or an error other than a missing entry is an error.
    Result<std::shared_ptr<Outcome>> run(std::function<QKeychain::Job*(QObject* parent)> make);

    QString m_service;
    int m_timeoutMs;
    QObject* m_context = nullptr; ///< lives on the keychain thread; the jobs' parent
};

} // namespace Officine::Platform
