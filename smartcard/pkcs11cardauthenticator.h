#pragma once

#include "auth/cardauthenticator.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace Officine::SmartCard {

/// CardAuthenticator over a PKCS#11 module: how a pharmacy reaches real CPS3/CPS4 cards, through
/// the ANS middleware (Cryptolib CPS, libcps3_pkcs11_lux.so). The module path is a setting.
/// A "reader" is a slot, named by its slot description (the PC/SC reader name with the
/// Cryptolib) or its token label. The authentication certificate and key are found by their
/// CPS labels ("Certificat d'Authentification CPS", CPS_PRIV_AUT), else by a shared CKA_ID, else
/// the first signing key. Signs with CKM_SHA256_RSA_PKCS; logs out after each signature.
class Pkcs11CardAuthenticator final : public Auth::CardAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs11CardAuthenticator)

public:
    explicit Pkcs11CardAuthenticator(QString modulePath);
    ~Pkcs11CardAuthenticator() override;

    /// Loads the module and calls C_Initialize. Every other call fails until this succeeded.
    Result<void> load();
    /// Slots with a token present, by the names readCard()/signChallenge() accept.
    Result<QStringList> tokens();

    QString backendName() const override { return QStringLiteral("PKCS#11"); }
    Result<Auth::CardInfo> readCard(const QString& reader) override;
    Result<QByteArray> signChallenge(const QString& reader, const SecureBuffer& pin,
                                     const QByteArray& challenge) override;

private:
    /// Loads the module, finds the reader's slot and opens a read-only session: (slot, session).
    Result<std::pair<unsigned long, unsigned long>> openSession(const QString& reader);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Officine::SmartCard
