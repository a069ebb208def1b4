#pragma once

#include "model/birthdate.h"
#include "model/record.h"

#include <QDebug>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace Officine::Json {
class Writer;
}

namespace Officine::Model {

enum class Sex { Female, Male, Unknown };

QString sexCode(Sex sex);
Sex sexFromCode(const QString& code);

/// The family name as the counter calls it, in capitals: the used name (nom d'usage) when there
/// is one, followed by "(née MARTIN)" / "(né MARTIN)" when the birth name differs from it. The
/// one place patient names are formatted: screens, the audit viewer and documents use it.
QString familyNameLine(const QString& birthFamilyName, const QString& usedFamilyName, Sex sex);
/// Full years between `birthDate` and `today` (see BirthDate's ageOn for partial dates).
int ageOn(const QDate& birthDate, const QDate& today);

/// The four identity statuses of the national identity-vigilance rules (RNIV, exigence EXI SI
/// 07), codes of FR Core's identity-reliability code system. The status is never typed: it is
/// what the recorded evidence proves (Identity::statusFor).
enum class IdentityStatus { Provisoire, Recuperee, Validee, Qualifiee };
QString identityStatusCode(IdentityStatus s); ///< PROV, RECUP, VALI, QUAL
IdentityStatus identityStatusFromCode(const QString& code);

/// An identity document seen by a member of the team (FR Core mode-validation-identity codes:
/// PA passeport, CN carte nationale d'identité, CS titre de séjour, LEP livret de famille des
/// parents…). A minor's family-book or birth certificate counts with the parent's own document,
/// recorded in parentDocumentType.
struct IdentityDocumentCheck
{
    QString documentType;
    QString parentDocumentType;
    QString checkedBy; ///< staff account UUID
    QString checkedByName; ///< as shown then, for the file's history
    QDateTime checkedAt;

    bool isRecorded() const { return !documentType.isEmpty() && checkedAt.isValid(); }
    void write(Json::Writer& w) const; ///< the JSON document (outbox payloads, stored columns)
    QJsonObject toJson() const;
    static IdentityDocumentCheck fromJson(const QJsonObject& o);
    friend bool operator==(const IdentityDocumentCheck&, const IdentityDocumentCheck&) = default;
};

/// The strict traits of an identity, as typed or as the INSi teleservice returned them.
struct IdentityTraits
{
    QString birthFamilyName;
    QString givenNames; ///< the list of birth given names, in order, separated by spaces
    QString firstGivenName;
    Sex sex = Sex::Unknown;
    BirthDate birthDate;
    QString birthPlaceCode; ///< INSEE code: a commune (75115, 2A004, 97105) or 99xxx for a country

    void write(Json::Writer& w) const; ///< the JSON document (outbox payloads, stored columns)
    QJsonObject toJson() const;
    static IdentityTraits fromJson(const QJsonObject& o);
    friend bool operator==(const IdentityTraits&, const IdentityTraits&) = default;
};

/// What the INSi teleservice answered and the team accepted: the INS it returned, with its OID,
/// and the traits it returned them with.
struct InsiRecord
{
    QDateTime at;
    QString by; ///< staff account UUID
    QString byName;
    QString operation; ///< "traits", "vitale" or "verify"
    QString matricule;
    QString oid;
    IdentityTraits traits;

    bool isRecorded() const { return at.isValid() && !matricule.isEmpty(); }
    void write(Json::Writer& w) const; ///< the JSON document (outbox payloads, stored columns)
    QJsonObject toJson() const;
    static InsiRecord fromJson(const QJsonObject& o);
    friend bool operator==(const InsiRecord&, const InsiRecord&) = default;
};

/// An allergy or intolerance, free text until the catalogue links it to a substance.
struct Allergy
{
    QString uuid;
    bool intolerance = false; ///< an intolerance rather than an allergy
    QString text; ///< the substance or drug, as the patient says it
    QString reaction;
    QString substanceCode; ///< catalogue substance, once the catalogue exists
    QDate recordedOn;

    void write(Json::Writer& w) const; ///< the JSON document (outbox payloads, stored columns)
    QJsonObject toJson() const;
    static Allergy fromJson(const QJsonObject& o);
    friend bool operator==(const Allergy&, const Allergy&) = default;
};

/// What the patient asked of their rights that changes how the file is handled (RGPD art. 18,
/// 21, consent, post-mortem directives). The requests themselves are listed as events.
struct PatientRightsState
{
    QDateTime restrictedAt; ///< set while the file is restricted (read-only)
    QString restrictionReason;
    QDateTime objectionAt; ///< objection to sharing with the care circle
    QDateTime consentWithdrawnAt;
    QString postMortemDirectives;
    QDateTime postMortemRecordedAt;

