#pragma once

#include "model/patient.h"

#include <QString>

namespace Officine::Model {

/// The French label of a patient-file field by its stable name ("birth_family_name" → "Nom de
/// naissance"): the one table the form, the validation messages, the history, the documents
/// and the audit viewer share. Unknown names come back as they are.
QString patientFieldLabel(const QString& field);
/// The same in running text ("nom de naissance", "NIR").
QString patientFieldLabelInText(const QString& field);
bool isPatientField(const QString& field);

/// "Féminin", "Masculin", "Non précisé"; the short form "F", "M", "—" for lists.
QString sexLabel(Sex sex);
QString sexShortLabel(Sex sex);

/// What a rectification-history entry is ("creation", "identity"…) and what a rights event is
/// ("restriction", "erasure"…), in French.
QString historyKindLabel(const QString& kind);
QString rightKindLabel(const QString& kind);

/// A NIR or NIA as printed on a card: "2 85 07 75 115 042 30".
QString nirDisplay(const QString& nir);

} // namespace Officine::Model
