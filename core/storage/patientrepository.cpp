#include "patientrepository.h"

#include "identity/duplicaterules.h"
#include "storage/outbox.h"
#include "util/jsonwriter.h"
#include "util/searchkey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <tuple>

namespace Officine::Storage {

using Model::Patient;
using Model::PatientSummary;

namespace {

const QString kColumns = QStringLiteral(
    "uuid, revision, workstation_id, deleted, created_at, updated_at, birth_family_name, "
    "used_family_name, given_names, sex, birth_date, nir, address_line, postal_code, city, phone, email, "
    "first_given_name, used_given_name, birth_place_code, ins_oid, identity_status, identity_evidence, "
    "address_line2, mobile_phone, clinical, care_activity_at, rights, merged_into, erased_at");
constexpr int kColumnCount = 30;

const QString kSummaryColumns = QStringLiteral(
    "uuid, birth_family_name, used_family_name, given_names, sex, birth_date, city, phone, used_given_name, "
    "nir, identity_status, restricted");

QDateTime fromIso(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QByteArray evidenceJson(const Patient& p)
{
    Json::Writer w;
    w.beginObject().key("document");
    p.document.write(w);
    w.key("insi");
    p.insi.write(w);
    w.key("flags").beginArray();
    for (const QString& f : p.reliabilityFlags) {
        w.value(f);
    }
    w.endArray().endObject();
    return w.take();
}

QByteArray clinicalJson(const Patient& p)
{
    Json::Writer w;
    w.beginObject().key("allergies").beginArray();
    for (const Model::Allergy& a : p.allergies) {
        a.write(w);
    }
    w.endArray()
        .field("notes", p.notes)
        .field("physicianName", p.physicianName)
        .field("physicianRpps", p.physicianRpps)
        .field("facilityName", p.facilityName)
        .field("facilityFiness", p.facilityFiness)
        .field("facilityRoom", p.facilityRoom)
        .endObject();
    return w.take();
}

QByteArray rightsJson(const Model::PatientRightsState& rights)
{
    return Json::text([&rights](Json::Writer& w) { rights.write(w); });
}

/// What is left of an erased file: its identifier and sync columns, the rights the patient
/// exercised, the moment of the erasure; no name, no date, no contact, no clinical data.
Patient tombstoneOf(const Patient& stored, const QString& workstationId, const QDateTime& at)
{
    Patient tomb;
    tomb.meta = stored.meta;
    tomb.meta.deleted = true;
    tomb.meta.workstationId = workstationId;
    tomb.meta.updatedAt = at;
    tomb.rights = stored.rights;
    tomb.erasedAt = at;
    return tomb;
}

Patient readPatient(const Query& q)
{
    Patient p;
    p.meta.uuid = q.text(0);
    p.meta.revision = q.integer(1);
    p.meta.workstationId = q.text(2);
    p.meta.deleted = q.integer(3) != 0;
    p.meta.createdAt = QDateTime::fromString(q.text(4), Qt::ISODateWithMs);
    p.meta.updatedAt = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
    p.birthFamilyName = q.text(6);
    p.usedFamilyName = q.text(7);
    p.givenNames = q.text(8);
    p.sex = Model::sexFromCode(q.text(9));
    p.birthDate = Model::BirthDate::fromIso(q.text(10));
    p.nir = q.text(11);
    p.addressLine = q.text(12);
    p.postalCode = q.text(13);
    p.city = q.text(14);
    p.phone = q.text(15);
    p.email = q.text(16);
    p.firstGivenName = q.text(17);
    p.usedGivenName = q.text(18);
    p.birthPlaceCode = q.text(19);
    p.insOid = q.text(20);
    p.identityStatus = Model::identityStatusFromCode(q.text(21));
    const QJsonObject evidence = parseObject(q.text(22));
    p.document
        = Model::IdentityDocumentCheck::fromJson(evidence.value(QStringLiteral("document")).toObject());
    p.insi = Model::InsiRecord::fromJson(evidence.value(QStringLiteral("insi")).toObject());
    for (const QJsonValue& f : evidence.value(QStringLiteral("flags")).toArray()) {
        p.reliabilityFlags << f.toString();
    }
    p.addressLine2 = q.text(23);
    p.mobilePhone = q.text(24);
    const QJsonObject clinical = parseObject(q.text(25));
    for (const QJsonValue& a : clinical.value(QStringLiteral("allergies")).toArray()) {
        p.allergies.push_back(Model::Allergy::fromJson(a.toObject()));
    }
    p.notes = clinical.value(QStringLiteral("notes")).toString();
    p.physicianName = clinical.value(QStringLiteral("physicianName")).toString();
    p.physicianRpps = clinical.value(QStringLiteral("physicianRpps")).toString();
    p.facilityName = clinical.value(QStringLiteral("facilityName")).toString();
    p.facilityFiness = clinical.value(QStringLiteral("facilityFiness")).toString();
    p.facilityRoom = clinical.value(QStringLiteral("facilityRoom")).toString();
    p.careActivityAt = fromIso(q.text(26));
    p.rights = Model::PatientRightsState::fromJson(parseObject(q.text(27)));
    p.mergedInto = q.text(28);
    p.erasedAt = fromIso(q.text(29));
    return p;
}

PatientSummary readSummary(const Query& q)
{
    PatientSummary s;
    s.uuid = q.text(0);
    s.birthFamilyName = q.text(1);
    s.usedFamilyName = q.text(2);
    s.givenNames = q.text(3);
    s.sex = Model::sexFromCode(q.text(4));
    s.birthDate = Model::BirthDate::fromIso(QLatin1StringView(q.utf8(5)));
    s.city = q.text(6);
    s.phone = q.text(7);
    s.usedGivenName = q.text(8);
    s.nir = q.text(9);
    s.identityStatus = Model::identityStatusFromCode(q.text(10));
    s.restricted = q.integer(11) != 0;
    return s;
}

Result<void> runWith(Store& store, const char* sql, const QString& uuid)
{
    auto q = store.query(QString::fromLatin1(sql));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    return q->run();
}

QString dateCondition(const std::vector<std::pair<QString, QString>>& ranges, int firstParam)
{
    QStringList parts;
    for (size_t i = 0; i < ranges.size(); ++i) {
        const int a = firstParam + int(i) * 2;
        parts << QStringLiteral("birth_date BETWEEN ?%1 AND ?%2").arg(a).arg(a + 1);
    }
    return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

void bindDates(Query& q, const std::vector<std::pair<QString, QString>>& ranges, int firstParam)
{
    for (size_t i = 0; i < ranges.size(); ++i) {
        q.bind(firstParam + int(i) * 2, ranges[i].first).bind(firstParam + int(i) * 2 + 1, ranges[i].second);
    }
}

} // namespace

PatientQuery PatientQuery::parse(const QString& input, const QDate& today)
{
    PatientQuery query;
    const QString text = input.simplified();
    if (text.isEmpty()) {
        return query;
    }
    const int thisYear = today.year();
    auto plausible
        = [&](const Model::BirthDate& d) { return d.isValid() && d.year() >= 1880 && d.year() <= thisYear; };
    auto dateOf = [&](const QString& token) -> Model::BirthDate {
        static const QRegularExpression monthYear(QStringLiteral(R"(^(\d{1,2})[/.\-](\d{4})$)"));
        static const QRegularExpression yearOnly(QStringLiteral(R"(^(\d{4})$)"));
        if (auto m = monthYear.match(token); m.hasMatch()) {
            return Model::BirthDate(m.captured(2).toInt(), m.captured(1).toInt(), 0);
        }
        if (auto m = yearOnly.match(token); m.hasMatch()) {
            return Model::BirthDate(m.captured(1).toInt(), 0, 0);
        }
        return Model::BirthDate::parse(token, today);
    };
    // A NIR as typed: digits and spaces, the département of Corsica as 2A/2B.
    QString nir = text;
    nir.remove(u' ');
    nir = nir.toUpper();
    static const QRegularExpression nirShape(
        QStringLiteral(R"(^(?:\d{1,5}|\d{5}(?:\d{1,2}|2[AB])\d{0,8})$)"));
    static const QRegularExpression digitsAndSpaces(QStringLiteral(R"(^[0-9 ]+$)"));
    const bool nirLike = nir.size() >= 2 && nir.size() <= 15 && nirShape.match(nir).hasMatch();
    if (nirLike || digitsAndSpaces.match(text).hasMatch()) {
        Model::BirthDate whole = dateOf(text);
        if (!plausible(whole)) {
            whole = dateOf(nir);
        }
        if (plausible(whole)) {
            query.dateRanges = Identity::birthDateRanges(whole);
        }
        static const QString sexDigits = QStringLiteral("123478");
        if (nirLike && sexDigits.contains(nir.at(0))) {
            query.nirPrefix = nir;
        }
        return query;
    }
    QStringList names;
    for (const QString& token : text.split(u' ', Qt::SkipEmptyParts)) {
        if (token.contains(QRegularExpression(QStringLiteral("[0-9]")))) {
            const Model::BirthDate d = dateOf(token);
            if (plausible(d) && query.dateRanges.empty()) {
                query.dateRanges = Identity::birthDateRanges(d);
            } else {
                names << token; // a name with digits matches nothing: an honest empty result
            }
        } else {
            names << token;
        }
    }
    query.familyKey = searchKey(names.join(u' '));
    if (query.familyKey.isEmpty() && !names.isEmpty()) {
        query.familyKey = QStringLiteral("\u0001"); // punctuation only: nothing matches
    }
    return query;
}

namespace {
/// A row of the search projection (patient_search), in the order of its columns.
struct SearchRow
{
    QString nameKey;
    QString givenKey;
    QString uuid;
    bool primary = false;
    QString birthFamilyName;
    QString usedFamilyName;
    QString givenNames;
    QString sex;
    QString birthDate;
    QString city;
    QString phone;
    QString usedGivenName;
    QString nir;
    QString identityStatus;
    bool restricted = false;
};

/// A live file's rows: one under its birth name and, when it differs, one under its used name
/// (the primary row is the one the alphabetical list shows: the used name when there is one).
void appendSearchRows(const Patient& p, std::vector<SearchRow>& out)
{
    if (p.meta.deleted || p.archivedAt.isValid()) {
        return;
    }
    SearchRow row;
    row.nameKey = searchKey(p.birthFamilyName);
    row.givenKey = searchKey(p.givenNames);
    row.uuid = p.meta.uuid;
    row.birthFamilyName = p.birthFamilyName;
    row.usedFamilyName = p.usedFamilyName;
    row.givenNames = p.givenNames;
    row.sex = Model::sexCode(p.sex);
    row.birthDate = p.birthDate.toIso();
    row.city = p.city;
    row.phone = p.mobilePhone.isEmpty() ? p.phone : p.mobilePhone;
    row.usedGivenName = p.usedGivenName;
    row.nir = p.nir;
    row.identityStatus = Model::identityStatusCode(p.identityStatus);
    row.restricted = p.rights.restricted();
    const QString usedKey = searchKey(p.usedFamilyName);
    if (usedKey.isEmpty() || usedKey == row.nameKey) {
        row.primary = true;
        out.push_back(std::move(row));
        return;
    }
    SearchRow used = row;
    used.nameKey = usedKey;
    used.primary = true;
    out.push_back(std::move(row));
    out.push_back(std::move(used));
}

Result<void> insertSearchRows(Store& store, const std::vector<SearchRow>& rows)
{
    for (const SearchRow& r : rows) {
        auto insert = store.query(QStringLiteral(
            "INSERT INTO patient_search (name_key, given_key, uuid, is_primary, birth_family_name, "
            "used_family_name, given_names, sex, birth_date, city, phone, used_given_name, nir, "
            "identity_status, restricted) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"));
        if (!insert) {
            return fail(insert.error());
        }
        insert->bind(1, r.nameKey)
            .bind(2, r.givenKey)
            .bind(3, r.uuid)
            .bind(4, r.primary)
            .bind(5, r.birthFamilyName)
            .bind(6, r.usedFamilyName)
            .bind(7, r.givenNames)
            .bind(8, r.sex)
            .bind(9, r.birthDate)
            .bind(10, r.city)
            .bind(11, r.phone)
            .bind(12, r.usedGivenName)
            .bind(13, r.nir)
            .bind(14, r.identityStatus)
            .bind(15, r.restricted);
        if (auto done = insert->run(); !done) {
            return done;
        }
    }
    return {};
}
} // namespace

Result<void> PatientRepository::writeSearchEntries(Store& store, const Patient& p, bool fresh)
{
    if (!fresh) {
        if (auto r = runWith(store, "DELETE FROM patient_search WHERE uuid = ?1", p.meta.uuid); !r) {
            return r;
        }
    }
    std::vector<SearchRow> rows;
    appendSearchRows(p, rows);
    return insertSearchRows(store, rows);
}

namespace {
/// From how many deferred rows catchUpSearch() may rebuild the projection's indexes.
constexpr size_t kRebuildIndexesFrom = 10000;
} // namespace

Result<int> PatientRepository::catchUpSearch(Store& store)
{
    // Nothing waiting (every open but the one after a crash): no write transaction, and no page
    // of the patient table read.
    auto waiting = store.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM patient_search_pending)"));
    if (!waiting) {
        return fail(waiting.error());
    }
    if (*waiting == 0) {
        return 0;
    }
    // The rows come from the patient rows they reference: the foreign-key check of each one
    // (a seek in the patient table) is left out when this is our own transaction (the pragma
    // cannot change inside one).
    const bool ownTransaction = !store.inTransaction();
    if (ownTransaction) {
        if (auto r = store.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !r) {
            return fail(r.error());
        }
    }
    const auto restoreKeys = qScopeGuard([&store, ownTransaction]() {
        if (ownTransaction) {
            (void)store.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    });
    auto tx = Transaction::beginUnlessOpen(store);
    if (!tx) {
        return fail(tx.error());
    }
    // The columns the projection shows, of the files still waiting (a deferred file edited
    // since, or erased, was brought up by that write and left the list).
    auto q = store.query(QStringLiteral(
        "SELECT p.uuid, p.deleted, p.archived_at, p.birth_family_name, p.used_family_name, p.given_names, "
        "p.sex, p.birth_date, p.city, p.phone, p.mobile_phone, p.used_given_name, p.nir, p.identity_status, "
        "p.rights FROM patient_search_pending w CROSS JOIN patient p ON p.uuid = w.uuid"));
    if (!q) {
        return fail(q.error());
    }
    std::vector<SearchRow> rows;
    int files = 0;
    const auto read = forEachRow(*q, [&](const Query& r) {
        Patient p;
        p.meta.uuid = r.text(0);
        p.meta.deleted = r.integer(1) != 0;
        p.archivedAt = fromIso(r.text(2));
        p.birthFamilyName = r.text(3);
        p.usedFamilyName = r.text(4);
        p.givenNames = r.text(5);
        p.sex = Model::sexFromCode(r.text(6));
        p.birthDate = Model::BirthDate::fromIso(r.text(7));
        p.city = r.text(8);
        p.phone = r.text(9);
        p.mobilePhone = r.text(10);
        p.usedGivenName = r.text(11);
        p.nir = r.text(12);
        p.identityStatus = Model::identityStatusFromCode(r.text(13));
        p.rights = Model::PatientRightsState::fromJson(parseObject(r.text(14)));
        appendSearchRows(p, rows);
        ++files;
    });
    if (!read) {
        return fail(read.error());
    }
    // In the projection's key order: each page of its clustered table is written once.
    std::sort(rows.begin(), rows.end(), [](const SearchRow& a, const SearchRow& b) {
        return std::tie(a.nameKey, a.givenKey, a.uuid) < std::tie(b.nameKey, b.givenKey, b.uuid);
    });
    // Many rows into a projection that holds fewer (a new workstation's first pull): its four
    // indexes are dropped and built again after the rows, by a sort each, rather than kept up
    // row by row. Their definitions are read back from the schema, so they stay its own.
    std::vector<QString> rebuilt;
    if (rows.size() >= kRebuildIndexesFrom) {
        auto existing = store.scalar(QStringLiteral("SELECT count(*) FROM patient_search"));
        if (!existing) {
            return fail(existing.error());
        }
        if (*existing <= qint64(rows.size())) {
            auto indexes = store.query(QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'patient_search' "
                "AND sql IS NOT NULL ORDER BY name"));
            if (!indexes) {
                return fail(indexes.error());
            }
            QStringList names;
            if (auto r = forEachRow(*indexes,
                                    [&](const Query& index) {
                                        names << index.text(0);
                                        rebuilt.push_back(index.text(1));
                                    });
                !r) {
                return fail(r.error());
            }
            for (const QString& name : std::as_const(names)) {
                if (auto r = store.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !r) {
                    return fail(r.error());
                }
            }
        }
    }
    auto written = [&]() -> Result<void> {
        if (auto r = insertSearchRows(store, rows); !r) {
            return r;
        }
        for (const QString& sql : rebuilt) {
            if (auto r = store.exec(sql); !r) {
                return r;
            }
        }
        if (auto r = store.exec(QStringLiteral("DELETE FROM patient_search_pending")); !r) {
            return r;
        }
        return tx->commit();
    }();
    if (!written) {
        return fail(written.error());
    }
    return files;
}

PatientRepository::PreparedWrite PatientRepository::prepare(const Patient& p, bool created)
{
    // A creation is queued by reference (OutboxEntry::payload): the row is its payload.
    return {&p, evidenceJson(p), clinicalJson(p), rightsJson(p.rights),
            created ? QByteArray() : Json::text([&p](Json::Writer& w) { p.write(w); })};
}

Result<std::optional<QByteArray>> PatientRepository::payloadAsStored(Store& store, const QString& uuid,
                                                                     qint64 revision)
{
    auto p = PatientRepository(store).get(uuid);
    if (!p) {
        if (p.error().code == ErrorCode::NotFound) {
            return std::optional<QByteArray>();
        }
        return fail(p.error());
    }
    if (p->meta.revision != revision || p->meta.deleted) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(document(*p));
}

QByteArray PatientRepository::document(const Patient& patient)
{
    return Json::text([&patient](Json::Writer& w) { patient.write(w); });
}

PatientRepository::PreparedWrite PatientRepository::prepareInsert(Patient& patient, const WriteContext& ctx)
{
    stampNew(patient.meta, ctx);
    return prepare(patient, true);
}

Result<void> PatientRepository::insert(const PreparedWrite& prepared, SearchUpdate search)
{
    return write(prepared, true, search);
}

Result<void> PatientRepository::write(const Patient& p, bool insert, SearchUpdate search)
{
    return write(prepare(p, insert), insert, search);
}

Result<void> PatientRepository::write(const PreparedWrite& prepared, bool insert, SearchUpdate search,
                                      Queue queue)
{
    const Patient& p = *prepared.patient;
    // Built once: the statement cache is keyed by this text.
    static const QString insertSql = []() -> QString {
        QStringList params;
        for (int i = 1; i <= kColumnCount; ++i) {
            params << QStringLiteral("?%1").arg(i);
        }
        return QStringLiteral("INSERT INTO patient (") + kColumns + QStringLiteral(") VALUES (")
            + params.join(QStringLiteral(", ")) + u')';
    }();
    static const QString updateSql = []() -> QString {
        const QStringList columns = kColumns.split(QStringLiteral(", "));
        QStringList sets;
        for (int i = 1; i < kColumnCount; ++i) {
            sets << QStringLiteral("%1 = ?%2").arg(columns.at(i)).arg(i + 1);
        }
        return QStringLiteral("UPDATE patient SET ") + sets.join(QStringLiteral(", "))
            + QStringLiteral(" WHERE uuid = ?1");
    }();
    if (!insert && queue != Queue::No) {
        // The first change here of a file received from the server writes out its merge base.
        if (auto kept = Outbox(m_store).keepBaseOf(*this, p.meta.uuid); !kept) {
            return kept;
        }
    }
    const QString& sql = insert ? insertSql : updateSql;
    auto q = m_store.query(sql);
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, p.meta.uuid)
        .bind(2, p.meta.revision)
        .bind(3, p.meta.workstationId)
        .bind(4, p.meta.deleted)
        .bind(5, Model::isoUtc(p.meta.createdAt))
        .bind(6, Model::isoUtc(p.meta.updatedAt))
        .bind(7, p.birthFamilyName)
        .bind(8, p.usedFamilyName)
        .bind(9, p.givenNames)
        .bind(10, Model::sexCode(p.sex))
        .bind(11, p.birthDate.toIso())
        .bind(13, p.addressLine)
        .bind(14, p.postalCode)
        .bind(15, p.city)
        .bind(16, p.phone)
        .bind(17, p.email)
        .bind(18, p.firstGivenName)
        .bind(19, p.usedGivenName)
        .bind(20, p.birthPlaceCode)
        .bind(21, p.insOid)
        .bind(22, Model::identityStatusCode(p.identityStatus))
        .bindUtf8(23, prepared.evidence)
        .bind(24, p.addressLine2)
        .bind(25, p.mobilePhone)
        .bindUtf8(26, prepared.clinical)
        .bind(27, Model::isoUtc(p.careActivityAt))
        .bindUtf8(28, prepared.rights)
        .bind(29, p.mergedInto)
        .bind(30, Model::isoUtc(p.erasedAt));
    if (p.nir.isEmpty()) {
        q->bindNull(12);
    } else {
        q->bind(12, p.nir);
    }
    if (auto r = q->run(); !r) {
        return r;
    }
    if (search == SearchUpdate::Deferred) {
        if (auto r = runWith(m_store, "INSERT OR IGNORE INTO patient_search_pending (uuid) VALUES (?1)",
                             p.meta.uuid);
            !r) {
            return r;
        }
    } else {
        if (auto r = writeSearchEntries(m_store, p, insert); !r) {
            return r;
        }
        if (!insert) {
            // A deferred file written again is up to date with this write.
            if (auto r = runWith(m_store, "DELETE FROM patient_search_pending WHERE uuid = ?1", p.meta.uuid);
                !r) {
                return r;
            }
        }
    }
    if (queue == Queue::No) {
        return {};
    }
    return Outbox(m_store).append(outboxEntryFor(entity, p.meta, insert, prepared.payload));
}

PatientRepository::PreparedWrite PatientRepository::prepareRemote(const Patient& patient)
{
    return prepare(patient, true);
}

Result<void> PatientRepository::applyRemote(Patient& patient, SearchUpdate search)
{
    return applyRemote(patient, PreparedWrite {}, search);
}

Result<void> PatientRepository::applyRemote(Patient& patient, const PreparedWrite& prepared,
                                            SearchUpdate search)
{
    auto stored = get(patient.meta.uuid);
    if (!stored && stored.error().code != ErrorCode::NotFound) {
        return fail(stored.error());
    }
    const bool insert = !stored;
    if (patient.meta.deleted) {
        // Erased or purged on another workstation: the same here, and what hangs off it.
        if (insert) {
            return {};
        }
        if (auto r = deleteDependents(patient.meta.uuid); !r) {
            return r;
        }
        patient = tombstoneOf(*stored, patient.meta.workstationId, patient.meta.updatedAt);
    }
    patient.meta.revision = insert ? 1 : stored->meta.revision + 1;
    patient.meta.createdAt = insert ? patient.meta.updatedAt : stored->meta.createdAt;
    if (!insert) {
        patient.archivedAt = stored->archivedAt;
    }
    // Only a new file's rows wait for catchUpSearch(), which writes rows and replaces none.
    if (insert && prepared.patient == &patient) {
        return write(prepared, true, search, Queue::No);
    }
    return write(prepare(patient, insert), insert, insert ? search : SearchUpdate::Now, Queue::No);
}

Result<void> PatientRepository::insert(Patient& patient, const WriteContext& ctx, SearchUpdate search)
{
    return write(prepareInsert(patient, ctx), true, search);
}

Result<void> PatientRepository::update(Patient& patient, const WriteContext& ctx)
{
    auto stored = get(patient.meta.uuid);
    if (!stored) {
        return fail(stored.error());
    }
    if (stored->archivedAt.isValid()) {
        return fail(ErrorCode::InvalidInput,
                    tr("Ce dossier est archivé : sortez-le des archives avant de le modifier."),
                    QStringLiteral("patient %1 is archived").arg(patient.meta.uuid));
    }
    if (stored->meta.deleted) {
        return fail(ErrorCode::InvalidInput,
                    stored->mergedInto.isEmpty()
                        ? tr("Ce dossier a été effacé : il ne peut plus être modifié.")
                        : tr("Ce dossier a été fusionné avec un autre : ouvrez le dossier qui le remplace."),
                    QStringLiteral("patient %1 is a tombstone").arg(patient.meta.uuid));
    }
    if (auto stamped
        = stampEdit(patient.meta, stored->meta, ctx,
                    tr("Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). "
                       "Rechargez-la avant d'enregistrer."));
        !stamped) {
        return stamped;
    }
    patient.archivedAt = {};
    return write(patient, false);
}

Result<Patient> PatientRepository::get(const QString& uuid)
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(", archived_at, EXISTS (SELECT 1 FROM patient_photo ph WHERE "
                                            "ph.patient_uuid = patient.uuid AND ph.deleted = 0) "
                                            "FROM patient WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    auto found = firstRow<Patient>(*q, [](const Query& r) {
        Patient p = readPatient(r);
        if (!r.isNull(kColumnCount)) {
            p.archivedAt = QDateTime::fromString(r.text(kColumnCount), Qt::ISODateWithMs);
        }
        p.hasPhoto = r.integer(kColumnCount + 1) != 0;
        return p;
    });
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::NotFound, tr("Fiche patient introuvable."),
                    QStringLiteral("patient %1 not found").arg(uuid));
    }
    return std::move(**found);
}

