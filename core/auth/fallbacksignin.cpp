#include "fallbacksignin.h"

#include "auth/password.h"
#include "auth/totp.h"
#include "logging/logging.h"
#include "storage/staffrepository.h"

namespace Officine::Auth {

Result<Model::StaffAccount> FallbackSignIn::signIn(const QString& accountUuid, const SecureBuffer& password,
                                                   const QString& totpCode)
{
    Storage::StaffRepository repo(m_store);
    const Error wrong(ErrorCode::PermissionDenied, tr("Mot de passe ou code à usage unique incorrect."),
                      QStringLiteral("fallback sign-in refused"));
    auto account = repo.get(accountUuid);
    if (!account) {
        return fail(wrong);
    }
    if (!account->active) {
        return fail(ErrorCode::PermissionDenied, tr("Ce compte est désactivé : adressez-vous au titulaire."),
                    QStringLiteral("fallback sign-in: inactive account %1").arg(accountUuid));
    }
    if (!account->fallbackAllowed || account->passwordHash.isEmpty() || !account->totpEnrolled) {
        return fail(
            ErrorCode::PermissionDenied,
            tr("La connexion sans carte n'est pas ouverte pour ce compte : demandez-la au titulaire."),
            QStringLiteral("fallback sign-in not allowed for %1").arg(accountUuid));
    }
    auto state = repo.signInState(accountUuid);
    if (!state) {
        return fail(state.error());
    }
    const QDateTime now = m_clock.now();
    if (auto allowed = SignInThrottle::check(*state, now); !allowed) {
        qCInfo(lcSecrets).noquote() << allowed.error().logText << "for account" << accountUuid;
        return fail(allowed.error());
    }
    auto key = repo.totpSecret(accountUuid);
    if (!key) {
        return fail(key.error());
    }
    const bool passwordOk = Password::verify(password, account->passwordHash);
    const qint64 step = Totp::verify(key->view(), totpCode, now.toSecsSinceEpoch(), state->lastTotpStep);
    const bool ok = passwordOk && step >= 0;
    if (ok) {
        SignInThrottle::recordSuccess(*state, now);
        state->lastTotpStep = step;
    } else {
        SignInThrottle::recordFailure(*state, now);
    }
    auto tx = Storage::Transaction::begin(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto w = repo.setSignInState(accountUuid, *state); !w) {
        return fail(w.error());
    }
    if (auto c = tx->commit(); !c) {
        return fail(c.error());
    }
    qCInfo(lcSecrets).noquote() << "fallback sign-in" << (ok ? "accepted" : "refused") << "for account"
                                << accountUuid << "failures" << state->failedAttempts;
    if (!ok) {
        return fail(wrong);
    }
    return std::move(*account);
}

Result<QList<QPair<QString, QString>>> FallbackSignIn::candidates()
{
    auto accounts = Storage::StaffRepository(m_store).list(false);
    if (!accounts) {
        return fail(accounts.error());
    }
    QList<QPair<QString, QString>> out;
    for (const auto& a : *accounts) {
        if (a.fallbackAllowed && !a.passwordHash.isEmpty() && a.totpEnrolled) {
            out.append({a.meta.uuid, a.displayName()});
        }
    }
    return out;
}

} // namespace Officine::Auth
