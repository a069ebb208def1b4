#include "totp.h"

#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Officine::Auth {

namespace {
constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QString Totp::codeAtStep(QByteArrayView key, qint64 step, int digits, Algorithm algorithm)
{
    const EVP_MD* md = algorithm == Algorithm::Sha256 ? EVP_sha256()
        : algorithm == Algorithm::Sha512              ? EVP_sha512()
                                                      : EVP_sha1();
    unsigned char counter[8];
    qToBigEndian(static_cast<quint64>(step), counter);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(md, key.constData(), static_cast<int>(key.size()), counter, sizeof counter, mac, &macLength);
    const int offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16)
        | (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i) {
        modulo *= 10;
    }
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0'));
}

qint64 Totp::verify(QByteArrayView key, const QString& code, qint64 unixTime, qint64 notAfterStep, int window)
{
    QString typed = code;
    typed.remove(u' ');
    if (typed.size() != 6) {
        return -1;
    }
    const qint64 now = step(unixTime);
    qint64 matched = -1;
    // Compare every candidate (no early exit) in constant time.
    for (qint64 s = now - window; s <= now + window; ++s) {
        const QByteArray expected = codeAtStep(key, s).toLatin1();
        const QByteArray given = typed.toLatin1();
        if (CRYPTO_memcmp(expected.constData(), given.constData(), 6) == 0 && s > notAfterStep) {
            matched = s;
        }
    }
    return matched;
}

Result<SecureBuffer> Totp::newSecret()
{
    return SecureBuffer::random(20);
}

QString Totp::base32Encode(QByteArrayView bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kBase32[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0) {
        out.append(QLatin1Char(kBase32[(buffer << (5 - bits)) & 0x1f]));
    }
    return out;
}

QByteArray Totp::base32Decode(const QString& text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        const char c = static_cast<char>(ch.toUpper().toLatin1());
        if (c == '=' || c == ' ' || c == '-') {
            continue;
        }
        const char* p = std::strchr(kBase32, c);
        if (!p || c == '\0') {
            return {};
        }
        buffer = (buffer << 5) | quint32(p - kBase32);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString Totp::provisioningUri(QByteArrayView key, const QString& accountLabel, const QString& issuer)
{
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(u'/' + issuer + u':' + accountLabel);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), base32Encode(key));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), QStringLiteral("SHA1"));
    query.addQueryItem(QStringLiteral("digits"), QStringLiteral("6"));
    query.addQueryItem(QStringLiteral("period"), QStringLiteral("30"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Officine::Auth
