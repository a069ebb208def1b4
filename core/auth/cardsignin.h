#pragma once

#include "auth/cardverifier.h"
#include "commands/actor.h"
#include "model/staffaccount.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <optional>

namespace Officine::Auth {

/// A card whose certificate passed, with the account it opens (none only during bootstrap).
struct IdentifiedCard
{
    VerifiedCertificate certificate;
    std::optional<Model::StaffAccount> account;
    /// No account exists yet and this is a pharmacist's CPS: it may open the pharmacy as its
    /// titulaire once the FINESS is confirmed.
    bool canBootstrap = false;
};

/// The card sign-in flow of architecture decision 4, independent of how the card is reached:
/// identify the card from its certificate (before the PIN, so a card without an account is
/// refused at once), then check the signature over the fresh challenge.
class CardSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CardSignIn)

public:
    CardSignIn(Storage::Store& store, CardVerifier& verifier)
        : m_store(store)
        , m_verifier(verifier)
    {
    }

    Result<IdentifiedCard> identify(const QByteArray& certificateDer);
    Result<void> checkSignature(const IdentifiedCard& card, const QByteArray& challenge,
                                const QByteArray& signature);

    CardVerifier& verifier() { return m_verifier; }
    /// The actor a signed-in account acts as.
    static Commands::Actor actorFor(const Model::StaffAccount& account);

private:
    Storage::Store& m_store;
    CardVerifier& m_verifier;
};

} // namespace Officine::Auth
