#include "patientcommands.h"

#include "identity/identityvigilance.h"
#include "retention/retentionpolicy.h"
#include "storage/patientrepository.h"
#include "util/searchkey.h"
#include "util/uuid.h"

#include <QLocale>

namespace Officine::Commands {

using Identity::PatientValidation;
using Identity::Vigilance;
using Model::Patient;
using Storage::FieldChange;
using Storage::PatientHistory;
using Storage::PatientRepository;

namespace {
class PatientTr
{
    Q_DECLARE_TR_FUNCTIONS(PatientCommands)
public:
    static QString restricted()
    {
        return tr("Ce dossier est limité à la demande du patient (droit à la limitation) : il ne peut "
                  "pas être modifié tant que la limitation n'est pas levée.");
    }
    static QString archived()
    {
        return tr("Ce dossier est archivé : sortez-le des archives avant de le modifier.");
    }
    static QString nothingChanged() { return tr("Aucune modification à enregistrer."); }
    static QString reasonNeeded()
    {
        return tr("Indiquez le motif de la rectification d'identité (il est conservé dans l'historique du "
                  "dossier).");
    }
    static QString testIns()
    {
        return tr("INS : un INS de test ou de démonstration ne peut pas figurer dans un dossier réel.");
    }
    static QString sameNir()
    {
        return tr("Un autre dossier porte déjà ce NIR : ouvrez-le plutôt que d'en créer un second, ou "
                  "fusionnez les deux dossiers.");
    }
};

QString actorName(const CommandContext& c)
{
    return c.actor.displayName;
}

std::vector<FieldChange> changesBetween(const Patient& before, const Patient& after)
{
    std::vector<FieldChange> out;
    for (const QString& f : Patient::changedFields(before, after)) {
        out.push_back({f, before.fieldValue(f), after.fieldValue(f)});
    }
    return out;
}

bool anyOf(const QStringList& changed, const QStringList& fields)
{
    return std::any_of(changed.begin(), changed.end(), [&](const QString& f) { return fields.contains(f); });
}

QString historyKind(const QStringList& changed)
{
    if (anyOf(changed, Model::identityFields()) || changed.contains(QStringLiteral("reliability_flags"))) {
        return QStringLiteral("identity");
    }
    if (anyOf(changed, Model::clinicalFields())) {
        return QStringLiteral("clinical");
    }
    return QStringLiteral("contact");
}

void stampAllergies(Patient& p, const QDate& today)
{
    for (Model::Allergy& a : p.allergies) {
        if (a.uuid.isEmpty()) {
            a.uuid = Ids::newUuid();
        }
        if (!a.recordedOn.isValid()) {
            a.recordedOn = today;
        }
        a.text = a.text.simplified();
        a.reaction = a.reaction.simplified();
    }
}

/// The editable parts of `from` written over `into` (its evidence, rights and sync state kept).
void takeEditableFields(Patient& into, const Patient& from)
{
    into.birthFamilyName = from.birthFamilyName;
    into.givenNames = from.givenNames;
    into.firstGivenName = from.firstGivenName;
    into.sex = from.sex;
    into.birthDate = from.birthDate;
    into.birthPlaceCode = from.birthPlaceCode;
    into.usedFamilyName = from.usedFamilyName;
    into.usedGivenName = from.usedGivenName;
    into.nir = from.nir;
    into.insOid = from.insOid;
    into.reliabilityFlags = from.reliabilityFlags;
    into.addressLine = from.addressLine;
    into.addressLine2 = from.addressLine2;
    into.postalCode = from.postalCode;
    into.city = from.city;
    into.phone = from.phone;
    into.mobilePhone = from.mobilePhone;
    into.email = from.email;
    into.allergies = from.allergies;
    into.notes = from.notes;
    into.physicianName = from.physicianName;
    into.physicianRpps = from.physicianRpps;
    into.facilityName = from.facilityName;
    into.facilityFiness = from.facilityFiness;
    into.facilityRoom = from.facilityRoom;
}

Result<void> refuseOtherFileWithNir(Storage::Store& store, const Patient& p)
{
    if (p.nir.isEmpty()) {
        return {};
    }
    auto q = store.query(
        QStringLiteral("SELECT count(*) FROM patient WHERE nir = ?1 AND uuid <> ?2 AND deleted = 0"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, p.nir).bind(2, p.meta.uuid);
    auto row = q->next();
    if (!row) {
        return fail(row.error());
    }
    if (q->integer(0) > 0) {
        return fail(ErrorCode::DuplicateIdentity, PatientTr::sameNir(),
                    QStringLiteral("patient: NIR already on file"));
    }
    return {};
}
} // namespace

QString changeSourceId(ChangeSource s)
{
    switch (s) {
    case ChangeSource::Statement:
        break;
    case ChangeSource::Document:
        return QStringLiteral("document");
    case ChangeSource::Insi:
        return QStringLiteral("insi");
    case ChangeSource::Import:
        return QStringLiteral("import");
    case ChangeSource::Team:
        return QStringLiteral("team");
    }
    return QStringLiteral("statement");
}

QString changeSourceLabel(const QString& id)
{
    if (id == QLatin1StringView("document")) {
        return QCoreApplication::translate("PatientCommands", "pièce d'identité");
    }
    if (id == QLatin1StringView("insi")) {
        return QCoreApplication::translate("PatientCommands", "téléservice INSi");
    }
    if (id == QLatin1StringView("import")) {
        return QCoreApplication::translate("PatientCommands", "import d'un autre logiciel");
    }
    if (id == QLatin1StringView("team")) {
        return QCoreApplication::translate("PatientCommands", "équipe de l'officine");
    }
    if (id == QLatin1StringView("merge")) {
        return QCoreApplication::translate("PatientCommands", "fusion de dossiers");
    }
    return QCoreApplication::translate("PatientCommands", "déclaration du patient");
}

bool insTestIdentifiersAllowed(Storage::Store& store)
{
    const QString env = store.meta(QStringLiteral("ins_environment"));
    return env == QLatin1StringView("demo") || env == QLatin1StringView("test");
}

PatientWriteCommand::PatientWriteCommand(Model::Patient patient, QDate today)
    : m_patient(std::move(patient))
    , m_today(today)
{
    PatientValidation::normalise(m_patient);
}

Result<void> PatientWriteCommand::validate() const
{
    // Test and demonstration INS are checked in apply(), where the store tells whether it may
    // hold them.
    return PatientValidation::asResult(PatientValidation::check(m_patient, {m_today, true}));
}

Result<void> PatientWriteCommand::checkIdentifiers(CommandContext& context) const
{
    if ((m_patient.insOid == Identity::kOidInsTest || m_patient.insOid == Identity::kOidInsDemo)
        && !insTestIdentifiersAllowed(context.store)) {
        return fail(ErrorCode::InvalidInput, PatientTr::testIns(), QStringLiteral("patient: test INS OID"));
    }
    return refuseOtherFileWithNir(context.store, m_patient);
}

Result<void> PatientWriteCommand::recordHistory(CommandContext& context, const QString& kind,
                                                std::vector<FieldChange> changes)
{
    Storage::HistoryEntry entry;
    entry.patientUuid = m_patient.meta.uuid;
    entry.accountUuid = context.actor.accountId;
    entry.actorName = actorName(context);
    entry.kind = kind;
    entry.source = changeSourceId(m_source);
    entry.reason = m_reason;
    entry.changes = std::move(changes);
    return PatientHistory(context.store).append(entry, context.writeContext());
}

std::optional<Permission> CreatePatientCommand::furtherPermission(CommandContext&)
{
    return m_patient.reliabilityFlags.isEmpty() ? std::nullopt : std::optional(Permission::PatientIdentity);
}

Result<void> CreatePatientCommand::apply(CommandContext& context)
{
    if (auto r = checkIdentifiers(context); !r) {
        return r;
    }
    // A new file has no evidence: documents and INSi results are recorded by their commands.
    m_patient.document = {};
    m_patient.insi = {};
    m_patient.rights = {};
    m_patient.mergedInto.clear();
    m_patient.identityStatus = Vigilance::statusFor(m_patient);
    PatientRepository repo(context.store);
    auto candidates = repo.duplicateCandidates(m_patient, 5);
    if (!candidates) {
        return fail(candidates.error());
    }
    if (!candidates->empty() && !m_duplicatesReviewed) {
        return fail(ErrorCode::PossibleDuplicate,
                    tr("%n dossier(s) proche(s) existe(nt) déjà : vérifiez qu'il ne s'agit pas de la même "
                       "personne avant de créer un nouveau dossier.",
                       nullptr, static_cast<int>(candidates->size())),
                    QStringLiteral("patient: %1 possible duplicate(s)").arg(candidates->size()));
    }
    stampAllergies(m_patient, context.now.date());
    if (!m_patient.allergies.empty() || !m_patient.notes.isEmpty()) {
        m_patient.careActivityAt = context.now;
    }
    m_changed = Patient::changedFields(Patient {}, m_patient);
    if (auto r = repo.insert(m_patient, context.writeContext()); !r) {
        return r;
    }
    // A creation lists the fields filled, not their values: revision 1 of the record holds
    // them, and every later change keeps its previous value.
    std::vector<FieldChange> filled;
    for (const QString& f : m_changed) {
        filled.push_back({f, {}, {}});
    }
    return recordHistory(context, QStringLiteral("creation"), std::move(filled));
}

std::optional<Permission> UpdatePatientCommand::furtherPermission(CommandContext& context)
{
    auto stored = PatientRepository(context.store).get(m_patient.meta.uuid);
    if (!stored) {
        return std::nullopt; // apply() reports it
    }
    Patient next = *stored;
    takeEditableFields(next, m_patient);
    const QStringList changed = Patient::changedFields(*stored, next);
    if (anyOf(changed, Model::identityFields()) || changed.contains(QStringLiteral("reliability_flags"))) {
        return Permission::PatientIdentity;
    }
    return std::nullopt;
}

Result<void> UpdatePatientCommand::apply(CommandContext& context)
{
    PatientRepository repo(context.store);
    auto stored = repo.get(m_patient.meta.uuid);
    if (!stored) {
        return fail(stored.error());
    }
    if (stored->rights.restricted()) {
        return fail(ErrorCode::PermissionDenied, PatientTr::restricted(),
                    QStringLiteral("patient restricted"));
    }
    if (auto r = checkIdentifiers(context); !r) {
        return r;
    }
    Patient next = *stored;
    takeEditableFields(next, m_patient);
    next.meta.revision = m_patient.meta.revision;
    stampAllergies(next, context.now.date());
    QStringList changed = Patient::changedFields(*stored, next);
    if (changed.isEmpty()) {
        return fail(ErrorCode::InvalidInput, PatientTr::nothingChanged(),
                    QStringLiteral("patient: no change"));
    }
    const bool identity
        = anyOf(changed, Model::identityFields()) || changed.contains(QStringLiteral("reliability_flags"));
    if (identity && m_reason.size() < 3) {
        return fail(ErrorCode::InvalidInput, PatientTr::reasonNeeded(), QStringLiteral("patient: no reason"));
    }
    if (anyOf(changed, Model::strictTraitFields())) {
        // The document was checked against the old traits.
        next.document = {};
    }
    if (anyOf(changed, Model::clinicalFields())) {
        next.careActivityAt = context.now;
    }
    next.identityStatus = Vigilance::statusFor(next);
    m_changed = Patient::changedFields(*stored, next);
    const QString kind = historyKind(m_changed);
    auto changes = changesBetween(*stored, next);
    if (auto r = repo.update(next, context.writeContext()); !r) {
        return r;
    }
    m_patient = next;
    return recordHistory(context, kind, std::move(changes));
}

Result<Patient> PatientActCommand::loadForChange(CommandContext& context, bool evenRestricted) const
{
    return loadFile(context, m_uuid, m_baseRevision, evenRestricted);
}

Result<Patient> PatientActCommand::loadFile(CommandContext& context, const QString& uuid, qint64 baseRevision,
                                            bool evenRestricted)
{
    auto p = PatientRepository(context.store).get(uuid);
    if (!p) {
        return p;
    }
    if (p->meta.deleted) {
        return fail(ErrorCode::InvalidInput,
                    p->mergedInto.isEmpty()
                        ? QCoreApplication::translate(
                            "PatientCommands", "Ce dossier a été effacé : il ne peut plus être modifié.")
                        : QCoreApplication::translate(
                            "PatientCommands",
                            "Ce dossier a été fusionné avec un autre : ouvrez le dossier qui le remplace."),
                    QStringLiteral("patient %1 is a tombstone").arg(uuid));
    }
    if (p->archivedAt.isValid()) {
        return fail(ErrorCode::InvalidInput, PatientTr::archived(), QStringLiteral("patient archived"));
    }
    if (baseRevision >= 0 && p->meta.revision != baseRevision) {
        return fail(
            ErrorCode::Conflict,
            QCoreApplication::translate("PatientCommands",
                                        "Cette fiche patient a été modifiée entre-temps (sur ce poste ou un "
                                        "autre). Rechargez-la avant d'enregistrer."),
            QStringLiteral("patient %1 stale").arg(uuid));
    }
    if (!evenRestricted && p->rights.restricted()) {
        return fail(ErrorCode::PermissionDenied, PatientTr::restricted(),
                    QStringLiteral("patient restricted"));
    }
    return p;
}

Result<void> PatientActCommand::save(CommandContext& context, Patient& patient, const Patient& before,
                                     const QString& kind, ChangeSource source, const QString& reason)
{
    patient.identityStatus = Vigilance::statusFor(patient);
    m_changed = Patient::changedFields(before, patient);
    auto changes = changesBetween(before, patient);
    if (auto r = PatientRepository(context.store).update(patient, context.writeContext()); !r) {
        return r;
    }
    if (kind.isEmpty()) {
        return {};
    }
    Storage::HistoryEntry entry;
    entry.patientUuid = patient.meta.uuid;
    entry.accountUuid = context.actor.accountId;
    entry.actorName = actorName(context);
    entry.kind = kind;
    entry.source = kind == QLatin1StringView("merge") ? QStringLiteral("merge") : changeSourceId(source);
    entry.reason = reason;
    entry.changes = std::move(changes);
    return PatientHistory(context.store).append(entry, context.writeContext());
}

Result<void> PatientActCommand::recordRight(CommandContext& context, const QString& kind,
                                            const QString& outcome, const QString& detail)
{
    Storage::RightsEvent e;
    e.patientUuid = m_uuid;
    e.accountUuid = context.actor.accountId;
    e.actorName = actorName(context);
    e.kind = kind;
    e.outcome = outcome;
    e.detail = detail;
    return PatientHistory(context.store).appendRights(e, context.writeContext());
}

Result<void> RecordIdentityDocumentCommand::validate() const
{
    if (!Vigilance::documentTypes().contains(m_type)) {
        return fail(ErrorCode::InvalidInput, tr("Choisissez le type de pièce d'identité contrôlée."),
                    QStringLiteral("identity document: unknown type"));
    }
    if (Vigilance::needsParentDocument(m_type) && !Vigilance::parentDocumentTypes().contains(m_parentType)) {
        return fail(ErrorCode::InvalidInput,
                    tr("Pour un mineur, le livret de famille ou l'acte de naissance s'accompagne de la pièce "
                       "d'identité du parent : indiquez laquelle a été présentée."),
                    QStringLiteral("identity document: parent document missing"));
    }
    return {};
}

Result<void> RecordIdentityDocumentCommand::apply(CommandContext& context)
{
    auto p = loadForChange(context);
    if (!p) {
        return fail(p.error());
    }
    for (const QString& flag : p->reliabilityFlags) {
        if (Vigilance::blocksValidation(flag)) {
            return fail(
                ErrorCode::InvalidInput,
                tr("L'identité porte l'attribut « %1 » : elle ne peut pas être validée tant qu'il n'est "
                   "pas levé.")
                    .arg(Vigilance::reliabilityLabel(flag)),
                QStringLiteral("identity document: blocked by %1").arg(flag));
        }
    }
    if (Vigilance::needsParentDocument(m_type) && Model::ageOn(p->birthDate, context.now.date()) >= 18) {
        return fail(
            ErrorCode::InvalidInput,
            tr("Le livret de famille ou l'acte de naissance ne valide que l'identité d'un mineur : pour "
               "un majeur, contrôlez son passeport, sa carte d'identité ou son titre de séjour."),
            QStringLiteral("identity document: minor's document for an adult"));
    }
    const Patient before = *p;
    p->document = {m_type, Vigilance::needsParentDocument(m_type) ? m_parentType : QString(),
                   context.actor.accountId, actorName(context), context.now};
    return save(context, *p, before, QStringLiteral("evidence"), ChangeSource::Document, QString());
}

Result<void> MergePatientsCommand::validate() const
{
    if (m_uuid.isEmpty() || m_absorbed.isEmpty() || m_uuid == m_absorbed) {
        return fail(ErrorCode::InvalidInput, tr("Choisissez deux dossiers différents à fusionner."),
                    QStringLiteral("merge: same or empty files"));
    }
    if (m_reason.size() < 3) {
        return fail(ErrorCode::InvalidInput,
                    tr("Indiquez le motif de la fusion (il est conservé dans l'historique du dossier)."),
                    QStringLiteral("merge: no reason"));
    }
    return {};
}

Result<void> MergePatientsCommand::apply(CommandContext& context)
{
    auto survivor = loadForChange(context);
    if (!survivor) {
        return fail(survivor.error());
    }
    auto absorbed = loadFile(context, m_absorbed, -1, false);
    if (!absorbed) {
        return fail(absorbed.error());
    }
    PatientRepository repo(context.store);
    const Patient before = *survivor;
    Patient& s = *survivor;
    const Patient& a = *absorbed;
    auto fill = [](QString& into, const QString& from) {
        if (into.isEmpty()) {
            into = from;
        }
    };
    fill(s.addressLine, a.addressLine);
    fill(s.addressLine2, a.addressLine2);
    fill(s.postalCode, a.postalCode);
    fill(s.city, a.city);
    fill(s.phone, a.phone);
    fill(s.mobilePhone, a.mobilePhone);
    fill(s.email, a.email);
    fill(s.physicianName, a.physicianName);
    fill(s.physicianRpps, a.physicianRpps);
    fill(s.facilityName, a.facilityName);
    fill(s.facilityFiness, a.facilityFiness);
    fill(s.facilityRoom, a.facilityRoom);
    for (const Model::Allergy& x : a.allergies) {
        const bool known = std::any_of(s.allergies.begin(), s.allergies.end(), [&](const Model::Allergy& y) {
            return y.intolerance == x.intolerance && searchKey(y.text) == searchKey(x.text);
        });
        if (!known) {
            s.allergies.push_back(x);
        }
    }
    if (!a.notes.isEmpty() && a.notes != s.notes) {
        s.notes = s.notes.isEmpty() ? a.notes : s.notes + QStringLiteral("\n\n") + a.notes;
    }
    if (a.careActivityAt.isValid() && (!s.careActivityAt.isValid() || a.careActivityAt > s.careActivityAt)) {
        s.careActivityAt = a.careActivityAt;
    }
    // What protects the patient carries over.
    if (a.rights.objectionAt.isValid() && !s.rights.objectionAt.isValid()) {
        s.rights.objectionAt = a.rights.objectionAt;
    }
    if (a.rights.consentWithdrawnAt.isValid() && !s.rights.consentWithdrawnAt.isValid()) {
        s.rights.consentWithdrawnAt = a.rights.consentWithdrawnAt;
    }
    if (s.rights.postMortemDirectives.isEmpty()) {
        s.rights.postMortemDirectives = a.rights.postMortemDirectives;
        s.rights.postMortemRecordedAt = a.rights.postMortemRecordedAt;
    }
    if (a.hasPhoto) {
        if (!s.hasPhoto) {
            auto bytes = repo.photo(a.meta.uuid);
            if (!bytes) {
                return fail(bytes.error());
            }
            if (auto r = repo.setPhoto(s.meta.uuid, *bytes, SetPatientPhotoCommand::imageType(*bytes),
                                       context.writeContext());
                !r) {
                return r;
            }
        }
        if (auto r = repo.removePhoto(a.meta.uuid, context.writeContext()); !r) {
            return r;
        }
    }
    // The absorbed file first: its history moves to the survivor with the merge's own entry.
    Patient tomb = a;
    tomb.meta.deleted = true;
    tomb.mergedInto = s.meta.uuid;
    if (auto r = repo.update(tomb, context.writeContext()); !r) {
        return r;
    }
    if (auto r = PatientHistory(context.store).moveTo(a.meta.uuid, s.meta.uuid); !r) {
        return r;
    }
    if (auto r = repo.addRedirect(a.meta.uuid, s.meta.uuid, context.now); !r) {
        return r;
    }
    if (auto r = save(context, s, before, QStringLiteral("merge"), ChangeSource::Team,
                      m_reason + QStringLiteral(" [") + a.meta.uuid + u']');
        !r) {
        return r;
    }
    m_changed << QStringLiteral("merged_file");
    return {};
}

Result<void> SetRestrictionCommand::validate() const
{
    if (m_restricted && m_reason.size() < 3) {
        return fail(
            ErrorCode::InvalidInput,
            tr("Indiquez le motif de la limitation (contestation de l'exactitude, opposition en cours…)."),
            QStringLiteral("restriction: no reason"));
    }
    return {};
}

Result<void> SetRestrictionCommand::apply(CommandContext& context)
{
    auto p = loadForChange(context, true);
    if (!p) {
        return fail(p.error());
    }
    if (p->rights.restricted() == m_restricted) {
        return fail(ErrorCode::InvalidInput,
                    m_restricted ? tr("Ce dossier est déjà limité.") : tr("Ce dossier n'est pas limité."),
                    QStringLiteral("restriction: unchanged"));
    }
    const Patient before = *p;
    if (m_restricted) {
        p->rights.restrictedAt = context.now;
        p->rights.restrictionReason = m_reason;
    } else {
        p->rights.restrictedAt = {};
        p->rights.restrictionReason.clear();
    }
    if (auto r = save(context, *p, before, {}, ChangeSource::Statement, {}); !r) {
        return r;
    }
    return recordRight(context,
                       m_restricted ? QStringLiteral("restriction") : QStringLiteral("restriction_lifted"),
                       QStringLiteral("done"), m_reason);
}

QString RecordRightsDecisionCommand::kindId(Kind k)
{
    switch (k) {
    case Kind::Objection:
        return QStringLiteral("objection");
    case Kind::ObjectionLifted:
        return QStringLiteral("objection_lifted");
    case Kind::ConsentWithdrawn:
        return QStringLiteral("consent_withdrawal");
    case Kind::ConsentGiven:
        return QStringLiteral("consent_given");
    case Kind::PostMortemDirectives:
        return QStringLiteral("post_mortem");
    }
    return {};
}

Result<void> RecordRightsDecisionCommand::validate() const
{
    if (m_kind == Kind::PostMortemDirectives && m_detail.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("Saisissez les directives du patient sur le sort de ses données après son décès."),
                    QStringLiteral("post-mortem: empty"));
    }
    if (m_detail.size() > 4000) {
        return fail(ErrorCode::InvalidInput, tr("4 000 caractères au plus."),
                    QStringLiteral("rights: too long"));
    }
    return {};
}

Result<void> RecordRightsDecisionCommand::apply(CommandContext& context)
{
    auto p = loadForChange(context, true);
    if (!p) {
        return fail(p.error());
    }
    const Patient before = *p;
    Model::PatientRightsState& r = p->rights;
    auto unchanged = [this]() {
        return fail(ErrorCode::InvalidInput, tr("Cette décision est déjà enregistrée."),
                    QStringLiteral("rights: unchanged ") + kindId(m_kind));
    };
    switch (m_kind) {
    case Kind::Objection:
        if (r.objectionAt.isValid()) {
            return unchanged();
        }
        r.objectionAt = context.now;
        break;
    case Kind::ObjectionLifted:
        if (!r.objectionAt.isValid()) {
            return unchanged();
        }
        r.objectionAt = {};
        break;
    case Kind::ConsentWithdrawn:
        if (r.consentWithdrawnAt.isValid()) {
            return unchanged();
        }
        r.consentWithdrawnAt = context.now;
        break;
    case Kind::ConsentGiven:
        if (!r.consentWithdrawnAt.isValid()) {
            return unchanged();
        }
        r.consentWithdrawnAt = {};
        break;
    case Kind::PostMortemDirectives:
        r.postMortemDirectives = m_detail;
        r.postMortemRecordedAt = context.now;
        break;
    }
    if (auto s = save(context, *p, before, {}, ChangeSource::Statement, {}); !s) {
        return s;
    }
    // The directives themselves are in the file; the event says only that they were recorded.
    return recordRight(context, kindId(m_kind), QStringLiteral("done"),
                       m_kind == Kind::PostMortemDirectives ? QString() : m_detail);
}

Result<void> ErasePatientCommand::apply(CommandContext& context)
{
    PatientRepository repo(context.store);
    auto p = repo.get(m_uuid);
    if (!p) {
        return fail(p.error());
    }
    if (p->meta.deleted) {
        return fail(ErrorCode::InvalidInput, tr("Ce dossier a déjà été effacé ou fusionné."),
                    QStringLiteral("erase: tombstone"));
    }
    auto rule = Retention::loadRule(context.store, Retention::Category::PatientFile);
    if (!rule) {
        return fail(rule.error());
    }
    if (p->careActivityAt.isValid()) {
        const QDate until = p->careActivityAt.addMonths(rule->totalMonths()).date();
        if (context.now.date() < until) {
            m_until = until;
            m_refusal = tr("Effacement refusé : les données de santé de ce dossier doivent être conservées "
                           "jusqu'au %1 (%2). La demande est enregistrée ; elle pourra être satisfaite à "
                           "cette date.")
                            .arg(QLocale(QLocale::French).toString(until, QStringLiteral("dd/MM/yyyy")),
                                 Retention::bounds(Retention::Category::PatientFile).source);
            m_changed = {};
            return recordRight(context, QStringLiteral("erasure"), QStringLiteral("refused"),
                               QStringLiteral("retention:patient_file until=%1; %2")
                                   .arg(until.toString(Qt::ISODate), m_reason));
        }
    }
    if (auto r = recordRight(context, QStringLiteral("erasure"), QStringLiteral("done"), m_reason); !r) {
        return r;
    }
    m_changed = {QStringLiteral("erased")};
    return repo.erase(m_uuid, context.writeContext());
}

Result<void> RecordPatientExportCommand::apply(CommandContext& context)
{
    auto p = loadForChange(context, true);
    if (!p) {
        return fail(p.error());
    }
    return recordRight(context,
                       m_kind == Kind::Access ? QStringLiteral("access") : QStringLiteral("portability"),
                       QStringLiteral("done"), QStringLiteral("format=%1").arg(m_format));
}

QString SetPatientPhotoCommand::imageType(const QByteArray& data)
{
    if (data.startsWith("\xFF\xD8\xFF")) {
        return QStringLiteral("image/jpeg");
    }
    if (data.startsWith("\x89PNG\r\n\x1A\n")) {
        return QStringLiteral("image/png");
    }
    return {};
}

Result<void> SetPatientPhotoCommand::validate() const
{
    if (m_data.isEmpty()) {
        return {};
    }
    if (m_data.size() > maximumBytes) {
        return fail(ErrorCode::InvalidInput, tr("La photo dépasse 2 Mio : choisissez une image plus petite."),
                    QStringLiteral("photo too large"));
    }
    if (imageType(m_data).isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Ce fichier n'est pas une image JPEG ou PNG."),
                    QStringLiteral("photo: not an image"));
    }
    return {};
}

