#include "patient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

QString identityStatusCode(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Provisoire:
        break;
    case IdentityStatus::Recuperee:
        return QStringLiteral("RECUP");
    case IdentityStatus::Validee:
        return QStringLiteral("VALI");
    case IdentityStatus::Qualifiee:
        return QStringLiteral("QUAL");
    }
    return QStringLiteral("PROV");
}

IdentityStatus identityStatusFromCode(const QString& code)
{
    if (code == QLatin1StringView("RECUP")) {
        return IdentityStatus::Recuperee;
    }
    if (code == QLatin1StringView("VALI")) {
        return IdentityStatus::Validee;
    }
    if (code == QLatin1StringView("QUAL")) {
        return IdentityStatus::Qualifiee;
    }
    return IdentityStatus::Provisoire;
}

namespace {
QDateTime timeFrom(const QJsonValue& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}
QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QJsonObject IdentityDocumentCheck::toJson() const
{
    if (!isRecorded()) {
        return {};
    }
    return {{QStringLiteral("type"), documentType},
            {QStringLiteral("parentType"), parentDocumentType},
            {QStringLiteral("by"), checkedBy},
            {QStringLiteral("byName"), checkedByName},
            {QStringLiteral("at"), isoUtc(checkedAt)}};
}

IdentityDocumentCheck IdentityDocumentCheck::fromJson(const QJsonObject& o)
{
    IdentityDocumentCheck d;
    d.documentType = o.value(QStringLiteral("type")).toString();
    d.parentDocumentType = o.value(QStringLiteral("parentType")).toString();
    d.checkedBy = o.value(QStringLiteral("by")).toString();
    d.checkedByName = o.value(QStringLiteral("byName")).toString();
    d.checkedAt = timeFrom(o.value(QStringLiteral("at")));
    return d;
}

QJsonObject IdentityTraits::toJson() const
{
    return {{QStringLiteral("birthFamilyName"), birthFamilyName},
            {QStringLiteral("givenNames"), givenNames},
            {QStringLiteral("firstGivenName"), firstGivenName},
            {QStringLiteral("sex"), sexCode(sex)},
            {QStringLiteral("birthDate"), birthDate.toIso()},
            {QStringLiteral("birthPlaceCode"), birthPlaceCode}};
}

IdentityTraits IdentityTraits::fromJson(const QJsonObject& o)
{
    IdentityTraits t;
    t.birthFamilyName = o.value(QStringLiteral("birthFamilyName")).toString();
    t.givenNames = o.value(QStringLiteral("givenNames")).toString();
    t.firstGivenName = o.value(QStringLiteral("firstGivenName")).toString();
    t.sex = sexFromCode(o.value(QStringLiteral("sex")).toString());
    t.birthDate = BirthDate::fromIso(o.value(QStringLiteral("birthDate")).toString());
    t.birthPlaceCode = o.value(QStringLiteral("birthPlaceCode")).toString();
    return t;
}

QJsonObject InsiRecord::toJson() const
{
    if (!isRecorded()) {
        return {};
    }
    return {{QStringLiteral("at"), isoUtc(at)},         {QStringLiteral("by"), by},
            {QStringLiteral("byName"), byName},         {QStringLiteral("operation"), operation},
            {QStringLiteral("matricule"), matricule},   {QStringLiteral("oid"), oid},
            {QStringLiteral("traits"), traits.toJson()}};
}

InsiRecord InsiRecord::fromJson(const QJsonObject& o)
{
    InsiRecord r;
    r.at = timeFrom(o.value(QStringLiteral("at")));
    r.by = o.value(QStringLiteral("by")).toString();
    r.byName = o.value(QStringLiteral("byName")).toString();
    r.operation = o.value(QStringLiteral("operation")).toString();
    r.matricule = o.value(QStringLiteral("matricule")).toString();
    r.oid = o.value(QStringLiteral("oid")).toString();
    r.traits = IdentityTraits::fromJson(o.value(QStringLiteral("traits")).toObject());
    return r;
}

QJsonObject Allergy::toJson() const
{
    return {{QStringLiteral("uuid"), uuid},
            {QStringLiteral("kind"), intolerance ? QStringLiteral("intolerance") : QStringLiteral("allergy")},
            {QStringLiteral("text"), text},
            {QStringLiteral("reaction"), reaction},
            {QStringLiteral("substanceCode"), substanceCode},
            {QStringLiteral("recordedOn"), recordedOn.toString(Qt::ISODate)}};
}

Allergy Allergy::fromJson(const QJsonObject& o)
{
    Allergy a;
    a.uuid = o.value(QStringLiteral("uuid")).toString();
    a.intolerance = o.value(QStringLiteral("kind")).toString() == QLatin1StringView("intolerance");
    a.text = o.value(QStringLiteral("text")).toString();
    a.reaction = o.value(QStringLiteral("reaction")).toString();
    a.substanceCode = o.value(QStringLiteral("substanceCode")).toString();
    a.recordedOn = QDate::fromString(o.value(QStringLiteral("recordedOn")).toString(), Qt::ISODate);
    return a;
}

QJsonObject PatientRightsState::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            o.insert(QString::fromLatin1(key), value);
        }
    };
    put("restrictedAt", isoUtc(restrictedAt));
    put("restrictionReason", restrictionReason);
    put("objectionAt", isoUtc(objectionAt));
    put("consentWithdrawnAt", isoUtc(consentWithdrawnAt));
    put("postMortemDirectives", postMortemDirectives);
    put("postMortemRecordedAt", isoUtc(postMortemRecordedAt));
    return o;
}

