#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <memory>

namespace Officine::Auth {

/// A staff card's certificate that passed every check.
struct VerifiedCertificate
{
    QString idNatPs; ///< the CN
    QString familyName; ///< SN
    QString givenName; ///< GN
    QString title; ///< "Pharmacien", "Carte de service santé ou social"…
    QDateTime notAfter;
    QByteArray der;
};

/// Checks what a card presents: the certificate chains up to a trusted root (the IGC-Santé
/// anchors in production, the test CA in tests and the demo), is valid at the injected clock's
/// time, allows digital signatures; the card's signature covers the fresh challenge we issued,
/// and that challenge is used once. Each refusal has its own French message.
class CardVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CardVerifier)

public:
    /// PEM certificates: roots are trusted; intermediates only help build the chain.
    CardVerifier(const Clock& clock, const QList<QByteArray>& trustedRootsPem,
                 const QList<QByteArray>& intermediatesPem);
    ~CardVerifier();

    Result<VerifiedCertificate> verifyCertificate(const QByteArray& der) const;
    /// The same checks at another time (a signature made in the past: audit checkpoints).
    Result<VerifiedCertificate> verifyCertificateAt(const QByteArray& der, const QDateTime& at) const;
    /// Whether `signature` is the certificate's key's RSA PKCS#1 v1.5 (or ECDSA) signature of
    /// SHA-256(data). No chain or challenge check.
    /// The certificate's CN (idNat_PS), empty if it does not parse. No check.
    static QString certificateIdNat(const QByteArray& der);
    static bool signatureMatches(const QByteArray& der, const QByteArray& data, const QByteArray& signature);
    /// 32 random bytes, remembered until used.
    Result<QByteArray> issueChallenge();
    /// Consumes the challenge (a second use is a replay) and checks the signature.
    Result<void> verifySignature(const QByteArray& der, const QByteArray& challenge,
                                 const QByteArray& signature);

private:
    struct Private;
    std::unique_ptr<Private> d;
    const Clock& m_clock;
    QSet<QByteArray> m_outstanding;
    QSet<QByteArray> m_used;
};

} // namespace Officine::Auth
