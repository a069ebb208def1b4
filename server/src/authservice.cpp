#include "authservice.h"

#include "auth/cardverifier.h"
#include "database.h"
#include "serverlog.h"
#include "sync/devicekey.h"
#include "util/random.h"

#include <QCryptographicHash>
#include <QUuid>

namespace Officine::Server {

namespace {

QString purposeId(AuthService::Purpose p)
{
    return p == AuthService::Purpose::Enrolment ? QStringLiteral("enrolment") : QStringLiteral("session");
}

tl::unexpected<Error> refused(const QString& text, const QString& log)
{
    return fail(ErrorCode::PermissionDenied, text, log);
}

} // namespace

QByteArray tokenHash(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

AuthService::AuthService(Database& db, const Auth::CardVerifier& cards, int sessionMinutes)
    : m_db(db)
    , m_cards(cards)
    , m_sessionMinutes(sessionMinutes)
{
}

void AuthService::audit(const Caller* caller, const QString& tenantId, const char* action,
                        const char* outcome, const QString& detail, const QString& remote)
{
    const QString tenant = caller ? caller->tenantId : tenantId;
    const QVariant none;
    auto write = [&]() -> Result<void> {
        auto ok = m_db.exec(
            QStringLiteral("INSERT INTO server_audit (tenant_id, workstation_id, account, action, outcome, "
                           "detail, remote) VALUES (?::uuid, ?::uuid, ?, ?, ?, ?, ?)"),
            {tenant.isEmpty() ? none : QVariant(tenant), caller ? QVariant(caller->workstationId) : none,
             caller ? QVariant(caller->accountId) : none, QLatin1String(action), QLatin1String(outcome),
             detail.left(500), remote});
        return ok ? Result<void>() : fail(ok.error());
    };
    // Inside the request's transaction when one is open (committed with what it records).
    if (auto ok = m_db.inTransaction() ? write() : m_db.transaction(tenant, write); !ok) {
        Log::error("audit.write.failed", {{"action", QLatin1String(action)}, {"reason", ok.error().logText}});
    }
    Log::info("audit",
              {{"action", QLatin1String(action)},
               {"outcome", QLatin1String(outcome)},
               {"tenant", tenant},
               {"workstation", caller ? caller->workstationId : QString()},
               {"detail", detail.left(200)}});
}

Result<void> AuthService::checkRate(const QStringList& keys)
{
    for (const QString& key : keys) {
        auto q = m_db.exec(
            QStringLiteral("SELECT count(*), extract(epoch FROM min(at) + make_interval(mins => ?) - now()) "
                           "FROM auth_failure WHERE key = ? AND at > now() - make_interval(mins => ?)"),
            {kFailureWindowMinutes, key, kFailureWindowMinutes});
        if (!q) {
            return fail(q.error());
        }
        const int max = key.startsWith(QLatin1String("ip:")) ? kMaxFailuresPerAddress : kMaxFailures;
        if (q->next() && q->value(0).toInt() >= max) {
            const int wait = std::max(1, q->value(1).toInt());
            Error e(ErrorCode::RateLimited,
                    tr("Trop de tentatives de connexion échouées : réessayez dans %n minute(s).", nullptr,
                       (wait + 59) / 60),
                    QStringLiteral("rate limited"));
            e.detail = wait;
            return fail(e);
        }
    }
    return {};
}

void AuthService::recordFailure(const QStringList& keys)
{
    for (const QString& key : keys) {
        (void)m_db.exec(QStringLiteral("INSERT INTO auth_failure (key) VALUES (?)"), {key});
    }
    (void)m_db.exec(QStringLiteral("DELETE FROM auth_failure WHERE at < now() - interval '1 day'"));
}

Result<QByteArray> AuthService::issueChallenge(Purpose purpose)
{
    QByteArray challenge(32, Qt::Uninitialized);
    if (auto ok = Random::fill(challenge.data(), size_t(challenge.size())); !ok) {
        return fail(ok.error());
    }
    auto ok
        = m_db.exec(QStringLiteral("INSERT INTO challenge (value, purpose, expires_at) VALUES (?, ?, now() + "
                                   "make_interval(secs => ?))"),
                    {challenge, purposeId(purpose), kChallengeSeconds});
    if (!ok) {
        return fail(ok.error());
    }
    (void)m_db.exec(QStringLiteral("DELETE FROM challenge WHERE expires_at < now() - interval '1 hour'"));
    return challenge;
}

Result<void> AuthService::consumeChallenge(const QByteArray& challenge, Purpose purpose)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE challenge SET used_at = now() WHERE value = ? AND purpose = ? AND used_at IS "
                       "NULL AND expires_at > now() RETURNING 1"),
        {challenge, purposeId(purpose)});
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return refused(tr("Le défi de connexion est inconnu, expiré ou déjà utilisé : recommencez."),
                       QStringLiteral("challenge unknown, expired or replayed"));
    }
    return {};
}

