#include "devicekey.h"

#include "audit/auditentry.h"

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <span>

namespace Officine::Sync {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

QByteArray publicDer(EVP_PKEY* key)
{
    unsigned char* buffer = nullptr;
    const int length = i2d_PUBKEY(key, &buffer);
    if (length <= 0) {
        return {};
    }
    QByteArray der(reinterpret_cast<const char*>(buffer), length);
    OPENSSL_free(buffer);
    return der;
}

Result<SecureBuffer> privateDer(EVP_PKEY* key)
{
    unsigned char* buffer = nullptr;
    const int length = i2d_PrivateKey(key, &buffer);
    if (length <= 0) {
        return fail(ErrorCode::Internal, DeviceKey::tr("La clé du poste n'a pas pu être enregistrée."),
                    QStringLiteral("i2d_PrivateKey failed"));
    }
    SecureBuffer out = SecureBuffer::copyOf(std::span<const std::uint8_t>(buffer, size_t(length)));
    OPENSSL_clear_free(buffer, size_t(length));
    return out;
}

Key parsePrivate(const SecureBuffer& der)
{
    const unsigned char* p = der.data();
    return Key(d2i_AutoPrivateKey(nullptr, &p, long(der.size())), EVP_PKEY_free);
}

void part(QByteArray& out, QByteArrayView bytes)
{
    Audit::appendField(out, bytes);
}

} // namespace

Result<DeviceKey> DeviceKey::generate()
{
    Key key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    if (!key) {
        return fail(ErrorCode::Internal, tr("La clé du poste n'a pas pu être créée."),
                    QStringLiteral("EVP_EC_gen failed"));
    }
    auto secret = privateDer(key.get());
    if (!secret) {
        return fail(secret.error());
    }
    DeviceKey out;
    out.m_private = std::move(*secret);
    out.m_public = publicDer(key.get());
    return out;
}

Result<DeviceKey> DeviceKey::fromPrivateKey(const SecureBuffer& pkcs8Der)
{
    Key key = parsePrivate(pkcs8Der);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC) {
        return fail(ErrorCode::InvalidInput,
                    tr("La clé du poste enregistrée dans le trousseau est illisible : le poste doit être "
                       "inscrit de nouveau par le titulaire."),
                    QStringLiteral("device key unreadable"));
    }
    DeviceKey out;
    out.m_private = SecureBuffer::copyOf(std::span<const std::uint8_t>(pkcs8Der.data(), pkcs8Der.size()));
    out.m_public = publicDer(key.get());
    return out;
}

Result<QByteArray> DeviceKey::sign(const QByteArray& message) const
{
    Key key = parsePrivate(m_private);
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray out;
    const auto* data = reinterpret_cast<const unsigned char*>(message.constData());
    if (key && EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, key.get()) == 1
        && EVP_DigestSign(md, nullptr, &length, data, size_t(message.size())) == 1) {
        out.resize(qsizetype(length));
        if (EVP_DigestSign(md, reinterpret_cast<unsigned char*>(out.data()), &length, data,
                           size_t(message.size()))
            == 1) {
            out.truncate(qsizetype(length));
        } else {
            out.clear();
        }
    }
    EVP_MD_CTX_free(md);
    if (out.isEmpty()) {
        return fail(ErrorCode::Internal, tr("La clé du poste n'a pas pu signer."),
                    QStringLiteral("device sign failed"));
    }
    return out;
}

bool DeviceKey::verify(const QByteArray& publicKeyDer, const QByteArray& message, const QByteArray& signature)
{
    const auto* p = reinterpret_cast<const unsigned char*>(publicKeyDer.constData());
    Key key(d2i_PUBKEY(nullptr, &p, long(publicKeyDer.size())), EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC) {
        return false;
    }
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key.get()) == 1
        && EVP_DigestVerify(
               md, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
               reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(md);
    return ok;
}

QByteArray enrolmentMessage(const QByteArray& challenge, const QString& finess, const QString& workstationId,
                            const QByteArray& publicKeyDer)
{
    QByteArray out("OFCENROL1");
    part(out, challenge);
    part(out, finess.toUtf8());
    part(out, workstationId.toUtf8());
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(publicKeyDer.constData(), size_t(publicKeyDer.size()),
               reinterpret_cast<unsigned char*>(digest.data()), &length, EVP_sha256(), nullptr);
    part(out, digest);
    return out;
}

QByteArray sessionMessage(const QByteArray& challenge, const QString& workstationId)
{
    QByteArray out("OFCSESS1");
    part(out, challenge);
    part(out, workstationId.toUtf8());
    return out;
}

} // namespace Officine::Sync
