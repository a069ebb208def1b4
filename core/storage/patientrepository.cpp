#include "patientrepository.h"

#include "storage/outbox.h"
#include "util/searchkey.h"

#include <QUuid>
#include <algorithm>

namespace Officine::Storage {

using Model::Patient;

namespace {

const QString kColumns = QStringLiteral(
    "uuid, revision, workstation_id, deleted, created_at, updated_at, birth_family_name, "
    "used_family_name, given_names, sex, birth_date, nir, address_line, postal_code, city, phone, email, "
    "birth_family_key, used_family_key, given_key");

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
    p.birthDate = QDate::fromString(q.text(10), Qt::ISODate);
    p.nir = q.text(11);
    p.addressLine = q.text(12);
    p.postalCode = q.text(13);
    p.city = q.text(14);
    p.phone = q.text(15);
    p.email = q.text(16);
    return p;
}

Result<std::vector<Patient>> collect(Query& q, std::vector<std::pair<QString, QString>>* sortKeys,
                                     int familyKeyColumn)
{
    std::vector<Patient> out;
    for (;;) {
        auto row = q.next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        out.push_back(readPatient(q));
        if (sortKeys) {
            sortKeys->emplace_back(q.text(familyKeyColumn), q.text(19));
        }
    }
    return out;
}

} // namespace

Result<void> PatientRepository::write(const Patient& p, bool insert)
{
    const QString sql = insert
        ? QStringLiteral("INSERT INTO patient (") + kColumns
            + QStringLiteral(
                ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                "?17, ?18, ?19, ?20)")
        : QStringLiteral(
            "UPDATE patient SET revision = ?2, workstation_id = ?3, deleted = ?4, created_at = ?5, "
            "updated_at = ?6, birth_family_name = ?7, used_family_name = ?8, given_names = ?9, sex = ?10, "
            "birth_date = ?11, nir = ?12, address_line = ?13, postal_code = ?14, city = ?15, phone = ?16, "
            "email = ?17, birth_family_key = ?18, used_family_key = ?19, given_key = ?20 WHERE uuid = ?1");
    auto q = m_store.query(sql);
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, p.meta.uuid)
        .bind(2, p.meta.revision)
        .bind(3, p.meta.workstationId)
        .bind(4, p.meta.deleted)
        .bind(5, p.meta.createdAt.toString(Qt::ISODateWithMs))
        .bind(6, p.meta.updatedAt.toString(Qt::ISODateWithMs))
        .bind(7, p.birthFamilyName)
        .bind(8, p.usedFamilyName)
        .bind(9, p.givenNames)
        .bind(10, Model::sexCode(p.sex))
        .bind(11, p.birthDate.toString(Qt::ISODate))
        .bind(13, p.addressLine)
        .bind(14, p.postalCode)
        .bind(15, p.city)
        .bind(16, p.phone)
        .bind(17, p.email)
        .bind(18, searchKey(p.birthFamilyName))
        .bind(19, searchKey(p.usedFamilyName))
        .bind(20, searchKey(p.givenNames));
    if (p.nir.isEmpty()) {
        q->bindNull(12);
    } else {
        q->bind(12, p.nir);
    }
    auto r = q->run();
    if (!r) {
        return r;
    }
    OutboxEntry e;
    e.entity = QString::fromLatin1(entity);
    e.recordUuid = p.meta.uuid;
    e.revision = p.meta.revision;
    e.operation = insert ? OutboxOperation::Create
                         : (p.meta.deleted ? OutboxOperation::Delete : OutboxOperation::Update);
    e.payload = p.toJson();
    e.workstationId = p.meta.workstationId;
    e.createdAt = p.meta.updatedAt;
    return Outbox(m_store).append(e);
}

Result<void> PatientRepository::insert(Patient& patient, const WriteContext& ctx)
{
    if (patient.meta.uuid.isEmpty()) {
        patient.meta.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    patient.meta.revision = 1;
    patient.meta.workstationId = ctx.workstationId;
    patient.meta.deleted = false;
    patient.meta.createdAt = ctx.now;
    patient.meta.updatedAt = ctx.now;
    return write(patient, true);
}

Result<void> PatientRepository::update(Patient& patient, const WriteContext& ctx)
{
    auto stored = get(patient.meta.uuid);
    if (!stored) {
        return fail(stored.error());
    }
    if (stored->meta.revision != patient.meta.revision) {
        return fail(ErrorCode::Conflict,
                    tr("Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). "
                       "Rechargez-la avant d'enregistrer."),
                    QStringLiteral("patient %1: stale revision %2, stored %3")
                        .arg(patient.meta.uuid)
                        .arg(patient.meta.revision)
                        .arg(stored->meta.revision));
    }
    patient.meta.revision += 1;
    patient.meta.workstationId = ctx.workstationId;
    patient.meta.createdAt = stored->meta.createdAt;
    patient.meta.updatedAt = ctx.now;
    return write(patient, false);
}

Result<void> PatientRepository::markDeleted(const QString& uuid, qint64 expectedRevision,
                                            const WriteContext& ctx)
{
    auto stored = get(uuid);
    if (!stored) {
        return fail(stored.error());
    }
    Patient p = *stored;
    p.meta.revision = expectedRevision;
    p.meta.deleted = true;
    return update(p, ctx);
}

Result<Patient> PatientRepository::get(const QString& uuid)
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM patient WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    auto row = q->next();
    if (!row) {
        return fail(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("Fiche patient introuvable."),
                    QStringLiteral("patient %1 not found").arg(uuid));
    }
    return readPatient(*q);
}