PatientRightsState PatientRightsState::fromJson(const QJsonObject& o)
{
    PatientRightsState r;
    r.restrictedAt = timeFrom(o.value(QStringLiteral("restrictedAt")));
    r.restrictionReason = o.value(QStringLiteral("restrictionReason")).toString();
    r.objectionAt = timeFrom(o.value(QStringLiteral("objectionAt")));
    r.consentWithdrawnAt = timeFrom(o.value(QStringLiteral("consentWithdrawnAt")));
    r.postMortemDirectives = o.value(QStringLiteral("postMortemDirectives")).toString();
    r.postMortemRecordedAt = timeFrom(o.value(QStringLiteral("postMortemRecordedAt")));
    return r;
}

const QStringList& strictTraitFields()
{
    static const QStringList f = {QStringLiteral("birth_family_name"), QStringLiteral("given_names"),
                                  QStringLiteral("first_given_name"),  QStringLiteral("sex"),
                                  QStringLiteral("birth_date"),        QStringLiteral("birth_place_code")};
    return f;
}

const QStringList& identityFields()
{
    static const QStringList f = strictTraitFields()
        + QStringList {QStringLiteral("used_family_name"), QStringLiteral("used_given_name"),
                       QStringLiteral("nir"), QStringLiteral("ins_oid")};
    return f;
}

const QStringList& contactFields()
{
    static const QStringList f
        = {QStringLiteral("address_line"), QStringLiteral("address_line2"), QStringLiteral("postal_code"),
           QStringLiteral("city"),         QStringLiteral("phone"),         QStringLiteral("mobile_phone"),
           QStringLiteral("email")};
    return f;
}

const QStringList& clinicalFields()
{
    static const QStringList f = {QStringLiteral("allergies"),      QStringLiteral("notes"),
                                  QStringLiteral("physician_name"), QStringLiteral("physician_rpps"),
                                  QStringLiteral("facility_name"),  QStringLiteral("facility_finess"),
                                  QStringLiteral("facility_room")};
    return f;
}

