#pragma once

#include "commands/commandexecutor.h"
#include "model/staffaccount.h"

#include <QCoreApplication>
#include <vector>

namespace Officine::Services {

/// The team's accounts, for the Administration screen: the titulaire's (StaffManage) view.
class StaffDirectory
{
    Q_DECLARE_TR_FUNCTIONS(StaffDirectory)

public:
    explicit StaffDirectory(Commands::CommandExecutor& executor)
        : m_executor(executor)
    {
    }
    Result<std::vector<Model::StaffAccount>> list();
    /// One account, to edit it (StaffManage).
    Result<Model::StaffAccount> get(const QString& uuid);
    Commands::CommandExecutor& executor() { return m_executor; }

private:
    Commands::CommandExecutor& m_executor;
};

} // namespace Officine::Services
