#pragma once

#include "util/result.h"
#include "util/securebuffer.h"

#include <QByteArray>
#include <QString>

namespace Officine::Auth {

/// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP), as authenticator apps compute
/// them: 6 digits, 30-second steps, HMAC-SHA1 by default.
class Totp
{
public:
    enum class Algorithm { Sha1, Sha256, Sha512 };

    static qint64 step(qint64 unixTime, int period = 30) { return unixTime / period; }
    static QString codeAtStep(QByteArrayView key, qint64 step, int digits = 6,
                              Algorithm algorithm = Algorithm::Sha1);
    static QString code(QByteArrayView key, qint64 unixTime, int digits = 6, int period = 30,
                        Algorithm algorithm = Algorithm::Sha1)
    {
        return codeAtStep(key, step(unixTime, period), digits, algorithm);
    }
    /// Accepts the code of the current step or of the `window` steps either side (clock drift
    /// between the phone and the workstation), but never a step at or before `notAfterStep`
    /// (a code already used). Returns the matched step, or -1.
    static qint64 verify(QByteArrayView key, const QString& code, qint64 unixTime, qint64 notAfterStep,
                         int window = 1);

    /// 20 random bytes (160 bits, RFC 4226's recommendation), in locked memory.
    static Result<SecureBuffer> newSecret();
    static QString base32Encode(QByteArrayView bytes);
    static QByteArray base32Decode(const QString& text);
    /// otpauth://totp/Officine:<label>?secret=…&issuer=Officine, for the enrolment QR code.
    static QString provisioningUri(QByteArrayView key, const QString& accountLabel,
                                   const QString& issuer = QStringLiteral("Officine"));
};

} // namespace Officine::Auth
