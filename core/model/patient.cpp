#include "patient.h"

#include "util/jsonwriter.h"

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
} // namespace

void IdentityDocumentCheck::write(Json::Writer& w) const
{
    w.beginObject();
    if (isRecorded()) {
        w.field("type", documentType)
            .field("parentType", parentDocumentType)
            .field("by", checkedBy)
            .field("byName", checkedByName)
            .field("at", isoUtc(checkedAt));
    }
    w.endObject();
}

QJsonObject IdentityDocumentCheck::toJson() const
{
    return Json::object([this](Json::Writer& w) { write(w); });
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

void IdentityTraits::write(Json::Writer& w) const
{
    w.beginObject()
        .field("birthFamilyName", birthFamilyName)
        .field("givenNames", givenNames)
        .field("firstGivenName", firstGivenName)
        .field("sex", sexCode(sex))
        .field("birthDate", birthDate.toIso())
        .field("birthPlaceCode", birthPlaceCode)
        .endObject();
}

QJsonObject IdentityTraits::toJson() const
{
    return Json::object([this](Json::Writer& w) { write(w); });
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

void InsiRecord::write(Json::Writer& w) const
{
    w.beginObject();
    if (isRecorded()) {
        w.field("at", isoUtc(at))
            .field("by", by)
            .field("byName", byName)
            .field("operation", operation)
            .field("matricule", matricule)
            .field("oid", oid)
            .key("traits");
        traits.write(w);
    }
    w.endObject();
}

QJsonObject InsiRecord::toJson() const
{
    return Json::object([this](Json::Writer& w) { write(w); });
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

void Allergy::write(Json::Writer& w) const
{
    w.beginObject()
        .field("uuid", uuid)
        .field("kind", intolerance ? QLatin1StringView("intolerance") : QLatin1StringView("allergy"))
        .field("text", text)
        .field("reaction", reaction)
        .field("substanceCode", substanceCode)
        .field("recordedOn", recordedOn.toString(Qt::ISODate))
        .endObject();
}

QJsonObject Allergy::toJson() const
{
    return Json::object([this](Json::Writer& w) { write(w); });
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

void PatientRightsState::write(Json::Writer& w) const
{
    w.beginObject()
        .fieldIfSet("restrictedAt", isoUtc(restrictedAt))
        .fieldIfSet("restrictionReason", restrictionReason)
        .fieldIfSet("objectionAt", isoUtc(objectionAt))
        .fieldIfSet("consentWithdrawnAt", isoUtc(consentWithdrawnAt))
        .fieldIfSet("postMortemDirectives", postMortemDirectives)
        .fieldIfSet("postMortemRecordedAt", isoUtc(postMortemRecordedAt))
        .endObject();
}

QJsonObject PatientRightsState::toJson() const
{
    return Json::object([this](Json::Writer& w) { write(w); });
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

namespace {
/// A structured part as compared and shown in the history: its JSON text.
template<typename T>
QString documentText(const T& part)
{
    return QString::fromUtf8(Json::text([&part](Json::Writer& w) { part.write(w); }));
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
        {QStringLiteral("identity_document"), [](const Patient& p) { return documentText(p.document); }},
        {QStringLiteral("insi"), [](const Patient& p) { return documentText(p.insi); }},
        {QStringLiteral("reliability_flags"), [](const Patient& p) { return p.reliabilityFlags.join(u' '); }},
        {QStringLiteral("rights"), [](const Patient& p) { return documentText(p.rights); }},
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

void Patient::write(Json::Writer& w) const
{
    w.beginObject()
        .field("uuid", meta.uuid)
        .field("revision", meta.revision)
        .field("workstationId", meta.workstationId)
        .field("deleted", meta.deleted)
        .field("updatedAt", isoUtc(meta.updatedAt))
        .field("birthFamilyName", birthFamilyName)
        .field("givenNames", givenNames)
        .field("firstGivenName", firstGivenName)
        .field("sex", sexCode(sex))
        .field("birthDate", birthDate.toIso())
        .field("birthPlaceCode", birthPlaceCode)
        .field("usedFamilyName", usedFamilyName)
        .field("usedGivenName", usedGivenName)
        .field("nir", nir)
        .field("insOid", insOid)
        .field("identityStatus", identityStatusCode(identityStatus))
        .key("identityDocument");
    document.write(w);
    w.key("insi");
    insi.write(w);
    w.key("reliabilityFlags").beginArray();
    for (const QString& f : reliabilityFlags) {
        w.value(f);
    }
    w.endArray()
        .field("addressLine", addressLine)
        .field("addressLine2", addressLine2)
        .field("postalCode", postalCode)
        .field("city", city)
        .field("phone", phone)
        .field("mobilePhone", mobilePhone)
        .field("email", email)
        .key("allergies")
        .beginArray();
    for (const Allergy& a : allergies) {
        a.write(w);
    }
    w.endArray()
        .field("notes", notes)
        .field("physicianName", physicianName)
        .field("physicianRpps", physicianRpps)
        .field("facilityName", facilityName)
        .field("facilityFiness", facilityFiness)
        .field("facilityRoom", facilityRoom)
        .field("careActivityAt", isoUtc(careActivityAt))
        .key("rights");
    rights.write(w);
    w.field("mergedInto", mergedInto).field("erasedAt", isoUtc(erasedAt)).endObject();
}

Patient Patient::fromJson(const QJsonObject& o)
{
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    const auto moment = [&text](const char* key) {
        const QString t = text(key);
        return t.isEmpty() ? QDateTime() : QDateTime::fromString(t, Qt::ISODateWithMs);
    };
    Patient p;
    p.meta.uuid = text("uuid");
    p.meta.revision = o.value(QLatin1String("revision")).toInteger();
    p.meta.workstationId = text("workstationId");
    p.meta.deleted = o.value(QLatin1String("deleted")).toBool();
    p.meta.updatedAt = moment("updatedAt");
    p.birthFamilyName = text("birthFamilyName");
    p.givenNames = text("givenNames");
    p.firstGivenName = text("firstGivenName");
    p.sex = sexFromCode(text("sex"));
    p.birthDate = BirthDate::fromIso(text("birthDate"));
    p.birthPlaceCode = text("birthPlaceCode");
    p.usedFamilyName = text("usedFamilyName");
    p.usedGivenName = text("usedGivenName");
    p.nir = text("nir");
    p.insOid = text("insOid");
    p.identityStatus = identityStatusFromCode(text("identityStatus"));
    p.document = IdentityDocumentCheck::fromJson(o.value(QLatin1String("identityDocument")).toObject());
    p.insi = InsiRecord::fromJson(o.value(QLatin1String("insi")).toObject());
    for (const QJsonValue& f : o.value(QLatin1String("reliabilityFlags")).toArray()) {
        p.reliabilityFlags << f.toString();
    }
    p.addressLine = text("addressLine");
    p.addressLine2 = text("addressLine2");
    p.postalCode = text("postalCode");
    p.city = text("city");
    p.phone = text("phone");
    p.mobilePhone = text("mobilePhone");
    p.email = text("email");
    for (const QJsonValue& a : o.value(QLatin1String("allergies")).toArray()) {
        p.allergies.push_back(Allergy::fromJson(a.toObject()));
    }
    p.notes = text("notes");
    p.physicianName = text("physicianName");
    p.physicianRpps = text("physicianRpps");
    p.facilityName = text("facilityName");
    p.facilityFiness = text("facilityFiness");
    p.facilityRoom = text("facilityRoom");
    p.careActivityAt = moment("careActivityAt");
    p.rights = PatientRightsState::fromJson(o.value(QLatin1String("rights")).toObject());
    p.mergedInto = text("mergedInto");
    p.erasedAt = moment("erasedAt");
    return p;
}

QJsonObject Patient::toJson() const
{
    return Json::object([this](Json::Writer& w) { write(w); });
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
