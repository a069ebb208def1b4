#include "role.h"

#include <QCoreApplication>

namespace Officine::Auth {

using Commands::Permission;

QString roleId(Role role)
{
    switch (role) {
    case Role::Titulaire:
        return QStringLiteral("titulaire");
    case Role::Pharmacien:
        return QStringLiteral("pharmacien");
    case Role::Preparateur:
        return QStringLiteral("preparateur");
    case Role::Etudiant:
        return QStringLiteral("etudiant");
    }
    return QStringLiteral("etudiant");
}

Role roleFromId(const QString& id)
{
    for (Role r : allRoles) {
        if (roleId(r) == id) {
            return r;
        }
    }
    return Role::Etudiant;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Titulaire:
        return QCoreApplication::translate("Role", "Pharmacien titulaire");
    case Role::Pharmacien:
        return QCoreApplication::translate("Role", "Pharmacien adjoint");
    case Role::Preparateur:
        return QCoreApplication::translate("Role", "Préparateur en pharmacie");
    case Role::Etudiant:
        return QCoreApplication::translate("Role", "Étudiant ou apprenti");
    }
    return {};
}

QSet<Permission> permissionsOf(Role role)
{
    // Patient identity, merge, rights and import are pharmacists' acts (patients issue, item 9);
    // the drug catalogue the whole pharmacy uses is imported by the titulaire.
    switch (role) {
    case Role::Titulaire:
        return {Permission::PatientRead,     Permission::PatientWrite, Permission::StaffManage,
                Permission::SettingsManage,  Permission::BackupRun,    Permission::AuditRead,
                Permission::PatientIdentity, Permission::PatientMerge, Permission::PatientRights,
                Permission::PatientImport,   Permission::CatalogManage};
    case Role::Pharmacien:
        return {Permission::PatientRead,   Permission::PatientWrite,    Permission::BackupRun,
                Permission::AuditRead,     Permission::PatientIdentity, Permission::PatientMerge,
                Permission::PatientRights, Permission::PatientImport};
    case Role::Preparateur:
        return {Permission::PatientRead, Permission::PatientWrite};
    case Role::Etudiant:
        return {Permission::PatientRead};
    }
    return {};
}

bool roleNeedsRpps(Role role)
{
    return role == Role::Titulaire || role == Role::Pharmacien;
}

bool answersForThePharmacy(const Commands::Actor& actor)
{
    return actor.isValid() && actor.can(Commands::Permission::StaffManage);
}

} // namespace Officine::Auth
