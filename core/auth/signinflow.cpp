#include "signinflow.h"

#include "auth/checkpointsigning.h"
#include "auth/fallbacksignin.h"
#include "commands/staffcommands.h"
#include "identity/nationalids.h"
#include "logging/logging.h"
#include "util/threadcleanup.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Officine::Auth {

namespace {
class FlowTr
{
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)
public:
    static QString newPharmacy() { return tr("ouverture d'une nouvelle officine"); }
    static QString blocked()
    {
        return tr("Cette carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de "
                  "déblocage à 8 chiffres reçu avec la carte, puis réinsérez-la.");
    }
};
} // namespace

SignInFlow::SignInFlow(CardAuthenticator& authenticator, CardSignIn& signIn, SessionManager& sessions,
                       Commands::CommandExecutor& executor, QObject* parent)
    : QObject(parent)
    , m_authenticator(authenticator)
    , m_signIn(signIn)
    , m_sessions(sessions)
    , m_executor(executor)
{
    qRegisterMetaType<Officine::Auth::PinPrompt>();
    qRegisterMetaType<Officine::Error>("Officine::Error");
    connect(&m_readWatcher, &QFutureWatcher<Result<CardInfo>>::finished, this, &SignInFlow::onCardRead);
    connect(&m_signWatcher, &QFutureWatcher<Result<QByteArray>>::finished, this, &SignInFlow::onSigned);
    // Locked with the card still in the reader (inactivity, Ctrl+L): there will be no insertion
    // event, so ask for the PIN of that card right away.
    connect(&m_sessions, &SessionManager::locked, this, [this](SessionManager::LockReason reason) {
        const SessionManager::Session* session = m_sessions.current();
        if (reason != SessionManager::LockReason::CardRemoved && session && !session->reader.isEmpty()) {
            cardInserted(session->reader);
        }
    });
}

SignInFlow::~SignInFlow()
{
    m_readWatcher.waitForFinished();
    m_signWatcher.waitForFinished();
}

void SignInFlow::setStep(Step step)
{
    if (step != Step::Signing && step != Step::WaitingForFiness) {
        m_pinForCheckpoint.reset();
    }
    m_step = step;
    Q_EMIT stepChanged(step);
}

void SignInFlow::cardInserted(const QString& reader)
{
    if (m_step == Step::Reading || m_step == Step::Signing) {
        return; // one card at a time
    }
    if (m_sessions.state() == SessionManager::State::Active) {
        return; // someone is working: a card in another reader is not a sign-in (binding a card)
    }
    ++m_generation;
    m_reader = reader;
    m_card.reset();
    setStep(Step::Reading);
    CardAuthenticator* authenticator = &m_authenticator;
    m_readWatcher.setFuture(QtConcurrent::run([authenticator, reader]() {
        const ThreadCryptoScope cryptoState;
        return authenticator->readCard(reader);
    }));
}

void SignInFlow::cardRemoved(const QString& reader)
{
    if (reader == m_reader && m_step != Step::Idle) {
        ++m_generation;
        m_card.reset();
        setStep(Step::Idle);
    }
}

void SignInFlow::cancel()
{
    ++m_generation;
    m_card.reset();
    setStep(Step::Idle);
}

void SignInFlow::onCardRead()
{
    if (m_step != Step::Reading) {
        return;
    }
    const Result<CardInfo> info = m_readWatcher.result();
    if (!info) {
        setStep(Step::Idle);
        Q_EMIT failed(info.error(), false);
        return;
    }
    auto identified = m_signIn.identify(info->certificateDer);
    if (!identified) {
        setStep(Step::Idle);
        Q_EMIT failed(identified.error(), false);
        return;
    }
    m_card = std::move(*identified);
    m_prompt = PinPrompt {};
    m_prompt.reader = m_reader;
    m_prompt.holder = m_card->certificate.givenName + u' ' + m_card->certificate.familyName;
    m_prompt.roleLabel = m_card->account ? roleLabel(m_card->account->role) : FlowTr::newPharmacy();
    m_prompt.triesLeft = info->pinTriesLeft;
    m_prompt.bootstrap = m_card->canBootstrap;
    if (info->pinTriesLeft == 0) {
        setStep(Step::Idle);
        Error blocked(ErrorCode::CardPinBlocked, FlowTr::blocked(), QStringLiteral("card blocked"));
        Q_EMIT failed(blocked, false);
        return;
    }
    setStep(Step::WaitingForPin);
    Q_EMIT pinNeeded(m_prompt);
}

