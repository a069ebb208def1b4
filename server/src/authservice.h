#pragma once

#include "syncservice.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Officine::Auth {
class CardVerifier;
}

namespace Officine::Server {

class Database;

struct EnrolmentRequest
{
    QString finess;
    QString workstationId;
    QString workstationName;
    QByteArray publicKey; ///< SubjectPublicKeyInfo DER (ECDSA P-256)
    QByteArray challenge;
    QByteArray certificate; ///< the titulaire's card certificate, DER
    QByteArray cardSignature; ///< over Sync::enrolmentMessage()
    QByteArray deviceSignature; ///< the same message, by the new key
};

struct SessionRequest
{
    QString workstationId;
    QByteArray challenge;
    QByteArray certificate;
    QByteArray cardSignature; ///< over Sync::sessionMessage()
    QByteArray deviceSignature;
};

struct SessionGrant
{
    QByteArray token; ///< what the client sends as "Authorization: Bearer"; the server keeps its hash
    QDateTime expiresAt;
    Caller caller;
};

/// Enrolment of workstations and staff sessions (docs/sync-protocol.md, "Authentification"):
/// one-time challenges kept in PostgreSQL (any server process checks what another issued),
/// card certificates checked against the anchors of the server's trust store, the workstation's
/// key signature, short sessions bound to a workstation and a staff account, checked again at
/// every request. Failed attempts are counted per workstation and per address and refused past
/// a limit for a while; every attempt is in the server audit.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    /// Failed attempts allowed in kFailureWindowMinutes: per workstation (or FINESS, for an
    /// enrolment), and per address, higher, as a pharmacy's workstations share one.
    static constexpr int kMaxFailures = 10;
    static constexpr int kMaxFailuresPerAddress = 100;
    static constexpr int kFailureWindowMinutes = 15;
    static constexpr int kChallengeSeconds = 120;

    AuthService(Database& db, const Auth::CardVerifier& cards, int sessionMinutes);

    enum class Purpose { Enrolment, Session };
    Result<QByteArray> issueChallenge(Purpose purpose);
    /// Records the workstation for the pharmacy whose titulaire signed. Returns its tenant.
    Result<QString> enrol(const EnrolmentRequest& request, const QString& remote);
    Result<SessionGrant> openSession(const SessionRequest& request, const QString& remote);
    /// The caller behind a bearer token, or NotSignedIn (unknown, ended or expired session),
    /// PermissionDenied (workstation revoked, account deactivated, pharmacy suspended).
    Result<Caller> authenticate(const QByteArray& token);
    Result<void> endSession(const QByteArray& token);
    /// The titulaire revokes one of the pharmacy's workstations: its sessions stop at once.
    Result<void> revokeWorkstation(const Caller& caller, const QString& workstationId, const QString& reason);
    /// Appends a line to the server audit (its own transaction when none is open).
    void audit(const Caller* caller, const QString& tenantId, const char* action, const char* outcome,
               const QString& detail, const QString& remote);

private:
    Result<void> checkRate(const QStringList& keys);
    void recordFailure(const QStringList& keys);
    Result<void> consumeChallenge(const QByteArray& challenge, Purpose purpose);
    Result<QString> verifiedCardHolder(const QByteArray& certificate, const QByteArray& message,
                                       const QByteArray& signature);
    /// Whether the card holder is the pharmacy's titulaire (the registered one, or an active
    /// staff account of that role), inside a tenant transaction.
    Result<bool> isTitulaire(const QString& tenantId, const QString& titulaireIdNat, const QString& idNat);

    Database& m_db;
    const Auth::CardVerifier& m_cards;
    int m_sessionMinutes;
};

QByteArray tokenHash(const QByteArray& token);

} // namespace Officine::Server
