#pragma once

#include "util/result.h"
#include "util/securebuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Officine::Sync {

/// The workstation's own key pair (ECDSA P-256), made when the titulaire enrols the
/// workstation: the server records the public key, the private key stays in the OS keychain.
/// Every session the workstation opens is signed by it as well as by the staff card, so a card
/// alone does not open a session from an unenrolled machine, and a revoked workstation is
/// refused whoever signs in on it.
class DeviceKey
{
    Q_DECLARE_TR_FUNCTIONS(DeviceKey)

public:
    /// A new key pair; the private key as PKCS#8 DER in locked memory.
    static Result<DeviceKey> generate();
    static Result<DeviceKey> fromPrivateKey(const SecureBuffer& pkcs8Der);

    const SecureBuffer& privateKeyDer() const { return m_private; }
    QByteArray publicKeyDer() const { return m_public; } ///< SubjectPublicKeyInfo
    /// ECDSA over SHA-256(message), DER-encoded.
    Result<QByteArray> sign(const QByteArray& message) const;
    static bool verify(const QByteArray& publicKeyDer, const QByteArray& message,
                       const QByteArray& signature);

private:
    SecureBuffer m_private;
    QByteArray m_public;
};

/// The bytes the card and the workstation key sign (docs/sync-protocol.md, "Authentification"):
/// a magic, then each part as a 4-byte big-endian length and its bytes, as the audit's canonical
/// encoding does.
QByteArray enrolmentMessage(const QByteArray& challenge, const QString& finess, const QString& workstationId,
                            const QByteArray& publicKeyDer);
QByteArray sessionMessage(const QByteArray& challenge, const QString& workstationId);

} // namespace Officine::Sync
