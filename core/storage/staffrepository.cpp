#include "staffrepository.h"

#include "storage/outbox.h"

#include <QJsonDocument>
#include <QUuid>

namespace Officine::Storage {

using Model::StaffAccount;

namespace {

// The TOTP secret is never read with the account: only whether one is enrolled. Its bytes are
// read by totpSecret(), into locked memory, where a code is checked.
const QString kWrittenColumns = QStringLiteral(
    "uuid, revision, workstation_id, deleted, created_at, updated_at, family_name, given_name, role, rpps, "
    "id_nat_ps, card_serial, active, fallback_allowed, password_hash");
const QString kColumns = kWrittenColumns + QStringLiteral(", coalesce(length(totp_secret), 0) > 0");

StaffAccount readAccount(const Query& q)
{
    StaffAccount a;
    a.meta.uuid = q.text(0);
    a.meta.revision = q.integer(1);
    a.meta.workstationId = q.text(2);
    a.meta.deleted = q.integer(3) != 0;
    a.meta.createdAt = QDateTime::fromString(q.text(4), Qt::ISODateWithMs);
    a.meta.updatedAt = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
    a.familyName = q.text(6);
    a.givenName = q.text(7);
    a.role = Auth::roleFromId(q.text(8));
    a.rpps = q.text(9);
    a.idNatPs = q.text(10);
    a.cardSerial = q.text(11);
    a.active = q.integer(12) != 0;
    a.fallbackAllowed = q.integer(13) != 0;
    a.passwordHash = q.text(14);
    a.totpEnrolled = q.integer(15) != 0;
    return a;
}

} // namespace

QByteArray StaffRepository::document(const StaffAccount& account)
{
    return QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact);
}

Result<void> StaffRepository::write(const StaffAccount& a, bool insert, bool queue)
{
    if (!insert && queue) {
        // The first change here of an account received from the server writes out its merge base.
        if (auto kept = Outbox(m_store).keepBaseOf(*this, a.meta.uuid); !kept) {
            return kept;
        }
    }
    const QString sql = insert
        ? QStringLiteral("INSERT INTO staff_account (") + kWrittenColumns
            + QStringLiteral(") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")
        : QStringLiteral(
            "UPDATE staff_account SET revision = ?2, workstation_id = ?3, deleted = ?4, created_at = ?5, "
            "updated_at = ?6, family_name = ?7, given_name = ?8, role = ?9, rpps = ?10, id_nat_ps = ?11, "
            "card_serial = ?12, active = ?13, fallback_allowed = ?14, password_hash = ?15 WHERE uuid = ?1");
    auto q = m_store.query(sql);
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, a.meta.uuid)
        .bind(2, a.meta.revision)
        .bind(3, a.meta.workstationId)
        .bind(4, a.meta.deleted)
        .bind(5, a.meta.createdAt.toString(Qt::ISODateWithMs))
        .bind(6, a.meta.updatedAt.toString(Qt::ISODateWithMs))
        .bind(7, a.familyName)
        .bind(8, a.givenName)
        .bind(9, Auth::roleId(a.role))
        .bind(10, a.rpps)
        .bind(11, a.idNatPs)
        .bind(12, a.cardSerial)
        .bind(13, a.active)
        .bind(14, a.fallbackAllowed)
        .bind(15, a.passwordHash);
    if (auto r = q->run(); !r) {
        if (r.error().code == ErrorCode::Conflict) {
            return fail(ErrorCode::Conflict,
                        tr("Cette carte est déjà associée au compte actif d'un autre membre de l'équipe."),
                        QStringLiteral("staff account: card already bound"));
        }
        return r;
    }
    if (!queue) {
        return {};
    }
    return Outbox(m_store).append(outboxEntryFor(entity, a.meta, insert, a.toJson()));
}

Result<void> StaffRepository::applyRemote(StaffAccount& account)
{
    auto stored = get(account.meta.uuid);
    if (!stored && stored.error().code != ErrorCode::NotFound) {
        return fail(stored.error());
    }
    const bool insert = !stored;
    account.meta.revision = insert ? 1 : stored->meta.revision + 1;
    account.meta.createdAt = insert ? account.meta.updatedAt : stored->meta.createdAt;
    return write(account, insert, false);
}

Result<void> StaffRepository::insert(StaffAccount& account, const WriteContext& ctx)
{
    stampNew(account.meta, ctx);
    return write(account, true);
}

Result<void> StaffRepository::update(StaffAccount& account, const WriteContext& ctx)
{
    auto stored = get(account.meta.uuid);
    if (!stored) {
        return fail(stored.error());
    }
    if (auto stamped
        = stampEdit(account.meta, stored->meta, ctx,
                    tr("Ce compte a été modifié entre-temps (sur ce poste ou un autre). Rechargez-le "
                       "avant d'enregistrer."));
        !stamped) {
        return stamped;
    }
    return write(account, false);
}

