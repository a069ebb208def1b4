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

/// The family name as the counter calls it, in capitals: the used name (nom d'usage) when there
/// is one, followed by "(née MARTIN)" / "(né MARTIN)" when the birth name differs from it. The
/// one place patient names are formatted: screens, the audit viewer and documents use it.
QString familyNameLine(const QString& birthFamilyName, const QString& usedFamilyName, Sex sex);
/// Full years between `birthDate` and `today` (0 before the first birthday; -1 for an invalid
/// date). A birthday on 29 February counts on 1 March in common years.
int ageOn(const QDate& birthDate, const QDate& today);

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
    /// Full years on the day of the search (by the injected clock); -1 when the date is unknown.
    int ageYears = -1;

    /// "DUPONT (née MARTIN)".
    QString familyName() const { return familyNameLine(birthFamilyName, usedFamilyName, sex); }
    /// "DUPONT (née MARTIN) Jeanne": family name and first given name.
    QString displayName() const;
};

/// Prints only the record's UUID and revision: a patient's fields are never formatted into a
/// log line.
QDebug operator<<(QDebug debug, const Patient& patient);
QDebug operator<<(QDebug debug, const PatientSummary& patient);

} // namespace Officine::Model
