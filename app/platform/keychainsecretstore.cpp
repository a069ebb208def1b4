#include "keychainsecretstore.h"

#include "logging/logging.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace Officine::Platform {

namespace {

/// What a finished job left behind. Shared with the job's slot, so a job that answers after we
/// gave up writes into memory that still exists.
struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
    ~Outcome() { wipe(data); }
};

Error keychainError(QKeychain::Error error, const QString& detail)
{
    const QString log = QStringLiteral("QtKeychain error %1: %2").arg(int(error)).arg(detail);
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorCode::KeychainDenied,
                     KeychainSecretStore::tr("L'accès au trousseau du système a été refusé : la base "
                                             "chiffrée ne peut pas être ouverte."),
                     log);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        return Error(
            ErrorCode::KeychainUnavailable,
            KeychainSecretStore::tr("Le trousseau du système (Secret Service) est indisponible "
                                    "ou verrouillé : ouvrez une session de bureau avec son trousseau "
                                    "déverrouillé. La base chiffrée n'est pas ouverte et aucune "
                                    "donnée n'est écrite en clair."),
            log);
    }
}

std::shared_ptr<Outcome> runJob(QKeychain::Job* job, int timeoutMs)
{
    auto outcome = std::make_shared<Outcome>();
    job->setAutoDelete(true); // the job frees itself when it finishes, even after we gave up
    QEventLoop loop;
    QPointer<QEventLoop> loopGuard(&loop);
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome, loopGuard](QKeychain::Job* j) {
        outcome->finished = true;
        outcome->error = j->error();
        outcome->errorString = j->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j)) {
            outcome->data = read->binaryData();
        }
        if (loopGuard) {
            loopGuard->quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return outcome;
}

Error timeoutError(int timeoutMs)
{
    return Error(
        ErrorCode::KeychainTimeout,
        KeychainSecretStore::tr("Le trousseau du système ne répond pas (délai de %1 s dépassé) : il est "
                                "peut-être verrouillé ou son service est arrêté. La base chiffrée n'est "
                                "pas ouverte.")
            .arg(timeoutMs / 1000.0, 0, 'f', 0),
        QStringLiteral("keychain job timed out after %1 ms").arg(timeoutMs));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

Result<std::optional<SecureBuffer>> KeychainSecretStore::read(const QString& name)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    auto outcome = runJob(job, m_timeoutMs);
    if (!outcome->finished) {
        return fail(timeoutError(m_timeoutMs));
    }
    if (outcome->error == QKeychain::EntryNotFound) {
        return std::optional<SecureBuffer>();
    }
    if (outcome->error != QKeychain::NoError) {
        return fail(keychainError(outcome->error, outcome->errorString));
    }
    return std::optional<SecureBuffer>(SecureBuffer::fromAndWipe(outcome->data));
}

Result<void> KeychainSecretStore::write(const QString& name, const SecureBuffer& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    QByteArray bytes(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
    job->setBinaryData(bytes);
    wipe(bytes);
    auto outcome = runJob(job, m_timeoutMs);
    if (!outcome->finished) {
        return fail(timeoutError(m_timeoutMs));
    }
    if (outcome->error != QKeychain::NoError) {
        return fail(keychainError(outcome->error, outcome->errorString));
    }
    return {};
}

Result<void> KeychainSecretStore::remove(const QString& name)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    auto outcome = runJob(job, m_timeoutMs);
    if (!outcome->finished) {
        return fail(timeoutError(m_timeoutMs));
    }
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound) {
        return fail(keychainError(outcome->error, outcome->errorString));
    }
    return {};
}

} // namespace Officine::Platform
