#include "checkpointsigning.h"

#include "audit/auditrecorder.h"
#include "commands/commandexecutor.h"
#include "logging/logging.h"
#include "util/threadcleanup.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Officine::Auth {

CheckpointSigning::CheckpointSigning(CardAuthenticator& authenticator, Audit::Checkpointer& checkpointer,
                                     Commands::CommandExecutor& executor, QObject* parent)
    : QObject(parent)
    , m_authenticator(authenticator)
    , m_checkpointer(checkpointer)
    , m_executor(executor)
{
    qRegisterMetaType<Officine::Error>("Officine::Error");
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CheckpointSigning::onSigned);
}

CheckpointSigning::~CheckpointSigning()
{
    wait();
}

void CheckpointSigning::wait()
{
    m_watcher.waitForFinished();
}

bool CheckpointSigning::canSign(const Commands::Actor& signer) const
{
    return !m_running && Audit::Checkpointer::canSign(signer);
}

bool CheckpointSigning::startIfDue(const QString& reader, std::shared_ptr<const SecureBuffer> pin,
                                   const Commands::Actor& signer)
{
    if (m_running || !Audit::Checkpointer::canSign(signer)) {
        return false;
    }
    auto due = m_checkpointer.isDue();
    if (!due) {
        qCWarning(lcAudit).noquote() << "daily checkpoint: cannot tell if due:" << due.error().logText;
        return false;
    }
    return *due && start(reader, std::move(pin), signer);
}

bool CheckpointSigning::start(const QString& reader, std::shared_ptr<const SecureBuffer> pin,
                              const Commands::Actor& signer)
{
    if (m_running) {
        return false;
    }
    auto prepared = m_checkpointer.prepare(signer);
    if (!prepared) {
        m_signer = signer;
        refuse(prepared.error(), false);
        return false;
    }
    m_pending = std::move(*prepared);
    m_signer = signer;
    m_running = true;
    CardAuthenticator* authenticator = &m_authenticator;
    const QByteArray payload = m_pending->payload();
    m_watcher.setFuture(QtConcurrent::run([authenticator, reader, pin, payload]() {
        const ThreadCryptoScope cryptoState;
        CardResult r;
        auto info = authenticator->readCard(reader);
        if (!info) {
            r.certificate = fail(info.error());
            return r;
        }
        r.certificate = info->certificateDer;
        r.signature = authenticator->signChallenge(reader, *pin, payload);
        return r;
    }));
    return true;
}

void CheckpointSigning::onSigned()
{
    m_running = false;
    CardResult r = m_watcher.result();
    if (!m_pending) {
        return;
    }
    Audit::Checkpoint checkpoint = std::move(*m_pending);
    m_pending.reset();
    if (!r.certificate || !*r.certificate) {
        refuse(r.certificate ? r.certificate->error() : Error(ErrorCode::Internal, QString()), false);
        return;
    }
    if (!r.signature || !*r.signature) {
        const Error& e = r.signature->error();
        refuse(e, e.code == ErrorCode::CardPinWrong || e.code == ErrorCode::InvalidInput);
        return;
    }
    if (auto done = m_checkpointer.complete(checkpoint, **r.certificate, **r.signature); !done) {
        refuse(done.error(), false);
        return;
    }
    Q_EMIT signedHead(checkpoint.headSeq);
}

void CheckpointSigning::refuse(const Error& error, bool retryPin)
{
    qCWarning(lcAudit).noquote() << "checkpoint not signed:" << error.logText;
    Audit::Entry e;
    e.action = Audit::Action::Checkpoint;
    e.targetType = QStringLiteral("audit");
    e.outcome = Audit::Outcome::Refused;
    e.reason = Audit::Recorder::reasonFor(error);
    if (auto r = m_executor.audit().record(&m_signer, e); !r) {
        qCWarning(lcAudit).noquote() << "could not record the refused checkpoint:" << r.error().logText;
    }
    Q_EMIT failed(error, retryPin);
}

} // namespace Officine::Auth
