#pragma once

#include "auth/cardauthenticator.h"
#include "auth/cardsignin.h"
#include "auth/sessionmanager.h"

#include <QFutureWatcher>
#include <QObject>
#include <functional>
#include <memory>

namespace Officine::Auth {

class FallbackSignIn;
class CheckpointSigning;

/// What the PIN entry shows.
struct PinPrompt
{
    QString reader;
    QString holder; ///< "Claire DÉMO"
    QString roleLabel; ///< the account's role, or "nouvelle officine" during bootstrap
    int triesLeft = -1;
    bool bootstrap = false;
};

/// Card inserted → card read and identified (worker thread) → PIN asked → PIN verified and
/// challenge signed (worker thread) → signature checked → session opened (or, for the first card
/// of an empty pharmacy, FINESS asked then the titulaire created). The GUI thread only receives
/// signals; the PIN is handed over in locked memory and wiped after use.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    enum class Step { Idle, Reading, WaitingForPin, Signing, WaitingForFiness };
    Q_ENUM(Step)

    SignInFlow(CardAuthenticator& authenticator, CardSignIn& signIn, SessionManager& sessions,
               Commands::CommandExecutor& executor, QObject* parent = nullptr);
    /// Enables the forgotten-card path (password + TOTP).
    void setFallback(FallbackSignIn* fallback) { m_fallback = fallback; }
    FallbackSignIn* fallback() const { return m_fallback; }
    /// Enables the daily signed checkpoint: when a pharmacist signs in with their card and
    /// one is due, the same PIN signs the audit chain's head right after the session opens.
    void setCheckpointSigning(CheckpointSigning* signing) { m_checkpoints = signing; }
    /// Enables the server session: when a member signs in with their card, the same PIN signs
    /// the sync server's challenge (on the sync worker's thread; the PIN, in locked memory, is
    /// wiped when the last holder lets it go).
    using CardSessionHook
        = std::function<void(const QString& reader, std::shared_ptr<const SecureBuffer> pin,
                             const QByteArray& certificateDer, const Commands::Actor& actor)>;
    void setServerSession(CardSessionHook hook) { m_serverSession = std::move(hook); }
    ~SignInFlow() override;

    Step step() const { return m_step; }

    /// Takes the PIN (4 digits), in locked memory.
    void submitPin(SecureBuffer pin);
    /// The forgotten-card path: password + one-time code.
    void signInWithoutCard(const QString& accountUuid, SecureBuffer password, const QString& code);

public Q_SLOTS:
    void cardInserted(const QString& reader);
    void cardRemoved(const QString& reader);
    void confirmFiness(const QString& finess);
    void cancel();

Q_SIGNALS:
    void stepChanged(Officine::Auth::SignInFlow::Step step);
    void pinNeeded(const Officine::Auth::PinPrompt& prompt);
    void finessNeeded(const Officine::Auth::PinPrompt& prompt);
    /// A refusal to show; `retryPin` when the PIN may be typed again (wrong PIN).
    void failed(const Officine::Error& error, bool retryPin);
    void signedIn(const QString& accountUuid);

private:
    void setStep(Step step);
    void onCardRead();
    void onSigned();
    void openSession();

    CardAuthenticator& m_authenticator;
    CardSignIn& m_signIn;
    SessionManager& m_sessions;
    Commands::CommandExecutor& m_executor;
    Step m_step = Step::Idle;
    FallbackSignIn* m_fallback = nullptr;
    CheckpointSigning* m_checkpoints = nullptr;
    /// The PIN, kept (locked memory) from its entry to the session's opening only when a
    /// daily checkpoint may follow; dropped on every other path.
    std::shared_ptr<const SecureBuffer> m_pinForCheckpoint;
    CardSessionHook m_serverSession;
    QString m_reader;
    std::optional<IdentifiedCard> m_card;
    PinPrompt m_prompt;
    QByteArray m_challenge;
    quint64 m_generation = 0; ///< results of an abandoned attempt are ignored
    QFutureWatcher<Result<CardInfo>> m_readWatcher;
    QFutureWatcher<Result<QByteArray>> m_signWatcher;
};

} // namespace Officine::Auth

Q_DECLARE_METATYPE(Officine::Auth::PinPrompt)
