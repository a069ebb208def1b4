#pragma once

#include "model/patient.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace Officine::Identity {

/// The INS identifier systems (domain.md §2, FR Core fr-core-patient-ins).
inline const QString kOidInsNir = QStringLiteral("1.2.250.1.213.1.4.8");
inline const QString kOidInsNia = QStringLiteral("1.2.250.1.213.1.4.9");
inline const QString kOidInsTest = QStringLiteral("1.2.250.1.213.1.4.10");
inline const QString kOidInsDemo = QStringLiteral("1.2.250.1.213.1.4.11");

/// Identity-vigilance rules (RNIV): what raises an identity's status and what may be done with
/// it. The one place these rules live: commands apply them, screens only show their answers.
class Vigilance
{
    Q_DECLARE_TR_FUNCTIONS(Vigilance)

public:
    /// The status the recorded evidence proves: an INSi result whose traits are still those of
    /// the file (I) and a document check (C): PROV −/−, RECUP I, VALI C, QUAL I+C. An identity
    /// marked douteuse or fictive stays provisoire whatever was recorded.
    static Model::IdentityStatus statusFor(const Model::Patient& patient);
    /// Whether the INSi result still describes the traits of the file (names compared without
    /// accents, case or punctuation, as INSi returns them in capitals).
    static bool insiMatches(const Model::InsiRecord& insi, const Model::Patient& patient);

    /// One strict trait that differs between what was typed and what INSi returned.
    struct TraitDifference
    {
        QString field; ///< stable field name (birth_family_name…)
        QString label; ///< French label
        QString typed;
        QString returned;
    };
    static std::vector<TraitDifference> compareTraits(const Model::IdentityTraits& typed,
                                                      const Model::IdentityTraits& returned);

    static QString statusLabel(Model::IdentityStatus s); ///< "Identité qualifiée"
    static QString statusShortLabel(Model::IdentityStatus s); ///< "Qualifiée"
    /// What the status means for the team, in one sentence.
    static QString statusExplanation(Model::IdentityStatus s);

    /// FR Core mode-validation-identity codes, in the order the form offers them.
    static QStringList documentTypes();
    static QString documentLabel(const QString& code);
    /// Documents that prove a minor's identity only with a parent's own document beside them.
    static bool needsParentDocument(const QString& code);
    /// A parent's document: passport, identity card or residence permit.
    static QStringList parentDocumentTypes();

    /// FR Core identity-reliability attributes the team may set.
    static QStringList reliabilityFlags();
    static QString reliabilityLabel(const QString& code);
    /// An attribute that keeps the identity provisoire (douteuse, fictive).
    static bool blocksValidation(const QString& code);

    static bool isKnownOid(const QString& oid);
    /// "INS-NIR", "INS-NIA", "INS-NIR-TEST", "INS-NIR-DEMO".
    static QString oidSlice(const QString& oid);
};

} // namespace Officine::Identity