Result<std::vector<Patient>> PatientRepository::searchKeys(const QString& family, const QString& given,
                                                           int limit)
{
    const QString familyEnd = prefixUpperBound(family);
    const QString givenEnd = prefixUpperBound(given);
    // Two index range scans, each already in name order and cut at `limit`, merged here:
    // a UNION would have to materialise and sort every match of a one-letter prefix.
    std::vector<std::pair<QString, QString>> birthKeys, usedKeys;
    auto byBirth
        = m_store.query(QStringLiteral("SELECT ") + kColumns
                        + QStringLiteral(" FROM patient WHERE deleted = 0 AND birth_family_key >= ?1 "
                                         "AND birth_family_key < ?2 AND given_key >= ?3 AND "
                                         "given_key < ?4 ORDER BY birth_family_key, given_key LIMIT ?5"));
    if (!byBirth) {
        return fail(byBirth.error());
    }
    byBirth->bind(1, family).bind(2, familyEnd).bind(3, given).bind(4, givenEnd).bind(5, limit);
    auto birth = collect(*byBirth, &birthKeys, 17);
    if (!birth) {
        return birth;
    }
    auto byUsed
        = m_store.query(QStringLiteral("SELECT ") + kColumns
                        + QStringLiteral(" FROM patient WHERE deleted = 0 AND used_family_key <> '' AND "
                                         "used_family_key >= ?1 AND used_family_key < ?2 AND given_key "
                                         ">= ?3 AND given_key < ?4 ORDER BY used_family_key, given_key "
                                         "LIMIT ?5"));
    if (!byUsed) {
        return fail(byUsed.error());
    }
    byUsed->bind(1, family).bind(2, familyEnd).bind(3, given).bind(4, givenEnd).bind(5, limit);
    auto used = collect(*byUsed, &usedKeys, 18);
    if (!used) {
        return used;
    }
    std::vector<Patient> merged;
    merged.reserve(birth->size() + used->size());
    size_t i = 0, j = 0;
    while (static_cast<int>(merged.size()) < limit && (i < birth->size() || j < used->size())) {
        const bool takeBirth = j >= used->size() || (i < birth->size() && birthKeys[i] <= usedKeys[j]);
        merged.push_back(std::move(takeBirth ? (*birth)[i++] : (*used)[j++]));
    }
    return merged;
}

Result<std::vector<Patient>> PatientRepository::search(const QString& text, int limit)
{
    const QString key = searchKey(text);
    // "le g" may be the start of the family name "LE GOFF" or "LE" + a given name starting
    // with "G": ask both, keep the order, drop duplicates.
    auto whole = searchKeys(key, QString(), limit);
    if (!whole) {
        return whole;
    }
    std::vector<Patient> results = std::move(*whole);
    if (key.contains(u' ')) {
        auto split = searchKeys(key.section(u' ', 0, 0), key.section(u' ', 1), limit);
        if (!split) {
            return split;
        }
        results.insert(results.end(), std::make_move_iterator(split->begin()),
                       std::make_move_iterator(split->end()));
    }
    std::vector<Patient> unique;
    unique.reserve(results.size());
    QSet<QString> seen;
    for (Patient& p : results) {
        if (static_cast<int>(unique.size()) >= limit) {
            break;
        }
        if (!seen.contains(p.meta.uuid)) {
            seen.insert(p.meta.uuid);
            unique.push_back(std::move(p));
        }
    }
    return unique;
}

Result<std::vector<Patient>> PatientRepository::list(int offset, int limit)
{
    auto q = m_store.query(
        QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM patient WHERE deleted = 0 ORDER BY birth_family_key, given_key "
                         "LIMIT ?1 OFFSET ?2"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, limit).bind(2, offset);
    return collect(*q, nullptr, 17);
}

Result<qint64> PatientRepository::count()
{
    auto q = m_store.query(QStringLiteral("SELECT count(*) FROM patient WHERE deleted = 0"));
    if (!q) {
        return fail(q.error());
    }
    auto row = q->next();
    if (!row) {
        return fail(row.error());
    }
    return q->integer(0);
}

} // namespace Officine::Storage