namespace {
const QStringList& evidenceFields()
{
    static const QStringList f = {QStringLiteral("identity_status"),
                                  QStringLiteral("identity_document"),
                                  QStringLiteral("insi"),
                                  QStringLiteral("reliability_flags"),
                                  QStringLiteral("rights"),
                                  QStringLiteral("merged_into")};
    return f;
}

QString allergiesText(const std::vector<Allergy>& allergies)
{
    QJsonArray a;
    for (const Allergy& x : allergies) {
        a.append(x.toJson());
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

QString Patient::fieldValue(const QString& f) const
{
    static const QHash<QString, std::function<QString(const Patient&)>> getters = {
        {QStringLiteral("birth_family_name"), [](const Patient& p) { return p.birthFamilyName; }},
        {QStringLiteral("given_names"), [](const Patient& p) { return p.givenNames; }},
        {QStringLiteral("first_given_name"), [](const Patient& p) { return p.firstGivenName; }},
        {QStringLiteral("sex"), [](const Patient& p) { return sexCode(p.sex); }},
        {QStringLiteral("birth_date"), [](const Patient& p) { return p.birthDate.toIso(); }},
        {QStringLiteral("birth_place_code"), [](const Patient& p) { return p.birthPlaceCode; }},
        {QStringLiteral("used_family_name"), [](const Patient& p) { return p.usedFamilyName; }},
        {QStringLiteral("used_given_name"), [](const Patient& p) { return p.usedGivenName; }},
        {QStringLiteral("nir"), [](const Patient& p) { return p.nir; }},
        {QStringLiteral("ins_oid"), [](const Patient& p) { return p.insOid; }},
        {QStringLiteral("address_line"), [](const Patient& p) { return p.addressLine; }},
        {QStringLiteral("address_line2"), [](const Patient& p) { return p.addressLine2; }},
        {QStringLiteral("postal_code"), [](const Patient& p) { return p.postalCode; }},
        {QStringLiteral("city"), [](const Patient& p) { return p.city; }},
        {QStringLiteral("phone"), [](const Patient& p) { return p.phone; }},
        {QStringLiteral("mobile_phone"), [](const Patient& p) { return p.mobilePhone; }},
        {QStringLiteral("email"), [](const Patient& p) { return p.email; }},
        {QStringLiteral("allergies"), [](const Patient& p) { return allergiesText(p.allergies); }},
        {QStringLiteral("notes"), [](const Patient& p) { return p.notes; }},
        {QStringLiteral("physician_name"), [](const Patient& p) { return p.physicianName; }},
        {QStringLiteral("physician_rpps"), [](const Patient& p) { return p.physicianRpps; }},
        {QStringLiteral("facility_name"), [](const Patient& p) { return p.facilityName; }},
        {QStringLiteral("facility_finess"), [](const Patient& p) { return p.facilityFiness; }},
        {QStringLiteral("facility_room"), [](const Patient& p) { return p.facilityRoom; }},
        {QStringLiteral("identity_status"),
         [](const Patient& p) { return identityStatusCode(p.identityStatus); }},
        {QStringLiteral("identity_document"),
         [](const Patient& p) { return compactJson(p.document.toJson()); }},
        {QStringLiteral("insi"), [](const Patient& p) { return compactJson(p.insi.toJson()); }},
        {QStringLiteral("reliability_flags"), [](const Patient& p) { return p.reliabilityFlags.join(u' '); }},
        {QStringLiteral("rights"), [](const Patient& p) { return compactJson(p.rights.toJson()); }},
        {QStringLiteral("merged_into"), [](const Patient& p) { return p.mergedInto; }},
    };
    const auto it = getters.constFind(f);
    return it == getters.constEnd() ? QString() : (*it)(*this);
}

QStringList Patient::changedFields(const Patient& a, const Patient& b)
{
    QStringList out;
    for (const QStringList* group :
         {&identityFields(), &contactFields(), &clinicalFields(), &evidenceFields()}) {
        for (const QString& f : *group) {
            if (a.fieldValue(f) != b.fieldValue(f)) {
                out << f;
            }
        }
    }
    return out;
}

QString Patient::effectiveFirstGivenName() const
{
    return firstGivenName.isEmpty() ? givenNames.section(u' ', 0, 0) : firstGivenName;
}

IdentityTraits Patient::traits() const
{
    return {birthFamilyName, givenNames, effectiveFirstGivenName(), sex, birthDate, birthPlaceCode};
}

void Patient::setTraits(const IdentityTraits& t)
{
    birthFamilyName = t.birthFamilyName;
    givenNames = t.givenNames;
    firstGivenName = t.firstGivenName;
    sex = t.sex;
    birthDate = t.birthDate;
    birthPlaceCode = t.birthPlaceCode;
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
    return ageOn(BirthDate(birthDate), today);
}

QString Patient::displayName() const
{
    const QString given = usedGivenName.isEmpty() ? effectiveFirstGivenName() : usedGivenName;
    return familyNameLine(birthFamilyName, usedFamilyName, sex) + u' ' + given;
}

QString PatientSummary::displayName() const
{
    return familyName() + u' ' + (usedGivenName.isEmpty() ? givenNames.section(u' ', 0, 0) : usedGivenName);
}

QJsonObject Patient::toJson() const
{
    QJsonArray allergyArray;
    for (const Allergy& a : allergies) {
        allergyArray.append(a.toJson());
    }
    return QJsonObject {
        {QStringLiteral("uuid"), meta.uuid},
        {QStringLiteral("revision"), meta.revision},
        {QStringLiteral("workstationId"), meta.workstationId},
        {QStringLiteral("deleted"), meta.deleted},
        {QStringLiteral("updatedAt"), meta.updatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("birthFamilyName"), birthFamilyName},
        {QStringLiteral("givenNames"), givenNames},
        {QStringLiteral("firstGivenName"), firstGivenName},
        {QStringLiteral("sex"), sexCode(sex)},
        {QStringLiteral("birthDate"), birthDate.toIso()},
        {QStringLiteral("birthPlaceCode"), birthPlaceCode},
        {QStringLiteral("usedFamilyName"), usedFamilyName},
        {QStringLiteral("usedGivenName"), usedGivenName},
        {QStringLiteral("nir"), nir},
        {QStringLiteral("insOid"), insOid},
        {QStringLiteral("identityStatus"), identityStatusCode(identityStatus)},
        {QStringLiteral("identityDocument"), document.toJson()},
        {QStringLiteral("insi"), insi.toJson()},
        {QStringLiteral("reliabilityFlags"), QJsonArray::fromStringList(reliabilityFlags)},
        {QStringLiteral("addressLine"), addressLine},
        {QStringLiteral("addressLine2"), addressLine2},
        {QStringLiteral("postalCode"), postalCode},
        {QStringLiteral("city"), city},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("mobilePhone"), mobilePhone},
        {QStringLiteral("email"), email},
        {QStringLiteral("allergies"), allergyArray},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("physicianName"), physicianName},
        {QStringLiteral("physicianRpps"), physicianRpps},
        {QStringLiteral("facilityName"), facilityName},
        {QStringLiteral("facilityFiness"), facilityFiness},
        {QStringLiteral("facilityRoom"), facilityRoom},
        {QStringLiteral("careActivityAt"), isoUtc(careActivityAt)},
        {QStringLiteral("rights"), rights.toJson()},
        {QStringLiteral("mergedInto"), mergedInto},
        {QStringLiteral("erasedAt"), isoUtc(erasedAt)},
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
