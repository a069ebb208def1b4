#pragma once

#include "auth/cardauthenticator.h"
#include "auth/cardverifier.h"
#include "storage/store.h"

#include <QFutureWatcher>
#include <QObject>

namespace Officine::Auth {

/// Reads the card a new team member puts in a reader (not the titulaire's), checks its
/// certificate like a sign-in would, and makes sure no active account already holds it, so the
/// titulaire can bind it to an account. No PIN: only the certificate is read.
class CardBinder : public QObject
{
    Q_OBJECT

public:
    CardBinder(CardAuthenticator& authenticator, CardVerifier& verifier, Storage::Store& store,
               QObject* parent = nullptr);
    ~CardBinder() override;

    void read(const QString& reader);

Q_SIGNALS:
    void identified(const Officine::Auth::VerifiedCertificate& certificate, const QByteArray& serial);
    void failed(const Officine::Error& error);

private:
    void onRead();
    CardAuthenticator& m_authenticator;
    CardVerifier& m_verifier;
    Storage::Store& m_store;
    QFutureWatcher<Result<CardInfo>> m_watcher;
};

} // namespace Officine::Auth

Q_DECLARE_METATYPE(Officine::Auth::VerifiedCertificate)