Result<void> SetPatientPhotoCommand::apply(CommandContext& context)
{
    auto p = loadForChange(context);
    if (!p) {
        return fail(p.error());
    }
    PatientRepository repo(context.store);
    auto r = m_data.isEmpty() ? repo.removePhoto(m_uuid, context.writeContext())
                              : repo.setPhoto(m_uuid, m_data, imageType(m_data), context.writeContext());
    if (!r) {
        return r;
    }
    m_changed = {QStringLiteral("photo")};
    Storage::HistoryEntry entry;
    entry.patientUuid = m_uuid;
    entry.accountUuid = context.actor.accountId;
    entry.actorName = actorName(context);
    entry.kind = QStringLiteral("photo");
    entry.source = changeSourceId(ChangeSource::Team);
    entry.changes = {{QStringLiteral("photo"), p->hasPhoto ? QStringLiteral("1") : QString(),
                      m_data.isEmpty() ? QString() : QStringLiteral("1")}};
    return PatientHistory(context.store).append(entry, context.writeContext());
}

Result<void> RecordInsiResultCommand::validate() const
{
    if (m_answer.outcome == Insi::Outcome::Found) {
        if (!m_answer.identity) {
            return fail(ErrorCode::InvalidInput, tr("La réponse du téléservice ne contient pas d'identité."),
                        QStringLiteral("insi record: found without identity"));
        }
    }
    return {};
}

