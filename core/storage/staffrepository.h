#pragma once

#include "model/staffaccount.h"
#include "storage/patientrepository.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace Officine::Storage {

/// Sign-in throttling state of an account on this workstation (not synced).
struct SignInState
{
    int failedAttempts = 0;
    QDateTime lockedUntil;
    QDateTime lastFailure;
    QDateTime lastSuccess;
    qint64 lastTotpStep = 0; ///< a one-time code is accepted once: later steps only
};

/// Staff accounts. Writes run inside the executor's transaction and append their outbox row.
class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)

public:
    static constexpr auto entity = "staff_account";

    explicit StaffRepository(Store& store)
        : m_store(store)
    {
    }

    Result<void> insert(Model::StaffAccount& account, const WriteContext& ctx);
    /// Optimistic concurrency on account.meta.revision, as for patients.
    Result<void> update(Model::StaffAccount& account, const WriteContext& ctx);

    Result<Model::StaffAccount> get(const QString& uuid);
    /// An account's document as it syncs (the outbox payload, a merge base).
    static QByteArray document(const Model::StaffAccount& account);
    /// Writes an account as the sync server holds it (created or changed on another
    /// workstation), its local revision bumped, without an outbox row.
    Result<void> applyRemote(Model::StaffAccount& account);
    /// The active account bound to this card identifier, if any.
    Result<std::optional<Model::StaffAccount>> findByCard(const QString& idNatPs);
    /// Any account (active or not) bound to this identifier, to tell "deactivated" apart.
    Result<std::optional<Model::StaffAccount>> findAnyByCard(const QString& idNatPs);
    Result<std::vector<Model::StaffAccount>> list(bool includeInactive);
    Result<qint64> countActive();

    /// The fallback sign-in's TOTP key, written apart from the account (never in its outbox row)
    /// and read only where a code is checked, into locked memory; empty when not enrolled.
    Result<void> setTotpSecret(const QString& uuid, const SecureBuffer& secret);
    Result<SecureBuffer> totpSecret(const QString& uuid);

    Result<SignInState> signInState(const QString& uuid);
    Result<void> setSignInState(const QString& uuid, const SignInState& state);

private:
    Result<void> write(const Model::StaffAccount& account, bool insert, bool queue = true);
    Result<std::optional<Model::StaffAccount>> findOne(const QString& where, const QString& value);
    Store& m_store;
};

} // namespace Officine::Storage
