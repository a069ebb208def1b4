#include "patientcommands.h"

#include "identity/nir.h"

#include <QRegularExpression>

namespace Officine::Commands {

namespace {
class PatientTr
{
    Q_DECLARE_TR_FUNCTIONS(PatientValidation)
public:
    static QString missing(const QString& field) { return tr("Le champ « %1 » est obligatoire.").arg(field); }
    static QString birthName() { return tr("nom de naissance"); }
    static QString givenNames() { return tr("prénoms"); }
    static QString birthDate() { return tr("date de naissance"); }
    static QString futureBirth() { return tr("La date de naissance ne peut pas être dans le futur."); }
    static QString oldBirth()
    {
        return tr("La date de naissance est antérieure à 1880 : vérifiez la saisie.");
    }
    static QString sexMismatch()
    {
        return tr("Le sexe indiqué ne correspond pas au premier chiffre du NIR.");
    }
    static QString yearMismatch()
    {
        return tr("L'année de naissance ne correspond pas aux chiffres 2 et 3 du NIR.");
    }
    static QString email() { return tr("L'adresse électronique n'est pas valide."); }
    static QString postalCode() { return tr("Le code postal doit comporter 5 chiffres."); }
};
} // namespace

Result<void> validatePatient(const Model::Patient& p, const QDate& today)
{
    if (p.birthFamilyName.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, PatientTr::missing(PatientTr::birthName()),
                    QStringLiteral("patient: empty birth family name"));
    }
    if (p.givenNames.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, PatientTr::missing(PatientTr::givenNames()),
                    QStringLiteral("patient: empty given names"));
    }
    if (!p.birthDate.isValid()) {
        return fail(ErrorCode::InvalidInput, PatientTr::missing(PatientTr::birthDate()),
                    QStringLiteral("patient: invalid birth date"));
    }
    if (p.birthDate > today) {
        return fail(ErrorCode::InvalidInput, PatientTr::futureBirth(),
                    QStringLiteral("patient: birth date in future"));
    }
    if (p.birthDate.year() < 1880) {
        return fail(ErrorCode::InvalidInput, PatientTr::oldBirth(),
                    QStringLiteral("patient: birth date too old"));
    }
    if (!p.nir.isEmpty()) {
        auto nir = Identity::Nir::validate(p.nir);
        if (!nir) {
            return fail(nir.error());
        }
        const bool male = nir->sexDigit == 1 || nir->sexDigit == 3 || nir->sexDigit == 7;
        if ((p.sex == Model::Sex::Male && !male) || (p.sex == Model::Sex::Female && male)) {
            return fail(ErrorCode::InvalidInput, PatientTr::sexMismatch(),
                        QStringLiteral("patient: NIR sex mismatch"));
        }
        if (nir->birthYear2 != p.birthDate.year() % 100) {
            return fail(ErrorCode::InvalidInput, PatientTr::yearMismatch(),
                        QStringLiteral("patient: NIR year mismatch"));
        }
    }
    if (!p.email.isEmpty()) {
        static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
        if (!re.match(p.email).hasMatch()) {
            return fail(ErrorCode::InvalidInput, PatientTr::email(), QStringLiteral("patient: bad email"));
        }
    }
    if (!p.postalCode.isEmpty()) {
        static const QRegularExpression re(QStringLiteral(R"(^\d{5}$)"));
        if (!re.match(p.postalCode).hasMatch()) {
            return fail(ErrorCode::InvalidInput, PatientTr::postalCode(),
                        QStringLiteral("patient: bad postal code"));
        }
    }
    return {};
}

PatientWriteCommand::PatientWriteCommand(Model::Patient patient, QDate today)
    : m_patient(std::move(patient))
    , m_today(today)
{
    m_patient.birthFamilyName = m_patient.birthFamilyName.trimmed();
    m_patient.usedFamilyName = m_patient.usedFamilyName.trimmed();
    m_patient.givenNames = m_patient.givenNames.simplified();
    m_patient.nir = m_patient.nir.remove(u' ').toUpper();
    m_patient.email = m_patient.email.trimmed();
    m_patient.phone = m_patient.phone.trimmed();
}

Result<void> CreatePatientCommand::apply(CommandContext& context)
{
    m_changed = Model::Patient::changedFields(Model::Patient {}, m_patient);
    return Storage::PatientRepository(context.store).insert(m_patient, context.writeContext());
}

Result<void> UpdatePatientCommand::apply(CommandContext& context)
{
    Storage::PatientRepository repo(context.store);
    auto stored = repo.get(m_patient.meta.uuid);
    if (!stored) {
        return fail(stored.error());
    }
    m_changed = Model::Patient::changedFields(*stored, m_patient);
    return repo.update(m_patient, context.writeContext());
}

} // namespace Officine::Commands
