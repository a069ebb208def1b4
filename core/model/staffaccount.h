#pragma once

#include "auth/role.h"
#include "model/record.h"

#include <QByteArray>
#include <QDebug>
#include <QJsonObject>

namespace Officine::Model {

/// A nominal, personal staff account (domain.md A: "le titulaire crée un compte pour chaque
/// membre de l'équipe"). Never deleted, only deactivated: its history must keep its actor.
struct StaffAccount
{
    RecordMeta meta;
    QString familyName;
    QString givenName;
    Auth::Role role = Auth::Role::Preparateur;
    QString rpps; ///< 11 digits, for pharmacists
    QString idNatPs; ///< the bound card's identifier (its certificate's CN); empty if none
    QString cardSerial; ///< the bound card's serial number, for display and support
    bool active = true;
    bool fallbackAllowed = false; ///< password + TOTP allowed by the titulaire (forgotten card)
    QString passwordHash; ///< "$scrypt$…" (Auth::PasswordHash), empty when no password is set
    /// Whether a TOTP key is enrolled. The key itself is never loaded with the account: see
    /// Storage::StaffRepository::totpSecret().
    bool totpEnrolled = false;

    QString displayName() const { return givenName + u' ' + familyName.toUpper(); }
    QJsonObject toJson() const;
    /// Reads what toJson() writes (an account received from the sync server).
    static StaffAccount fromJson(const QJsonObject& o);
    /// Names of the fields that differ (never their values), for the audit trail.
    static QStringList changedFields(const StaffAccount& before, const StaffAccount& after);
};

/// Prints only the UUID: a staff member's identity is personal data too.
QDebug operator<<(QDebug debug, const StaffAccount& account);

} // namespace Officine::Model
