#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace Officine::Commands {

/// What an action needs. The role → permission table arrives with staff accounts (card sign-in
/// issue); commands already declare which permission they need.
enum class Permission {
    PatientRead,
    PatientWrite,
    StaffManage,
    SettingsManage,
    BackupRun,
    AuditRead,
    /// Identity vigilance: record a document check or an INSi result, rectify strict traits,
    /// set reliability attributes (pharmacists).
    PatientIdentity,
    PatientMerge,
    /// Patients' rights: restriction, objection, consent, erasure, post-mortem directives,
    /// access and portability exports (pharmacists).
    PatientRights,
    PatientImport,
    /// Import the drug catalogue (BDPM) for the whole pharmacy (the titulaire).
    CatalogManage,
};

inline constexpr Permission allPermissions[] = {
    Permission::PatientRead,     Permission::PatientWrite, Permission::StaffManage,
    Permission::SettingsManage,  Permission::BackupRun,    Permission::AuditRead,
    Permission::PatientIdentity, Permission::PatientMerge, Permission::PatientRights,
    Permission::PatientImport,   Permission::CatalogManage,
};

QString permissionName(Permission p); ///< stable identifier, for logs and the audit trail
QString permissionLabel(Permission p); ///< translated, for the UI

inline size_t qHash(Permission p, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(p), seed);
}

} // namespace Officine::Commands