Result<QString> AuthService::verifiedCardHolder(const QByteArray& certificate, const QByteArray& message,
                                                const QByteArray& signature)
{
    auto cert = m_cards.verifyCertificate(certificate);
    if (!cert) {
        return refused(cert.error().userText,
                       QStringLiteral("card certificate: %1").arg(cert.error().logText));
    }
    if (!Auth::CardVerifier::signatureMatches(certificate, message, signature)) {
        return refused(tr("La signature de la carte ne correspond pas au défi."),
                       QStringLiteral("card signature mismatch"));
    }
    return cert->idNatPs;
}

Result<bool> AuthService::isTitulaire(const QString& tenantId, const QString& titulaireIdNat,
                                      const QString& idNat)
{
    if (idNat == titulaireIdNat) {
        return true;
    }
    bool found = false;
    auto done = m_db.transaction(tenantId, [&]() -> Result<void> {
        auto q = m_db.exec(
            QStringLiteral("SELECT 1 FROM record WHERE tenant_id = ? AND entity = 'staff_account' AND "
                           "payload->>'idNatPs' = ? AND NOT deleted AND payload->>'role' = 'titulaire' "
                           "AND (payload->>'active')::boolean"),
            {tenantId, idNat});
        if (!q) {
            return fail(q.error());
        }
        found = q->next();
        return {};
    });
    if (!done) {
        return fail(done.error());
    }
    return found;
}

Result<QString> AuthService::enrol(const EnrolmentRequest& r, const QString& remote)
{
    const QStringList keys = {QStringLiteral("ip:") + remote, QStringLiteral("finess:") + r.finess};
    if (auto ok = checkRate(keys); !ok) {
        audit(nullptr, {}, "enrol", "rate_limited", QStringLiteral("finess=%1").arg(r.finess), remote);
        return fail(ok.error());
    }
    QString tenant;
    auto attempt = [&]() -> Result<void> {
        if (auto ok = consumeChallenge(r.challenge, Purpose::Enrolment); !ok) {
            return ok;
        }
        const QByteArray message
            = Sync::enrolmentMessage(r.challenge, r.finess, r.workstationId, r.publicKey);
        if (!Sync::DeviceKey::verify(r.publicKey, message, r.deviceSignature)) {
            return refused(tr("La signature de la clé du poste ne correspond pas à sa clé publique."),
                           QStringLiteral("device signature mismatch"));
        }
        auto holder = verifiedCardHolder(r.certificate, message, r.cardSignature);
        if (!holder) {
            return fail(holder.error());
        }
        auto t = m_db.exec(
            QStringLiteral(
                "SELECT tenant_id, titulaire_id_nat, tenant_suspended FROM auth_tenant_by_finess(?)"),
            {r.finess});
        if (!t) {
            return fail(t.error());
        }
        if (!t->next()) {
            return refused(
                tr("L'officine FINESS %1 n'est pas hébergée par ce serveur : l'hébergeur doit d'abord "
                   "l'enregistrer.")
                    .arg(r.finess),
                QStringLiteral("unknown finess"));
        }
        tenant = t->value(0).toString();
        const QString titulaire = t->value(1).toString();
        if (t->value(2).toBool()) {
            return refused(tr("L'hébergement de cette officine est suspendu."),
                           QStringLiteral("tenant suspended"));
        }
        auto allowed = isTitulaire(tenant, titulaire, *holder);
        if (!allowed) {
            return fail(allowed.error());
        }
        if (!*allowed) {
            return refused(tr("Seul le pharmacien titulaire de l'officine inscrit un poste, avec sa carte."),
                           QStringLiteral("enrolment by a non-titulaire"));
        }
        return m_db.transaction(tenant, [&]() -> Result<void> {
            auto w = m_db.exec(
                QStringLiteral("INSERT INTO workstation (id, tenant_id, name, public_key, enrolled_by) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING 1"),
                {r.workstationId, tenant, r.workstationName, r.publicKey, *holder});
            if (!w) {
                return fail(w.error());
            }
            if (!w->next()) {
                return fail(ErrorCode::Conflict, tr("Ce poste est déjà inscrit."),
                            QStringLiteral("workstation exists"));
            }
            return {};
        });
    };
    auto done = attempt();
    if (!done) {
        if (done.error().code == ErrorCode::PermissionDenied) {
            recordFailure(keys);
        }
        audit(nullptr, tenant, "enrol", "refused", done.error().logText, remote);
        return fail(done.error());
    }
    Caller who {tenant, r.workstationId, QString(), QString()};
    audit(&who, tenant, "enrol", "success", QStringLiteral("name=%1").arg(r.workstationName.left(100)),
          remote);
    return tenant;
}