    bool restricted() const { return restrictedAt.isValid(); }
    void write(Json::Writer& w) const; ///< the JSON document (outbox payloads, stored columns)
    QJsonObject toJson() const;
    static PatientRightsState fromJson(const QJsonObject& o);
    friend bool operator==(const PatientRightsState&, const PatientRightsState&) = default;
};

/// A patient's file: the INS identity and what raised its status, contact, clinical data and
/// the state of their rights. Names follow the INS traits: the birth family name and the list
/// of birth given names as on the identity document; the used family and first names
/// (traits complémentaires) are optional.
struct Patient
{
    RecordMeta meta;
    // Strict traits.
    QString birthFamilyName;
    QString givenNames; ///< birth given names, in order
    QString firstGivenName; ///< empty: the first word of givenNames
    Sex sex = Sex::Unknown;
    BirthDate birthDate;
    QString birthPlaceCode;
    // Complementary traits.
    QString usedFamilyName;
    QString usedGivenName;
    // INS.
    QString nir; ///< the INS matricule (NIR or NIA), 15 characters, or empty when unknown
    QString insOid; ///< its system: 1.2.250.1.213.1.4.8 (NIR), .9 (NIA), .10 (test), .11 (demo)
    IdentityStatus identityStatus = IdentityStatus::Provisoire; ///< kept equal to statusFor()
    IdentityDocumentCheck document;
    InsiRecord insi;
    QStringList reliabilityFlags; ///< FR Core codes: DOUT, FICT, DOUA, DPOT, HOMD, HOMA, USUR
    // Contact.
    QString addressLine;
    QString addressLine2;
    QString postalCode;
    QString city;
    QString phone; ///< landline
    QString mobilePhone;
    QString email;
    // Clinical data.
    std::vector<Allergy> allergies;
    QString notes;
    QString physicianName;
    QString physicianRpps;
    QString facilityName;
    QString facilityFiness;
    QString facilityRoom;
    bool hasPhoto = false; ///< the picture itself lives in patient_photo
    /// The last change of clinical data (allergies, notes, later dispensing): the start of the
    /// legal retention that an erasure request must wait for.
    QDateTime careActivityAt;
    PatientRightsState rights;
    /// Set on the absorbed file of a merge: the file that now holds its records.
    QString mergedInto;
    /// Set when the retention job moved the file to the archive: it is then absent from the
    /// screens and searches, and opening it needs a written justification. Not synced.
    QDateTime archivedAt;
    /// Set when the file was erased on the patient's request: a tombstone without health data.
    QDateTime erasedAt;

    /// "DUPONT (née MARTIN) Jeanne" style: the name the counter calls.
    QString displayName() const;
    /// The first given name of the INS traits (explicit, or the first of the list).
    QString effectiveFirstGivenName() const;
    /// The strict traits as typed.
    IdentityTraits traits() const;
    void setTraits(const IdentityTraits& traits);
    void write(Json::Writer& w) const; ///< the JSON document (outbox payloads, stored columns)
    QJsonObject toJson() const;
    /// Reads what write() writes (a document received from the sync server).
    static Patient fromJson(const QJsonObject& o);
    /// Names (stable, as in the store) of the fields that differ between two versions of a
    /// patient; against a default Patient, the fields a new record fills. For the audit trail.
    static QStringList changedFields(const Patient& before, const Patient& after);
    /// The value of a field by its stable name, as text (for the rectification history).
    QString fieldValue(const QString& field) const;
};

/// The stable names of the fields of each part of the file.
const QStringList& strictTraitFields();
const QStringList& identityFields(); ///< strict and complementary traits, INS matricule
const QStringList& contactFields();
const QStringList& clinicalFields();

/// What the patient list shows of a patient, read from the search projection (one contiguous
/// index range per search); the full record is read with PatientRepository::get().
struct PatientSummary
{
    QString uuid;
    QString birthFamilyName;
    QString usedFamilyName;
    QString givenNames;
    QString usedGivenName;
    Sex sex = Sex::Unknown;
    BirthDate birthDate;
    QString city;
    QString phone;
    QString nir;
    IdentityStatus identityStatus = IdentityStatus::Provisoire;
    bool restricted = false;
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
