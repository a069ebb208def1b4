#include "staffdirectory.h"

#include "storage/staffrepository.h"

namespace Officine::Services {

Result<std::vector<Model::StaffAccount>> StaffDirectory::list()
{
    if (!m_executor.allowed(Commands::Permission::StaffManage)) {
        return fail(ErrorCode::PermissionDenied, tr("Seul le titulaire gère les comptes de l'équipe."),
                    QStringLiteral("staff list denied"));
    }
    return Storage::StaffRepository(m_executor.store()).list(true);
}

} // namespace Officine::Services
