#include "fhirbundle.h"

#include "identity/identityvigilance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Officine::Export {

namespace {

const QString kFrCore = QStringLiteral("https://hl7.fr/ig/fhir/core");

QString fr(const QString& path)
{
    return kFrCore + path;
}

QJsonObject coding(const QString& system, const QString& code, const QString& display = {})
{
    QJsonObject c {{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty()) {
        c.insert(QStringLiteral("display"), display);
    }
    return c;
}

QString gender(Model::Sex s)
{
    switch (s) {
    case Model::Sex::Female:
        return QStringLiteral("female");
    case Model::Sex::Male:
        return QStringLiteral("male");
    case Model::Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString instant(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString insSliceCode(const QString& oid)
{
    return Identity::Vigilance::oidSlice(oid);
}

} // namespace

QString FhirBundle::fhirDate(const Model::BirthDate& d)
{
    if (!d.isValid()) {
        return {};
    }
    const QString y = QStringLiteral("%1").arg(d.year(), 4, 10, QLatin1Char('0'));
    if (d.month() == 0) {
        return y;
    }
    const QString ym = y + QStringLiteral("-%1").arg(d.month(), 2, 10, QLatin1Char('0'));
    return d.day() == 0 ? ym : ym + QStringLiteral("-%1").arg(d.day(), 2, 10, QLatin1Char('0'));
}

QJsonObject FhirBundle::patientResource(const Input& in)
{
    const Model::Patient& p = in.patient;
    const bool qualified = p.identityStatus == Model::IdentityStatus::Qualifiee && !p.nir.isEmpty();
    QJsonObject r;
    r.insert(QStringLiteral("resourceType"), QStringLiteral("Patient"));
    r.insert(QStringLiteral("id"), p.meta.uuid);
    r.insert(
        QStringLiteral("meta"),
        QJsonObject {{QStringLiteral("profile"),
                      QJsonArray {fr(qualified ? QStringLiteral("/StructureDefinition/fr-core-patient-ins")
                                               : QStringLiteral("/StructureDefinition/fr-core-patient"))}},
                     {QStringLiteral("lastUpdated"), instant(p.meta.updatedAt)}});

    QJsonArray identifiers;
    identifiers.append(
        QJsonObject {{QStringLiteral("use"), QStringLiteral("usual")},
                     {QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986")},
                     {QStringLiteral("value"), QString(QStringLiteral("urn:uuid:") + p.meta.uuid)}});
    // The INS matricule may be shared only for a qualified identity (FR Core, RNIV).
    if (qualified) {
        const QString slice = insSliceCode(p.insOid);
        identifiers.append(QJsonObject {
            {QStringLiteral("use"),
             p.insOid == Identity::kOidInsNia ? QStringLiteral("temp") : QStringLiteral("official")},
            {QStringLiteral("type"),
             QJsonObject {
                 {QStringLiteral("coding"),
                  QJsonArray {coding(fr(QStringLiteral("/CodeSystem/fr-core-cs-v2-0203")), slice)}}}},
            {QStringLiteral("system"), QString(QStringLiteral("urn:oid:") + p.insOid)},
            {QStringLiteral("value"), p.nir}});
    }
    r.insert(QStringLiteral("identifier"), identifiers);

    QJsonArray extensions;
    // Identity reliability: the status and what raised it.
    QJsonArray reliability {QJsonObject {{QStringLiteral("url"), QStringLiteral("identityStatus")},
                                         {QStringLiteral("valueCoding"),
                                          coding(fr(QStringLiteral("/CodeSystem/fr-core-cs-identity-status")),
                                                 Model::identityStatusCode(p.identityStatus),
                                                 Identity::Vigilance::statusLabel(p.identityStatus))}}};
    if (p.document.isRecorded()) {
        reliability.append(
            QJsonObject {{QStringLiteral("url"), QStringLiteral("validationDate")},
                         {QStringLiteral("valueDate"), p.document.checkedAt.date().toString(Qt::ISODate)}});
        reliability.append(QJsonObject {
            {QStringLiteral("url"), QStringLiteral("validationMode")},
            {QStringLiteral("valueCoding"),
             coding(fr(QStringLiteral("/CodeSystem/fr-core-cs-mode-validation-identity")),
                    p.document.documentType, Identity::Vigilance::documentLabel(p.document.documentType))}});
    }
    extensions.append(QJsonObject {
        {QStringLiteral("url"), fr(QStringLiteral("/StructureDefinition/fr-core-identity-reliability"))},
        {QStringLiteral("extension"), reliability}});
    if (!p.birthPlaceCode.isEmpty()) {
        extensions.append(QJsonObject {
            {QStringLiteral("url"),
             QStringLiteral("http://hl7.org/fhir/StructureDefinition/patient-birthPlace")},
            {QStringLiteral("valueAddress"),
             QJsonObject {
                 {QStringLiteral("extension"),
                  QJsonArray {QJsonObject {
                      {QStringLiteral("url"),
                       fr(QStringLiteral("/StructureDefinition/fr-core-address-insee-code"))},
                      {QStringLiteral("valueCoding"),
                       coding(QStringLiteral(
                                  "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM"),
                              p.birthPlaceCode)}}}}}}});
    }
    r.insert(QStringLiteral("extension"), extensions);

    QJsonArray names;
    QJsonObject official {{QStringLiteral("use"), QStringLiteral("official")},
                          {QStringLiteral("family"), p.birthFamilyName},
                          {QStringLiteral("given"), QJsonArray {p.effectiveFirstGivenName()}}};
    if (!p.givenNames.isEmpty()) {
        official.insert(QStringLiteral("extension"),
                        QJsonArray {QJsonObject {
                            {QStringLiteral("url"),
                             fr(QStringLiteral("/StructureDefinition/fr-core-birth-list-given-name"))},
                            {QStringLiteral("valueString"), p.givenNames}}});
    }
    names.append(official);
    if (!p.usedFamilyName.isEmpty() || !p.usedGivenName.isEmpty()) {
        QJsonObject usual {{QStringLiteral("use"), QStringLiteral("usual")}};
        if (!p.usedFamilyName.isEmpty()) {
            usual.insert(QStringLiteral("family"), p.usedFamilyName);
        }
        if (!p.usedGivenName.isEmpty()) {
            usual.insert(QStringLiteral("given"), QJsonArray {p.usedGivenName});
        }
        names.append(usual);
    }
    r.insert(QStringLiteral("name"), names);
    r.insert(QStringLiteral("gender"), gender(p.sex));
    if (const QString d = fhirDate(p.birthDate); !d.isEmpty()) {
        r.insert(QStringLiteral("birthDate"), d);
    }

    QJsonArray telecom;
    auto contact = [&telecom](const QString& system, const QString& value, const QString& use) {
        if (!value.isEmpty()) {
            QJsonObject t {{QStringLiteral("system"), system}, {QStringLiteral("value"), value}};
            if (!use.isEmpty()) {
                t.insert(QStringLiteral("use"), use);
            }
            telecom.append(t);
        }
    };
    contact(QStringLiteral("phone"), p.phone, QStringLiteral("home"));
    contact(QStringLiteral("phone"), p.mobilePhone, QStringLiteral("mobile"));
    contact(QStringLiteral("email"), p.email, QString());
    if (!telecom.isEmpty()) {
        r.insert(QStringLiteral("telecom"), telecom);
    }
    if (!p.addressLine.isEmpty() || !p.city.isEmpty() || !p.postalCode.isEmpty()) {
        QJsonObject address {{QStringLiteral("use"), QStringLiteral("home")}};
        QJsonArray lines;
        for (const QString& l : {p.addressLine, p.addressLine2}) {
            if (!l.isEmpty()) {
                lines.append(l);
            }
        }
        if (!lines.isEmpty()) {
            address.insert(QStringLiteral("line"), lines);
        }
        if (!p.postalCode.isEmpty()) {
            address.insert(QStringLiteral("postalCode"), p.postalCode);
        }
        if (!p.city.isEmpty()) {
            address.insert(QStringLiteral("city"), p.city);
        }
        r.insert(QStringLiteral("address"), QJsonArray {address});
    }
    if (!p.physicianName.isEmpty() || !p.physicianRpps.isEmpty()) {
        QJsonObject gp;
        if (!p.physicianName.isEmpty()) {
            gp.insert(QStringLiteral("display"), p.physicianName);
        }
        if (!p.physicianRpps.isEmpty()) {
            gp.insert(QStringLiteral("identifier"),
                      QJsonObject {{QStringLiteral("system"), QStringLiteral("https://rpps.esante.gouv.fr")},
                                   {QStringLiteral("value"), p.physicianRpps}});
        }
        r.insert(QStringLiteral("generalPractitioner"), QJsonArray {gp});
    }
    if (!in.photo.isEmpty()) {
        r.insert(
            QStringLiteral("photo"),
            QJsonArray {QJsonObject {{QStringLiteral("contentType"), in.photoType},
                                     {QStringLiteral("data"), QString::fromLatin1(in.photo.toBase64())}}});
    }
    return r;
}

QJsonObject FhirBundle::allergyResource(const Model::Allergy& a, const QString& patientReference)
{
    QJsonObject r {
        {QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")},
        {QStringLiteral("id"), a.uuid},
        {QStringLiteral("clinicalStatus"),
         QJsonObject {
             {QStringLiteral("coding"),
              QJsonArray {
                  coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"),
                         QStringLiteral("active"))}}}},
        {QStringLiteral("type"), a.intolerance ? QStringLiteral("intolerance") : QStringLiteral("allergy")},
        {QStringLiteral("code"), QJsonObject {{QStringLiteral("text"), a.text}}},
        {QStringLiteral("patient"), QJsonObject {{QStringLiteral("reference"), patientReference}}},
    };
    if (a.recordedOn.isValid()) {
        r.insert(QStringLiteral("recordedDate"), a.recordedOn.toString(Qt::ISODate));
    }
    if (!a.reaction.isEmpty()) {
        r.insert(
            QStringLiteral("reaction"),
            QJsonArray {QJsonObject {{QStringLiteral("manifestation"),
                                      QJsonArray {QJsonObject {{QStringLiteral("text"), a.reaction}}}}}});
    }
    return r;
}

QJsonObject FhirBundle::build(const Input& in)
{
    const QString patientUrl = QStringLiteral("urn:uuid:") + in.patient.meta.uuid;
    QJsonArray entries;
    entries.append(QJsonObject {{QStringLiteral("fullUrl"), patientUrl},
                                {QStringLiteral("resource"), patientResource(in)}});
    for (const Model::Allergy& a : in.patient.allergies) {
        entries.append(
            QJsonObject {{QStringLiteral("fullUrl"), QString(QStringLiteral("urn:uuid:") + a.uuid)},
                         {QStringLiteral("resource"), allergyResource(a, patientUrl)}});
    }
    return QJsonObject {
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), QStringLiteral("collection")},
        {QStringLiteral("timestamp"), instant(in.now)},
        {QStringLiteral("entry"), entries},
    };
}

QByteArray FhirBundle::toJson(const QJsonObject& bundle)
{
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace Officine::Export
