#pragma once

#include "catalog/catalogrepository.h"
#include "commands/command.h"

#include <QCoreApplication>

namespace Officine::Commands {

/// The titulaire puts an imported catalogue version in service for the whole pharmacy
/// (Catalog::CatalogRepository::build wrote it beside the one in use). The permission
/// (CatalogManage) is checked here, whatever the screen disabled; the audit entry names the
/// version, its source and its counts. The catalogue is public data: no outbox row (a version
/// reaches the other workstations as one package, docs/catalogue.md).
class ActivateCatalogVersionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ActivateCatalogVersionCommand)

public:
    explicit ActivateCatalogVersionCommand(Catalog::CatalogVersion version);
    QString id() const override { return QStringLiteral("catalog.activate"); }
    Permission requiredPermission() const override { return Permission::CatalogManage; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return {QStringLiteral("catalog_version"), m_version.uuid, {}}; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    QString auditDetail() const override;

private:
    Catalog::CatalogVersion m_version;
};

} // namespace Officine::Commands
