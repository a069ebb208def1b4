#include "checkpointer.h"

#include "auth/cardverifier.h"
#include "commands/actor.h"
#include "logging/logging.h"
#include "storage/store.h"

namespace Officine::Audit {

bool Checkpointer::canSign(const Commands::Actor& actor)
{
    return actor.nationalId.size() == 12 && actor.nationalId.startsWith(u'8');
}

Result<bool> Checkpointer::isDue()
{
    Trail trail(m_store);
    auto head = trail.head();
    if (!head) {
        return fail(head.error());
    }
    if (head->seq == 0) {
        return false;
    }
    auto last = trail.lastCheckpoint();
    if (!last) {
        return fail(last.error());
    }
    if (!*last) {
        return true;
    }
    const bool signedToday = (*last)->signedAt.toLocalTime().date() == m_clock.now().toLocalTime().date();
    // The checkpoint's own entry follows its head: nothing new since when the head is that entry.
    const bool newEntries = head->seq > (*last)->entrySeq;
    return !signedToday && newEntries;
}

Result<Checkpoint> Checkpointer::prepare(const Commands::Actor& signer)
{
    if (!canSign(signer)) {
        return fail(ErrorCode::PermissionDenied,
                    tr("Seule la carte CPS d'un pharmacien peut signer le journal de traçabilité."),
                    QStringLiteral("checkpoint: signer is not a pharmacist"));
    }
    auto head = Trail(m_store).head();
    if (!head) {
        return fail(head.error());
    }
    if (head->seq == 0) {
        return fail(ErrorCode::InvalidInput, tr("Le journal de traçabilité est vide : rien à signer."),
                    QStringLiteral("checkpoint: empty chain"));
    }
    Checkpoint c;
    c.workstationId = m_store.workstationId();
    c.headSeq = head->seq;
    c.headHash = head->hash;
    c.signedAt = m_clock.now();
    c.signerAccount = signer.accountId;
    c.signerNationalId = signer.nationalId;
    return c;
}

Result<void> Checkpointer::complete(Checkpoint& c, const QByteArray& certificateDer,
                                    const QByteArray& signature)
{
    auto cert = m_verifier.verifyCertificate(certificateDer);
    if (!cert) {
        return fail(cert.error());
    }
    if (cert->idNatPs != c.signerNationalId) {
        return fail(
            ErrorCode::CardRefused,
            tr("La carte insérée n'est pas celle du pharmacien connecté : le journal n'est pas signé."),
            QStringLiteral("checkpoint: card is not the signer's"));
    }
    if (!Auth::CardVerifier::signatureMatches(certificateDer, c.payload(), signature)) {
        return fail(
            ErrorCode::CardRefused,
            tr("La signature de la carte ne correspond pas au journal : le point de contrôle est refusé."),
            QStringLiteral("checkpoint: signature does not verify"));
    }
    c.certificateDer = certificateDer;
    c.signature = signature;
    if (auto r = Trail(m_store).addCheckpoint(c); !r) {
        return r;
    }
    qCInfo(lcAudit) << "checkpoint signed at head" << c.headSeq;
    return {};
}

} // namespace Officine::Audit
