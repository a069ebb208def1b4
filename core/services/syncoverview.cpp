#include "syncoverview.h"

#include "commands/commandexecutor.h"
#include "commands/settingscommands.h"
#include "model/patientfields.h"
#include "retention/retentionpolicy.h"
#include "services/auditlog.h"
#include "storage/patientrepository.h"
#include "storage/settingsrepository.h"
#include "storage/staffrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Officine::Services {

namespace {

QString settingLabel(const QString& key)
{
    for (Retention::Category c : Retention::allCategories) {
        if (key == Retention::settingKey(c)) {
            return SyncOverview::tr("Conservation : %1").arg(Retention::categoryLabel(c));
        }
    }
    if (key == Commands::pharmacyKey(Settings::Key::InactivityLockSeconds)) {
        return SyncOverview::tr("Verrouillage après inactivité");
    }
    return SyncOverview::tr("Paramètre de la pharmacie");
}

QString settingFieldLabel(const QString& field)
{
    if (field == QLatin1String("activeMonths")) {
        return SyncOverview::tr("Mois en base active");
    }
    if (field == QLatin1String("archiveMonths")) {
        return SyncOverview::tr("Mois en archive");
    }
    if (field == QLatin1String("endAction")) {
        return SyncOverview::tr("Fin de conservation");
    }
    if (field == QLatin1String("seconds")) {
        return SyncOverview::tr("Délai (secondes)");
    }
    return field;
}

} // namespace

QString SyncOverview::valueText(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        return tr("(vide)");
    }
    if (v.isBool()) {
        return v.toBool() ? tr("oui") : tr("non");
    }
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    const QByteArray json = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json);
}

Result<std::vector<Sync::LogLine>> SyncOverview::log(int limit)
{
    return Sync::Journal(m_executor.store()).recentLog(limit);
}

Result<int> SyncOverview::conflictCount()
{
    return Sync::Journal(m_executor.store()).conflictCount();
}

std::optional<Sync::DeletionHold> SyncOverview::deletionHold()
{
    return Sync::Journal(m_executor.store()).deletionHold();
}

Result<void> SyncOverview::recordViews(const QSet<QString>& viewed, QSet<QString>& shown,
                                       const QString& detail)
{
    for (const QString& uuid : viewed) {
        Audit::Entry e;
        e.action = Audit::Action::View;
        e.targetType = QStringLiteral("patient");
        e.targetUuid = e.patientUuid = uuid;
        e.detail = detail;
        if (auto r = m_executor.record(std::move(e)); !r) {
            return r;
        }
        shown.insert(uuid);
    }
    return {};
}

QString SyncOverview::mergeReason()
{
    return tr("Même personne créée sur deux postes hors connexion (proposition de la synchronisation)");
}

Result<std::vector<DuplicateView>> SyncOverview::duplicates(QSet<QString>& shown)
{
    if (!m_executor.actor() || !m_executor.allowed(Commands::Permission::PatientRead)) {
        return fail(ErrorCode::PermissionDenied,
                    tr("Votre rôle ne permet pas de consulter les dossiers proposés à la fusion."),
                    QStringLiteral("sync duplicates read denied"));
    }
    auto all = Sync::Journal(m_executor.store()).openDuplicates();
    if (!all) {
        return fail(all.error());
    }
    Storage::PatientRepository patients(m_executor.store());
    const QString here = m_executor.store().workstationId();
    const auto label = [&here](const Model::Patient& p) -> QString {
        const QString where = p.meta.workstationId == here
            ? tr("créé sur ce poste")
            : tr("reçu du poste %1").arg(p.meta.workstationId.right(4).toUpper());
        return tr("%1, né(e) le %2 — %3").arg(p.displayName(), p.birthDate.toDisplay(), where);
    };
    std::vector<DuplicateView> out;
    QSet<QString> viewed;
    for (const Sync::DuplicateProposal& d : *all) {
        auto a = patients.get(d.localUuid);
        auto b = patients.get(d.remoteUuid);
        if (!a || !b) {
            continue;
        }
        const bool localFirst
            = std::tie(a->meta.createdAt, a->meta.uuid) <= std::tie(b->meta.createdAt, b->meta.uuid);
        const Model::Patient& survivor = localFirst ? *a : *b;
        const Model::Patient& absorbed = localFirst ? *b : *a;
        out.push_back({d.uuid, survivor.meta.uuid, absorbed.meta.uuid, label(survivor), label(absorbed),
                       d.reason, d.score});
        for (const QString& u : {d.localUuid, d.remoteUuid}) {
            if (!shown.contains(u)) {
                viewed.insert(u);
            }
        }
    }
    if (auto r = recordViews(viewed, shown, QStringLiteral("sync.duplicates")); !r) {
        return fail(r.error());
    }
    return out;
}

Result<std::vector<ConflictView>> SyncOverview::conflicts(QSet<QString>& shown)
{
    if (!m_executor.actor() || !m_executor.allowed(Commands::Permission::PatientRead)) {
        return fail(ErrorCode::PermissionDenied,
                    tr("Votre rôle ne permet pas de consulter les dossiers en conflit."),
                    QStringLiteral("sync conflicts read denied"));
    }
    auto all = Sync::Journal(m_executor.store()).openConflicts();
    if (!all) {
        return fail(all.error());
    }
    Storage::PatientRepository patients(m_executor.store());
    Storage::StaffRepository staff(m_executor.store());
    std::vector<ConflictView> out;
    QSet<QString> viewed;
    for (const Sync::ConflictRecord& c : *all) {
        ConflictView v;
        v.uuid = c.uuid;
        v.entity = c.entity;
        v.recordUuid = c.recordUuid;
        v.localText = valueText(c.localValue);
        v.remoteText = valueText(c.remoteValue);
        v.localAt = c.localAt;
        v.remoteAt = c.remoteAt;
        v.remoteWorkstation = c.remoteWorkstation.right(4).toUpper();
        if (auto who = staff.get(c.remoteAccount)) {
            v.remoteBy = who->displayName();
        } else {
            v.remoteBy = c.remoteAccount.startsWith(QLatin1String("idnat:")) ? tr("le titulaire")
                                                                             : tr("un membre de l'équipe");
        }
        if (c.entity == QLatin1String("patient")) {
            auto p = patients.get(c.recordUuid);
            v.recordLabel = p ? p->displayName() : tr("Dossier introuvable");
            v.fieldLabel = Model::patientFieldLabel(c.field);
            if (!shown.contains(c.recordUuid)) {
                viewed.insert(c.recordUuid);
            }
        } else if (c.entity == QLatin1String(Storage::SettingsRepository::entity)) {
            auto setting = Storage::SettingsRepository(m_executor.store()).get(c.recordUuid);
            v.recordLabel = settingLabel(setting ? setting->key : QString());
            v.fieldLabel = settingFieldLabel(c.field);
        } else {
            auto a = staff.get(c.recordUuid);
            v.recordLabel = a ? tr("Compte de %1").arg(a->displayName()) : tr("Compte introuvable");
            v.fieldLabel = c.field;
        }
        out.push_back(std::move(v));
    }
    if (auto r = recordViews(viewed, shown, QStringLiteral("sync.conflicts")); !r) {
        return fail(r.error());
    }
    return out;
}

} // namespace Officine::Services
