#include "staffcommands.h"

#include "auth/password.h"
#include "auth/totp.h"
#include "identity/nationalids.h"
#include "storage/staffrepository.h"

namespace Officine::Commands {

namespace {
class StaffTr
{
    Q_DECLARE_TR_FUNCTIONS(StaffValidation)
public:
    static QString missingName()
    {
        return tr("Le nom et le prénom du membre de l'équipe sont obligatoires.");
    }
    static QString cardMismatch()
    {
        return tr("La carte associée n'est pas celle de ce pharmacien : son identifiant ne correspond pas au "
                  "numéro RPPS saisi.");
    }
    static QString lastTitulaire()
    {
        return tr("L'officine doit garder au moins un pharmacien titulaire actif : désignez-en un autre "
                  "avant de modifier ou de désactiver ce compte.");
    }
    static QString alreadyInactive() { return tr("Ce compte est déjà désactivé."); }
    static QString alreadyBootstrapped()
    {
        return tr("Cette officine a déjà des comptes : le titulaire crée les nouveaux comptes depuis "
                  "l'Administration.");
    }
    static QString notPharmacist()
    {
        return tr("Seule la carte CPS d'un pharmacien peut ouvrir une nouvelle officine.");
    }
};

Result<void> keepsATitulaire(Storage::StaffRepository& repo, const Model::StaffAccount& after)
{
    auto accounts = repo.list(false);
    if (!accounts) {
        return fail(accounts.error());
    }
    int before = 0;
    int remaining = 0;
    for (const auto& a : *accounts) {
        const Model::StaffAccount& effective = a.meta.uuid == after.meta.uuid ? after : a;
        before += a.role == Auth::Role::Titulaire ? 1 : 0;
        remaining += effective.active && effective.role == Auth::Role::Titulaire ? 1 : 0;
    }
    if (before > 0 && remaining == 0) {
        return fail(ErrorCode::InvalidInput, StaffTr::lastTitulaire(),
                    QStringLiteral("would leave no titulaire"));
    }
    return {};
}
} // namespace

Result<void> validateStaffAccount(const Model::StaffAccount& a)
{
    if (a.familyName.trimmed().isEmpty() || a.givenName.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, StaffTr::missingName(), QStringLiteral("staff: missing name"));
    }
    if (Auth::roleNeedsRpps(a.role) || !a.rpps.isEmpty()) {
        auto rpps = Identity::NationalIds::validateRpps(a.rpps);
        if (!rpps) {
            return fail(rpps.error());
        }
        if (!a.idNatPs.isEmpty() && Auth::roleNeedsRpps(a.role)
            && a.idNatPs != Identity::IdNatPs::forRpps(*rpps)) {
            return fail(ErrorCode::InvalidInput, StaffTr::cardMismatch(),
                        QStringLiteral("staff: card/RPPS mismatch"));
        }
    }
    return {};
}

StaffWriteCommand::StaffWriteCommand(Model::StaffAccount account)
    : m_account(std::move(account))
{
    m_account.familyName = m_account.familyName.trimmed();
    m_account.givenName = m_account.givenName.trimmed();
    m_account.rpps.remove(u' ');
}

CreateStaffAccountCommand::CreateStaffAccountCommand(Model::StaffAccount account)
    : StaffWriteCommand(std::move(account))
{
    m_account.active = true;
}

Result<void> CreateStaffAccountCommand::apply(CommandContext& context)
{
    m_changed = Model::StaffAccount::changedFields(Model::StaffAccount {}, m_account);
    return Storage::StaffRepository(context.store).insert(m_account, context.writeContext());
}

Result<void> UpdateStaffAccountCommand::apply(CommandContext& context)
{
    Storage::StaffRepository repo(context.store);
    if (auto keep = keepsATitulaire(repo, m_account); !keep) {
        return keep;
    }
    auto stored = repo.get(m_account.meta.uuid);
    if (!stored) {
        return fail(stored.error());
    }
    m_changed = Model::StaffAccount::changedFields(*stored, m_account);
    return repo.update(m_account, context.writeContext());
}

DeactivateStaffAccountCommand::DeactivateStaffAccountCommand(QString uuid, qint64 expectedRevision)
    : m_uuid(std::move(uuid))
    , m_expectedRevision(expectedRevision)
{
}

