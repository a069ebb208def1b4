#pragma once

#include "audit/audittrail.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>

namespace Officine::Auth {
class CardVerifier;
}
namespace Officine::Commands {
struct Actor;
}

namespace Officine::Audit {

/// Signed checkpoints of the audit chain (issue: "once a day, and when the titulaire asks").
///
/// prepare() captures this workstation's head and builds what the card must sign; the card
/// signs it (CardAuthenticator::signChallenge with the payload as challenge, off the GUI thread);
/// complete() checks the signature and the certificate (trusted, naming the signed-in
/// pharmacist) and records the checkpoint in its table and in the chain, in one transaction.
class Checkpointer
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpointer)

public:
    Checkpointer(Storage::Store& store, const Clock& clock, const Auth::CardVerifier& verifier)
        : m_store(store)
        , m_clock(clock)
        , m_verifier(verifier)
    {
    }

    /// Whether a daily checkpoint is due: entries were written since the last one and none was
    /// signed today (local date).
    Result<bool> isDue();
    /// Only a pharmacist's CPS (idNat_PS 8+RPPS) signs checkpoints.
    static bool canSign(const Commands::Actor& actor);
    Result<Checkpoint> prepare(const Commands::Actor& signer);
    Result<void> complete(Checkpoint& checkpoint, const QByteArray& certificateDer,
                          const QByteArray& signature);

private:
    Storage::Store& m_store;
    const Clock& m_clock;
    const Auth::CardVerifier& m_verifier;
};

} // namespace Officine::Audit