Result<QString> PatientRepository::resolve(const QString& uuid)
{
    QString current = uuid;
    // A chain of merges is short; the bound guards against a cycle a bug could leave.
    for (int hops = 0; hops < 16; ++hops) {
        auto q = m_store.query(QStringLiteral("SELECT new_uuid FROM patient_redirect WHERE old_uuid = ?1"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, current);
        auto next = firstRow<QString>(*q, [](const Query& r) { return r.text(0); });
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            return current;
        }
        current = **next;
    }
    return fail(ErrorCode::Internal, tr("Erreur interne."),
                QStringLiteral("redirect cycle from %1").arg(uuid));
}

Result<QStringList> PatientRepository::absorbedInto(const QString& uuid)
{
    auto q = m_store.query(QStringLiteral("SELECT old_uuid FROM patient_redirect WHERE new_uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    return collectRows<QString>(*q, [](const Query& r) { return r.text(0); }).map([](std::vector<QString> v) {
        return QStringList(v.begin(), v.end());
    });
}

Result<void> PatientRepository::addRedirect(const QString& oldUuid, const QString& newUuid,
                                            const QDateTime& at)
{
    auto q = m_store.query(QStringLiteral(
        "INSERT OR REPLACE INTO patient_redirect (old_uuid, new_uuid, merged_at) VALUES (?1, ?2, ?3)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, oldUuid).bind(2, newUuid).bind(3, Model::isoUtc(at));
    if (auto r = q->run(); !r) {
        return r;
    }
    // Files merged into the absorbed one earlier now lead straight to the survivor.
    auto chain
        = m_store.query(QStringLiteral("UPDATE patient_redirect SET new_uuid = ?2 WHERE new_uuid = ?1"));
    if (!chain) {
        return fail(chain.error());
    }
    chain->bind(1, oldUuid).bind(2, newUuid);
    return chain->run();
}

Result<void> PatientRepository::setPhoto(const QString& patientUuid, const QByteArray& data,
                                         const QString& mime, const WriteContext& ctx)
{
    auto existing = m_store.query(
        QStringLiteral("SELECT revision, created_at FROM patient_photo WHERE patient_uuid = ?1"));
    if (!existing) {
        return fail(existing.error());
    }
    existing->bind(1, patientUuid);
    auto row = firstRow<std::pair<qint64, QString>>(
        *existing, [](const Query& r) { return std::make_pair(r.integer(0), r.text(1)); });
    if (!row) {
        return fail(row.error());
    }
    Model::RecordMeta meta;
    meta.uuid = patientUuid;
    stampNew(meta, ctx);
    const bool created = !*row;
    if (!created) {
        meta.revision = (*row)->first + 1;
        meta.createdAt = QDateTime::fromString((*row)->second, Qt::ISODateWithMs);
    }
    auto q = m_store.query(QStringLiteral(
        "INSERT OR REPLACE INTO patient_photo (patient_uuid, revision, workstation_id, deleted, created_at, "
        "updated_at, mime, data) VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6, ?7)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, patientUuid)
        .bind(2, meta.revision)
        .bind(3, meta.workstationId)
        .bind(4, Model::isoUtc(meta.createdAt))
        .bind(5, Model::isoUtc(meta.updatedAt))
        .bind(6, mime)
        .bindBlob(7, data);
    if (auto r = q->run(); !r) {
        return r;
    }
    QJsonObject payload {{QStringLiteral("patientUuid"), patientUuid},
                         {QStringLiteral("mime"), mime},
                         {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}};
    return Outbox(m_store).append(outboxEntryFor(photoEntity, meta, created, payload));
}

Result<void> PatientRepository::removePhoto(const QString& patientUuid, const WriteContext& ctx)
{
    auto existing
        = m_store.query(QStringLiteral("SELECT revision FROM patient_photo WHERE patient_uuid = ?1"));
    if (!existing) {
        return fail(existing.error());
    }
    existing->bind(1, patientUuid);
    auto revision = firstRow<qint64>(*existing, [](const Query& r) { return r.integer(0); });
    if (!revision) {
        return fail(revision.error());
    }
    if (!*revision) {
        return {};
    }
    if (auto r = runWith(m_store, "DELETE FROM patient_photo WHERE patient_uuid = ?1", patientUuid); !r) {
        return r;
    }
    if (auto r = runWith(m_store, "DELETE FROM outbox WHERE entity = 'patient_photo' AND record_uuid = ?1",
                         patientUuid);
        !r) {
        return r;
    }
    Model::RecordMeta meta;
    meta.uuid = patientUuid;
    meta.revision = **revision + 1;
    meta.deleted = true;
    meta.workstationId = ctx.workstationId;
    meta.updatedAt = ctx.now;
    OutboxEntry tomb
        = outboxEntryFor(photoEntity, meta, false, {{QStringLiteral("patientUuid"), patientUuid}});
    tomb.operation = OutboxOperation::Delete;
    return Outbox(m_store).append(tomb);
}

Result<QByteArray> PatientRepository::photo(const QString& patientUuid)
{
    auto q = m_store.query(
        QStringLiteral("SELECT data FROM patient_photo WHERE patient_uuid = ?1 AND deleted = 0"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, patientUuid);
    auto row = firstRow<QByteArray>(*q, [](const Query& r) { return r.blob(0); });
    if (!row) {
        return fail(row.error());
    }
    return *row ? **row : QByteArray();
}

namespace {
Result<QStringList> uuids(Store& store, const QString& sql, const QDateTime& cutoff)
{
    auto q = store.query(sql);
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, cutoff.toUTC().toString(Qt::ISODateWithMs));
    return collectRows<QString>(*q, [](const Query& r) { return r.text(0); }).map([](std::vector<QString> v) {
        return QStringList(v.begin(), v.end());
    });
}
} // namespace

Result<QStringList> PatientRepository::dueForArchive(const QDateTime& cutoff)
{
    return uuids(m_store,
                 QStringLiteral("SELECT uuid FROM patient WHERE deleted = 0 AND archived_at IS NULL AND "
                                "updated_at < ?1 ORDER BY updated_at"),
                 cutoff);
}

Result<QStringList> PatientRepository::dueForPurge(const QDateTime& cutoff)
{
    return uuids(m_store,
                 QStringLiteral("SELECT uuid FROM patient WHERE (archived_at IS NOT NULL OR deleted = 1) AND "
                                "updated_at < ?1 ORDER BY updated_at"),
                 cutoff);
}

Result<void> PatientRepository::archive(const QString& uuid, const QDateTime& now)
{
    auto q = m_store.query(
        QStringLiteral("UPDATE patient SET archived_at = ?2 WHERE uuid = ?1 AND archived_at IS NULL"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid).bind(2, now.toUTC().toString(Qt::ISODateWithMs));
    if (auto r = q->run(); !r) {
        return r;
    }
    return runWith(m_store, "DELETE FROM patient_search WHERE uuid = ?1", uuid);
}

Result<void> PatientRepository::unarchive(const QString& uuid, const WriteContext& ctx)
{
    if (auto r = runWith(m_store, "UPDATE patient SET archived_at = NULL WHERE uuid = ?1", uuid); !r) {
        return r;
    }
    auto p = get(uuid);
    if (!p) {
        return fail(p.error());
    }
    // A file brought back is in use again: its active period starts over.
    return update(*p, ctx);
}

Result<void> PatientRepository::deleteDependents(const QString& uuid)
{
    // The pending outbox rows carry the data: they go first (history events are their own
    // records, found through the history table before it is emptied).
    for (const char* sql :
         {"DELETE FROM patient_search WHERE uuid = ?1",
          "DELETE FROM outbox WHERE entity IN ('patient', 'patient_photo') AND record_uuid = ?1",
          "DELETE FROM outbox WHERE entity = 'patient_history' AND record_uuid IN "
          "(SELECT uuid FROM patient_history WHERE patient_uuid = ?1)",
          "DELETE FROM patient_photo WHERE patient_uuid = ?1",
          "DELETE FROM patient_history WHERE patient_uuid = ?1"}) {
        if (auto r = runWith(m_store, sql, uuid); !r) {
            return r;
        }
    }
    return {};
}

Result<void> PatientRepository::purge(const QString& uuid, const WriteContext& ctx)
{
    auto stored = get(uuid);
    if (!stored) {
        return fail(stored.error());
    }
    if (auto r = deleteDependents(uuid); !r) {
        return r;
    }
    if (auto r = runWith(m_store, "DELETE FROM patient WHERE uuid = ?1", uuid); !r) {
        return r;
    }
    Model::RecordMeta meta = stored->meta;
    meta.revision += 1;
    meta.deleted = true;
    meta.workstationId = ctx.workstationId;
    meta.updatedAt = ctx.now;
    QJsonObject payload {{QStringLiteral("uuid"), uuid}, {QStringLiteral("purged"), true}};
    OutboxEntry tomb = outboxEntryFor(entity, meta, false, payload);
    tomb.operation = OutboxOperation::Delete;
    return Outbox(m_store).append(tomb);
}

Result<void> PatientRepository::erase(const QString& uuid, const WriteContext& ctx)
{
    auto stored = get(uuid);
    if (!stored) {
        return fail(stored.error());
    }
    if (auto r = deleteDependents(uuid); !r) {
        return r;
    }
    if (auto kept = Outbox(m_store).keepBase(entity, uuid,
                                             [&stored]() -> Result<QByteArray> { return document(*stored); });
        !kept) {
        return kept;
    }
    Patient tomb = tombstoneOf(*stored, ctx.workstationId, ctx.now);
    tomb.meta.revision += 1;
    // The row keeps its NOT NULL columns empty: no name, no date, no contact, no clinical data.
    auto q = m_store.query(QStringLiteral(
        "UPDATE patient SET revision = ?2, workstation_id = ?3, deleted = 1, updated_at = ?4, "
        "birth_family_name = '', used_family_name = '', given_names = '', sex = 'U', birth_date = '', nir = "
        "NULL, "
        "address_line = '', postal_code = '', city = '', phone = '', email = '', first_given_name = '', "
        "used_given_name = '', birth_place_code = '', ins_oid = '', identity_status = 'PROV', "
        "identity_evidence = '{}', address_line2 = '', mobile_phone = '', clinical = '{}', care_activity_at "
        "= '', "
        "rights = ?5, erased_at = ?4, archived_at = NULL WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid)
        .bind(2, tomb.meta.revision)
        .bind(3, tomb.meta.workstationId)
        .bind(4, Model::isoUtc(ctx.now))
        .bindUtf8(5, rightsJson(tomb.rights));
    if (auto r = q->run(); !r) {
        return r;
    }
    QJsonObject payload {{QStringLiteral("uuid"), uuid},
                         {QStringLiteral("erasedAt"), Model::isoUtc(ctx.now)},
                         {QStringLiteral("rights"), tomb.rights.toJson()}};
    OutboxEntry entry = outboxEntryFor(entity, tomb.meta, false, payload);
    entry.operation = OutboxOperation::Delete;
    return Outbox(m_store).append(entry);
}

Result<std::vector<PatientSummary>> PatientRepository::searchWhere(const QString& where,
                                                                   const std::function<void(Query&)>& bind,
                                                                   int limit, const QString& index)
{
    // SQLite 3.15 prefers the name order of the primary key under ORDER BY … LIMIT, scanning the
    // whole projection, unless told which index serves the WHERE clause.
    auto q = m_store.query(
        QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM patient_search ")
        + (index.isEmpty() ? QString() : QStringLiteral("INDEXED BY ") + index + u' ')
        + QStringLiteral("WHERE ") + where + QStringLiteral(" ORDER BY name_key, given_key LIMIT ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, limit);
    bind(*q);
    return collectRows<PatientSummary>(*q, readSummary);
}

Result<std::vector<PatientSummary>> PatientRepository::familyThenGiven(const QString& family,
                                                                       const QString& given,
                                                                       const PatientQuery& filter, int limit)
{
    // "mart j": the family names starting with MART, then given names starting with J within
    // each. One range over every MART… row would read thousands of rows to keep a few; instead
    // a seek per family name (a handful), each a contiguous run of the projection's key.
    std::vector<PatientSummary> out;
    QString from = family;
    const QString to = prefixUpperBound(family);
    for (int names = 0; names < 64 && int(out.size()) < limit; ++names) {
        auto next = m_store.query(QStringLiteral("SELECT name_key FROM patient_search WHERE name_key >= ?1 "
                                                 "AND name_key < ?2 ORDER BY name_key LIMIT 1"));
        if (!next) {
            return fail(next.error());
        }
        next->bind(1, from).bind(2, to);
        auto name = firstRow<QString>(*next, [](const Query& r) { return r.text(0); });
        if (!name) {
            return fail(name.error());
        }
        if (!*name) {
            break;
        }
        QString where = QStringLiteral("name_key = ?2 AND given_key >= ?3 AND given_key < ?4");
        if (!filter.dateRanges.empty()) {
            where += QStringLiteral(" AND ") + dateCondition(filter.dateRanges, 5);
        }
        auto rows = searchWhere(
            where,
            [&](Query& q) {
                q.bind(2, **name).bind(3, given).bind(4, prefixUpperBound(given));
                bindDates(q, filter.dateRanges, 5);
            },
            limit - int(out.size()));
        if (!rows) {
            return fail(rows.error());
        }
        out.insert(out.end(), std::make_move_iterator(rows->begin()), std::make_move_iterator(rows->end()));
        // The smallest key after every key equal to this name: keys hold letters, digits and
        // spaces only.
        from = **name + QChar(1);
    }
    return out;
}

Result<std::vector<PatientSummary>>
PatientRepository::bornIn(const std::vector<std::pair<QString, QString>>& ranges, int limit)
{
    // One index range per stored form of the date (SQLite 3.15 scans the whole projection for
    // an OR of ranges under ORDER BY … LIMIT), each read in index order — date, then name — and
    // cut at `limit`, so a whole year is never read and sorted. When every range was read in
    // full (a day, a month) the list is in name order; a range cut short (a year) lists by date,
    // then name.
    struct Keyed
    {
        QString date;
        QString name;
        QString given;
        PatientSummary summary;
    };
    std::vector<Keyed> rows;
    bool complete = true;
    for (const auto& [from, to] : ranges) {
        auto q = m_store.query(QStringLiteral("SELECT ") + kSummaryColumns
                               + QStringLiteral(", name_key, given_key FROM patient_search INDEXED BY "
                                                "patient_search_birth WHERE is_primary = 1 AND birth_date "
                                                "BETWEEN ?1 AND ?2 ORDER BY birth_date, name_key, given_key "
                                                "LIMIT ?3"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, from).bind(2, to).bind(3, limit);
        auto found = collectRows<Keyed>(*q, [](const Query& r) {
            return Keyed {r.text(5), r.text(12), r.text(13), readSummary(r)};
        });
        if (!found) {
            return fail(found.error());
        }
        complete = complete && static_cast<int>(found->size()) < limit;
        rows.insert(rows.end(), std::make_move_iterator(found->begin()),
                    std::make_move_iterator(found->end()));
    }
    std::sort(rows.begin(), rows.end(), [complete](const Keyed& a, const Keyed& b) {
        if (!complete && a.date != b.date) {
            return a.date < b.date;
        }
        return std::tie(a.name, a.given, a.summary.uuid) < std::tie(b.name, b.given, b.summary.uuid);
    });
    std::vector<PatientSummary> out;
    out.reserve(std::min(rows.size(), size_t(limit)));
    for (Keyed& k : rows) {
        if (int(out.size()) >= limit) {
            break;
        }
        out.push_back(std::move(k.summary));
    }
    return out;
}

Result<std::vector<PatientSummary>> PatientRepository::searchRange(const QString& family,
                                                                   const QString& given,
                                                                   const PatientQuery& filter, int limit)
{
    QString where = QStringLiteral("name_key >= ?2 AND name_key < ?3 AND given_key >= ?4 AND given_key < ?5");
    if (!filter.dateRanges.empty()) {
        where += QStringLiteral(" AND ") + dateCondition(filter.dateRanges, 6);
    }
    return searchWhere(
        where,
        [&](Query& q) {
            q.bind(2, family)
                .bind(3, prefixUpperBound(family))
                .bind(4, given)
                .bind(5, prefixUpperBound(given));
            bindDates(q, filter.dateRanges, 6);
        },
        limit);
}

Result<std::vector<PatientSummary>> PatientRepository::search(const QString& text, const QDate& today,
                                                              int limit)
{
    return search(PatientQuery::parse(text, today), limit);
}

Result<std::vector<PatientSummary>> PatientRepository::search(const PatientQuery& query, int limit)
{
    std::vector<PatientSummary> results;
    auto append = [&results](Result<std::vector<PatientSummary>>&& more) -> Result<void> {
        if (!more) {
            return fail(more.error());
        }
        results.insert(results.end(), std::make_move_iterator(more->begin()),
                       std::make_move_iterator(more->end()));
        return {};
    };
    // A patient whose birth and used names both match appears twice in the projection: ask
    // for a few more rows and keep the first of each.
    const int fetch = limit + limit / 4 + 1;
    if (!query.familyKey.isEmpty()) {
        const QString& key = query.familyKey;
        if (auto r = append(searchRange(key, QString(), query, fetch)); !r) {
            return fail(r.error());
        }
        // "le g" may be the start of the family name "LE GOFF", or "LE" and a given name
        // starting with "G": ask both, whole-name matches first.
        if (key.contains(u' ') && static_cast<int>(results.size()) < fetch) {
            if (auto r = append(familyThenGiven(key.section(u' ', 0, 0), key.section(u' ', 1), query,
                                                fetch - int(results.size())));
                !r) {
                return fail(r.error());
            }
        }
        // One word may also be a given name: "hélène" finds the Hélènes after the HÉLÈNE family.
        if (!key.contains(u' ') && static_cast<int>(results.size()) < fetch) {
            QString where = QStringLiteral("is_primary = 1 AND given_key >= ?2 AND given_key < ?3");
            if (!query.dateRanges.empty()) {
                where += QStringLiteral(" AND ") + dateCondition(query.dateRanges, 4);
            }
            auto q = m_store.query(
                QStringLiteral("SELECT ") + kSummaryColumns
                + QStringLiteral(" FROM patient_search INDEXED BY patient_search_given WHERE ") + where
                + QStringLiteral(" ORDER BY given_key, name_key LIMIT ?1"));
            if (!q) {
                return fail(q.error());
            }
            q->bind(1, fetch).bind(2, key).bind(3, prefixUpperBound(key));
            bindDates(*q, query.dateRanges, 4);
            if (auto r = append(collectRows<PatientSummary>(*q, readSummary)); !r) {
                return fail(r.error());
            }
        }
    } else {
        if (!query.dateRanges.empty()) {
            if (auto r = append(bornIn(query.dateRanges, fetch)); !r) {
                return fail(r.error());
            }
        }
        if (!query.nirPrefix.isEmpty() && static_cast<int>(results.size()) < fetch) {
            // In NIR order, through its index: the number typed is the one looked for.
            auto q
                = m_store.query(QStringLiteral("SELECT ") + kSummaryColumns
                                + QStringLiteral(" FROM patient_search INDEXED BY patient_search_nir WHERE "
                                                 "is_primary = 1 AND nir <> '' AND nir >= ?2 AND nir < ?3 "
                                                 "ORDER BY nir LIMIT ?1"));
            if (!q) {
                return fail(q.error());
            }
            q->bind(1, fetch).bind(2, query.nirPrefix).bind(3, prefixUpperBound(query.nirPrefix));
            if (auto r = append(collectRows<PatientSummary>(*q, readSummary)); !r) {
                return fail(r.error());
            }
        }
    }
    std::vector<PatientSummary> unique;
    unique.reserve(std::min(results.size(), static_cast<size_t>(limit)));
    QSet<QString> seen;
    for (PatientSummary& p : results) {
        if (static_cast<int>(unique.size()) >= limit) {
            break;
        }
        if (!seen.contains(p.uuid)) {
            seen.insert(p.uuid);
            unique.push_back(std::move(p));
        }
    }
    return unique;
}

Result<std::vector<PatientSummary>> PatientRepository::list(int offset, int limit)
{
    auto q = m_store.query(
        QStringLiteral("SELECT ") + kSummaryColumns
        + QStringLiteral(" FROM patient_search WHERE is_primary = 1 ORDER BY name_key, given_key "
                         "LIMIT ?1 OFFSET ?2"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, limit).bind(2, offset);
    return collectRows<PatientSummary>(*q, readSummary);
}

Result<qint64> PatientRepository::count()
{
    return m_store.scalar(
        QStringLiteral("SELECT count(*) FROM patient WHERE deleted = 0 AND archived_at IS NULL"));
}

Result<std::vector<DuplicateCandidate>> PatientRepository::duplicateCandidates(const Patient& draft,
                                                                               int limit)
{
    using Source = Identity::DuplicateRanking::Source;
    Identity::DuplicateRanking ranking(Identity::DuplicateTraits::ofDraft(draft));
    const Identity::DuplicateTraits& traits = ranking.draft();
    std::vector<DuplicateCandidate> out;
    auto offer = [&](std::vector<PatientSummary>& found, Source source) {
        for (PatientSummary& s : found) {
            const auto stored = Identity::DuplicateTraits::ofStored(
                s.uuid, s.birthFamilyName, s.usedFamilyName, s.givenNames, s.sex, s.birthDate, s.nir);
            if (auto verdict = ranking.offer(stored, source)) {
                out.push_back({std::move(s), verdict->reason, verdict->score});
            }
        }
    };
    if (ranking.wantsSameNir()) {
        auto same = searchWhere(
            QStringLiteral("is_primary = 1 AND nir <> '' AND nir = ?2"),
            [&](Query& q) { q.bind(2, traits.nir); }, limit, QStringLiteral("patient_search_nir"));
        if (!same) {
            return fail(same.error());
        }
        offer(*same, Source::SameNir);
    }
    // Everyone born that day (a few files, through the birth-date index).
    if (const auto ranges = Identity::birthDateRanges(draft.birthDate); !ranges.empty()) {
        auto born = bornIn(ranges, 500);
        if (!born) {
            return fail(born.error());
        }
        offer(*born, Source::BornInRange);
    }
    if (ranking.wantsSameBirthName()) {
        // The same birth name exactly (a seek on the projection's key), given names from the
        // first one typed.
        auto named = searchWhere(
            QStringLiteral("name_key = ?2 AND given_key >= ?3 AND given_key < ?4"),
            [&](Query& q) {
                q.bind(2, traits.birthKey)
                    .bind(3, traits.firstGiven)
                    .bind(4, prefixUpperBound(traits.firstGiven));
            },
            200);
        if (!named) {
            return fail(named.error());
        }
        offer(*named, Source::SameBirthName);
    }
    Identity::DuplicateRanking::rank(out, limit);
    return out;
}

Result<std::vector<Patient>> PatientRepository::allForMigration()
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM patient WHERE deleted = 0"));
    if (!q) {
        return fail(q.error());
    }
    return collectRows<Patient>(*q, readPatient);
}

} // namespace Officine::Storage
