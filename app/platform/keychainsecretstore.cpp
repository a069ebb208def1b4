#include "keychainsecretstore.h"

#include "logging/logging.h"

#include <QSemaphore>
#include <QThread>
#include <memory>
#include <qt6keychain/keychain.h>

namespace Officine::Platform {

/// What a finished job left behind. Shared with the job's slot, so a job that answers after we
/// gave up writes into memory that still exists. Written on the worker thread before the
/// semaphore is released, read by the caller after acquiring it.
struct KeychainSecretStore::Outcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
    QSemaphore done;
    ~Outcome() { wipe(data); }
};

namespace {

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

namespace {
/// One thread for every keychain job of the process, for its whole life: the Secret Service
/// client (libsecret or QtDBus underneath QtKeychain) binds itself to the thread, and the
/// event loop, of its first call. Stopped when the application object goes.
QObject* keychainThreadContext()
{
    static QThread* thread = nullptr;
    static QObject* context = [] {
        thread = new QThread;
        thread->setObjectName(QStringLiteral("keychain"));
        auto* c = new QObject;
        c->moveToThread(thread);
        thread->start();
        qAddPostRoutine([] {
            thread->quit();
            thread->wait();
        });
        return c;
    }();
    return context;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
    , m_context(keychainThreadContext())
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

Result<std::shared_ptr<KeychainSecretStore::Outcome>>
KeychainSecretStore::run(std::function<QKeychain::Job*(QObject*)> make)
{
    auto outcome = std::make_shared<Outcome>();
    QObject* context = m_context;
    QMetaObject::invokeMethod(
        m_context,
        [make = std::move(make), outcome, context]() {
            QKeychain::Job* job = make(context);
            job->setAutoDelete(true); // frees itself when it finishes, even after we gave up
            QObject::connect(job, &QKeychain::Job::finished, job, [outcome](QKeychain::Job* j) {
                outcome->error = j->error();
                outcome->errorString = j->errorString();
                if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j)) {
                    outcome->data = read->binaryData();
                }
                outcome->done.release();
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (!outcome->done.tryAcquire(1, m_timeoutMs)) {
        return fail(timeoutError(m_timeoutMs));
    }
    // A missing entry is an answer (the caller says what it means), any other error is not.
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound) {
        return fail(keychainError(outcome->error, outcome->errorString));
    }
    return outcome;
}

Result<std::optional<SecureBuffer>> KeychainSecretStore::read(const QString& name)
{
    auto outcome = run([service = m_service, name](QObject* parent) {
        auto* job = new QKeychain::ReadPasswordJob(service, parent);
        job->setKey(name);
        return job;
    });
    if (!outcome) {
        return fail(outcome.error());
    }
    if ((*outcome)->error == QKeychain::EntryNotFound) {
        return std::optional<SecureBuffer>();
    }
    return std::optional<SecureBuffer>(SecureBuffer::fromAndWipe((*outcome)->data));
}

Result<void> KeychainSecretStore::write(const QString& name, const SecureBuffer& secret)
{
    auto copy = std::make_shared<SecureBuffer>(SecureBuffer::copyOf(secret.bytes()));
    auto outcome = run([service = m_service, name, copy](QObject* parent) {
        auto* job = new QKeychain::WritePasswordJob(service, parent);
        job->setKey(name);
        QByteArray bytes = copy->view().toByteArray();
        job->setBinaryData(bytes);
        wipe(bytes);
        return job;
    });
    if (!outcome) {
        return fail(outcome.error());
    }
    if ((*outcome)->error == QKeychain::EntryNotFound) {
        return fail(keychainError((*outcome)->error, (*outcome)->errorString));
    }
    return {};
}

Result<void> KeychainSecretStore::remove(const QString& name)
{
    auto outcome = run([service = m_service, name](QObject* parent) {
        auto* job = new QKeychain::DeletePasswordJob(service, parent);
        job->setKey(name);
        return job;
    });
    if (!outcome) {
        return fail(outcome.error());
    }
    return {}; // removing what is not there is done
}

} // namespace Officine::Platform