Result<void> RecordInsiResultCommand::apply(CommandContext& context)
{
    auto p = loadForChange(context);
    if (!p) {
        return fail(p.error());
    }
    const Patient before = *p;
    auto record = [&](const QString& matricule, const QString& oid, const Model::IdentityTraits& traits) {
        p->insi = {context.now,
                   context.actor.accountId,
                   actorName(context),
                   Insi::operationId(m_request.operation),
                   matricule,
                   oid,
                   traits};
    };
    switch (m_answer.outcome) {
    case Insi::Outcome::NotFound:
    case Insi::Outcome::Several:
        return {}; // nothing changes: the query itself is what the audit entry records
    case Insi::Outcome::Found: {
        if (!m_adopted) {
            return {}; // the user did not recognise the person: the query alone is audited
        }
        const Insi::Identity& id = *m_answer.identity;
        if ((id.oid == Identity::kOidInsTest || id.oid == Identity::kOidInsDemo)
            && !insTestIdentifiersAllowed(context.store)) {
            return fail(ErrorCode::InvalidInput, PatientTr::testIns(),
                        QStringLiteral("insi record: test OID"));
        }
        p->birthFamilyName = id.traits.birthFamilyName;
        p->givenNames = id.traits.givenNames;
        p->firstGivenName = id.traits.firstGivenName;
        p->sex = id.traits.sex;
        p->birthDate = id.traits.birthDate;
        p->birthPlaceCode = id.traits.birthPlaceCode;
        p->nir = id.matricule;
        p->insOid = id.oid;
        if (auto other = refuseOtherFileWithNir(context.store, *p); !other) {
            return other;
        }
        record(id.matricule, id.oid, p->traits());
        break;
    }
    case Insi::Outcome::Verified:
        if (p->nir.isEmpty() || p->nir != m_request.matricule
            || Vigilance::compareTraits(p->traits(), m_request.traits).size() > 0) {
            return fail(
                ErrorCode::Conflict,
                tr("Le dossier a changé depuis l'interrogation du téléservice : vérifiez-le à nouveau."),
                QStringLiteral("insi record: file changed since the verification"));
        }
        record(p->nir, p->insOid, p->traits());
        break;
    case Insi::Outcome::NotVerified:
        if (!p->insi.isRecorded()) {
            return {};
        }
        p->insi = {};
        break;
    }
    return save(context, *p, before, QStringLiteral("insi"), ChangeSource::Insi,
                Insi::operationLabel(m_request.operation) + QStringLiteral(" : ") + m_answer.label.left(80));
}

} // namespace Officine::Commands