Result<void> DeactivateStaffAccountCommand::apply(CommandContext& context)
{
    Storage::StaffRepository repo(context.store);
    auto account = repo.get(m_uuid);
    if (!account) {
        return fail(account.error());
    }
    if (!account->active) {
        return fail(ErrorCode::InvalidInput, StaffTr::alreadyInactive(),
                    QStringLiteral("staff already inactive"));
    }
    account->meta.revision = m_expectedRevision;
    account->active = false;
    if (auto keep = keepsATitulaire(repo, *account); !keep) {
        return keep;
    }
    return repo.update(*account, context.writeContext());
}

BootstrapTitulaireCommand::BootstrapTitulaireCommand(Model::StaffAccount titulaire, QString finess)
    : m_account(std::move(titulaire))
    , m_finess(std::move(finess))
{
    m_account.role = Auth::Role::Titulaire;
    m_account.active = true;
}

Result<void> BootstrapTitulaireCommand::validate() const
{
    if (Identity::IdNatPs::parse(m_account.idNatPs).type != Identity::IdNatPs::Type::Rpps) {
        return fail(ErrorCode::PermissionDenied, StaffTr::notPharmacist(),
                    QStringLiteral("bootstrap: not an RPPS card"));
    }
    if (auto f = Identity::NationalIds::validateFiness(m_finess); !f) {
        return fail(f.error());
    }
    return validateStaffAccount(m_account);
}

Result<void> BootstrapTitulaireCommand::apply(CommandContext& context)
{
    Storage::StaffRepository repo(context.store);
    auto existing = repo.countActive();
    if (!existing) {
        return fail(existing.error());
    }
    if (*existing > 0) {
        return fail(ErrorCode::PermissionDenied, StaffTr::alreadyBootstrapped(),
                    QStringLiteral("bootstrap: accounts exist"));
    }
    if (auto f
        = context.store.setMeta(QStringLiteral("finess"), *Identity::NationalIds::validateFiness(m_finess));
        !f) {
        return f;
    }
    return repo.insert(m_account, context.writeContext());
}

} // namespace Officine::Commands

namespace Officine::Commands {

SetFallbackCredentialsCommand::SetFallbackCredentialsCommand(const Clock& clock, QString accountUuid,
                                                             const SecureBuffer& password,
                                                             const SecureBuffer& totpKey, QString code,
                                                             std::optional<bool> allowFallback)
    : m_clock(clock)
    , m_uuid(std::move(accountUuid))
    , m_password(SecureBuffer::copyOf(password.bytes()))
    , m_totpKey(SecureBuffer::copyOf(totpKey.bytes()))
    , m_code(std::move(code))
    , m_allowFallback(allowFallback)
{
}

Result<void> SetFallbackCredentialsCommand::validate() const
{
    if (auto policy = Auth::Password::checkPolicy(m_password, Auth::Password::Purpose::StaffPassword);
        !policy) {
        return policy;
    }
    if (m_totpKey.size() < minimumKeyBytes) {
        return fail(ErrorCode::InvalidInput, tr("La clé de l'application d'authentification est invalide."),
                    QStringLiteral("TOTP key too short"));
    }
    if (Auth::Totp::verify(m_totpKey.view(), m_code, m_clock.now().toSecsSinceEpoch(), 0) < 0) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le code ne correspond pas : vérifiez que l'application a bien enregistré la clé, et "
                       "l'heure du téléphone."),
                    QStringLiteral("TOTP enrolment code mismatch"));
    }
    return {};
}

Result<void> SetFallbackCredentialsCommand::apply(CommandContext& context)
{
    Storage::StaffRepository repo(context.store);
    auto account = repo.get(m_uuid);
    if (!account) {
        return fail(account.error());
    }
    auto hash = Auth::Password::hash(m_password, m_log2N);
    if (!hash) {
        return fail(hash.error());
    }
    const Model::StaffAccount before = *account;
    account->passwordHash = *hash;
    account->totpEnrolled = true;
    if (m_allowFallback && context.actor.can(Permission::StaffManage)) {
        account->fallbackAllowed = *m_allowFallback;
    }
    // A new password and key always change, even when "enrolled" already was true.
    m_changed = Model::StaffAccount::changedFields(before, *account);
    for (const char* field : {"password_hash", "totp_secret"}) {
        if (!m_changed.contains(QLatin1StringView(field))) {
            m_changed << QString::fromLatin1(field);
        }
    }
    if (auto r = repo.update(*account, context.writeContext()); !r) {
        return r;
    }
    return repo.setTotpSecret(m_uuid, m_totpKey);
}

} // namespace Officine::Commands
