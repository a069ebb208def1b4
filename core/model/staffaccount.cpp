#include "staffaccount.h"

namespace Officine::Model {

QJsonObject StaffAccount::toJson() const
{
    return QJsonObject {
        {QStringLiteral("uuid"), meta.uuid},
        {QStringLiteral("revision"), meta.revision},
        {QStringLiteral("workstationId"), meta.workstationId},
        {QStringLiteral("deleted"), meta.deleted},
        {QStringLiteral("updatedAt"), meta.updatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("familyName"), familyName},
        {QStringLiteral("givenName"), givenName},
        {QStringLiteral("role"), Auth::roleId(role)},
        {QStringLiteral("rpps"), rpps},
        {QStringLiteral("idNatPs"), idNatPs},
        {QStringLiteral("cardSerial"), cardSerial},
        {QStringLiteral("active"), active},
        {QStringLiteral("fallbackAllowed"), fallbackAllowed},
        // Fallback credentials travel to the pharmacy's other workstations (through the
        // encrypted store, TLS and the HDS host) so the same sign-in works at every counter.
        {QStringLiteral("passwordHash"), passwordHash},
        {QStringLiteral("totpSecret"), QString::fromLatin1(totpSecret.toBase64())},
    };
}

QDebug operator<<(QDebug debug, const StaffAccount& account)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "StaffAccount(" << account.meta.uuid << " rev " << account.meta.revision << ')';
    return debug;
}

} // namespace Officine::Model
