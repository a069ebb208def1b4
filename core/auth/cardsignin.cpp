#include "cardsignin.h"

#include "identity/nationalids.h"
#include "logging/logging.h"
#include "storage/staffrepository.h"

namespace Officine::Auth {

Result<IdentifiedCard> CardSignIn::identify(const QByteArray& certificateDer)
{
    auto certificate = m_verifier.verifyCertificate(certificateDer);
    if (!certificate) {
        qCInfo(lcSecrets).noquote() << "card refused:" << certificate.error().logText;
        return fail(certificate.error());
    }
    IdentifiedCard card;
    card.certificate = std::move(*certificate);
    Storage::StaffRepository repo(m_store);
    auto account = repo.findByCard(card.certificate.idNatPs);
    if (!account) {
        return fail(account.error());
    }
    if (account->has_value()) {
        card.account = std::move(**account);
        return card;
    }
    auto any = repo.findAnyByCard(card.certificate.idNatPs);
    if (!any) {
        return fail(any.error());
    }
    if (any->has_value()) {
        return fail(ErrorCode::PermissionDenied,
                    tr("Le compte associé à cette carte a été désactivé par le titulaire : la connexion est "
                       "refusée."),
                    QStringLiteral("card of a deactivated account"));
    }
    auto active = repo.countActive();
    if (!active) {
        return fail(active.error());
    }
    if (*active == 0
        && Identity::IdNatPs::parse(card.certificate.idNatPs).type == Identity::IdNatPs::Type::Rpps) {
        card.canBootstrap = true;
        return card;
    }
    return fail(
        ErrorCode::PermissionDenied,
        tr("Aucun compte de cette officine n'est associé à cette carte : le titulaire doit d'abord créer "
           "votre compte et y associer votre carte."),
        QStringLiteral("card without account"));
}

Result<void> CardSignIn::checkSignature(const IdentifiedCard& card, const QByteArray& challenge,
                                        const QByteArray& signature)
{
    auto ok = m_verifier.verifySignature(card.certificate.der, challenge, signature);
    if (!ok) {
        qCInfo(lcSecrets).noquote() << "card signature refused:" << ok.error().logText;
    }
    return ok;
}

Commands::Actor CardSignIn::actorFor(const Model::StaffAccount& account)
{
    Commands::Actor actor;
    actor.accountId = account.meta.uuid;
    actor.displayName = account.displayName() + QStringLiteral(" — ") + roleLabel(account.role);
    actor.nationalId = account.idNatPs;
    actor.permissions = permissionsOf(account.role);
    return actor;
}

} // namespace Officine::Auth
