#pragma once

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
    static QString codeAtStep(const QByteArray& key, qint64 step, int digits = 6,
                              Algorithm algorithm = Algorithm::Sha1);
    static QString code(const QByteArray& key, qint64 unixTime, int digits = 6, int period = 30,
                        Algorithm algorithm = Algorithm::Sha1)
    {
        return codeAtStep(key, step(unixTime, period), digits, algorithm);
    }
    /// Accepts the code of the current step or of the `window` steps either side (clock drift
    /// between the phone and the workstation), but never a step at or before `notAfterStep`
    /// (a code already used). Returns the matched step, or -1.
    static qint64 verify(const QByteArray& key, const QString& code, qint64 unixTime, qint64 notAfterStep,
                         int window = 1);

    static QByteArray newSecret(); ///< 20 random bytes (160 bits, RFC 4226's recommendation)
    static QString base32Encode(const QByteArray& bytes);
    static QByteArray base32Decode(const QString& text);
    /// otpauth://totp/Officine:<label>?secret=…&issuer=Officine, for the enrolment QR code.
    static QString provisioningUri(const QByteArray& key, const QString& accountLabel,
                                   const QString& issuer = QStringLiteral("Officine"));
};

} // namespace Officine::Auth
