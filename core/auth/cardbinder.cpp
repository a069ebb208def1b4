#include "cardbinder.h"

#include "storage/staffrepository.h"
#include "util/threadcleanup.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Officine::Auth {

namespace {
class BinderTr
{
    Q_DECLARE_TR_FUNCTIONS(CardBinder)
public:
    static QString alreadyBound(const QString& who)
    {
        return tr("Cette carte est déjà associée au compte actif de %1.").arg(who);
    }
};
} // namespace

CardBinder::CardBinder(CardAuthenticator& authenticator, CardVerifier& verifier, Storage::Store& store,
                       QObject* parent)
    : QObject(parent)
    , m_authenticator(authenticator)
    , m_verifier(verifier)
    , m_store(store)
{
    qRegisterMetaType<Officine::Auth::VerifiedCertificate>();
    connect(&m_watcher, &QFutureWatcher<Result<CardInfo>>::finished, this, &CardBinder::onRead);
}

CardBinder::~CardBinder()
{
    m_watcher.waitForFinished();
}

void CardBinder::read(const QString& reader)
{
    if (m_watcher.isRunning()) {
        return;
    }
    CardAuthenticator* authenticator = &m_authenticator;
    m_watcher.setFuture(QtConcurrent::run([authenticator, reader]() {
        const ThreadCryptoScope cryptoState;
        return authenticator->readCard(reader);
    }));
}

void CardBinder::onRead()
{
    const Result<CardInfo> info = m_watcher.result();
    if (!info) {
        Q_EMIT failed(info.error());
        return;
    }
    auto certificate = m_verifier.verifyCertificate(info->certificateDer);
    if (!certificate) {
        Q_EMIT failed(certificate.error());
        return;
    }
    auto holder = Storage::StaffRepository(m_store).findByCard(certificate->idNatPs);
    if (!holder) {
        Q_EMIT failed(holder.error());
        return;
    }
    if (holder->has_value()) {
        Q_EMIT failed(Error(ErrorCode::Conflict, BinderTr::alreadyBound((*holder)->displayName()),
                            QStringLiteral("card already bound")));
        return;
    }
    Q_EMIT identified(*certificate, info->serial);
}

} // namespace Officine::Auth
