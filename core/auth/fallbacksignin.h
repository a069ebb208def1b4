#pragma once

#include "model/staffaccount.h"
#include "storage/store.h"
#include "util/clock.h"
#include "util/securebuffer.h"

#include <QCoreApplication>

namespace Officine::Auth {

/// Sign-in without the card (forgotten at home): password + TOTP code, only for accounts the
/// titulaire allowed, slowed down then locked after repeated failures (SignInThrottle). Every
/// attempt is recorded in the account's sign-in state; the audit issue records them in the trail.
class FallbackSignIn
{
    Q_DECLARE_TR_FUNCTIONS(FallbackSignIn)

public:
    FallbackSignIn(Storage::Store& store, const Clock& clock)
        : m_store(store)
        , m_clock(clock)
    {
    }

    Result<Model::StaffAccount> signIn(const QString& accountUuid, const SecureBuffer& password,
                                       const QString& totpCode);
    /// Active accounts enrolled and allowed to sign in without their card: (uuid, name).
    Result<QList<QPair<QString, QString>>> candidates();

private:
    Storage::Store& m_store;
    const Clock& m_clock;
};

} // namespace Officine::Auth
