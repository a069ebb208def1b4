#include "identityvigilance.h"

#include "model/patientfields.h"
#include "util/searchkey.h"

namespace Officine::Identity {

using Model::IdentityStatus;

bool Vigilance::insiMatches(const Model::InsiRecord& insi, const Model::Patient& p)
{
    if (!insi.isRecorded() || insi.matricule != p.nir) {
        return false;
    }
    return compareTraits(p.traits(), insi.traits).empty();
}

IdentityStatus Vigilance::statusFor(const Model::Patient& p)
{
    for (const QString& flag : p.reliabilityFlags) {
        if (blocksValidation(flag)) {
            return IdentityStatus::Provisoire;
        }
    }
    const bool retrieved = insiMatches(p.insi, p);
    const bool checked = p.document.isRecorded();
    if (retrieved && checked) {
        return IdentityStatus::Qualifiee;
    }
    if (retrieved) {
        return IdentityStatus::Recuperee;
    }
    if (checked) {
        return IdentityStatus::Validee;
    }
    return IdentityStatus::Provisoire;
}

std::vector<Vigilance::TraitDifference> Vigilance::compareTraits(const Model::IdentityTraits& typed,
                                                                 const Model::IdentityTraits& returned)
{
    std::vector<TraitDifference> out;
    auto names = [&out](const char* field, const QString& label, const QString& a, const QString& b) {
        if (searchKey(a) != searchKey(b)) {
            out.push_back({QString::fromLatin1(field), label, a, b});
        }
    };
    names("birth_family_name", tr("Nom de naissance"), typed.birthFamilyName, returned.birthFamilyName);
    names("given_names", tr("Prénoms de naissance"), typed.givenNames, returned.givenNames);
    names("first_given_name", tr("Premier prénom"), typed.firstGivenName, returned.firstGivenName);
    if (typed.sex != returned.sex) {
        out.push_back(
            {QStringLiteral("sex"), tr("Sexe"), Model::sexLabel(typed.sex), Model::sexLabel(returned.sex)});
    }
    if (typed.birthDate != returned.birthDate) {
        out.push_back({QStringLiteral("birth_date"), tr("Date de naissance"), typed.birthDate.toDisplay(),
                       returned.birthDate.toDisplay()});
    }
    if (typed.birthPlaceCode.toUpper() != returned.birthPlaceCode.toUpper()) {
        out.push_back({QStringLiteral("birth_place_code"), tr("Lieu de naissance (code INSEE)"),
                       typed.birthPlaceCode, returned.birthPlaceCode});
    }
    return out;
}

QString Vigilance::statusLabel(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Provisoire:
        break;
    case IdentityStatus::Recuperee:
        return tr("Identité récupérée");
    case IdentityStatus::Validee:
        return tr("Identité validée");
    case IdentityStatus::Qualifiee:
        return tr("Identité qualifiée");
    }
    return tr("Identité provisoire");
}

QString Vigilance::statusShortLabel(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Provisoire:
        break;
    case IdentityStatus::Recuperee:
        return tr("Récupérée");
    case IdentityStatus::Validee:
        return tr("Validée");
    case IdentityStatus::Qualifiee:
        return tr("Qualifiée");
    }
    return tr("Provisoire");
}

QString Vigilance::statusExplanation(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Provisoire:
        break;
    case IdentityStatus::Recuperee:
        return tr("Traits et INS obtenus du téléservice INSi ; aucune pièce d'identité n'a encore été "
                  "contrôlée.");
    case IdentityStatus::Validee:
        return tr("Pièce d'identité contrôlée ; l'INS n'a pas encore été obtenu du téléservice INSi.");
    case IdentityStatus::Qualifiee:
        return tr("INS obtenu du téléservice INSi et pièce d'identité contrôlée : l'INS peut être partagé.");
    }
    return tr("Ni pièce d'identité contrôlée ni INS obtenu du téléservice INSi : l'INS ne peut pas être "
              "partagé.");
}

