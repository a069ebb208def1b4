#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;

namespace Officine::Tools {

/// A test public-key infrastructure shaped like IGC-Santé (domain.md §7): a root, an
/// intermediate "personnes" CA and holder certificates whose CN is the holder's idNat_PS
/// (8+RPPS for a pharmacist, 3+FINESS/number for a technician), with SN, GN and title.
/// Test and demo material only: every name says TEST, keys are stored unencrypted.
class TestPki
{
public:
    struct Issued
    {
        std::shared_ptr<EVP_PKEY> key;
        std::shared_ptr<X509> certificate;
        QByteArray certificateDer() const;
        QByteArray certificatePem() const;
        QByteArray privateKeyPem() const; ///< PKCS#8, unencrypted
    };

    struct HolderSpec
    {
        QString idNatPs;
        QString familyName;
        QString givenName;
        QString title = QStringLiteral("Pharmacien");
        QDateTime notBefore;
        QDateTime notAfter;
        bool digitalSignatureUsage = true; ///< false gives a certificate with the wrong key usage
    };

    /// Self-signed root, valid ten years from `now`.
    static Issued makeRoot(const QString& commonName, const QDateTime& now);
    static Issued makeIntermediate(const QString& commonName, const Issued& issuer, const QDateTime& now);
    static Issued makeHolder(const HolderSpec& spec, const Issued& issuer, qint64 serial);
    /// A TLS server certificate for `names` (DNS names or IP addresses), issued by `issuer`,
    /// valid two years from `now` (the sync server's in tests and the demo).
    static Issued makeTlsServer(const QStringList& names, const Issued& issuer, const QDateTime& now,
                                qint64 serial);
    static Issued fromPem(const QByteArray& keyPem, const QByteArray& certificatePem);
    /// What a card does with its authentication key: PKCS#1 v1.5 over SHA-256(data).
    static QByteArray sign(const Issued& holder, const QByteArray& data);
};

} // namespace Officine::Tools