Result<SessionGrant> AuthService::openSession(const SessionRequest& r, const QString& remote)
{
    const QStringList keys = {QStringLiteral("ip:") + remote, QStringLiteral("ws:") + r.workstationId};
    if (auto ok = checkRate(keys); !ok) {
        audit(nullptr, {}, "session.open", "rate_limited",
              QStringLiteral("workstation=%1").arg(r.workstationId), remote);
        return fail(ok.error());
    }
    SessionGrant grant;
    QString tenant;
    auto attempt = [&]() -> Result<void> {
        if (auto ok = consumeChallenge(r.challenge, Purpose::Session); !ok) {
            return ok;
        }
        auto w = m_db.exec(
            QStringLiteral("SELECT tenant_id, public_key, revoked, titulaire_id_nat, tenant_suspended FROM "
                           "auth_workstation(?)"),
            {r.workstationId});
        if (!w) {
            return fail(w.error());
        }
        if (!w->next()) {
            return refused(tr("Ce poste n'est pas inscrit auprès du serveur."),
                           QStringLiteral("unknown workstation"));
        }
        tenant = w->value(0).toString();
        if (w->value(2).toBool()) {
            return refused(tr("Ce poste a été révoqué par le titulaire : il ne se synchronise plus."),
                           QStringLiteral("workstation revoked"));
        }
        if (w->value(4).toBool()) {
            return refused(tr("L'hébergement de cette officine est suspendu."),
                           QStringLiteral("tenant suspended"));
        }
        const QByteArray message = Sync::sessionMessage(r.challenge, r.workstationId);
        if (!Sync::DeviceKey::verify(w->value(1).toByteArray(), message, r.deviceSignature)) {
            return refused(tr("La signature du poste ne correspond pas à la clé inscrite."),
                           QStringLiteral("device signature mismatch"));
        }
        const QString titulaire = w->value(3).toString();
        auto holder = verifiedCardHolder(r.certificate, message, r.cardSignature);
        if (!holder) {
            return fail(holder.error());
        }
        return m_db.transaction(tenant, [&]() -> Result<void> {
            auto a = m_db.exec(
                QStringLiteral("SELECT id::text, NOT deleted AND coalesce((payload->>'active')::boolean, "
                               "false) FROM record WHERE tenant_id = ? AND entity = 'staff_account' AND "
                               "payload->>'idNatPs' = ? ORDER BY 2 DESC LIMIT 1"),
                {tenant, *holder});
            if (!a) {
                return fail(a.error());
            }
            QString account;
            if (a->next()) {
                if (!a->value(1).toBool()) {
                    return refused(tr("Le compte de ce porteur de carte est désactivé."),
                                   QStringLiteral("account deactivated"));
                }
                account = a->value(0).toString();
            } else if (*holder == titulaire) {
                // Before the staff accounts reach the server: the titulaire registered with the pharmacy.
                account = QStringLiteral("idnat:") + *holder;
            } else {
                return refused(tr("Aucun compte de l'officine ne correspond à cette carte sur le serveur."),
                               QStringLiteral("no account for card"));
            }
            QByteArray token(32, Qt::Uninitialized);
            if (auto ok = Random::fill(token.data(), size_t(token.size())); !ok) {
                return ok;
            }
            grant.token = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            auto s = m_db.exec(
                QStringLiteral(
                    "INSERT INTO session (token_hash, tenant_id, workstation_id, account_id, id_nat, "
                    "expires_at) VALUES (?, ?, ?, ?, ?, now() + make_interval(mins => ?)) "
                    "RETURNING expires_at"),
                {tokenHash(grant.token), tenant, r.workstationId, account, *holder, m_sessionMinutes});
            if (!s || !s->next()) {
                return fail(s ? Error(ErrorCode::Internal, tr("La session n'a pas pu être ouverte."))
                              : s.error());
            }
            grant.expiresAt = s->value(0).toDateTime().toUTC();
            grant.caller = {tenant, r.workstationId, account, *holder};
            return {};
        });
    };
    auto done = attempt();
    if (!done) {
        if (done.error().code == ErrorCode::PermissionDenied) {
            recordFailure(keys);
        }
        Caller who {tenant, r.workstationId, QString(), QString()};
        audit(tenant.isEmpty() ? nullptr : &who, tenant, "session.open", "refused", done.error().logText,
              remote);
        return fail(done.error());
    }
    audit(&grant.caller, tenant, "session.open", "success", {}, remote);
    return grant;
}

