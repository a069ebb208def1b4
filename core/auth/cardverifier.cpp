#include "cardverifier.h"

#include "logging/logging.h"
#include "util/random.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Officine::Auth {

namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

X509Ptr fromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(der.size())), X509_free);
}

QList<X509*> fromPemList(const QList<QByteArray>& pems)
{
    QList<X509*> out;
    for (const QByteArray& pem : pems) {
        BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
        while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            out << cert;
        }
        ERR_clear_error();
        BIO_free(bio);
    }
    return out;
}

QString nameEntry(X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0) {
        return {};
    }
    QString out = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return out;
}

QDateTime asn1Time(const ASN1_TIME* t)
{
    struct tm tm
    {
    };
    if (ASN1_TIME_to_tm(t, &tm) != 1) {
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

} // namespace

struct CardVerifier::Private
{
    QList<X509*> roots;
    QList<X509*> intermediates;
    ~Private()
    {
        for (X509* c : std::as_const(roots)) {
            X509_free(c);
        }
        for (X509* c : std::as_const(intermediates)) {
            X509_free(c);
        }
    }
};

CardVerifier::CardVerifier(const Clock& clock, const QList<QByteArray>& trustedRootsPem,
                           const QList<QByteArray>& intermediatesPem)
    : d(std::make_unique<Private>())
    , m_clock(clock)
{
    d->roots = fromPemList(trustedRootsPem);
    d->intermediates = fromPemList(intermediatesPem);
}

CardVerifier::~CardVerifier() = default;

Result<VerifiedCertificate> CardVerifier::verifyCertificate(const QByteArray& der) const
{
    return verifyCertificateAt(der, m_clock.now());
}

Result<VerifiedCertificate> CardVerifier::verifyCertificateAt(const QByteArray& der,
                                                              const QDateTime& at) const
{
    X509Ptr cert = fromDer(der);
    if (!cert) {
        return fail(
            ErrorCode::CardNotRecognised,
            tr("Le certificat lu sur la carte est illisible : ce n'est pas une carte CPS ou CPE valide."),
            QStringLiteral("certificate DER does not parse"));
    }
    X509_STORE* store = X509_STORE_new();
    for (X509* root : std::as_const(d->roots)) {
        X509_STORE_add_cert(store, root);
    }
    STACK_OF(X509)* untrusted = sk_X509_new_null();
    for (X509* ca : std::as_const(d->intermediates)) {
        sk_X509_push(untrusted, ca);
    }
    X509_STORE_CTX* ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, cert.get(), untrusted);
    X509_STORE_CTX_set_time(ctx, 0, static_cast<time_t>(at.toSecsSinceEpoch()));
    const int ok = X509_verify_cert(ctx);
    const int err = X509_STORE_CTX_get_error(ctx);
    X509_STORE_CTX_free(ctx);
    sk_X509_free(untrusted);
    X509_STORE_free(store);

    const QDateTime notBefore = asn1Time(X509_get0_notBefore(cert.get()));
    const QDateTime notAfter = asn1Time(X509_get0_notAfter(cert.get()));
    if (ok != 1) {
        const QString log = QStringLiteral("certificate chain: %1")
                                .arg(QString::fromLatin1(X509_verify_cert_error_string(err)));
        switch (err) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            return fail(ErrorCode::CardRefused,
                        tr("Le certificat de cette carte a expiré le %1 : la carte doit être renouvelée.")
                            .arg(notAfter.toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy"))),
                        log);
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return fail(
                ErrorCode::CardRefused,
                tr("Le certificat de cette carte ne sera valable qu'à partir du %1 : vérifiez la date et "
                   "l'heure du poste.")
                    .arg(notBefore.toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy"))),
                log);
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_CERT_SIGNATURE_FAILURE:
            return fail(ErrorCode::CardRefused,
                        tr("Le certificat de cette carte n'a pas été émis par une autorité de confiance "
                           "(IGC-Santé) : "
                           "la carte est refusée."),
                        log);
        default:
            return fail(ErrorCode::CardRefused,
                        tr("Le certificat de cette carte est invalide : la carte est refusée."), log);
        }
    }
    const uint32_t usage = X509_get_key_usage(cert.get());
    if (!(usage & KU_DIGITAL_SIGNATURE)) {
        return fail(
            ErrorCode::CardRefused,
            tr("Le certificat lu n'est pas un certificat d'authentification (usage de clé incorrect) : la "
               "carte est refusée."),
            QStringLiteral("certificate lacks digitalSignature key usage"));
    }
    X509_NAME* subject = X509_get_subject_name(cert.get());
    VerifiedCertificate v;
    v.idNatPs = nameEntry(subject, NID_commonName);
    v.familyName = nameEntry(subject, NID_surname);
    v.givenName = nameEntry(subject, NID_givenName);
    v.title = nameEntry(subject, NID_title);
    v.notAfter = notAfter;
    v.der = der;
    if (v.idNatPs.isEmpty()) {
        return fail(ErrorCode::CardRefused,
                    tr("Le certificat de cette carte ne porte pas d'identifiant national."),
                    QStringLiteral("certificate without CN"));
    }
    return v;
}

QString CardVerifier::certificateIdNat(const QByteArray& der)
{
    X509Ptr cert = fromDer(der);
    return cert ? nameEntry(X509_get_subject_name(cert.get()), NID_commonName) : QString();
}

bool CardVerifier::signatureMatches(const QByteArray& der, const QByteArray& data,
                                    const QByteArray& signature)
{
    X509Ptr cert = fromDer(der);
    EVP_PKEY* key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    bool ok = false;
    if (key) {
        EVP_MD_CTX* md = EVP_MD_CTX_new();
        EVP_PKEY_CTX* pctx = nullptr;
        ok = EVP_DigestVerifyInit(md, &pctx, EVP_sha256(), nullptr, key) == 1
            && (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA
                || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1)
            && EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(signature.constData()),
                                static_cast<size_t>(signature.size()),
                                reinterpret_cast<const unsigned char*>(data.constData()),
                                static_cast<size_t>(data.size()))
                == 1;
        EVP_MD_CTX_free(md);
    }
    ERR_clear_error();
    return ok;
}

Result<QByteArray> CardVerifier::issueChallenge()
{
    QByteArray challenge(32, Qt::Uninitialized);
    if (auto r = Random::fill(challenge.data(), 32); !r) {
        return fail(r.error());
    }
    m_outstanding.insert(challenge);
    return challenge;
}

Result<void> CardVerifier::verifySignature(const QByteArray& der, const QByteArray& challenge,
                                           const QByteArray& signature)
{
    if (m_used.contains(challenge)) {
        return fail(ErrorCode::CardRefused,
                    tr("Cette signature a déjà servi : une réponse rejouée est refusée. Retirez la carte et "
                       "recommencez."),
                    QStringLiteral("replayed challenge"));
    }
    if (!m_outstanding.remove(challenge)) {
        return fail(ErrorCode::CardRefused, tr("Défi d'authentification inconnu : recommencez la connexion."),
                    QStringLiteral("unknown challenge"));
    }
    m_used.insert(challenge);
    const bool ok = signatureMatches(der, challenge, signature);
    if (!ok) {
        return fail(ErrorCode::CardRefused,
                    tr("La signature de la carte ne correspond pas au défi envoyé : la carte est refusée."),
                    QStringLiteral("signature does not verify over the issued challenge"));
    }
    return {};
}

} // namespace Officine::Auth
