#include "patientimport.h"

#include "audit/auditrecorder.h"
#include "commands/patientcommands.h"
#include "identity/identityvigilance.h"
#include "identity/patientvalidation.h"
#include "model/patientfields.h"
#include "storage/duplicateindex.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"
#include "util/parallel.h"
#include "util/searchkey.h"
#include "util/uuid.h"

#include <QSet>

namespace Officine::Import {

using Model::Patient;

QStringList ColumnMapping::importableFields()
{
    return {QStringLiteral("birth_family_name"),
            QStringLiteral("used_family_name"),
            QStringLiteral("given_names"),
            QStringLiteral("sex"),
            QStringLiteral("birth_date"),
            QStringLiteral("birth_place_code"),
            QStringLiteral("nir"),
            QStringLiteral("address_line"),
            QStringLiteral("address_line2"),
            QStringLiteral("postal_code"),
            QStringLiteral("city"),
            QStringLiteral("phone"),
            QStringLiteral("mobile_phone"),
            QStringLiteral("email"),
            QStringLiteral("physician_name"),
            QStringLiteral("physician_rpps"),
            QStringLiteral("allergies"),
            QStringLiteral("notes")};
}

ColumnMapping ColumnMapping::guess(const QStringList& header)
{
    // Header names as search keys (no accents, capitals, punctuation as spaces).
    static const QList<std::pair<const char*, QStringList>> synonyms = {
        {"birth_family_name",
         {QStringLiteral("NOM DE NAISSANCE"), QStringLiteral("NOM NAISSANCE"), QStringLiteral("NOM"),
          QStringLiteral("NOM PATRONYMIQUE"), QStringLiteral("NOM DE FAMILLE")}},
        {"used_family_name",
         {QStringLiteral("NOM D USAGE"), QStringLiteral("NOM USAGE"), QStringLiteral("NOM MARITAL")}},
        {"given_names",
         {QStringLiteral("PRENOMS"), QStringLiteral("PRENOM"), QStringLiteral("PRENOM S"),
          QStringLiteral("PRENOMS DE NAISSANCE")}},
        {"sex", {QStringLiteral("SEXE"), QStringLiteral("GENRE"), QStringLiteral("CIVILITE")}},
        {"birth_date",
         {QStringLiteral("DATE DE NAISSANCE"), QStringLiteral("DATE NAISSANCE"), QStringLiteral("NE LE"),
          QStringLiteral("NE E LE"), QStringLiteral("DDN"), QStringLiteral("NAISSANCE")}},
        {"birth_place_code",
         {QStringLiteral("LIEU DE NAISSANCE"), QStringLiteral("CODE INSEE NAISSANCE"),
          QStringLiteral("INSEE NAISSANCE")}},
        {"nir",
         {QStringLiteral("NIR"), QStringLiteral("N SS"), QStringLiteral("NO SS"), QStringLiteral("NUMERO SS"),
          QStringLiteral("NUMERO DE SECURITE SOCIALE"), QStringLiteral("SECU"), QStringLiteral("INS"),
          QStringLiteral("MATRICULE INS")}},
        {"address_line",
         {QStringLiteral("ADRESSE"), QStringLiteral("ADRESSE 1"), QStringLiteral("ADRESSE1"),
          QStringLiteral("RUE")}},
        {"address_line2",
         {QStringLiteral("ADRESSE 2"), QStringLiteral("ADRESSE2"), QStringLiteral("COMPLEMENT")}},
        {"postal_code", {QStringLiteral("CODE POSTAL"), QStringLiteral("CP")}},
        {"city", {QStringLiteral("VILLE"), QStringLiteral("COMMUNE"), QStringLiteral("LOCALITE")}},
        {"phone",
         {QStringLiteral("TELEPHONE"), QStringLiteral("TEL"), QStringLiteral("TELEPHONE FIXE"),
          QStringLiteral("FIXE")}},
        {"mobile_phone",
         {QStringLiteral("PORTABLE"), QStringLiteral("MOBILE"), QStringLiteral("TEL PORTABLE"),
          QStringLiteral("TELEPHONE PORTABLE")}},
        {"email",
         {QStringLiteral("EMAIL"), QStringLiteral("E MAIL"), QStringLiteral("COURRIEL"),
          QStringLiteral("MAIL")}},
        {"physician_name", {QStringLiteral("MEDECIN TRAITANT"), QStringLiteral("MEDECIN")}},
        {"physician_rpps", {QStringLiteral("RPPS MEDECIN"), QStringLiteral("RPPS")}},
        {"allergies", {QStringLiteral("ALLERGIES"), QStringLiteral("ALLERGIE")}},
        {"notes", {QStringLiteral("NOTES"), QStringLiteral("COMMENTAIRE"), QStringLiteral("OBSERVATIONS")}},
    };
    ColumnMapping m;
    QSet<int> taken;
    for (const auto& [field, names] : synonyms) {
        for (const QString& name : names) {
            int found = -1;
            for (int i = 0; i < header.size(); ++i) {
                if (!taken.contains(i) && searchKey(header.at(i)) == name) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                m.columns.insert(QString::fromLatin1(field), found);
                taken.insert(found);
                break;
            }
        }
    }
    return m;
}

int ImportPlan::proposals() const
{
    return int(
        std::count_if(drafts.begin(), drafts.end(), [](const Draft& d) { return !d.candidates.isEmpty(); }));
}

namespace {
std::optional<Model::Sex> sexFrom(const QString& text)
{
    const QString k = searchKey(text);
    if (k.isEmpty()) {
        return Model::Sex::Unknown;
    }
    if (k == QLatin1StringView("F") || k == QLatin1StringView("FEMME") || k == QLatin1StringView("FEMININ")
        || k == QLatin1StringView("2") || k == QLatin1StringView("MME") || k == QLatin1StringView("MADAME")
        || k == QLatin1StringView("MLLE")) {
        return Model::Sex::Female;
    }
    if (k == QLatin1StringView("M") || k == QLatin1StringView("H") || k == QLatin1StringView("HOMME")
        || k == QLatin1StringView("MASCULIN") || k == QLatin1StringView("1") || k == QLatin1StringView("MR")
        || k == QLatin1StringView("MONSIEUR")) {
        return Model::Sex::Male;
    }
    return std::nullopt;
}

/// Candidates kept per line (the merge proposals of a line).
constexpr int kCandidates = 5;

QString strictKey(const Patient& p)
{
    return searchKey(p.birthFamilyName) + u'|' + searchKey(p.givenNames) + u'|' + p.birthDate.toIso() + u'|'
        + Model::sexCode(p.sex);
}
} // namespace

Result<ImportPlan> PatientImporter::prepare(const CsvTable& table, const ColumnMapping& mapping)
{
    if (!m_executor.allowed(Commands::Permission::PatientImport)) {
        Audit::Entry e;
        e.action = Audit::Action::Create;
        e.targetType = QStringLiteral("patient_import");
        e.outcome = Audit::Outcome::Refused;
        e.reason
            = QStringLiteral("permission:") + Commands::permissionName(Commands::Permission::PatientImport);
        e.detail = QStringLiteral("dry_run");
        (void)m_executor.record(std::move(e));
        return fail(ErrorCode::PermissionDenied, tr("Seul un pharmacien importe des dossiers patients."),
                    QStringLiteral("import denied"));
    }
    for (const char* required : {"birth_family_name", "given_names", "birth_date"}) {
        if (!mapping.columns.contains(QString::fromLatin1(required))) {
            return fail(ErrorCode::InvalidInput,
                        tr("Associez une colonne au champ « %1 » : il est obligatoire.")
                            .arg(Model::patientFieldLabel(QString::fromLatin1(required))),
                        QStringLiteral("import: %1 not mapped").arg(QString::fromLatin1(required)));
        }
    }
    const QDate today = m_executor.clock().today();
    const bool testIns = Commands::insTestIdentifiersAllowed(m_executor.store());
    // A long file is checked against the traits of every file held in memory, read once,
    // instead of with three queries a line (the same rules: Identity::DuplicateRanking).
    std::optional<Storage::DuplicateIndex> index;
    if (table.rows.size() >= kIndexedDryRunFrom) {
        auto loaded = Storage::DuplicateIndex::load(m_executor.store());
        if (!loaded) {
            return fail(loaded.error());
        }
        index = std::move(*loaded);
    }
    QHash<QString, int> columnOf;
    for (const QString& field : ColumnMapping::importableFields()) {
        columnOf.insert(field, mapping.columns.value(field, -1));
    }

    // What a line says on its own: its file, or why it is refused, and the files of the
    // pharmacy it may duplicate.
    // The files are written where the plan keeps them, and the plan is compacted in place
    // afterwards: 50,000 files of 1 KB are not moved again into fresh memory.
    struct Examined
    {
        bool accepted = false;
        QString rejection;
        QString traits;
        bool sameNirInStore = false;
    };
    ImportPlan plan;
    plan.drafts.resize(table.rows.size());
    auto examine = [&](const CsvTable::Row& row, Examined& out, ImportPlan::Draft& draft) -> Result<void> {
        auto cell = [&](const QString& field) {
            const int c = columnOf.value(field, -1);
            return c >= 0 && c < row.cells.size() ? row.cells.at(c).trimmed() : QString();
        };
        if (row.cells.size() != table.header.size()) {
            out.rejection = tr("%1 colonnes au lieu de %2 (séparateur ou guillemet en trop ?)")
                                .arg(row.cells.size())
                                .arg(table.header.size());
            return {};
        }
        Patient p;
        p.birthFamilyName = cell(QStringLiteral("birth_family_name"));
        p.usedFamilyName = cell(QStringLiteral("used_family_name"));
        p.givenNames = cell(QStringLiteral("given_names"));
        const auto sex = sexFrom(cell(QStringLiteral("sex")));
        if (!sex) {
            out.rejection = tr("Sexe : valeur non reconnue (attendu F, M, Femme, Homme, 1 ou 2).");
            return {};
        }
        p.sex = *sex;
        const QString typedDate = cell(QStringLiteral("birth_date"));
        if (auto m = Identity::PatientValidation::checkBirthDateText(typedDate, today)) {
            out.rejection = tr("%1 : %2").arg(Model::patientFieldLabel(QStringLiteral("birth_date")), *m);
            return {};
        }
        p.birthDate = Model::BirthDate::parse(typedDate, today);
        p.birthPlaceCode = cell(QStringLiteral("birth_place_code"));
        p.nir = cell(QStringLiteral("nir"));
        p.addressLine = cell(QStringLiteral("address_line"));
        p.addressLine2 = cell(QStringLiteral("address_line2"));
        p.postalCode = cell(QStringLiteral("postal_code"));
        p.city = cell(QStringLiteral("city"));
        p.phone = cell(QStringLiteral("phone"));
        p.mobilePhone = cell(QStringLiteral("mobile_phone"));
        p.email = cell(QStringLiteral("email"));
        p.physicianName = cell(QStringLiteral("physician_name"));
        p.physicianRpps = cell(QStringLiteral("physician_rpps"));
        p.notes = cell(QStringLiteral("notes"));
        static const QRegularExpression allergySeparators(QStringLiteral("[,|/]"));
        for (const QString& a :
             cell(QStringLiteral("allergies")).split(allergySeparators, Qt::SkipEmptyParts)) {
            if (!a.trimmed().isEmpty()) {
                p.allergies.push_back({{}, false, a.trimmed(), {}, {}, {}});
            }
        }
        Identity::PatientValidation::normalise(p);
        const auto errors = Identity::PatientValidation::check(p, {today, testIns});
        if (!errors.empty()) {
            out.rejection = Identity::PatientValidation::asResult(errors).error().userText;
            return {};
        }
        auto consider = [&](const QString& uuid, Identity::DuplicateReason reason) {
            out.sameNirInStore |= reason == Identity::DuplicateReason::SameNir;
            draft.candidates << uuid;
        };
        if (index) {
            for (const Storage::DuplicateIndex::Match& m : index->candidates(p, kCandidates)) {
                consider(m.uuid, m.reason);
            }
        } else {
            auto candidates
                = Storage::PatientRepository(m_executor.store()).duplicateCandidates(p, kCandidates);
            if (!candidates) {
                return fail(candidates.error());
            }
            for (const Storage::DuplicateCandidate& c : *candidates) {
                consider(c.patient.uuid, c.reason);
            }
        }
        out.traits = strictKey(p);
        out.accepted = true;
        draft.line = row.line;
        draft.patient = std::move(p);
        return {};
    };
    std::vector<Examined> examined(table.rows.size());
    if (index) {
        // Lines are independent, and the index is only read: both cores share them.
        parallelFor(table.rows.size(),
                    [&](size_t i) { (void)examine(table.rows[i], examined[i], plan.drafts[i]); });
    } else {
        for (size_t i = 0; i < table.rows.size(); ++i) {
            if (auto r = examine(table.rows[i], examined[i], plan.drafts[i]); !r) {
                return fail(r.error());
            }
        }
    }

    // The file against itself, in line order: the same person twice is imported once.
    size_t kept = 0;
    QHash<QString, int> seenNir;
    QHash<QString, int> seenTraits;
    seenNir.reserve(qsizetype(examined.size()));
    seenTraits.reserve(qsizetype(examined.size()));
    for (size_t i = 0; i < table.rows.size(); ++i) {
        const int line = table.rows[i].line;
        Examined& e = examined[i];
        auto reject = [&](const QString& reason) { plan.rejected.push_back({line, reason}); };
        if (!e.accepted) {
            reject(e.rejection);
            continue;
        }
        const QString& nir = plan.drafts[i].patient.nir;
        if (!nir.isEmpty()) {
            if (const int first = seenNir.value(nir, 0); first > 0) {
                reject(tr("Même NIR que la ligne %1 du fichier.").arg(first));
                continue;
            }
        }
        if (const int first = seenTraits.value(e.traits, 0); first > 0) {
            reject(tr("Même identité que la ligne %1 du fichier.").arg(first));
            continue;
        }
        if (e.sameNirInStore) {
            reject(tr("Un dossier de l'officine porte déjà ce NIR."));
            continue;
        }
        if (!nir.isEmpty()) {
            seenNir.insert(nir, line);
        }
        seenTraits.insert(e.traits, line);
        if (kept != i) {
            plan.drafts[kept] = std::move(plan.drafts[i]);
        }
        ++kept;
    }
    plan.drafts.erase(plan.drafts.begin() + std::ptrdiff_t(kept), plan.drafts.end());
    return plan;
}

Result<PatientImporter::Summary> PatientImporter::run(const ImportPlan& plan, int batchSize,
                                                      const std::function<bool(int, int)>& progress)
{
    Summary summary;
    const int total = int(plan.drafts.size());
    batchSize = std::max(1, batchSize);
    // The search rows of the imported files are written at the end, all at once (the batches
    // defer them); whatever stops the import, the batches committed become searchable.
    auto searchable = [this]() { return Storage::PatientRepository::catchUpSearch(m_executor.store()); };
    for (int start = 0; start < total; start += batchSize) {
        std::vector<ImportPlan::Draft> batch(plan.drafts.begin() + start,
                                             plan.drafts.begin() + std::min(total, start + batchSize));
        ImportPatientsBatchCommand command(std::move(batch));
        if (auto r = m_executor.execute(command); !r) {
            (void)searchable();
            return fail(r.error());
        }
        for (const ImportPlan::Draft& d : command.drafts()) {
            if (!d.candidates.isEmpty()) {
                summary.proposals.emplace_back(d.patient.meta.uuid, d.candidates);
            }
        }
        summary.imported += int(command.drafts().size());
        ++summary.batches;
        if (progress && !progress(summary.imported, total) && summary.imported < total) {
            summary.cancelled = true;
            break;
        }
    }
    if (auto r = searchable(); !r) {
        return fail(r.error());
    }
    return summary;
}

Result<void> ImportPatientsBatchCommand::apply(Commands::CommandContext& context)
{
    m_batchUuid = Ids::newUuid();
    const Storage::WriteContext ctx = context.writeContext();
    // Each file completed, stamped and serialised on every core (nothing here touches the
    // store), then written in line order in this transaction.
    struct Ready
    {
        Storage::PatientRepository::PreparedWrite file;
        Storage::HistoryEntry history;
        Storage::PatientHistory::PreparedEntry historyRow;
        Audit::Entry created;
    };
    std::vector<Ready> ready(m_drafts.size());
    parallelFor(m_drafts.size(), [&](size_t i) {
        ImportPlan::Draft& d = m_drafts[i];
        Ready& r = ready[i];
        Patient& p = d.patient;
        p.meta = {};
        p.document = {};
        p.insi = {};
        p.rights = {};
        if (!d.candidates.isEmpty() && !p.reliabilityFlags.contains(QStringLiteral("DPOT"))) {
            p.reliabilityFlags << QStringLiteral("DPOT");
        }
        for (Model::Allergy& a : p.allergies) {
            a.uuid = Ids::newUuid();
            a.recordedOn = context.now.date();
        }
        if (!p.allergies.empty() || !p.notes.isEmpty()) {
            p.careActivityAt = context.now;
        }
        p.identityStatus = Identity::Vigilance::statusFor(p);
        r.file = Storage::PatientRepository::prepareInsert(p, ctx);
        Storage::HistoryEntry& h = r.history;
        h.patientUuid = p.meta.uuid;
        h.accountUuid = context.actor.accountId;
        h.actorName = context.actor.displayName;
        h.kind = QStringLiteral("import");
        h.source = QStringLiteral("import");
        h.reason = tr("Import, ligne %1").arg(d.line);
        // The fields filled, not their values (revision 1 of the record holds them).
        const QStringList filled = Patient::changedFields(Patient {}, p);
        for (const QString& f : filled) {
            h.changes.push_back({f, {}, {}});
        }
        r.historyRow = Storage::PatientHistory::prepare(h, ctx);
        // Each file's own creation entry, so its access history starts with the import.
        Audit::Entry& e = r.created;
        e.uuid = Ids::newUuid();
        e.action = Audit::Action::Create;
        e.targetType = QStringLiteral("patient");
        e.targetUuid = e.patientUuid = p.meta.uuid;
        e.at = context.now;
        e.fields = filled;
        e.detail = QStringLiteral("command=patient.import;batch=%1;line=%2").arg(m_batchUuid).arg(d.line);
    });
    Storage::PatientRepository repo(context.store);
    Storage::PatientHistory history(context.store);
    std::vector<Audit::Entry> created;
    created.reserve(ready.size());
    for (Ready& r : ready) {
        if (auto done = repo.insert(r.file, Storage::PatientRepository::SearchUpdate::Deferred); !done) {
            return done;
        }
        if (auto done = history.append(r.historyRow); !done) {
            return done;
        }
        created.push_back(std::move(r.created));
    }
    return Audit::Recorder(context.store, context.clock).record(&context.actor, std::move(created));
}

} // namespace Officine::Import
