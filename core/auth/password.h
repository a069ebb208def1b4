#pragma once

#include "util/result.h"
#include "util/securebuffer.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Officine::Storage {
struct SignInState;
}

namespace Officine::Auth {

/// Staff passwords for the fallback sign-in (a forgotten card).
class Password
{
    Q_DECLARE_TR_FUNCTIONS(Password)

public:
    /// What a secret protects; only the wording of a refusal depends on it.
    enum class Purpose { StaffPassword, BackupPassphrase };
    /// The one strength policy of the application, for staff passwords and backup passphrases
    /// alike: CNIL délibération 2022-100 (domain.md §9) for a secret that may face an offline
    /// attack (a stolen backup, a copied store), about 80 bits: at least 12 characters with upper
    /// case, lower case, digits and special characters (a space counts as one), or at least 14
    /// with three of those classes.
    static Result<void> checkPolicy(const SecureBuffer& secret, Purpose purpose);

    /// scrypt (OpenSSL), memory-hard: "$scrypt$ln=15,r=8,p=1$<salt b64>$<hash b64>".
    static Result<QString> hash(const SecureBuffer& password, int log2N = 15);
    /// Constant-time comparison; false on a malformed hash.
    static bool verify(const SecureBuffer& password, const QString& encoded);
};

/// Slows down, then locks, repeated failed sign-ins of one account on this workstation: after
/// `freeFailures` failures each further try waits (5 s, 10 s, 20 s… up to 5 min); after
/// `lockAfter` failures the account is locked for `lockMinutes`.
class SignInThrottle
{
    Q_DECLARE_TR_FUNCTIONS(SignInThrottle)

public:
    static constexpr int freeFailures = 3;
    static constexpr int lockAfter = 10;
    static constexpr int lockMinutes = 30;

    /// When the next try is allowed; invalid (or past) means now.
    static QDateTime nextAllowed(const Storage::SignInState& state);
    /// A French refusal if `now` is too early, nothing otherwise.
    static Result<void> check(const Storage::SignInState& state, const QDateTime& now);
    static void recordFailure(Storage::SignInState& state, const QDateTime& now);
    static void recordSuccess(Storage::SignInState& state, const QDateTime& now);
};

} // namespace Officine::Auth
