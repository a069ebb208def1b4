#pragma once

#include "util/result.h"
#include "util/securebuffer.h"

#include <QByteArray>
#include <QString>

namespace Officine::Auth {

/// What the application reads from a staff card before the PIN.
struct CardInfo
{
    QString reader;
    QByteArray atr;
    QByteArray serial; ///< EF.SN.ICC
    QByteArray certificateDer; ///< the authentication certificate
    int pinTriesLeft = -1; ///< -1 when the card does not say
};

/// Reaches a staff card (architecture: core defines it, smartcard/ implements it). Two
/// backends: Officine's APDU profile over PC/SC, and PKCS#11 (the ANS middleware in a real
/// pharmacy). Calls block on card I/O: run them off the GUI thread.
class CardAuthenticator
{
public:
    virtual ~CardAuthenticator() = default;
    virtual QString backendName() const = 0;
    virtual Result<CardInfo> readCard(const QString& reader) = 0;
    /// Verifies the PIN, then has the card sign SHA-256(challenge) with its authentication key
    /// (PKCS#1 v1.5), in one exclusive transaction; the card's verified state is reset
    /// afterwards. A wrong PIN is CardPinWrong with Error::detail = tries left; a blocked card
    /// CardPinBlocked; a card pulled in between CardRemoved.
    virtual Result<QByteArray> signChallenge(const QString& reader, const SecureBuffer& pin,
                                             const QByteArray& challenge)
        = 0;
};

} // namespace Officine::Auth
