#include "patientdirectory.h"

#include "storage/outbox.h"
#include "storage/patientrepository.h"

namespace Officine::Services {

Result<void> PatientDirectory::checkRead() const
{
    if (!m_executor.actor() || !m_executor.actor()->isValid()) {
        return fail(ErrorCode::NotSignedIn,
                    tr("Aucun membre de l'équipe n'est connecté : insérez votre carte CPS ou CPE pour "
                       "consulter les dossiers."),
                    QStringLiteral("patient read without actor"));
    }
    if (!m_executor.allowed(Commands::Permission::PatientRead)) {
        return fail(ErrorCode::PermissionDenied,
                    tr("Votre rôle ne permet pas de consulter les dossiers patients."),
                    QStringLiteral("patient read denied"));
    }
    return {};
}

Result<std::vector<Model::PatientSummary>> PatientDirectory::search(const QString& text, int limit)
{
    if (auto c = checkRead(); !c) {
        return fail(c.error());
    }
    Storage::PatientRepository repo(m_executor.store());
    return text.trimmed().isEmpty() ? repo.list(0, limit) : repo.search(text, limit);
}

Result<Model::Patient> PatientDirectory::get(const QString& uuid)
{
    if (auto c = checkRead(); !c) {
        return fail(c.error());
    }
    return Storage::PatientRepository(m_executor.store()).get(uuid);
}

Result<qint64> PatientDirectory::count()
{
    if (auto c = checkRead(); !c) {
        return fail(c.error());
    }
    return Storage::PatientRepository(m_executor.store()).count();
}

Result<qint64> PatientDirectory::pendingChanges()
{
    return Storage::Outbox(m_executor.store()).count();
}

} // namespace Officine::Services