void SignInFlow::submitPin(SecureBuffer pin)
{
    if (m_step != Step::WaitingForPin || !m_card) {
        return; // wiped as it goes out of scope
    }
    auto secret = std::make_shared<SecureBuffer>(std::move(pin));
    auto fresh = m_signIn.verifier().issueChallenge();
    if (!fresh) {
        // The PIN is not sent: a card never signs a predictable challenge.
        Q_EMIT failed(fresh.error(), true);
        return;
    }
    m_challenge = *fresh;
    setStep(Step::Signing);
    if ((m_checkpoints && m_card->account
         && Audit::Checkpointer::canSign(CardSignIn::actorFor(*m_card->account)))
        || (m_serverSession && m_card->account)) {
        m_pinForCheckpoint = secret;
    }
    CardAuthenticator* authenticator = &m_authenticator;
    const QString reader = m_reader;
    const QByteArray challenge = m_challenge;
    m_signWatcher.setFuture(QtConcurrent::run([authenticator, reader, secret, challenge]() {
        const ThreadCryptoScope cryptoState;
        return authenticator->signChallenge(reader, *secret, challenge);
    }));
}

void SignInFlow::onSigned()
{
    if (m_step != Step::Signing || !m_card) {
        return;
    }
    const Result<QByteArray> signature = m_signWatcher.result();
    if (!signature) {
        const bool retry = signature.error().code == ErrorCode::CardPinWrong
            || signature.error().code == ErrorCode::InvalidInput;
        if (retry) {
            if (signature.error().detail >= 0) {
                m_prompt.triesLeft = signature.error().detail;
            }
            setStep(Step::WaitingForPin);
        } else {
            setStep(Step::Idle);
        }
        Q_EMIT failed(signature.error(), retry);
        return;
    }
    if (auto ok = m_signIn.checkSignature(*m_card, m_challenge, *signature); !ok) {
        setStep(Step::Idle);
        Q_EMIT failed(ok.error(), false);
        return;
    }
    if (m_card->canBootstrap) {
        setStep(Step::WaitingForFiness);
        Q_EMIT finessNeeded(m_prompt);
        return;
    }
    openSession();
}

void SignInFlow::confirmFiness(const QString& finess)
{
    if (m_step != Step::WaitingForFiness || !m_card) {
        return;
    }
    Model::StaffAccount titulaire;
    titulaire.familyName = m_card->certificate.familyName;
    titulaire.givenName = m_card->certificate.givenName;
    titulaire.idNatPs = m_card->certificate.idNatPs;
    titulaire.rpps = Identity::IdNatPs::parse(titulaire.idNatPs).rpps();
    Commands::BootstrapTitulaireCommand bootstrap(titulaire, finess);
    // The bootstrap runs as the verified card's holder, before their account exists.
    const auto previous = m_executor.actor();
    m_executor.setActor(Commands::Actor {QStringLiteral("bootstrap:") + titulaire.idNatPs,
                                         m_prompt.holder,
                                         titulaire.idNatPs,
                                         {Commands::Permission::StaffManage}});
    auto created = m_executor.execute(bootstrap);
    m_executor.setActor(previous);
    if (!created) {
        Q_EMIT failed(created.error(), false);
        return; // stays waiting for a corrected FINESS
    }
    m_card->account = bootstrap.account();
    m_card->canBootstrap = false;
    openSession();
}

void SignInFlow::signInWithoutCard(const QString& accountUuid, SecureBuffer password, const QString& code)
{
    const SecureBuffer secret = std::move(password);
    if (!m_fallback || m_sessions.state() == SessionManager::State::Active) {
        return;
    }
    auto account = m_fallback->signIn(accountUuid, secret, code);
    if (!account) {
        Q_EMIT failed(account.error(), false);
        return;
    }
    SessionManager::Session session;
    session.account = std::move(*account);
    session.actor = CardSignIn::actorFor(session.account);
    session.viaFallback = true;
    const QString uuid = session.account.meta.uuid;
    ++m_generation;
    m_card.reset();
    setStep(Step::Idle);
    m_sessions.signedIn(std::move(session));
    Q_EMIT signedIn(uuid);
}

void SignInFlow::openSession()
{
    SessionManager::Session session;
    session.account = *m_card->account;
    session.actor = CardSignIn::actorFor(session.account);
    session.reader = m_reader;
    const QString account = session.account.meta.uuid;
    const Commands::Actor actor = session.actor;
    std::shared_ptr<const SecureBuffer> pin = std::move(m_pinForCheckpoint);
    const QByteArray certificate = m_card->certificate.der;
    m_card.reset();
    setStep(Step::Idle);
    m_sessions.signedIn(std::move(session));
    Q_EMIT signedIn(account);
    if (pin && m_serverSession) {
        m_serverSession(m_reader, pin, certificate, actor);
    }
    if (pin && m_checkpoints && Audit::Checkpointer::canSign(actor)) {
        // The daily checkpoint, with the card that just signed in (its PIN is wiped when done).
        m_checkpoints->startIfDue(m_reader, std::move(pin), actor);
    }
}

} // namespace Officine::Auth
