#include "testpki.h"

#include <QHostAddress>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>

namespace Officine::Tools {

namespace {

std::shared_ptr<EVP_PKEY> newKey()
{
    EVP_PKEY* key = EVP_RSA_gen(2048);
    if (!key) {
        throw std::runtime_error("RSA key generation failed");
    }
    return {key, EVP_PKEY_free};
}

void addText(X509_NAME* name, const char* field, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(utf8.constData()),
                               static_cast<int>(utf8.size()), -1, 0);
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}

std::shared_ptr<X509> newCertificate(qint64 serial, const QDateTime& notBefore, const QDateTime& notAfter)
{
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set_int64(X509_get_serialNumber(cert), serial);
    ASN1_TIME_set(X509_getm_notBefore(cert), static_cast<time_t>(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert), static_cast<time_t>(notAfter.toSecsSinceEpoch()));
    return {cert, X509_free};
}

X509_NAME* caName(const QString& commonName)
{
    X509_NAME* name = X509_NAME_new();
    addText(name, "C", QStringLiteral("FR"));
    addText(name, "O", QStringLiteral("OFFICINE TEST (non ASIP-SANTE)"));
    addText(name, "OU", QStringLiteral("IGC-SANTE TEST"));
    addText(name, "CN", commonName);
    return name;
}

QByteArray fromBio(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray out(data, static_cast<qsizetype>(length));
    BIO_free(bio);
    return out;
}

} // namespace

QByteArray TestPki::Issued::certificateDer() const
{
    unsigned char* buffer = nullptr;
    const int length = i2d_X509(certificate.get(), &buffer);
    QByteArray der(reinterpret_cast<const char*>(buffer), length);
    OPENSSL_free(buffer);
    return der;
}

QByteArray TestPki::Issued::certificatePem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate.get());
    return fromBio(bio);
}

QByteArray TestPki::Issued::privateKeyPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    return fromBio(bio);
}

TestPki::Issued TestPki::makeRoot(const QString& commonName, const QDateTime& now)
{
    Issued root;
    root.key = newKey();
    root.certificate = newCertificate(1, now.addDays(-1), now.addYears(10));
    X509* cert = root.certificate.get();
    X509_NAME* name = caName(commonName);
    X509_set_subject_name(cert, name);
    X509_set_issuer_name(cert, name);
    X509_NAME_free(name);
    X509_set_pubkey(cert, root.key.get());
    addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert, cert, NID_subject_key_identifier, "hash");
    X509_sign(cert, root.key.get(), EVP_sha256());
    return root;
}

TestPki::Issued TestPki::makeIntermediate(const QString& commonName, const Issued& issuer,
                                          const QDateTime& now)
{
    Issued ca;
    ca.key = newKey();
    ca.certificate = newCertificate(2, now.addDays(-1), now.addYears(8));
    X509* cert = ca.certificate.get();
    X509_NAME* name = caName(commonName);
    X509_set_subject_name(cert, name);
    X509_NAME_free(name);
    X509_set_issuer_name(cert, X509_get_subject_name(issuer.certificate.get()));
    X509_set_pubkey(cert, ca.key.get());
    addExtension(cert, issuer.certificate.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    addExtension(cert, issuer.certificate.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert, issuer.certificate.get(), NID_subject_key_identifier, "hash");
    addExtension(cert, issuer.certificate.get(), NID_authority_key_identifier, "keyid:always");
    X509_sign(cert, issuer.key.get(), EVP_sha256());
    return ca;
}

TestPki::Issued TestPki::makeHolder(const HolderSpec& spec, const Issued& issuer, qint64 serial)
{
    Issued holder;
    holder.key = newKey();
    holder.certificate = newCertificate(serial, spec.notBefore, spec.notAfter);
    X509* cert = holder.certificate.get();
    X509_NAME* name = X509_NAME_new();
    addText(name, "C", QStringLiteral("FR"));
    addText(name, "title", spec.title);
    // CPS style multi-valued RDN: SN + CN + GN (domain.md §3).
    const QByteArray sn = spec.familyName.toUpper().toUtf8();
    const QByteArray cn = spec.idNatPs.toUtf8();
    const QByteArray gn = spec.givenName.toUpper().toUtf8();
    X509_NAME_add_entry_by_txt(name, "SN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(sn.constData()),
                               static_cast<int>(sn.size()), -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()),
                               static_cast<int>(cn.size()), -1, 1);
    X509_NAME_add_entry_by_txt(name, "GN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(gn.constData()),
                               static_cast<int>(gn.size()), -1, 1);
    X509_set_subject_name(cert, name);
    X509_NAME_free(name);
    X509_set_issuer_name(cert, X509_get_subject_name(issuer.certificate.get()));
    X509_set_pubkey(cert, holder.key.get());
    addExtension(cert, issuer.certificate.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert, issuer.certificate.get(), NID_key_usage,
                 spec.digitalSignatureUsage ? "critical,digitalSignature" : "critical,keyEncipherment");
    addExtension(cert, issuer.certificate.get(), NID_ext_key_usage, "clientAuth");
    addExtension(cert, issuer.certificate.get(), NID_authority_key_identifier, "keyid:always");
    X509_sign(cert, issuer.key.get(), EVP_sha256());
    return holder;
}

