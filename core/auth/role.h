#pragma once

#include "commands/permission.h"

#include <QSet>
#include <QString>

namespace Officine::Auth {

/// Who a staff member is in the pharmacy. The titulaire (head pharmacist) manages the team.
enum class Role { Titulaire, Pharmacien, Preparateur, Etudiant };

inline constexpr Role allRoles[] = {Role::Titulaire, Role::Pharmacien, Role::Preparateur, Role::Etudiant};

QString roleId(Role role); ///< stable identifier stored in the database
Role roleFromId(const QString& id); ///< unknown ids give the least-privileged role
QString roleLabel(Role role); ///< translated

/// The permission table: the one place in the code where a role gets its rights. Shown
/// read-only in Administration.
QSet<Commands::Permission> permissionsOf(Role role);

/// Pharmacist roles must carry a valid RPPS (their CPS says 8+RPPS).
bool roleNeedsRpps(Role role);

} // namespace Officine::Auth
