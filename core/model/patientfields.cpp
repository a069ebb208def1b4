#include "patientfields.h"

#include <QCoreApplication>
#include <QHash>

namespace Officine::Model {

namespace {
const QHash<QString, const char*>& labels()
{
    static const QHash<QString, const char*> l = {
        {QStringLiteral("birth_family_name"), QT_TRANSLATE_NOOP("PatientField", "Nom de naissance")},
        {QStringLiteral("given_names"), QT_TRANSLATE_NOOP("PatientField", "Prénoms de naissance")},
        {QStringLiteral("first_given_name"), QT_TRANSLATE_NOOP("PatientField", "Premier prénom")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("PatientField", "Sexe")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("PatientField", "Date de naissance")},
        {QStringLiteral("birth_place_code"), QT_TRANSLATE_NOOP("PatientField", "Lieu de naissance")},
        {QStringLiteral("used_family_name"), QT_TRANSLATE_NOOP("PatientField", "Nom d'usage")},
        {QStringLiteral("used_given_name"), QT_TRANSLATE_NOOP("PatientField", "Prénom utilisé")},
        {QStringLiteral("nir"), QT_TRANSLATE_NOOP("PatientField", "NIR")},
        {QStringLiteral("ins_oid"), QT_TRANSLATE_NOOP("PatientField", "Système de l'INS")},
        {QStringLiteral("identity_status"), QT_TRANSLATE_NOOP("PatientField", "Statut de l'identité")},
        {QStringLiteral("identity_document"),
         QT_TRANSLATE_NOOP("PatientField", "Pièce d'identité contrôlée")},
        {QStringLiteral("insi"), QT_TRANSLATE_NOOP("PatientField", "Résultat INSi")},
        {QStringLiteral("reliability_flags"), QT_TRANSLATE_NOOP("PatientField", "Attributs d'identité")},
        {QStringLiteral("address_line"), QT_TRANSLATE_NOOP("PatientField", "Adresse")},
        {QStringLiteral("address_line2"), QT_TRANSLATE_NOOP("PatientField", "Complément d'adresse")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("PatientField", "Code postal")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("PatientField", "Commune")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("PatientField", "Téléphone")},
        {QStringLiteral("mobile_phone"), QT_TRANSLATE_NOOP("PatientField", "Mobile")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("PatientField", "Courriel")},
        {QStringLiteral("allergies"), QT_TRANSLATE_NOOP("PatientField", "Allergies et intolérances")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("PatientField", "Notes")},
        {QStringLiteral("physician_name"), QT_TRANSLATE_NOOP("PatientField", "Médecin traitant")},
        {QStringLiteral("physician_rpps"), QT_TRANSLATE_NOOP("PatientField", "RPPS du médecin traitant")},
        {QStringLiteral("facility_name"), QT_TRANSLATE_NOOP("PatientField", "Établissement")},
        {QStringLiteral("facility_finess"), QT_TRANSLATE_NOOP("PatientField", "FINESS de l'établissement")},
        {QStringLiteral("facility_room"), QT_TRANSLATE_NOOP("PatientField", "Chambre")},
        {QStringLiteral("rights"), QT_TRANSLATE_NOOP("PatientField", "Droits du patient")},
        {QStringLiteral("merged_into"), QT_TRANSLATE_NOOP("PatientField", "Fusion")},
        {QStringLiteral("merged_file"), QT_TRANSLATE_NOOP("PatientField", "Dossier absorbé")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("PatientField", "Photo")},
        {QStringLiteral("erased"), QT_TRANSLATE_NOOP("PatientField", "Effacement")},
    };
    return l;
}
} // namespace

bool isPatientField(const QString& field)
{
    return labels().contains(field);
}

QString patientFieldLabel(const QString& field)
{
    const char* l = labels().value(field, nullptr);
    return l ? QCoreApplication::translate("PatientField", l) : field;
}

QString patientFieldLabelInText(const QString& field)
{
    QString l = patientFieldLabel(field);
    // "Nom de naissance" → "nom de naissance"; acronyms ("NIR", "RPPS du…") stay as they are.
    if (l.size() > 1 && l.at(0).isUpper() && l.at(1).isLower()) {
        l[0] = l.at(0).toLower();
    }
    return l;
}

QString sexLabel(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QCoreApplication::translate("PatientField", "Féminin");
    case Sex::Male:
        return QCoreApplication::translate("PatientField", "Masculin");
    case Sex::Unknown:
        break;
    }
    return QCoreApplication::translate("PatientField", "Non précisé");
}

QString sexShortLabel(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QCoreApplication::translate("PatientField", "F");
    case Sex::Male:
        return QCoreApplication::translate("PatientField", "M");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("—");
}

QString historyKindLabel(const QString& kind)
{
    static const QHash<QString, const char*> l = {
        {QStringLiteral("creation"), QT_TRANSLATE_NOOP("PatientField", "Création du dossier")},
        {QStringLiteral("identity"), QT_TRANSLATE_NOOP("PatientField", "Rectification d'identité")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("PatientField", "Coordonnées")},
        {QStringLiteral("clinical"), QT_TRANSLATE_NOOP("PatientField", "Données cliniques")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("PatientField", "Contrôle de l'identité")},
        {QStringLiteral("merge"), QT_TRANSLATE_NOOP("PatientField", "Fusion de dossiers")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("PatientField", "Photo")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("PatientField", "Import")},
        {QStringLiteral("insi"), QT_TRANSLATE_NOOP("PatientField", "Téléservice INSi")},
    };
    const char* s = l.value(kind, nullptr);
    return s ? QCoreApplication::translate("PatientField", s) : kind;
}

QString rightKindLabel(const QString& kind)
{
    static const QHash<QString, const char*> l = {
        {QStringLiteral("access"), QT_TRANSLATE_NOOP("PatientField", "Droit d'accès (copie du dossier)")},
        {QStringLiteral("portability"), QT_TRANSLATE_NOOP("PatientField", "Portabilité (export FHIR)")},
        {QStringLiteral("restriction"), QT_TRANSLATE_NOOP("PatientField", "Limitation du traitement")},
        {QStringLiteral("restriction_lifted"), QT_TRANSLATE_NOOP("PatientField", "Levée de la limitation")},
        {QStringLiteral("objection"), QT_TRANSLATE_NOOP("PatientField", "Opposition au partage")},
        {QStringLiteral("objection_lifted"), QT_TRANSLATE_NOOP("PatientField", "Levée de l'opposition")},
        {QStringLiteral("consent_withdrawal"), QT_TRANSLATE_NOOP("PatientField", "Retrait du consentement")},
        {QStringLiteral("consent_given"), QT_TRANSLATE_NOOP("PatientField", "Consentement donné")},
        {QStringLiteral("erasure"), QT_TRANSLATE_NOOP("PatientField", "Demande d'effacement")},
        {QStringLiteral("post_mortem"), QT_TRANSLATE_NOOP("PatientField", "Directives post-mortem")},
    };
    const char* s = l.value(kind, nullptr);
    return s ? QCoreApplication::translate("PatientField", s) : kind;
}

QString nirDisplay(const QString& nir)
{
    if (nir.size() != 15) {
        return nir;
    }
    return nir.mid(0, 1) + u' ' + nir.mid(1, 2) + u' ' + nir.mid(3, 2) + u' ' + nir.mid(5, 2) + u' '
        + nir.mid(7, 3) + u' ' + nir.mid(10, 3) + u' ' + nir.mid(13, 2);
}

} // namespace Officine::Model
