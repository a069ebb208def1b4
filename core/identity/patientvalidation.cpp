#include "patientvalidation.h"

#include "identity/identityvigilance.h"
#include "identity/nationalids.h"
#include "identity/nir.h"
#include "model/patientfields.h"
#include "util/searchkey.h"

#include <QRegularExpression>

namespace Officine::Identity {

using Model::Patient;

std::optional<QString> PatientValidation::checkName(const QString& value, bool required)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        return required ? std::optional<QString>(tr("Ce champ est obligatoire.")) : std::nullopt;
    }
    // Letters (accented or not), spaces, hyphens and apostrophes: the characters of French civil
    // status. Digits and other signs are typing errors.
    for (const QChar c : v) {
        if (!(c.isLetter() || c == u' ' || c == u'-' || c == u'\'' || c == u'\u2019'
              || c.category() == QChar::Mark_NonSpacing)) {
            return tr("Seuls les lettres, les espaces, les traits d'union et les apostrophes sont "
                      "admis.");
        }
    }
    if (v.startsWith(u'-') || v.endsWith(u'-') || v.contains(QStringLiteral("--"))) {
        return tr("Un trait d'union doit relier deux parties du nom.");
    }
    if (v.size() > 100) {
        return tr("100 caractères au plus.");
    }
    return std::nullopt;
}

std::optional<QString> PatientValidation::checkBirthDate(const Model::BirthDate& date, const QDate& today)
{
    if (date.isNull()) {
        return tr("La date de naissance est obligatoire (jour et mois à 00 s'ils sont inconnus).");
    }
    if (date.month() == 0 && date.day() != 0) {
        return tr("Un jour connu suppose un mois connu : indiquez le mois, ou 00 pour le jour.");
    }
    if (!date.isValid()) {
        return tr("Cette date n'existe pas : vérifiez le jour et le mois.");
    }
    if (date.earliest() > today) {
        return tr("La date de naissance ne peut pas être dans le futur.");
    }
    if (date.year() < 1880) {
        return tr("La date de naissance est antérieure à 1880 : vérifiez l'année.");
    }
    return std::nullopt;
}

std::optional<QString> PatientValidation::checkBirthDateText(const QString& text, const QDate& today)
{
    if (text.trimmed().isEmpty()) {
        return checkBirthDate({}, today);
    }
    const Model::BirthDate date = Model::BirthDate::parse(text, today);
    if (date.isNull()) {
        return tr("Date illisible : tapez JJ/MM/AAAA (00 pour un jour ou un mois inconnu).");
    }
    return checkBirthDate(date, today);
}