Result<Caller> AuthService::authenticate(const QByteArray& token)
{
    if (token.isEmpty() || token.size() > 100) {
        return fail(ErrorCode::NotSignedIn, tr("Session absente : connectez-vous avec votre carte."),
                    QStringLiteral("no token"));
    }
    auto q = m_db.exec(
        QStringLiteral("SELECT tenant_id, workstation_id, account_id, id_nat, expires_at > now(), "
                       "workstation_revoked, tenant_suspended, account_active FROM auth_session(?)"),
        {tokenHash(token)});
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return fail(ErrorCode::NotSignedIn, tr("Session inconnue ou terminée : connectez-vous de nouveau."),
                    QStringLiteral("unknown session"));
    }
    Caller c {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    if (!q->value(4).toBool()) {
        return fail(ErrorCode::NotSignedIn, tr("Session expirée : connectez-vous de nouveau."),
                    QStringLiteral("session expired"));
    }
    if (q->value(5).toBool()) {
        return refused(tr("Ce poste a été révoqué par le titulaire : il ne se synchronise plus."),
                       QStringLiteral("workstation revoked"));
    }
    if (q->value(6).toBool()) {
        return refused(tr("L'hébergement de cette officine est suspendu."),
                       QStringLiteral("tenant suspended"));
    }
    if (!q->value(7).toBool()) {
        return refused(tr("Le compte de ce porteur de carte est désactivé."),
                       QStringLiteral("account deactivated"));
    }
    return c;
}

Result<void> AuthService::endSession(const QByteArray& token)
{
    auto who = authenticate(token);
    if (!who) {
        return fail(who.error());
    }
    return m_db.transaction(who->tenantId, [&]() -> Result<void> {
        auto ok = m_db.exec(QStringLiteral("UPDATE session SET ended_at = now() WHERE token_hash = ?"),
                            {tokenHash(token)});
        return ok ? Result<void>() : fail(ok.error());
    });
}

Result<void> AuthService::revokeWorkstation(const Caller& caller, const QString& workstationId,
                                            const QString& reason)
{
    auto t = m_db.exec(QStringLiteral("SELECT titulaire_id_nat FROM auth_workstation(?)"),
                       {caller.workstationId});
    if (!t || !t->next()) {
        return fail(t ? Error(ErrorCode::NotFound, tr("Poste inconnu.")) : t.error());
    }
    auto allowed = isTitulaire(caller.tenantId, t->value(0).toString(), caller.nationalId);
    if (!allowed) {
        return fail(allowed.error());
    }
    if (!*allowed) {
        return refused(tr("Seul le pharmacien titulaire révoque un poste."),
                       QStringLiteral("revoke by non-titulaire"));
    }
    bool found = false;
    auto done = m_db.transaction(caller.tenantId, [&]() -> Result<void> {
        // Row-level security: a workstation of another pharmacy is not found, as an unknown one.
        auto q = m_db.exec(
            QStringLiteral("UPDATE workstation SET revoked_at = coalesce(revoked_at, now()), revoked_reason "
                           "= ? WHERE id = ? RETURNING 1"),
            {reason, workstationId});
        if (!q) {
            return fail(q.error());
        }
        found = q->next();
        return {};
    });
    if (!done) {
        return done;
    }
    if (!found) {
        return fail(ErrorCode::NotFound, tr("Ce poste n'appartient pas à l'officine."),
                    QStringLiteral("unknown workstation"));
    }
    return {};
}

} // namespace Officine::Server
