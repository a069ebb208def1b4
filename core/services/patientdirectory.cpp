#include "patientdirectory.h"

#include "commands/patientcommands.h"
#include "export/accessreport.h"
#include "export/fhirbundle.h"
#include "identity/patientvalidation.h"
#include "storage/outbox.h"
#include "storage/patientrepository.h"

#include <QLocale>

namespace Officine::Services {

namespace {
Audit::Entry patientEntry(Audit::Action action, const QString& uuid)
{
    Audit::Entry entry;
    entry.action = action;
    entry.targetType = QStringLiteral("patient");
    entry.targetUuid = uuid;
    entry.patientUuid = uuid;
    return entry;
}
} // namespace

Result<void> PatientDirectory::checkRead(const QString& uuid, Audit::Action action)
{
    std::optional<Error> refused;
    if (!m_executor.actor() || !m_executor.actor()->isValid()) {
        refused = Error(ErrorCode::NotSignedIn,
                        tr("Aucun membre de l'équipe n'est connecté : insérez votre carte CPS ou CPE pour "
                           "consulter les dossiers."),
                        QStringLiteral("patient read without actor"));
    } else if (!m_executor.allowed(Commands::Permission::PatientRead)) {
        refused = Error(ErrorCode::PermissionDenied,
                        tr("Votre rôle ne permet pas de consulter les dossiers patients."),
                        QStringLiteral("patient read denied"));
    }
    if (refused && !uuid.isEmpty()) {
        Audit::Entry entry = patientEntry(action, uuid);
        entry.outcome = Audit::Outcome::Refused;
        entry.reason = Audit::Recorder::reasonFor(
            *refused, Commands::permissionName(Commands::Permission::PatientRead));
        (void)m_executor.record(std::move(entry));
    }
    if (refused) {
        return fail(*refused);
    }
    return {};
}

Result<std::vector<Model::PatientSummary>> PatientDirectory::search(const QString& text, int limit)
{
    if (auto c = checkRead({}, Audit::Action::View); !c) {
        return fail(c.error());
    }
    Storage::PatientRepository repo(m_executor.store());
    const QDate today = m_executor.clock().today();
    auto found = text.trimmed().isEmpty() ? repo.list(0, limit) : repo.search(text, today, limit);
    if (found) {
        for (Model::PatientSummary& p : *found) {
            p.ageYears = Model::ageOn(p.birthDate, today);
        }
    }
    return found;
}

Result<Model::Patient> PatientDirectory::get(const QString& requested)
{
    // An old reference to a merged file opens the file that absorbed it.
    auto resolved = Storage::PatientRepository(m_executor.store()).resolve(requested);
    if (!resolved) {
        return fail(resolved.error());
    }
    const QString uuid = *resolved;
    if (auto c = checkRead(uuid, Audit::Action::View); !c) {
        return fail(c.error());
    }
    auto patient = Storage::PatientRepository(m_executor.store()).get(uuid);
    if (!patient) {
        return patient;
    }
    if (patient->meta.deleted) {
        return fail(ErrorCode::NotFound,
                    patient->erasedAt.isValid()
                        ? tr("Ce dossier a été effacé à la demande du patient le %1.")
                              .arg(QLocale(QLocale::French)
                                       .toString(patient->erasedAt.date(), QStringLiteral("dd/MM/yyyy")))
                        : tr("Fiche patient introuvable."),
                    QStringLiteral("patient %1 is a tombstone").arg(uuid));
    }
    if (patient->archivedAt.isValid()) {
        Audit::Entry entry = patientEntry(Audit::Action::View, uuid);
        entry.outcome = Audit::Outcome::Refused;
        entry.reason = QStringLiteral("archived");
        (void)m_executor.record(std::move(entry));
        return fail(
            ErrorCode::PermissionDenied,
            tr("Ce dossier est archivé : son ouverture doit être justifiée par écrit et sera tracée."),
            QStringLiteral("patient %1 archived").arg(uuid));
    }
    // The read and its trace go together: no trace, no data.
    if (auto r = m_executor.record(patientEntry(Audit::Action::View, uuid)); !r) {
        return fail(r.error());
    }
    return patient;
}

Result<Model::Patient> PatientDirectory::reread(const QString& requested)
{
    if (auto c = checkRead({}, Audit::Action::View); !c) {
        return fail(c.error());
    }
    Storage::PatientRepository repo(m_executor.store());
    auto resolved = repo.resolve(requested);
    if (!resolved) {
        return fail(resolved.error());
    }
    auto patient = repo.get(*resolved);
    if (patient && (patient->meta.deleted || patient->archivedAt.isValid())) {
        return fail(ErrorCode::NotFound, tr("Ce dossier n'est plus disponible."),
                    QStringLiteral("patient %1 gone").arg(*resolved));
    }
    return patient;
}

Result<Model::Patient> PatientDirectory::openArchived(const QString& uuid, const QString& justification)
{
    if (auto c = checkRead(uuid, Audit::Action::ArchiveAccess); !c) {
        return fail(c.error());
    }
    if (justification.simplified().size() < minimumJustificationLength) {
        Audit::Entry entry = patientEntry(Audit::Action::ArchiveAccess, uuid);
        entry.outcome = Audit::Outcome::Refused;
        entry.reason = QStringLiteral("justification_missing");
        (void)m_executor.record(std::move(entry));
        return fail(
            ErrorCode::InvalidInput,
            tr("Indiquez par écrit pourquoi vous ouvrez ce dossier archivé (au moins %1 caractères) : "
               "la justification est conservée dans la traçabilité.")
                .arg(minimumJustificationLength),
            QStringLiteral("archive access without justification"));
    }
    auto patient = Storage::PatientRepository(m_executor.store()).get(uuid);
    if (!patient) {
        return patient;
    }
    Audit::Entry entry = patientEntry(Audit::Action::ArchiveAccess, uuid);
    entry.justification = justification.simplified();
    if (auto r = m_executor.record(std::move(entry)); !r) {
        return fail(r.error());
    }
    return patient;
}

Result<Services::PatientDirectory::FileExtras> PatientDirectory::extras(const Model::Patient& opened)
{
    // Part of the file just opened (and traced by get()): not traced again.
    if (auto c = checkRead({}, Audit::Action::View); !c) {
        return fail(c.error());
    }
    FileExtras out;
    Storage::PatientHistory history(m_executor.store());
    auto h = history.list(opened.meta.uuid);
    if (!h) {
        return fail(h.error());
    }
    out.history = std::move(*h);
    auto r = history.rights(opened.meta.uuid);
    if (!r) {
        return fail(r.error());
    }
    out.rights = std::move(*r);
    if (opened.hasPhoto) {
        auto photo = Storage::PatientRepository(m_executor.store()).photo(opened.meta.uuid);
        if (!photo) {
            return fail(photo.error());
        }
        out.photo = std::move(*photo);
    }
    return out;
}

Result<std::vector<Storage::DuplicateCandidate>>
PatientDirectory::duplicateCandidates(const Model::Patient& draft)
{
    if (auto c = checkRead({}, Audit::Action::View); !c) {
        return fail(c.error());
    }
    Model::Patient normalised = draft;
    Identity::PatientValidation::normalise(normalised);
    return Storage::PatientRepository(m_executor.store()).duplicateCandidates(normalised);
}

Result<Model::Patient> PatientDirectory::loadForRights(const QString& uuid)
{
    if (auto c = checkRead(uuid, Audit::Action::Export); !c) {
        return fail(c.error());
    }
    if (!m_executor.allowed(Commands::Permission::PatientRights)) {
        Audit::Entry entry = patientEntry(Audit::Action::Export, uuid);
        entry.outcome = Audit::Outcome::Refused;
        entry.reason
            = QStringLiteral("permission:") + Commands::permissionName(Commands::Permission::PatientRights);
        (void)m_executor.record(std::move(entry));
        return fail(ErrorCode::PermissionDenied,
                    tr("Seul un pharmacien remet au patient la copie ou l'export de son dossier."),
                    QStringLiteral("patient export denied"));
    }
    return reread(uuid);
}

Result<QByteArray> PatientDirectory::portabilityBundle(const QString& uuid)
{
    auto patient = loadForRights(uuid);
    if (!patient) {
        return fail(patient.error());
    }
    Export::FhirBundle::Input in;
    in.patient = *patient;
    in.now = m_executor.clock().now();
    if (patient->hasPhoto) {
        auto photo = Storage::PatientRepository(m_executor.store()).photo(uuid);
        if (!photo) {
            return fail(photo.error());
        }
        in.photo = *photo;
        in.photoType = Commands::SetPatientPhotoCommand::imageType(*photo);
    }
    return Export::FhirBundle::toJson(Export::FhirBundle::build(in));
}

Result<QString> PatientDirectory::accessReport(const QString& uuid,
                                               const std::vector<Services::AuditRow>& accesses)
{
    auto patient = loadForRights(uuid);
    if (!patient) {
        return fail(patient.error());
    }
    auto extras = this->extras(*patient);
    if (!extras) {
        return fail(extras.error());
    }
    Export::AccessReport::Input in;
    in.patient = *patient;
    in.history = std::move(extras->history);
    in.rights = std::move(extras->rights);
    in.accesses = accesses;
    const QString finess = m_executor.store().meta(QStringLiteral("finess"));
    in.pharmacy = finess.isEmpty() ? tr("l'officine") : tr("officine FINESS %1").arg(finess);
    in.preparedBy = m_executor.actor() ? m_executor.actor()->displayName : QString();
    in.now = m_executor.clock().now();
    return Export::AccessReport::html(in);
}

Result<qint64> PatientDirectory::count()
{
    if (auto c = checkRead({}, Audit::Action::View); !c) {
        return fail(c.error());
    }
    return Storage::PatientRepository(m_executor.store()).count();
}

Result<qint64> PatientDirectory::pendingChanges()
{
    return Storage::Outbox(m_executor.store()).count();
}

} // namespace Officine::Services
