#pragma once

#include "audit/checkpointer.h"
#include "auth/cardauthenticator.h"
#include "commands/actor.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace Officine::Commands {
class CommandExecutor;
}

namespace Officine::Auth {

/// Signs the audit chain's head with the signed-in pharmacist's card (issue: "once a day, and
/// when the titulaire asks"). The head is captured here, on the GUI thread; the card's
/// certificate is read and the payload signed on a worker thread (PIN in locked memory,
/// wiped when the worker is done); the signature is checked and the checkpoint recorded back
/// here. A refusal (another card, a card pulled out, a wrong PIN) is recorded in the trail as
/// a refused checkpoint and reported; it never blocks the counter.
class CheckpointSigning : public QObject
{
    Q_OBJECT

public:
    CheckpointSigning(CardAuthenticator& authenticator, Audit::Checkpointer& checkpointer,
                      Commands::CommandExecutor& executor, QObject* parent = nullptr);
    ~CheckpointSigning() override;

    Audit::Checkpointer& checkpointer() { return m_checkpointer; }
    bool isRunning() const { return m_running; }
    /// Whether `signer` may sign now (a pharmacist's CPS, a non-empty chain, none running).
    bool canSign(const Commands::Actor& signer) const;

    /// Starts signing with the card in `reader`. False (and `failed` emitted) when it cannot
    /// start: signer not a pharmacist, empty chain, one already running.
    bool start(const QString& reader, std::shared_ptr<const SecureBuffer> pin, const Commands::Actor& signer);
    /// The daily checkpoint: starts only when one is due (Checkpointer::isDue).
    bool startIfDue(const QString& reader, std::shared_ptr<const SecureBuffer> pin,
                    const Commands::Actor& signer);
    void wait();

Q_SIGNALS:
    /// The checkpoint is recorded: the chain's head `headSeq` is signed.
    void signedHead(qint64 headSeq);
    /// `retryPin`: the PIN was wrong and may be typed again.
    void failed(const Officine::Error& error, bool retryPin);

private:
    struct CardResult
    {
        std::optional<Result<QByteArray>> certificate;
        std::optional<Result<QByteArray>> signature;
    };
    void onSigned();
    void refuse(const Error& error, bool retryPin);

    CardAuthenticator& m_authenticator;
    Audit::Checkpointer& m_checkpointer;
    Commands::CommandExecutor& m_executor;
    bool m_running = false;
    std::optional<Audit::Checkpoint> m_pending;
    Commands::Actor m_signer;
    QFutureWatcher<CardResult> m_watcher;
};

} // namespace Officine::Auth
