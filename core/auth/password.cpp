#include "password.h"

#include "storage/staffrepository.h"
#include "util/random.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace Officine::Auth {

namespace {
bool scrypt(const SecureBuffer& password, const QByteArray& salt, int log2N, int r, int p, unsigned char* out,
            size_t outLength)
{
    const uint64_t N = uint64_t {1} << log2N;
    return EVP_PBE_scrypt(reinterpret_cast<const char*>(password.data()), password.size(),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          static_cast<size_t>(salt.size()), N, static_cast<uint64_t>(r),
                          static_cast<uint64_t>(p), 128 * N * uint64_t(r) * uint64_t(p) + (1 << 24), out,
                          outLength)
        == 1;
}
} // namespace

Result<void> Password::checkPolicy(const SecureBuffer& secret, Purpose purpose)
{
    // Decoded into a QString we own alone, wiped once counted.
    QString text = QString::fromUtf8(secret.view());
    bool lower = false, upper = false, digit = false, special = false;
    for (const QChar c : std::as_const(text)) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        special |= !c.isLetterOrNumber();
    }
    const qsizetype length = text.size();
    wipe(text);
    const int classes = int(lower) + int(upper) + int(digit) + int(special);
    if ((length >= 12 && classes == 4) || (length >= 14 && classes >= 3)) {
        return {};
    }
    const QString rule = tr("au moins 12 caractères avec des majuscules, des minuscules, des chiffres et des "
                            "caractères spéciaux, ou au moins 14 caractères de trois de ces types");
    return fail(ErrorCode::InvalidInput,
                purpose == Purpose::BackupPassphrase
                    ? tr("La phrase de passe des sauvegardes doit comporter %1.").arg(rule)
                    : tr("Le mot de passe doit comporter %1.").arg(rule),
                QStringLiteral("secret below the strength policy"));
}

Result<QString> Password::hash(const SecureBuffer& password, int log2N)
{
    QByteArray salt(16, Qt::Uninitialized);
    if (auto r = Random::fill(salt.data(), 16); !r) {
        return fail(r.error());
    }
    unsigned char out[32];
    if (!scrypt(password, salt, log2N, 8, 1, out, sizeof out)) {
        return fail(ErrorCode::Internal, tr("Erreur interne de chiffrement."),
                    QStringLiteral("scrypt failed"));
    }
    const QString encoded = QStringLiteral("$scrypt$ln=%1,r=8,p=1$%2$%3")
                                .arg(log2N)
                                .arg(QString::fromLatin1(salt.toBase64(QByteArray::OmitTrailingEquals)),
                                     QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), 32)
                                                             .toBase64(QByteArray::OmitTrailingEquals)));
    OPENSSL_cleanse(out, sizeof out);
    return encoded;
}

bool Password::verify(const SecureBuffer& password, const QString& encoded)
{
    const QStringList parts = encoded.split(u'$');
    // "", "scrypt", "ln=15,r=8,p=1", salt, hash
    if (parts.size() != 5 || parts[1] != QLatin1StringView("scrypt")) {
        return false;
    }
    int log2N = 0, r = 0, p = 0;
    for (const QString& kv : parts[2].split(u',')) {
        const QString k = kv.section(u'=', 0, 0);
        const int v = kv.section(u'=', 1).toInt();
        if (k == QLatin1StringView("ln")) {
            log2N = v;
        } else if (k == QLatin1StringView("r")) {
            r = v;
        } else if (k == QLatin1StringView("p")) {
            p = v;
        }
    }
    if (log2N < 10 || log2N > 20 || r < 1 || r > 16 || p < 1 || p > 4) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[4].toLatin1());
    if (salt.size() < 8 || expected.size() != 32) {
        return false;
    }
    unsigned char out[32];
    if (!scrypt(password, salt, log2N, r, p, out, sizeof out)) {
        return false;
    }
    const bool same = CRYPTO_memcmp(out, expected.constData(), 32) == 0;
    OPENSSL_cleanse(out, sizeof out);
    return same;
}

QDateTime SignInThrottle::nextAllowed(const Storage::SignInState& s)
{
    QDateTime next;
    if (s.lockedUntil.isValid()) {
        next = s.lockedUntil;
    }
    if (s.failedAttempts >= freeFailures && s.lastFailure.isValid()) {
        const int over = std::min(s.failedAttempts - freeFailures, 6);
        const qint64 delay = std::min<qint64>(5LL << over, 300);
        const QDateTime delayed = s.lastFailure.addSecs(delay);
        if (!next.isValid() || delayed > next) {
            next = delayed;
        }
    }
    return next;
}

Result<void> SignInThrottle::check(const Storage::SignInState& s, const QDateTime& now)
{
    const QDateTime next = nextAllowed(s);
    if (!next.isValid() || next <= now) {
        return {};
    }
    const qint64 wait = now.secsTo(next);
    if (s.lockedUntil.isValid() && s.lockedUntil > now) {
        return fail(
            ErrorCode::PermissionDenied,
            tr("Trop d'essais infructueux : ce compte est verrouillé pendant %n minute(s). Utilisez votre "
               "carte ou adressez-vous au titulaire.",
               nullptr, static_cast<int>((wait + 59) / 60)),
            QStringLiteral("fallback sign-in locked"));
    }
    return fail(
        ErrorCode::PermissionDenied,
        tr("Trop d'essais infructueux : réessayez dans %n seconde(s).", nullptr, static_cast<int>(wait)),
        QStringLiteral("fallback sign-in throttled"));
}

void SignInThrottle::recordFailure(Storage::SignInState& s, const QDateTime& now)
{
    s.failedAttempts += 1;
    s.lastFailure = now;
    if (s.failedAttempts >= lockAfter) {
        s.lockedUntil = now.addSecs(lockMinutes * 60);
    }
}

void SignInThrottle::recordSuccess(Storage::SignInState& s, const QDateTime& now)
{
    s.failedAttempts = 0;
    s.lockedUntil = QDateTime();
    s.lastSuccess = now;
}

} // namespace Officine::Auth
