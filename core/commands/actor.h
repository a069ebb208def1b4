#pragma once

#include "commands/permission.h"

#include <QSet>
#include <QString>

namespace Officine::Commands {

/// The staff member on whose behalf a command runs. The card sign-in issue creates it from a
/// verified card; until then the demo pharmacy runs as a demonstration titulaire.
struct Actor
{
    QString accountId;
    QString displayName;
    QString nationalId; ///< idNat_PS (RPPS or ADELI based), empty for the demo actor
    QSet<Permission> permissions;

    bool isValid() const { return !accountId.isEmpty(); }
    bool can(Permission p) const { return permissions.contains(p); }
};

} // namespace Officine::Commands
