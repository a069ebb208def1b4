#pragma once

#include "model/patient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace Officine::Export {

/// The patient's data as a FHIR R4 Bundle (RGPD art. 20, portability), profiled on FR Core:
/// a Patient (fr-core-patient, or fr-core-patient-ins when the INS may be shared) with the INS
/// identifier slice and OID only for a qualified identity, the identity reliability extension,
/// the birth place, the given-name list; one AllergyIntolerance per allergy or intolerance. Each
/// resource type added by a later issue (MedicationRequest, MedicationDispense, CareTeam…)
/// appends its entries here. Holds this patient's data only.
class FhirBundle
{
public:
    struct Input
    {
        Model::Patient patient;
        QByteArray photo; ///< JPEG/PNG bytes, or empty
        QString photoType;
        QDateTime now;
    };
    static QJsonObject build(const Input& input);
    static QByteArray toJson(const QJsonObject& bundle);

    /// FHIR date of a birth date with unknown parts: "1948", "1948-03", "1948-03-12".
    static QString fhirDate(const Model::BirthDate& date);
    static QJsonObject patientResource(const Input& input);
    static QJsonObject allergyResource(const Model::Allergy& allergy, const QString& patientReference);
};

} // namespace Officine::Export
