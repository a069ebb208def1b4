#pragma once

#include "model/record.h"

#include <QDate>
#include <QDebug>
#include <QJsonObject>
#include <QString>

namespace Officine::Model {

enum class Sex { Female, Male, Unknown };

QString sexCode(Sex sex);
Sex sexFromCode(const QString& code);

/// A patient's identity and contact. The patients issue adds INS status, allergies and notes.
/// Names follow the INS traits: the birth family name (nom de naissance) and the list of given
/// names as on the identity document; the used family name (nom d'usage) is optional.
struct Patient
{
    RecordMeta meta;
    QString birthFamilyName;
    QString usedFamilyName;
    QString givenNames;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString nir; ///< 15 characters, or empty when unknown
    QString addressLine;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    /// Set when the retention job moved the file to the archive: it is then absent from the
    /// screens and searches, and opening it needs a written justification. Not synced.
    QDateTime archivedAt;

    /// "DUPONT (née MARTIN) Jeanne" style: the name the counter calls.
    QString displayName() const;
    QString firstGivenName() const;
    QJsonObject toJson() const;
    /// Names (stable, as in the store) of the fields that differ between two versions of a
    /// patient; against a default Patient, the fields a new record fills. For the audit trail.
    static QStringList changedFields(const Patient& before, const Patient& after);
};

/// What the patient list shows of a patient, read from the search projection (one contiguous
/// index range per search); the full record is read with PatientRepository::get().
struct PatientSummary
{
    QString uuid;
    QString birthFamilyName;
    QString usedFamilyName;
    QString givenNames;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString city;
    QString phone;
};

/// Prints only the record's UUID and revision: a patient's fields are never formatted into a
/// log line.
QDebug operator<<(QDebug debug, const Patient& patient);
QDebug operator<<(QDebug debug, const PatientSummary& patient);

} // namespace Officine::Model
