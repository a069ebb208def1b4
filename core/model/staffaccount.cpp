#include "staffaccount.h"

namespace Officine::Model {

QStringList StaffAccount::changedFields(const StaffAccount& a, const StaffAccount& b)
{
    QStringList out;
    auto check = [&out](bool differs, const char* name) {
        if (differs) {
            out << QString::fromLatin1(name);
        }
    };
    check(a.familyName != b.familyName, "family_name");
    check(a.givenName != b.givenName, "given_name");
    check(a.role != b.role, "role");
    check(a.rpps != b.rpps, "rpps");
    check(a.idNatPs != b.idNatPs, "id_nat_ps");
    check(a.cardSerial != b.cardSerial, "card_serial");
    check(a.active != b.active, "active");
    check(a.fallbackAllowed != b.fallbackAllowed, "fallback_allowed");
    check(a.passwordHash != b.passwordHash, "password_hash");
    check(a.totpEnrolled != b.totpEnrolled, "totp_secret");
    return out;
}

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
        // The password hash travels with the account; the TOTP key never rides in an outbox
        // row in clear (how it reaches the other workstations is the sync issue's design).
        {QStringLiteral("passwordHash"), passwordHash},
        {QStringLiteral("totpEnrolled"), totpEnrolled},
    };
}

StaffAccount StaffAccount::fromJson(const QJsonObject& o)
{
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    StaffAccount a;
    a.meta.uuid = text("uuid");
    a.meta.revision = o.value(QLatin1String("revision")).toInteger();
    a.meta.workstationId = text("workstationId");
    a.meta.deleted = o.value(QLatin1String("deleted")).toBool();
    a.meta.updatedAt = QDateTime::fromString(text("updatedAt"), Qt::ISODateWithMs);
    a.familyName = text("familyName");
    a.givenName = text("givenName");
    a.role = Auth::roleFromId(text("role"));
    a.rpps = text("rpps");
    a.idNatPs = text("idNatPs");
    a.cardSerial = text("cardSerial");
    a.active = o.value(QLatin1String("active")).toBool();
    a.fallbackAllowed = o.value(QLatin1String("fallbackAllowed")).toBool();
    a.passwordHash = text("passwordHash");
    a.totpEnrolled = o.value(QLatin1String("totpEnrolled")).toBool();
    return a;
}

QDebug operator<<(QDebug debug, const StaffAccount& account)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "StaffAccount(" << account.meta.uuid << " rev " << account.meta.revision << ')';
    return debug;
}

} // namespace Officine::Model