QStringList Vigilance::documentTypes()
{
    return {QStringLiteral("PA"),  QStringLiteral("CN"), QStringLiteral("eCN"),  QStringLiteral("CS"),
            QStringLiteral("LEP"), QStringLiteral("AN"), QStringLiteral("LECV"), QStringLiteral("ANCV"),
            QStringLiteral("CC"),  QStringLiteral("IN"), QStringLiteral("AV")};
}

QString Vigilance::documentLabel(const QString& code)
{
    if (code == QLatin1StringView("PA")) {
        return tr("Passeport");
    }
    if (code == QLatin1StringView("CN")) {
        return tr("Carte nationale d'identité");
    }
    if (code == QLatin1StringView("eCN")) {
        return tr("Carte d'identité électronique (application France Identité)");
    }
    if (code == QLatin1StringView("CS")) {
        return tr("Titre de séjour");
    }
    if (code == QLatin1StringView("LEP")) {
        return tr("Livret de famille des parents (mineur)");
    }
    if (code == QLatin1StringView("AN")) {
        return tr("Extrait d'acte de naissance (mineur)");
    }
    if (code == QLatin1StringView("LECV")) {
        return tr("Livret de famille et carte Vitale avec photographie");
    }
    if (code == QLatin1StringView("ANCV")) {
        return tr("Extrait d'acte de naissance et carte Vitale avec photographie");
    }
    if (code == QLatin1StringView("CC")) {
        return tr("Carnet de circulation (étranger mineur)");
    }
    if (code == QLatin1StringView("IN")) {
        return tr("Identité Numérique La Poste");
    }
    if (code == QLatin1StringView("AV")) {
        return tr("Application carte Vitale");
    }
    return code;
}

bool Vigilance::needsParentDocument(const QString& code)
{
    return code == QLatin1StringView("LEP") || code == QLatin1StringView("AN");
}

QStringList Vigilance::parentDocumentTypes()
{
    return {QStringLiteral("PA"), QStringLiteral("CN"), QStringLiteral("CS")};
}

QStringList Vigilance::reliabilityFlags()
{
    return {QStringLiteral("DOUT"), QStringLiteral("FICT"), QStringLiteral("HOMD"), QStringLiteral("HOMA"),
            QStringLiteral("DPOT"), QStringLiteral("DOUA"), QStringLiteral("USUR")};
}

QString Vigilance::reliabilityLabel(const QString& code)
{
    if (code == QLatin1StringView("DOUT")) {
        return tr("Identité douteuse");
    }
    if (code == QLatin1StringView("FICT")) {
        return tr("Identité fictive");
    }
    if (code == QLatin1StringView("HOMD")) {
        return tr("Homonyme détecté");
    }
    if (code == QLatin1StringView("HOMA")) {
        return tr("Homonyme avéré");
    }
    if (code == QLatin1StringView("DPOT")) {
        return tr("Doublon potentiel");
    }
    if (code == QLatin1StringView("DOUA")) {
        return tr("Doublon avéré");
    }
    if (code == QLatin1StringView("USUR")) {
        return tr("Identité usurpée");
    }
    return code;
}

bool Vigilance::blocksValidation(const QString& code)
{
    return code == QLatin1StringView("DOUT") || code == QLatin1StringView("FICT")
        || code == QLatin1StringView("USUR");
}

bool Vigilance::isKnownOid(const QString& oid)
{
    return oid == kOidInsNir || oid == kOidInsNia || oid == kOidInsTest || oid == kOidInsDemo;
}

QString Vigilance::oidSlice(const QString& oid)
{
    if (oid == kOidInsNia) {
        return QStringLiteral("INS-NIA");
    }
    if (oid == kOidInsTest) {
        return QStringLiteral("INS-NIR-TEST");
    }
    if (oid == kOidInsDemo) {
        return QStringLiteral("INS-NIR-DEMO");
    }
    return QStringLiteral("INS-NIR");
}

} // namespace Officine::Identity
