#include "staffdirectory.h"

#include "storage/staffrepository.h"

namespace Officine::Services {

namespace {
Result<void> checkManage(Commands::CommandExecutor& executor)
{
    if (!executor.allowed(Commands::Permission::StaffManage)) {
        return fail(ErrorCode::PermissionDenied,
                    QCoreApplication::translate("StaffDirectory", "Seul le titulaire gère les comptes de l'équipe."),
                    QStringLiteral("staff read denied"));
    }
    return {};
}
} // namespace

Result<std::vector<Model::StaffAccount>> StaffDirectory::list()
{
    if (auto ok = checkManage(m_executor); !ok) {
        return fail(ok.error());
    }
    return Storage::StaffRepository(m_executor.store()).list(true);
}

Result<Model::StaffAccount> StaffDirectory::get(const QString& uuid)
{
    if (auto ok = checkManage(m_executor); !ok) {
        return fail(ok.error());
    }
    return Storage::StaffRepository(m_executor.store()).get(uuid);
}

} // namespace Officine::Services