TestPki::Issued TestPki::makeTlsServer(const QStringList& names, const Issued& issuer, const QDateTime& now,
                                       qint64 serial)
{
    Issued server;
    server.key = newKey();
    server.certificate = newCertificate(serial, now.addDays(-1), now.addYears(2));
    X509* cert = server.certificate.get();
    X509_NAME* name = X509_NAME_new();
    addText(name, "C", QStringLiteral("FR"));
    addText(name, "O", QStringLiteral("OFFICINE TEST"));
    addText(name, "CN", names.value(0));
    X509_set_subject_name(cert, name);
    X509_NAME_free(name);
    X509_set_issuer_name(cert, X509_get_subject_name(issuer.certificate.get()));
    X509_set_pubkey(cert, server.key.get());
    QStringList alt;
    for (const QString& n : names) {
        QHostAddress ip;
        alt << (ip.setAddress(n) ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + n;
    }
    const QByteArray san = alt.join(QLatin1Char(',')).toLatin1();
    addExtension(cert, issuer.certificate.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert, issuer.certificate.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment");
    addExtension(cert, issuer.certificate.get(), NID_ext_key_usage, "serverAuth");
    addExtension(cert, issuer.certificate.get(), NID_subject_alt_name, san.constData());
    addExtension(cert, issuer.certificate.get(), NID_authority_key_identifier, "keyid:always");
    X509_sign(cert, issuer.key.get(), EVP_sha256());
    return server;
}

TestPki::Issued TestPki::fromPem(const QByteArray& keyPem, const QByteArray& certificatePem)
{
    Issued out;
    BIO* keyBio = BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size()));
    out.key = {PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr), EVP_PKEY_free};
    BIO_free(keyBio);
    BIO* certBio = BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size()));
    out.certificate = {PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr), X509_free};
    BIO_free(certBio);
    return out;
}

QByteArray TestPki::sign(const Issued& holder, const QByteArray& data)
{
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    size_t length = 0;
    QByteArray out;
    if (EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, holder.key.get()) == 1
        && EVP_DigestSign(md, nullptr, &length, bytes, static_cast<size_t>(data.size())) == 1) {
        out.resize(static_cast<qsizetype>(length));
        if (EVP_DigestSign(md, reinterpret_cast<unsigned char*>(out.data()), &length, bytes,
                           static_cast<size_t>(data.size()))
            != 1) {
            out.clear();
        }
        out.truncate(static_cast<qsizetype>(length));
    }
    EVP_MD_CTX_free(md);
    return out;
}

} // namespace Officine::Tools
