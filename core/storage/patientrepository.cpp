#include "patientrepository.h"

#include "storage/outbox.h"
#include "util/searchkey.h"

#include <QSet>
#include <QUuid>

namespace Officine::Storage {

using Model::Patient;
using Model::PatientSummary;

namespace {

const QString kColumns = QStringLiteral(
    "uuid, revision, workstation_id, deleted, created_at, updated_at, birth_family_name, "
    "used_family_name, given_names, sex, birth_date, nir, address_line, postal_code, city, phone, email");

const QString kSummaryColumns
    = QStringLiteral("uuid, birth_family_name, used_family_name, given_names, sex, birth_date, city, phone");

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

PatientSummary readSummary(const Query& q)
{
    PatientSummary s;
    s.uuid = q.text(0);
    s.birthFamilyName = q.text(1);
    s.usedFamilyName = q.text(2);
    s.givenNames = q.text(3);
    s.sex = Model::sexFromCode(q.text(4));
    s.birthDate = QDate::fromString(q.text(5), Qt::ISODate);
    s.city = q.text(6);
    s.phone = q.text(7);
    return s;
}

} // namespace

Result<void> PatientRepository::writeSearchEntries(Store& store, const Patient& p)
{
    auto remove = store.query(QStringLiteral("DELETE FROM patient_search WHERE uuid = ?1"));
    if (!remove) {
        return fail(remove.error());
    }
    remove->bind(1, p.meta.uuid);
    if (auto r = remove->run(); !r) {
        return r;
    }
    if (p.meta.deleted || p.archivedAt.isValid()) {
        return {};
    }
    const QString birthKey = searchKey(p.birthFamilyName);
    const QString usedKey = searchKey(p.usedFamilyName);
    // The primary row is the one the alphabetical list shows: the used name when there is one.
    std::vector<std::pair<QString, bool>> entries;
    if (usedKey.isEmpty() || usedKey == birthKey) {
        entries.emplace_back(birthKey, true);
    } else {
        entries.emplace_back(birthKey, false);
        entries.emplace_back(usedKey, true);
    }
    const QString givenKey = searchKey(p.givenNames);
    for (const auto& [key, primary] : entries) {
        auto insert = store.query(QStringLiteral(
            "INSERT INTO patient_search (name_key, given_key, uuid, is_primary, birth_family_name, "
            "used_family_name, given_names, sex, birth_date, city, phone) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
        if (!insert) {
            return fail(insert.error());
        }
        insert->bind(1, key)
            .bind(2, givenKey)
            .bind(3, p.meta.uuid)
            .bind(4, primary)
            .bind(5, p.birthFamilyName)
            .bind(6, p.usedFamilyName)
            .bind(7, p.givenNames)
            .bind(8, Model::sexCode(p.sex))
            .bind(9, p.birthDate.toString(Qt::ISODate))
            .bind(10, p.city)
            .bind(11, p.phone);
        if (auto r = insert->run(); !r) {
            return r;
        }
    }
    return {};
}

Result<void> PatientRepository::write(const Patient& p, bool insert)
{
    const QString sql = insert
        ? QStringLiteral("INSERT INTO patient (") + kColumns
            + QStringLiteral(
                ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)")
        : QStringLiteral(
            "UPDATE patient SET revision = ?2, workstation_id = ?3, deleted = ?4, created_at = ?5, "
            "updated_at = ?6, birth_family_name = ?7, used_family_name = ?8, given_names = ?9, sex = ?10, "
            "birth_date = ?11, nir = ?12, address_line = ?13, postal_code = ?14, city = ?15, phone = ?16, "
            "email = ?17 WHERE uuid = ?1");
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
        .bind(17, p.email);
    if (p.nir.isEmpty()) {
        q->bindNull(12);
    } else {
        q->bind(12, p.nir);
    }
    if (auto r = q->run(); !r) {
        return r;
    }
    if (auto r = writeSearchEntries(m_store, p); !r) {
        return r;
    }
    return Outbox(m_store).append(outboxEntryFor(entity, p.meta, insert, p.toJson()));
}

Result<void> PatientRepository::insert(Patient& patient, const WriteContext& ctx)
{
    stampNew(patient.meta, ctx);
    return write(patient, true);
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
    if (auto stamped
        = stampEdit(patient.meta, stored->meta, ctx,
                    tr("Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). "
                       "Rechargez-la avant d'enregistrer."));
        !stamped) {
        return stamped;
    }
    return write(patient, false);
}

Result<Patient> PatientRepository::get(const QString& uuid)
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(", archived_at FROM patient WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    auto found = firstRow<Patient>(*q, [](const Query& r) {
        Patient p = readPatient(r);
        if (!r.isNull(17)) {
            p.archivedAt = QDateTime::fromString(r.text(17), Qt::ISODateWithMs);
        }
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
    auto remove = m_store.query(QStringLiteral("DELETE FROM patient_search WHERE uuid = ?1"));
    if (!remove) {
        return fail(remove.error());
    }
    remove->bind(1, uuid);
    return remove->run();
}

Result<void> PatientRepository::unarchive(const QString& uuid, const WriteContext& ctx)
{
    auto q = m_store.query(QStringLiteral("UPDATE patient SET archived_at = NULL WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    if (auto r = q->run(); !r) {
        return r;
    }
    auto p = get(uuid);
    if (!p) {
        return fail(p.error());
    }
    // A file brought back is in use again: its active period starts over.
    return update(*p, ctx);
}

Result<void> PatientRepository::purge(const QString& uuid, const WriteContext& ctx)
{
    auto stored = get(uuid);
    if (!stored) {
        return fail(stored.error());
    }
    for (const char* sql : {"DELETE FROM patient_search WHERE uuid = ?1",
                            "DELETE FROM outbox WHERE entity = 'patient' AND record_uuid = ?1",
                            "DELETE FROM patient WHERE uuid = ?1"}) {
        auto q = m_store.query(QString::fromLatin1(sql));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, uuid);
        if (auto r = q->run(); !r) {
            return r;
        }
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

Result<std::vector<PatientSummary>> PatientRepository::searchRange(const QString& family,
                                                                   const QString& given, int limit)
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kSummaryColumns
                           + QStringLiteral(" FROM patient_search WHERE name_key >= ?1 AND name_key < ?2 AND "
                                            "given_key >= ?3 AND given_key < ?4 ORDER BY name_key, given_key "
                                            "LIMIT ?5"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, family)
        .bind(2, prefixUpperBound(family))
        .bind(3, given)
        .bind(4, prefixUpperBound(given))
        .bind(5, limit);
    return collectRows<PatientSummary>(*q, readSummary);
}

Result<std::vector<PatientSummary>> PatientRepository::search(const QString& text, int limit)
{
    const QString key = searchKey(text);
    // One range of the name-clustered projection. A patient whose birth and used names both
    // match appears twice there: ask for a few more rows and keep the first of each.
    const int fetch = limit + limit / 4 + 1;
    auto whole = searchRange(key, QString(), fetch);
    if (!whole) {
        return whole;
    }
    std::vector<PatientSummary> results = std::move(*whole);
    // "le g" may be the start of the family name "LE GOFF", or "LE" and a given name starting
    // with "G": ask both, whole-name matches first.
    if (key.contains(u' ') && static_cast<int>(results.size()) < fetch) {
        auto split = searchRange(key.section(u' ', 0, 0), key.section(u' ', 1), fetch);
        if (!split) {
            return split;
        }
        results.insert(results.end(), std::make_move_iterator(split->begin()),
                       std::make_move_iterator(split->end()));
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
