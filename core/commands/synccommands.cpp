#include "synccommands.h"

#include "model/patient.h"
#include "model/staffaccount.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"
#include "storage/settingsrepository.h"
#include "storage/staffrepository.h"

namespace Officine::Commands {

ResolveConflictCommand::ResolveConflictCommand(QString conflictUuid, Keep keep)
    : m_uuid(std::move(conflictUuid))
    , m_keep(keep)
{
}

std::optional<Permission> ResolveConflictCommand::furtherPermission(CommandContext& context)
{
    auto c = Sync::Journal(context.store).conflict(m_uuid);
    if (!c) {
        return std::nullopt; // apply() says it is gone
    }
    m_conflict = *c;
    m_target = {c->entity, c->recordUuid, c->entity == QLatin1String("patient") ? c->recordUuid : QString()};
    if (c->entity == QLatin1String("staff_account")) {
        return Permission::StaffManage;
    }
    if (c->entity == QLatin1String(Storage::SettingsRepository::entity)) {
        return Permission::SettingsManage;
    }
    if (Model::identityFields().contains(c->field)) {
        return Permission::PatientIdentity;
    }
    return std::nullopt;
}

QString ResolveConflictCommand::auditDetail() const
{
    return QStringLiteral("conflict=%1;kept=%2")
        .arg(m_uuid, m_keep == Keep::Local ? QStringLiteral("local") : QStringLiteral("server"));
}

Result<void> ResolveConflictCommand::apply(CommandContext& context)
{
    Sync::Journal journal(context.store);
    if (!m_conflict) {
        auto c = journal.conflict(m_uuid);
        if (!c) {
            return fail(c.error());
        }
        m_conflict = *c;
        m_target
            = {c->entity, c->recordUuid, c->entity == QLatin1String("patient") ? c->recordUuid : QString()};
    }
    const Sync::ConflictRecord& c = *m_conflict;
    const QJsonValue chosen = m_keep == Keep::Local ? c.localValue : c.remoteValue;
    m_fields = {c.field};
    if (c.entity == QLatin1String("patient")) {
        Storage::PatientRepository repo(context.store);
        auto p = repo.get(c.recordUuid);
        if (!p) {
            return fail(p.error());
        }
        QJsonObject doc = p->toJson();
        if (doc.value(c.field) != chosen) {
            const QString before = p->fieldValue(c.field);
            if (chosen.isUndefined()) {
                doc.remove(c.field);
            } else {
                doc.insert(c.field, chosen);
            }
            Model::Patient edited = Model::Patient::fromJson(doc);
            edited.meta = p->meta;
            edited.archivedAt = p->archivedAt;
            if (auto r = repo.update(edited, context.writeContext()); !r) {
                return r;
            }
            Storage::HistoryEntry h;
            h.patientUuid = c.recordUuid;
            h.accountUuid = context.actor.accountId;
            h.actorName = context.actor.displayName;
            h.kind = Model::identityFields().contains(c.field) ? QStringLiteral("identity")
                : Model::contactFields().contains(c.field)     ? QStringLiteral("contact")
                                                               : QStringLiteral("clinical");
            h.source = QStringLiteral("team");
            h.reason = tr("Conflit de synchronisation résolu : valeur %1 retenue")
                           .arg(m_keep == Keep::Local ? tr("de ce poste") : tr("du serveur"));
            h.changes = {{c.field, before, edited.fieldValue(c.field)}};
            if (auto r = Storage::PatientHistory(context.store).append(h, context.writeContext()); !r) {
                return r;
            }
        }
    } else if (c.entity == QLatin1String("staff_account")) {
        Storage::StaffRepository repo(context.store);
        auto a = repo.get(c.recordUuid);
        if (!a) {
            return fail(a.error());
        }
        QJsonObject doc = a->toJson();
        if (doc.value(c.field) != chosen) {
            doc.insert(c.field, chosen);
            Model::StaffAccount edited = Model::StaffAccount::fromJson(doc);
            edited.meta = a->meta;
            if (auto r = repo.update(edited, context.writeContext()); !r) {
                return r;
            }
        }
    } else if (c.entity == QLatin1String(Storage::SettingsRepository::entity)) {
        Storage::SettingsRepository repo(context.store);
        auto s = repo.get(c.recordUuid);
        if (!s) {
            return fail(s.error());
        }
        QJsonObject fields = s->fields;
        if (chosen.isUndefined()) {
            fields.remove(c.field);
        } else {
            fields.insert(c.field, chosen);
        }
        if (auto r = repo.put(s->key, fields, context.writeContext()); !r) {
            return r;
        }
    } else {
        return fail(ErrorCode::InvalidInput, tr("Ce type de conflit ne se résout pas ici."),
                    QStringLiteral("conflict on %1").arg(c.entity));
    }
    return journal.markResolved(m_uuid, context.actor.accountId,
                                m_keep == Keep::Local ? QStringLiteral("local") : QStringLiteral("server"));
}

Result<void> ConfirmSyncDeletionsCommand::apply(CommandContext& context)
{
    Sync::Journal journal(context.store);
    const auto hold = journal.deletionHold();
    if (!hold) {
        return fail(ErrorCode::NotFound, tr("Aucune suppression n'attend de confirmation."),
                    QStringLiteral("no hold"));
    }
    m_detail = QStringLiteral("entity=%1;deletions=%2;local=%3")
                   .arg(hold->entity)
                   .arg(hold->deletions)
                   .arg(hold->localRecords);
    return journal.confirmDeletions();
}

Result<void> DismissDuplicateCommand::apply(CommandContext& context)
{
    Sync::Journal journal(context.store);
    auto p = journal.duplicate(m_uuid);
    if (!p) {
        return fail(p.error());
    }
    m_target = {QStringLiteral("sync"), m_uuid, p->localUuid}; // in the file's access history
    return journal.dismissDuplicate(m_uuid, context.actor.accountId);
}

} // namespace Officine::Commands