Result<void> StaffRepository::setTotpSecret(const QString& uuid, const SecureBuffer& secret)
{
    auto q = m_store.query(QStringLiteral("UPDATE staff_account SET totp_secret = ?2 WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid).bindBlob(2, secret.view());
    return q->run();
}

Result<SecureBuffer> StaffRepository::totpSecret(const QString& uuid)
{
    auto q = m_store.query(QStringLiteral("SELECT totp_secret FROM staff_account WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    auto key = firstRow<SecureBuffer>(*q, [](const Query& r) {
        const QByteArrayView bytes = r.blobView(0);
        return SecureBuffer::copyOf(
            {reinterpret_cast<const std::uint8_t*>(bytes.data()), size_t(bytes.size())});
    });
    if (!key) {
        return fail(key.error());
    }
    if (!*key) {
        return fail(ErrorCode::NotFound, tr("Compte introuvable."),
                    QStringLiteral("staff %1 not found").arg(uuid));
    }
    return std::move(**key);
}

Result<StaffAccount> StaffRepository::get(const QString& uuid)
{
    auto found = findOne(QStringLiteral("uuid = ?1"), uuid);
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(ErrorCode::NotFound, tr("Compte introuvable."),
                    QStringLiteral("staff %1 not found").arg(uuid));
    }
    return std::move(**found);
}

Result<std::optional<StaffAccount>> StaffRepository::findByCard(const QString& idNatPs)
{
    return findOne(QStringLiteral("id_nat_ps = ?1 AND active = 1 AND deleted = 0"), idNatPs);
}

Result<std::optional<StaffAccount>> StaffRepository::findAnyByCard(const QString& idNatPs)
{
    return findOne(QStringLiteral("id_nat_ps = ?1 AND deleted = 0 ORDER BY active DESC, updated_at DESC"),
                   idNatPs);
}

Result<std::optional<StaffAccount>> StaffRepository::findOne(const QString& where, const QString& value)
{
    if (value.isEmpty()) {
        return std::optional<StaffAccount>();
    }
    auto q = m_store.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM staff_account WHERE ")
                           + where + QStringLiteral(" LIMIT 1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, value);
    return firstRow<StaffAccount>(*q, readAccount);
}

Result<std::vector<StaffAccount>> StaffRepository::list(bool includeInactive)
{
    auto q = m_store.query(
        includeInactive ? QStringLiteral("SELECT ") + kColumns
                + QStringLiteral(" FROM staff_account WHERE deleted = 0 ORDER BY active DESC, "
                                 "family_name, given_name")
                        : QStringLiteral("SELECT ") + kColumns
                + QStringLiteral(" FROM staff_account WHERE deleted = 0 AND active = 1 ORDER BY "
                                 "family_name, given_name"));
    if (!q) {
        return fail(q.error());
    }
    return collectRows<StaffAccount>(*q, readAccount);
}

Result<qint64> StaffRepository::countActive()
{
    return m_store.scalar(
        QStringLiteral("SELECT count(*) FROM staff_account WHERE deleted = 0 AND active = 1"));
}

Result<SignInState> StaffRepository::signInState(const QString& uuid)
{
    auto q = m_store.query(QStringLiteral("SELECT failed_attempts, locked_until, last_failure, last_success, "
                                          "last_totp_step FROM staff_signin_state "
                                          "WHERE account_uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    auto row = q->next();
    if (!row) {
        return fail(row.error());
    }
    SignInState s;
    if (*row) {
        s.failedAttempts = static_cast<int>(q->integer(0));
        s.lockedUntil = QDateTime::fromString(q->text(1), Qt::ISODateWithMs);
        s.lastFailure = QDateTime::fromString(q->text(2), Qt::ISODateWithMs);
        s.lastSuccess = QDateTime::fromString(q->text(3), Qt::ISODateWithMs);
        s.lastTotpStep = q->integer(4);
    }
    return s;
}

Result<void> StaffRepository::setSignInState(const QString& uuid, const SignInState& s)
{
    auto q = m_store.query(QStringLiteral("INSERT OR REPLACE INTO staff_signin_state (account_uuid, "
                                          "failed_attempts, locked_until, last_failure, "
                                          "last_success, last_totp_step) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid)
        .bind(2, s.failedAttempts)
        .bind(3, Model::isoUtc(s.lockedUntil))
        .bind(4, Model::isoUtc(s.lastFailure))
        .bind(5, Model::isoUtc(s.lastSuccess))
        .bind(6, s.lastTotpStep);
    return q->run();
}

} // namespace Officine::Storage
