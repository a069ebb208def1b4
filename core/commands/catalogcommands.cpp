#include "catalogcommands.h"

#include <QJsonArray>

namespace Officine::Commands {

ActivateCatalogVersionCommand::ActivateCatalogVersionCommand(Catalog::CatalogVersion version)
    : m_version(std::move(version))
{
}

Result<void> ActivateCatalogVersionCommand::validate() const
{
    if (m_version.uuid.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Aucune version du catalogue à mettre en service."),
                    QStringLiteral("catalogue version missing"));
    }
    return {};
}

Result<void> ActivateCatalogVersionCommand::apply(CommandContext& context)
{
    return Catalog::CatalogRepository(context.store).activate(m_version.uuid);
}

QString ActivateCatalogVersionCommand::auditDetail() const
{
    const int refused = int(m_version.report.value(QStringLiteral("rejected")).toArray().size());
    // The folder's or archive's name only (public data; no path of the workstation).
    return QStringLiteral("source=%1;products=%2;presentations=%3;refused=%4")
        .arg(m_version.source)
        .arg(m_version.products)
        .arg(m_version.presentations)
        .arg(refused);
}

} // namespace Officine::Commands
