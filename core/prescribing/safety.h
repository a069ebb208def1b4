#pragma once

#include "catalog/bdpm.h"
#include "model/patient.h"

#include <vector>

namespace Officine::Prescribing {

/// A substance of a product the patient is allergic or intolerant to (the safety check at
/// prescription entry: BDPM composition against the patient's allergies).
struct AllergyConflict
{
    QString allergyUuid;
    bool intolerance = false;
    QString allergyText; ///< as recorded on the file
    QString substance; ///< the product's substance it matches
    QString substanceCode;
    /// Matched by the catalogue's substance code (certain) rather than by the names (to check).
    bool byCode = false;
};

/// Each of `allergies` against each active substance (SA) of `components`: by substance code
/// when the allergy is linked to one; else when every word of the allergy's text begins a word
/// of the substance's name, accents and case ignored ("amoxicilline" matches AMOXICILLINE
/// TRIHYDRATÉE). A class of drugs ("pénicillines") is not a substance: it matches nothing here,
/// which is why an allergy is best linked to its substances.
std::vector<AllergyConflict> allergyConflicts(const std::vector<Model::Allergy>& allergies,
                                              const std::vector<Catalog::Component>& components);

} // namespace Officine::Prescribing