std::optional<QString> PatientValidation::checkBirthPlace(const QString& input)
{
    const QString code = input.trimmed().toUpper();
    if (code.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression shape(QStringLiteral(R"(^(?:\d{5}|2[AB]\d{3})$)"));
    if (!shape.match(code).hasMatch()) {
        return tr("Le code INSEE du lieu de naissance comporte 5 caractères : le département (2A ou 2B "
                  "pour la Corse) puis la commune, ou 99 puis le code du pays.");
    }
    const QString dep = code.left(2);
    if (dep == QLatin1StringView("00") || dep == QLatin1StringView("20") || dep == QLatin1StringView("96")) {
        return tr("Ce code INSEE ne correspond à aucun département (la Corse s'écrit 2A ou 2B).");
    }
    if (dep == QLatin1StringView("99") && code == QLatin1StringView("99100")) {
        return tr("99100 désigne la France : indiquez le code INSEE de la commune de naissance.");
    }
    return std::nullopt;
}

namespace {
bool maleDigit(int d)
{
    return d == 1 || d == 3 || d == 7;
}

/// Whether the NIR's département of birth (2 or 3 characters) agrees with an INSEE birth place.
bool departementAgrees(const NirInfo& nir, const QString& place)
{
    const QString dep = nir.departement;
    if (place.startsWith(QLatin1StringView("99"))) {
        // Born abroad, or in Algeria, Morocco or Tunisia before their independence.
        return dep == QLatin1StringView("99") || dep == QLatin1StringView("91")
            || dep == QLatin1StringView("92") || dep == QLatin1StringView("93")
            || dep == QLatin1StringView("94") || dep == QLatin1StringView("95");
    }
    if (dep == QLatin1StringView("20")) {
        return place.startsWith(QLatin1StringView("2A")) || place.startsWith(QLatin1StringView("2B"));
    }
    return place.startsWith(dep);
}
} // namespace

std::optional<QString> PatientValidation::checkNirAgainstTraits(const QString& input, const Patient& p)
{
    if (input.trimmed().isEmpty()) {
        return std::nullopt;
    }
    auto nir = Nir::validate(input);
    if (!nir) {
        return nir.error().userText;
    }
    if ((p.sex == Model::Sex::Male && !maleDigit(nir->sexDigit))
        || (p.sex == Model::Sex::Female && maleDigit(nir->sexDigit))) {
        return tr("Le premier chiffre du NIR (sexe) contredit le sexe indiqué.");
    }
    if (p.birthDate.isValid()) {
        if (nir->birthYear2 != p.birthDate.year() % 100) {
            return tr("Les chiffres 2 et 3 du NIR (année de naissance) contredisent la date de naissance.");
        }
        if (!nir->pseudoMonth && p.birthDate.month() != 0 && nir->birthMonth != p.birthDate.month()) {
            return tr("Les chiffres 4 et 5 du NIR (mois de naissance) contredisent la date de naissance.");
        }
    }
    const QString place = p.birthPlaceCode.trimmed().toUpper();
    if (!place.isEmpty() && !checkBirthPlace(place) && !departementAgrees(*nir, place)) {
        return tr("Le département de naissance du NIR (positions 6 et 7) contredit le lieu de naissance.");
    }
    return std::nullopt;
}

std::optional<QString> PatientValidation::checkPhone(const QString& input, bool mobile)
{
    QString digits = input.trimmed();
    if (digits.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression separators(QStringLiteral(R"([\s.\-()])"));
    digits.remove(separators);
    static const QRegularExpression french(QStringLiteral(R"(^0[1-9]\d{8}$)"));
    static const QRegularExpression frenchIntl(QStringLiteral(R"(^\+33[1-9]\d{8}$)"));
    static const QRegularExpression intl(QStringLiteral(R"(^(?:\+|00)[1-9]\d{6,14}$)"));
    QString national;
    if (french.match(digits).hasMatch()) {
        national = digits;
    } else if (frenchIntl.match(digits).hasMatch()) {
        national = u'0' + digits.mid(3);
    } else if (!intl.match(digits).hasMatch() || digits.startsWith(QLatin1StringView("0033"))) {
        return tr("Ce numéro ne peut pas être un numéro de téléphone : 10 chiffres commençant par 0, ou "
                  "+ et l'indicatif du pays.");
    }
    if (mobile && !national.isEmpty() && !national.startsWith(QLatin1StringView("06"))
        && !national.startsWith(QLatin1StringView("07"))) {
        return tr("Un numéro de mobile français commence par 06 ou 07.");
    }
    return std::nullopt;
}

std::optional<QString> PatientValidation::checkEmail(const QString& input)
{
    const QString email = input.trimmed();
    if (email.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$)"));
    if (email.size() > 254 || !re.match(email).hasMatch() || email.contains(QStringLiteral(".."))
        || email.section(u'@', 0, 0).startsWith(u'.') || email.section(u'@', 0, 0).endsWith(u'.')) {
        return tr("Cette adresse électronique n'est pas valide (forme attendue : nom@domaine.fr).");
    }
    return std::nullopt;
}

std::optional<QString> PatientValidation::checkPostalCode(const QString& input)
{
    const QString code = input.trimmed();
    if (code.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression re(QStringLiteral(R"(^\d{5}$)"));
    if (!re.match(code).hasMatch() || code.startsWith(QLatin1StringView("00"))) {
        return tr("Le code postal comporte 5 chiffres.");
    }
    return std::nullopt;
}

FieldErrors PatientValidation::check(const Patient& p, const ValidationContext& ctx)
{
    FieldErrors errors;
    auto add = [&errors](const char* field, const std::optional<QString>& message) {
        if (message) {
            errors.push_back({QString::fromLatin1(field), *message});
        }
    };
    add("birth_family_name", checkName(p.birthFamilyName, true));
    add("given_names", checkName(p.givenNames, true));
    add("first_given_name", checkName(p.firstGivenName, false));
    if (!p.firstGivenName.trimmed().isEmpty() && !p.givenNames.trimmed().isEmpty()) {
        const QString first = searchKey(p.firstGivenName);
        const QString list = searchKey(p.givenNames);
        if (list != first && !list.startsWith(first + u' ')) {
            add("first_given_name",
                tr("Le premier prénom doit être le premier de la liste des prénoms de naissance."));
        }
    }
    add("used_family_name", checkName(p.usedFamilyName, false));
    add("used_given_name", checkName(p.usedGivenName, false));
    add("birth_date", checkBirthDate(p.birthDate, ctx.today));
    add("birth_place_code", checkBirthPlace(p.birthPlaceCode));
    add("nir", checkNirAgainstTraits(p.nir, p));
    if (!p.nir.trimmed().isEmpty() && !p.insOid.isEmpty()) {
        if (!Vigilance::isKnownOid(p.insOid)) {
            add("ins_oid", tr("Ce système d'identification n'est pas celui de l'INS."));
        } else if (!ctx.allowTestIns && (p.insOid == kOidInsTest || p.insOid == kOidInsDemo)) {
            add("ins_oid",
                tr("Un INS de test ou de démonstration ne peut pas figurer dans un dossier réel."));
        }
    }
    add("postal_code", checkPostalCode(p.postalCode));
    add("phone", checkPhone(p.phone, false));
    add("mobile_phone", checkPhone(p.mobilePhone, true));
    add("email", checkEmail(p.email));
    if (!p.physicianRpps.trimmed().isEmpty()) {
        if (auto r = NationalIds::validateRpps(p.physicianRpps); !r) {
            add("physician_rpps", r.error().userText);
        }
    }
    if (!p.facilityFiness.trimmed().isEmpty()) {
        if (auto r = NationalIds::validateFiness(p.facilityFiness); !r) {
            add("facility_finess", r.error().userText);
        }
    }
    for (const Model::Allergy& a : p.allergies) {
        if (a.text.trimmed().isEmpty()) {
            add("allergies", tr("Chaque allergie ou intolérance nomme une substance ou un médicament."));
            break;
        }
    }
    if (p.notes.size() > 20000) {
        add("notes", tr("Les notes sont limitées à 20 000 caractères."));
    }
    for (const QString& flag : p.reliabilityFlags) {
        if (!Vigilance::reliabilityFlags().contains(flag)) {
            add("reliability_flags", tr("Attribut d'identité inconnu."));
            break;
        }
    }
    return errors;
}

Result<void> PatientValidation::asResult(const FieldErrors& errors)
{
    if (errors.empty()) {
        return {};
    }
    const FieldError& e = errors.front();
    return fail(ErrorCode::InvalidInput, tr("%1 : %2").arg(Model::patientFieldLabel(e.field), e.message),
                QStringLiteral("patient: invalid %1 (%2 field(s) in error)").arg(e.field).arg(errors.size()));
}

void PatientValidation::normalise(Patient& p)
{
    p.birthFamilyName = p.birthFamilyName.simplified();
    p.usedFamilyName = p.usedFamilyName.simplified();
    p.givenNames = p.givenNames.simplified();
    p.firstGivenName = p.firstGivenName.simplified();
    p.usedGivenName = p.usedGivenName.simplified();
    p.nir = p.nir.remove(u' ').toUpper();
    p.birthPlaceCode = p.birthPlaceCode.remove(u' ').toUpper();
    if (!p.nir.isEmpty() && p.insOid.isEmpty()) {
        p.insOid = kOidInsNir;
    }
    if (p.nir.isEmpty()) {
        p.insOid.clear();
    }
    p.physicianRpps = p.physicianRpps.remove(u' ');
    p.facilityFiness = p.facilityFiness.remove(u' ').toUpper();
    for (QString* s : {&p.addressLine, &p.addressLine2, &p.city, &p.phone, &p.mobilePhone, &p.email,
                       &p.physicianName, &p.facilityName, &p.facilityRoom, &p.postalCode}) {
        *s = s->trimmed();
    }
    p.allergies.erase(std::remove_if(p.allergies.begin(), p.allergies.end(),
                                     [](const Model::Allergy& a) {
                                         return a.text.trimmed().isEmpty() && a.reaction.trimmed().isEmpty();
                                     }),
                      p.allergies.end());
}

} // namespace Officine::Identity
