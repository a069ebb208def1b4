#pragma once

#include "commands/actor.h"
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

/// Named rule: whether the actor answers for the pharmacy as its titulaire does: warned at once
/// when the audit trail is found broken, allowed to sign it on demand. On the actor's rights
/// (the permission table gives StaffManage to the titulaire alone), so a test or the demo actor
/// holding them answers too.
bool answersForThePharmacy(const Commands::Actor& actor);

} // namespace Officine::Auth
