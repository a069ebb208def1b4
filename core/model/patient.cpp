#include "patient.h"

#include <QCoreApplication>

namespace Officine::Model {

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("U");
}

Sex sexFromCode(const QString& code)
{
    if (code == QLatin1StringView("F")) {
        return Sex::Female;
    }
    if (code == QLatin1StringView("M")) {
        return Sex::Male;
    }
    return Sex::Unknown;
}

QStringList Patient::changedFields(const Patient& a, const Patient& b)
{
    QStringList out;
    auto check = [&out](bool differs, const char* name) {
        if (differs) {
            out << QString::fromLatin1(name);
        }
    };
    check(a.birthFamilyName != b.birthFamilyName, "birth_family_name");
    check(a.usedFamilyName != b.usedFamilyName, "used_family_name");
    check(a.givenNames != b.givenNames, "given_names");
    check(a.sex != b.sex, "sex");
    check(a.birthDate != b.birthDate, "birth_date");
    check(a.nir != b.nir, "nir");
    check(a.addressLine != b.addressLine, "address_line");
    check(a.postalCode != b.postalCode, "postal_code");
    check(a.city != b.city, "city");
    check(a.phone != b.phone, "phone");
    check(a.email != b.email, "email");
    return out;
}

QString Patient::firstGivenName() const
{
    return givenNames.section(u' ', 0, 0);
}

QString familyNameLine(const QString& birthFamilyName, const QString& usedFamilyName, Sex sex)
{
    if (usedFamilyName.isEmpty() || usedFamilyName.compare(birthFamilyName, Qt::CaseInsensitive) == 0) {
        return birthFamilyName.toUpper();
    }
    return usedFamilyName.toUpper() + u' '
        + (sex == Sex::Male ? QCoreApplication::translate("Patient", "(né %1)")
                            : QCoreApplication::translate("Patient", "(née %1)"))
              .arg(birthFamilyName.toUpper());
}

int ageOn(const QDate& birthDate, const QDate& today)
{
    if (!birthDate.isValid() || !today.isValid() || today < birthDate) {
        return birthDate.isValid() && today.isValid() ? 0 : -1;
    }
    int age = today.year() - birthDate.year();
    // QDate::addYears moves 29 February to 28 February in common years; the civil rule counts
    // the birthday on 1 March.
    QDate birthday(today.year(), birthDate.month(), birthDate.day());
    if (!birthday.isValid()) {
        birthday = QDate(today.year(), 3, 1);
    }
    if (today < birthday) {
        --age;
    }
    return age;
}

QString Patient::displayName() const
{
    return familyNameLine(birthFamilyName, usedFamilyName, sex) + u' ' + firstGivenName();
}

QString PatientSummary::displayName() const
{
    return familyName() + u' ' + givenNames.section(u' ', 0, 0);
}

QJsonObject Patient::toJson() const
{
    return QJsonObject {
        {QStringLiteral("uuid"), meta.uuid},
        {QStringLiteral("revision"), meta.revision},
        {QStringLiteral("workstationId"), meta.workstationId},
        {QStringLiteral("deleted"), meta.deleted},
        {QStringLiteral("updatedAt"), meta.updatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("birthFamilyName"), birthFamilyName},
        {QStringLiteral("usedFamilyName"), usedFamilyName},
        {QStringLiteral("givenNames"), givenNames},
        {QStringLiteral("sex"), sexCode(sex)},
        {QStringLiteral("birthDate"), birthDate.toString(Qt::ISODate)},
        {QStringLiteral("nir"), nir},
        {QStringLiteral("addressLine"), addressLine},
        {QStringLiteral("postalCode"), postalCode},
        {QStringLiteral("city"), city},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("email"), email},
    };
}

QDebug operator<<(QDebug debug, const Patient& patient)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Patient(" << patient.meta.uuid << " rev " << patient.meta.revision << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const PatientSummary& patient)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "PatientSummary(" << patient.uuid << ')';
    return debug;
}

} // namespace Officine::Model
