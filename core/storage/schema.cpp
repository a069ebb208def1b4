// The schema, as an ordered list of migrations. All schema changes live here, each in its own
// transaction (see Store::migrate). Never edit a released migration: add the next one.
//
// Every record table carries the sync columns of architecture decision 2:
//   uuid TEXT PRIMARY KEY, revision INTEGER, workstation_id TEXT, deleted INTEGER (tombstone)
// and every change to a record writes an `outbox` row in the same transaction.

#include "storage/patientrepository.h"
#include "storage/settingsrepository.h"
#include "store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace Officine::Storage {

namespace {

Result<void> v1Initial(Store& s)
{
    auto r = s.exec(QStringLiteral(R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE outbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    entity         TEXT    NOT NULL,
    record_uuid    TEXT    NOT NULL,
    revision       INTEGER NOT NULL,
    operation      TEXT    NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
    payload        TEXT    NOT NULL,
    workstation_id TEXT    NOT NULL,
    created_at     TEXT    NOT NULL
);

CREATE TABLE patient (
    uuid              TEXT PRIMARY KEY NOT NULL,
    revision          INTEGER NOT NULL CHECK (revision >= 1),
    workstation_id    TEXT    NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    birth_family_name TEXT    NOT NULL,
    used_family_name  TEXT    NOT NULL DEFAULT '',
    given_names       TEXT    NOT NULL,
    sex               TEXT    NOT NULL CHECK (sex IN ('F', 'M', 'U')),
    birth_date        TEXT    NOT NULL,
    nir               TEXT,
    address_line      TEXT    NOT NULL DEFAULT '',
    postal_code       TEXT    NOT NULL DEFAULT '',
    city              TEXT    NOT NULL DEFAULT '',
    phone             TEXT    NOT NULL DEFAULT '',
    email             TEXT    NOT NULL DEFAULT ''
);
)SQL"));
    if (!r) {
        return r;
    }
    if (auto m
        = s.setMeta(QStringLiteral("workstation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        !m) {
        return m;
    }
    return s.setMeta(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

// Name search: SQLCipher 3.4.1's SQLite has no FTS5, so prefix search runs on a projection
// table clustered by normalised name (WITHOUT ROWID, primary key = the sort order): a search is
// one contiguous range of a few pages, not one random page per matching patient. Each patient
// has a row under the birth family name and, if different, one under the used family name.
// Tombstoned patients have no row. PatientRepository keeps it in step with `patient`.
Result<void> v2SearchProjection(Store& s)
{
    auto r = s.exec(QStringLiteral(R"SQL(
CREATE TABLE patient_search (
    name_key          TEXT    NOT NULL,
    given_key         TEXT    NOT NULL,
    uuid              TEXT    NOT NULL REFERENCES patient (uuid),
    is_primary        INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
    birth_family_name TEXT    NOT NULL,
    used_family_name  TEXT    NOT NULL,
    given_names       TEXT    NOT NULL,
    sex               TEXT    NOT NULL,
    birth_date        TEXT    NOT NULL,
    city              TEXT    NOT NULL,
    phone             TEXT    NOT NULL,
    PRIMARY KEY (name_key, given_key, uuid)
) WITHOUT ROWID;
CREATE INDEX patient_search_uuid ON patient_search (uuid);
CREATE INDEX outbox_record ON outbox (entity, record_uuid);
)SQL"));
    if (!r) {
        return r;
    }
    // The backfill of the rows moved to v7, which rebuilds this table in its final shape with
    // the code of today (the projection is derived data: the end state is the same).
    return {};
}

// Staff accounts (card sign-in issue). Sign-in throttling state is local to the workstation and
// not synced: it lives in its own table without sync columns.
Result<void> v3StaffAccounts(Store& s)
{
    return s.exec(QStringLiteral(R"SQL(
CREATE TABLE staff_account (
    uuid             TEXT PRIMARY KEY NOT NULL,
    revision         INTEGER NOT NULL CHECK (revision >= 1),
    workstation_id   TEXT    NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    family_name      TEXT    NOT NULL,
    given_name       TEXT    NOT NULL,
    role             TEXT    NOT NULL CHECK (role IN ('titulaire', 'pharmacien', 'preparateur', 'etudiant')),
    rpps             TEXT    NOT NULL DEFAULT '',
    id_nat_ps        TEXT    NOT NULL DEFAULT '',
    card_serial      TEXT    NOT NULL DEFAULT '',
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    fallback_allowed INTEGER NOT NULL DEFAULT 0 CHECK (fallback_allowed IN (0, 1)),
    password_hash    TEXT    NOT NULL DEFAULT '',
    totp_secret      BLOB
);
-- One active account per card.
CREATE UNIQUE INDEX staff_account_card ON staff_account (id_nat_ps)
    WHERE id_nat_ps <> '' AND active = 1 AND deleted = 0;
CREATE TABLE staff_signin_state (
    account_uuid    TEXT PRIMARY KEY NOT NULL REFERENCES staff_account (uuid),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT    NOT NULL DEFAULT '',
    last_failure    TEXT    NOT NULL DEFAULT '',
    last_success    TEXT    NOT NULL DEFAULT '',
    last_totp_step  INTEGER NOT NULL DEFAULT 0
);
)SQL"));
}

// The audit trail (core/audit): append-only, one hash chain per workstation, ordered by its own
// sequence. Triggers refuse an UPDATE and any DELETE of an entry newer than the purge horizon
// (meta audit_purge_before, set only by the retention job for entries past 10 years): a guard
// against our own bugs; tampering by someone holding the key is what the hash chain and the
// signed checkpoints detect. Retention: the titulaire's policy overrides and the archive state
// of patient files.
Result<void> v4AuditAndRetention(Store& s)
{
    return s.exec(QStringLiteral(R"SQL(
CREATE TABLE audit_entry (
    workstation_id TEXT    NOT NULL,
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    uuid           TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    account_uuid   TEXT    NOT NULL,
    national_id    TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    target_type    TEXT    NOT NULL,
    target_uuid    TEXT    NOT NULL,
    patient_uuid   TEXT    NOT NULL,
    outcome        TEXT    NOT NULL CHECK (outcome IN ('success', 'refused', 'failure')),
    reason         TEXT    NOT NULL,
    fields         TEXT    NOT NULL,
    justification  TEXT    NOT NULL,
    detail         TEXT    NOT NULL,
    prev_hash      BLOB    NOT NULL,
    hash           BLOB    NOT NULL,
    PRIMARY KEY (workstation_id, seq)
) WITHOUT ROWID;
CREATE INDEX audit_entry_patient ON audit_entry (patient_uuid) WHERE patient_uuid <> '';
CREATE INDEX audit_entry_account ON audit_entry (account_uuid, at);
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
WHEN OLD.at >= COALESCE((SELECT value FROM meta WHERE key = 'audit_purge_before'), '')
BEGIN
    SELECT RAISE(ABORT, 'audit entries are kept 10 years');
END;
CREATE TABLE audit_checkpoint (
    workstation_id     TEXT    NOT NULL,
    head_seq           INTEGER NOT NULL,
    head_hash          BLOB    NOT NULL,
    signed_at          TEXT    NOT NULL,
    signer_account     TEXT    NOT NULL,
    signer_national_id TEXT    NOT NULL,
    certificate        BLOB    NOT NULL,
    signature          BLOB    NOT NULL,
    entry_seq          INTEGER NOT NULL,
    PRIMARY KEY (workstation_id, head_seq)
);
CREATE TABLE audit_anchor (
    workstation_id TEXT PRIMARY KEY NOT NULL,
    seq            INTEGER NOT NULL,
    hash           BLOB    NOT NULL
);
CREATE TABLE retention_policy (
    category       TEXT PRIMARY KEY NOT NULL,
    active_months  INTEGER NOT NULL CHECK (active_months >= 0),
    archive_months INTEGER NOT NULL CHECK (archive_months >= 0),
    end_action     TEXT    NOT NULL CHECK (end_action IN ('purge', 'anonymise')),
    updated_at     TEXT    NOT NULL,
    updated_by     TEXT    NOT NULL
);
ALTER TABLE patient ADD COLUMN archived_at TEXT;
ALTER TABLE staff_account ADD COLUMN anonymised INTEGER NOT NULL DEFAULT 0;
)SQL"));
}

// The audit trail at a pharmacy's scale (issue 5's benchmark, 1,000,000 entries): the
// workstation UUID moves out of every row and every index key into audit_chain (a small
// integer per chain), and the patient and staff indexes key on the first 8 hex digits of their
// UUID (32 bits, ample for a pharmacy's patients; queries re-check the full UUID). Random
// patient keys then fit the page cache instead of decrypting and re-encrypting pages at each
// insert, and verification reads about 12 % fewer pages. The rows are copied unchanged: the
// canonical encoding carries the workstation UUID, so every hash still verifies. The `at`
// index serves the viewer's newest-first listing.
Result<void> v5CompactAuditTrail(Store& s)
{
    return s.exec(QStringLiteral(R"SQL(
CREATE TABLE audit_chain (
    id             INTEGER PRIMARY KEY,
    workstation_id TEXT NOT NULL UNIQUE
);
CREATE TABLE audit_entry_v5 (
    chain          INTEGER NOT NULL REFERENCES audit_chain (id),
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    uuid           TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    account_uuid   TEXT    NOT NULL,
    national_id    TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    target_type    TEXT    NOT NULL,
    target_uuid    TEXT    NOT NULL,
    patient_uuid   TEXT    NOT NULL,
    outcome        TEXT    NOT NULL CHECK (outcome IN ('success', 'refused', 'failure')),
    reason         TEXT    NOT NULL,
    fields         TEXT    NOT NULL,
    justification  TEXT    NOT NULL,
    detail         TEXT    NOT NULL,
    prev_hash      BLOB    NOT NULL,
    hash           BLOB    NOT NULL,
    PRIMARY KEY (chain, seq)
) WITHOUT ROWID;
INSERT INTO audit_chain (workstation_id)
    SELECT workstation_id FROM audit_entry GROUP BY workstation_id
    UNION SELECT workstation_id FROM audit_anchor;
INSERT INTO audit_entry_v5
    SELECT c.id, e.seq, e.uuid, e.at, e.account_uuid, e.national_id, e.action, e.target_type,
           e.target_uuid, e.patient_uuid, e.outcome, e.reason, e.fields, e.justification, e.detail,
           e.prev_hash, e.hash
    FROM audit_entry e JOIN audit_chain c ON c.workstation_id = e.workstation_id;
DROP TRIGGER audit_entry_no_update;
DROP TRIGGER audit_entry_no_delete;
DROP TABLE audit_entry;
ALTER TABLE audit_entry_v5 RENAME TO audit_entry;
CREATE INDEX audit_entry_patient ON audit_entry (substr(patient_uuid, 1, 8)) WHERE patient_uuid <> '';
CREATE INDEX audit_entry_account ON audit_entry (substr(account_uuid, 1, 8), at);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
WHEN OLD.at >= COALESCE((SELECT value FROM meta WHERE key = 'audit_purge_before'), '')
BEGIN
    SELECT RAISE(ABORT, 'audit entries are kept 10 years');
END;
)SQL"));
}

Result<void> v6PatientIndexByMonth(Store& s)
{
    // Keyed by month first: a batch of new entries lands in the current month's part of the
    // index instead of dirtying pages all over it (the cost that grew with the trail).
    return s.exec(QStringLiteral(R"SQL(
DROP INDEX audit_entry_patient;
CREATE INDEX audit_entry_patient ON audit_entry (substr(at, 1, 7), substr(patient_uuid, 1, 8))
    WHERE patient_uuid <> '';
)SQL"));
}

// Patient files (patients issue): the INS identity and the evidence of its status, contact,
// clinical data and rights on the patient row (structured parts as JSON documents, read and
// checked in C++: this SQLite has no JSON1); the rectification history and the rights
// requests as append-only events; the photo as its own record (its own sync entity, so a file
// edit does not resend the picture); the redirects a merge leaves. The search projection is
// rebuilt with what tells homonyms apart and the indexes of each kind of search.
Result<void> v7PatientFiles(Store& s)
{
    auto r = s.exec(QStringLiteral(R"SQL(
ALTER TABLE patient ADD COLUMN first_given_name TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN used_given_name TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN birth_place_code TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN ins_oid TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN identity_status TEXT NOT NULL DEFAULT 'PROV'
    CHECK (identity_status IN ('PROV', 'RECUP', 'VALI', 'QUAL'));
ALTER TABLE patient ADD COLUMN identity_evidence TEXT NOT NULL DEFAULT '{}';
ALTER TABLE patient ADD COLUMN address_line2 TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN mobile_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN clinical TEXT NOT NULL DEFAULT '{}';
ALTER TABLE patient ADD COLUMN care_activity_at TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN rights TEXT NOT NULL DEFAULT '{}';
ALTER TABLE patient ADD COLUMN merged_into TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN erased_at TEXT NOT NULL DEFAULT '';
UPDATE patient SET ins_oid = '1.2.250.1.213.1.4.8' WHERE nir IS NOT NULL AND nir <> '';

CREATE TABLE patient_history (
    uuid           TEXT PRIMARY KEY NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    workstation_id TEXT    NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    patient_uuid   TEXT    NOT NULL,
    origin_patient TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    account_uuid   TEXT    NOT NULL,
    actor_name     TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    source         TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    changes        TEXT    NOT NULL
);
CREATE INDEX patient_history_patient ON patient_history (patient_uuid, at);

CREATE TABLE patient_rights_event (
    uuid           TEXT PRIMARY KEY NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    workstation_id TEXT    NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    patient_uuid   TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    account_uuid   TEXT    NOT NULL,
    actor_name     TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    detail         TEXT    NOT NULL
);
CREATE INDEX patient_rights_event_patient ON patient_rights_event (patient_uuid, at);

CREATE TABLE patient_photo (
    patient_uuid   TEXT PRIMARY KEY NOT NULL,
    revision       INTEGER NOT NULL CHECK (revision >= 1),
    workstation_id TEXT    NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    mime           TEXT    NOT NULL,
    data           BLOB    NOT NULL
);

CREATE TABLE patient_redirect (
    old_uuid  TEXT PRIMARY KEY NOT NULL,
    new_uuid  TEXT NOT NULL,
    merged_at TEXT NOT NULL
);

DROP TABLE patient_search;
CREATE TABLE patient_search (
    name_key          TEXT    NOT NULL,
    given_key         TEXT    NOT NULL,
    uuid              TEXT    NOT NULL REFERENCES patient (uuid),
    is_primary        INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
    birth_family_name TEXT    NOT NULL,
    used_family_name  TEXT    NOT NULL,
    given_names       TEXT    NOT NULL,
    used_given_name   TEXT    NOT NULL,
    sex               TEXT    NOT NULL,
    birth_date        TEXT    NOT NULL,
    city              TEXT    NOT NULL,
    phone             TEXT    NOT NULL,
    nir               TEXT    NOT NULL,
    identity_status   TEXT    NOT NULL,
    restricted        INTEGER NOT NULL,
    PRIMARY KEY (name_key, given_key, uuid)
) WITHOUT ROWID;
CREATE INDEX patient_search_uuid ON patient_search (uuid);
-- Covering: a month of births is a few hundred rows, read from the index alone.
CREATE INDEX patient_search_birth ON patient_search (birth_date, name_key, given_key, birth_family_name,
    used_family_name, given_names, sex, city, phone, used_given_name, nir, identity_status, restricted)
    WHERE is_primary = 1;
-- Covering as well: a short NIR prefix ("185") lists a hundred files without a seek each.
CREATE INDEX patient_search_nir ON patient_search (nir, name_key, given_key, birth_family_name, used_family_name,
    given_names, sex, birth_date, city, phone, used_given_name, identity_status, restricted)
    WHERE is_primary = 1 AND nir <> '';
CREATE INDEX patient_search_given ON patient_search (given_key, name_key) WHERE is_primary = 1;
)SQL"));
    if (!r) {
        return r;
    }
    // Backfill in C++: the normalisation (accents, ligatures) is not expressible in SQL here.
    auto patients = PatientRepository(s).allForMigration();
    if (!patients) {
        return fail(patients.error());
    }
    for (const Model::Patient& p : *patients) {
        if (auto u = PatientRepository::writeSearchEntries(s, p); !u) {
            return u;
        }
    }
    return {};
}

Result<void> v8CoveringSearchIndexes(Store& s)
{
    // SQLite 3.15 counts the columns of a partial index's WHERE as read from the table: without
    // is_primary among its columns, the "covering" indexes sought the table for every row (a
    // short NIR prefix or a month: 125 random pages, 3 ms when cold).
    return s.exec(QStringLiteral(R"SQL(
DROP INDEX patient_search_birth;
CREATE INDEX patient_search_birth ON patient_search (birth_date, name_key, given_key, birth_family_name,
    used_family_name, given_names, sex, city, phone, used_given_name, nir, identity_status, restricted,
    is_primary)
    WHERE is_primary = 1;
DROP INDEX patient_search_nir;
CREATE INDEX patient_search_nir ON patient_search (nir, name_key, given_key, birth_family_name, used_family_name,
    given_names, sex, birth_date, city, phone, used_given_name, identity_status, restricted, is_primary)
    WHERE is_primary = 1 AND nir <> '';
)SQL"));
}

Result<void> v9IndexesOnRandomUuidDigits(Store& s)
{
    // New identifiers are time-ordered (Ids::newUuid, UUID version 7): their first 8 digits
    // are the same for every record made in the same minute. The audit indexes key on the last
    // 8 digits instead, random in both versions, so they still tell patients and accounts apart.
    return s.exec(QStringLiteral(R"SQL(
DROP INDEX audit_entry_patient;
CREATE INDEX audit_entry_patient ON audit_entry (substr(at, 1, 7), substr(patient_uuid, 29, 8))
    WHERE patient_uuid <> '';
DROP INDEX audit_entry_account;
CREATE INDEX audit_entry_account ON audit_entry (substr(account_uuid, 29, 8), at);
)SQL"));
}

Result<void> v10DeferredSearchRows(Store& s)
{
    // The files whose search rows an import defers to its end (PatientRepository::SearchUpdate):
    // local bookkeeping of derived data, never synced; Store::open empties it.
    return s.exec(QStringLiteral(R"SQL(
CREATE TABLE patient_search_pending (
    uuid TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;
)SQL"));
}

Result<void> v11Sync(Store& s)
{
    // The sync client's journal (core/sync, docs/sync-protocol.md): the server's version of each
    // mutable record as last seen (the base of a three-way merge), the batch sent and not yet
    // acknowledged (resent as it was after a crash or a cut), the conflicts waiting for a person,
    // the cursor and counters, and what the sync panel lists. Local bookkeeping, never synced.
    return s.exec(QStringLiteral(R"SQL(
CREATE TABLE sync_base (
    entity      TEXT    NOT NULL,
    record_uuid TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    payload     TEXT    NOT NULL,
    PRIMARY KEY (entity, record_uuid)
) WITHOUT ROWID;
CREATE TABLE sync_inflight (
    change_uuid   TEXT    PRIMARY KEY NOT NULL,
    position      INTEGER NOT NULL,
    entity        TEXT    NOT NULL,
    record_uuid   TEXT    NOT NULL,
    operation     TEXT    NOT NULL,
    base_revision INTEGER NOT NULL,
    payload       TEXT    NOT NULL,
    outbox_seq    INTEGER NOT NULL
);
CREATE TABLE sync_conflict (
    uuid               TEXT PRIMARY KEY NOT NULL,
    entity             TEXT NOT NULL,
    record_uuid        TEXT NOT NULL,
    field              TEXT NOT NULL,
    base_value         TEXT NOT NULL,
    local_value        TEXT NOT NULL,
    remote_value       TEXT NOT NULL,
    local_workstation  TEXT NOT NULL,
    local_at           TEXT NOT NULL,
    remote_workstation TEXT NOT NULL,
    remote_account     TEXT NOT NULL,
    remote_at          TEXT NOT NULL,
    remote_revision    INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    resolved_at        TEXT,
    resolved_by        TEXT,
    resolution         TEXT
);
CREATE INDEX sync_conflict_open ON sync_conflict (entity, record_uuid) WHERE resolved_at IS NULL;
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sync_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT    NOT NULL,
    kind    TEXT    NOT NULL,
    outcome TEXT    NOT NULL,
    detail  TEXT    NOT NULL
);
)SQL"));
}

Result<void> v12SyncBaseRowid(Store& s)
{
    // A base is a whole document (~1.3 KB for a patient file): in a WITHOUT ROWID table a row
    // that size spills into an overflow page of its own, so a new workstation's first pull wrote
    // (and encrypted) a mostly empty 4 KB page per record. A rowid table keeps it in its leaf.
    return s.exec(QStringLiteral(R"SQL(
CREATE TABLE sync_base_v12 (
    id          INTEGER PRIMARY KEY,
    entity      TEXT    NOT NULL,
    record_uuid TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    payload     TEXT    NOT NULL,
    UNIQUE (entity, record_uuid)
);
INSERT INTO sync_base_v12 (entity, record_uuid, revision, payload)
    SELECT entity, record_uuid, revision, payload FROM sync_base;
DROP TABLE sync_base;
ALTER TABLE sync_base_v12 RENAME TO sync_base;
)SQL"));
}

Result<void> v13PharmacySettings(Store& s)
{
    // The settings of the whole pharmacy, synced like any record (storage/settingsrepository.h):
    // the retention periods move here from retention_policy, each queued for the server so the
    // other workstations receive what the titulaire set before sync existed.
    if (auto r = s.exec(QStringLiteral(R"SQL(
CREATE TABLE pharmacy_setting (
    uuid           TEXT    PRIMARY KEY NOT NULL,
    key            TEXT    NOT NULL UNIQUE,
    revision       INTEGER NOT NULL,
    workstation_id TEXT    NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    fields         TEXT    NOT NULL
);
)SQL"));
        !r) {
        return r;
    }
    auto q = s.query(QStringLiteral(
        "SELECT category, active_months, archive_months, end_action, updated_at FROM retention_policy"));
    if (!q) {
        return fail(q.error());
    }
    struct Old
    {
        QString category;
        qint64 active, archive;
        QString end, at;
    };
    std::vector<Old> rows;
    if (auto r = forEachRow(
            *q,
            [&rows](const Query& row) {
                rows.push_back({row.text(0), row.integer(1), row.integer(2), row.text(3), row.text(4)});
            });
        !r) {
        return r;
    }
    // Plain SQL (a migration never changes, the repository may): the row, and its outbox entry.
    for (const Old& o : rows) {
        const QDateTime at = QDateTime::fromString(o.at, Qt::ISODateWithMs);
        PharmacySetting p;
        p.key = QStringLiteral("retention.") + o.category;
        p.meta.uuid = SettingsRepository::uuidFor(p.key);
        p.meta.revision = 1;
        p.meta.workstationId = s.meta(QStringLiteral("workstation_id"));
        p.meta.createdAt = p.meta.updatedAt = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
        p.fields = {{QStringLiteral("activeMonths"), o.active},
                    {QStringLiteral("archiveMonths"), o.archive},
                    {QStringLiteral("endAction"), o.end}};
        auto insert = s.query(QStringLiteral("INSERT INTO pharmacy_setting (uuid, key, revision, "
                                             "workstation_id, deleted, created_at, updated_at, "
                                             "fields) VALUES (?1, ?2, 1, ?3, 0, ?4, ?4, ?5)"));
        if (!insert) {
            return fail(insert.error());
        }
        insert->bind(1, p.meta.uuid)
            .bind(2, p.key)
            .bind(3, p.meta.workstationId)
            .bind(4, p.meta.updatedAt.toString(Qt::ISODateWithMs))
            .bindUtf8(5, QJsonDocument(p.fields).toJson(QJsonDocument::Compact));
        if (auto r = insert->run(); !r) {
            return r;
        }
        if (auto r = Outbox(s).append(outboxEntryFor(SettingsRepository::entity, p.meta, true, p.toJson()));
            !r) {
            return r;
        }
    }
    return s.exec(QStringLiteral("DROP TABLE retention_policy"));
}

Result<void> v14DuplicateProposals(Store& s)
{
    // The same person created on two workstations offline, proposed for a merge (sync panel).
    // One row per pair, in either order; local bookkeeping, never synced.
    return s.exec(QStringLiteral(R"SQL(
CREATE TABLE sync_duplicate (
    uuid        TEXT    PRIMARY KEY NOT NULL,
    first_uuid  TEXT    NOT NULL,
    second_uuid TEXT    NOT NULL,
    local_uuid  TEXT    NOT NULL,
    remote_uuid TEXT    NOT NULL,
    reason      INTEGER NOT NULL,
    score       INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution  TEXT,
    UNIQUE (first_uuid, second_uuid)
);
-- The files a sync run must still compare: created here and sent ('sent'), created elsewhere
-- and received ('received'). Written with the step that learnt it, so a kill between the push
-- and the end of the pull loses no pair; emptied once compared.
CREATE TABLE sync_duplicate_check (
    uuid TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('sent', 'received')),
    PRIMARY KEY (uuid, side)
) WITHOUT ROWID;
)SQL"));
}

Result<void> v15ReceivedAuditChains(Store& s)
{
    // The other workstations' audit entries, received through the server, are kept in chains of
    // their own: the patient file's access history and the journal show the pharmacy's
    // accesses, not one counter's. Such a chain is a copy: its checkpoints' signatures stay on
    // the workstation that made them.
    return s.exec(QStringLiteral("ALTER TABLE audit_chain ADD COLUMN received INTEGER NOT NULL DEFAULT 0"));
}

Result<void> v16SyncBaseByReference(Store& s)
{
    // A record received from the server and not changed here since is its own merge base: its
    // base is kept by reference (payload NULL) instead of a second copy of the document, which
    // was half of what a new workstation wrote when it pulled the pharmacy. The base is written
    // out before the record's first local change (Outbox::keepBase).
    return s.exec(QStringLiteral(R"SQL(
CREATE TABLE sync_base_v16 (
    id          INTEGER PRIMARY KEY,
    entity      TEXT    NOT NULL,
    record_uuid TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    payload     TEXT,
    UNIQUE (entity, record_uuid)
);
INSERT INTO sync_base_v16 (id, entity, record_uuid, revision, payload)
    SELECT id, entity, record_uuid, revision, payload FROM sync_base;
DROP TABLE sync_base;
ALTER TABLE sync_base_v16 RENAME TO sync_base;
)SQL"));
}

Result<void> v17Catalog(Store& s)
{
    // The drug catalogue (core/catalog, docs/catalogue.md): public data of the BDPM, kept in
    // versions. An import writes a new version beside the one in service ('building'), then
    // switches in one transaction ('current'; the old one 'retired' and its rows deleted); a
    // version left 'building' by a kill or a failure is never read and is deleted by the next
    // import. Words of names, substances and generic groups are indexed for prefix search.
    return s.exec(QStringLiteral(R"SQL(
CREATE TABLE catalog_version (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    state          TEXT NOT NULL CHECK (state IN ('building', 'current', 'retired')),
    source         TEXT NOT NULL,
    published_on   TEXT,
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    products       INTEGER NOT NULL DEFAULT 0,
    presentations  INTEGER NOT NULL DEFAULT 0,
    report         TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX catalog_version_current ON catalog_version (state) WHERE state = 'current';
CREATE TABLE catalog_product (
    version         INTEGER NOT NULL,
    cis             TEXT NOT NULL,
    name            TEXT NOT NULL,
    form            TEXT NOT NULL,
    routes          TEXT NOT NULL,
    amm_status      TEXT NOT NULL,
    amm_procedure   TEXT NOT NULL,
    marketing_state TEXT NOT NULL,
    amm_date        TEXT,
    bdm_status      TEXT NOT NULL,
    eu_number       TEXT NOT NULL,
    holders         TEXT NOT NULL,
    reinforced      INTEGER NOT NULL,
    -- what a search result shows, derived at import from the other files
    marketed        INTEGER NOT NULL,
    list            INTEGER NOT NULL,
    conditions      TEXT NOT NULL,
    presentations   INTEGER NOT NULL,
    price_min_cents INTEGER,
    price_max_cents INTEGER,
    rates           TEXT NOT NULL,
    generic_group   TEXT NOT NULL,
    generic_type    INTEGER NOT NULL,
    shortage        INTEGER NOT NULL,
    substances      TEXT NOT NULL,
    search_words    TEXT NOT NULL,
    PRIMARY KEY (version, cis)
) WITHOUT ROWID;
CREATE TABLE catalog_presentation (
    version          INTEGER NOT NULL,
    cip13            TEXT NOT NULL,
    cip7             TEXT NOT NULL,
    cis              TEXT NOT NULL,
    label            TEXT NOT NULL,
    admin_status     TEXT NOT NULL,
    marketing_state  TEXT NOT NULL,
    declared_on      TEXT,
    collectivities   TEXT NOT NULL,
    rates            TEXT NOT NULL,
    price_cents      INTEGER,
    price_fees_cents INTEGER,
    fee_cents        INTEGER,
    reimbursement    TEXT NOT NULL,
    PRIMARY KEY (version, cip13)
) WITHOUT ROWID;
CREATE INDEX catalog_presentation_cip7 ON catalog_presentation (version, cip7);
CREATE INDEX catalog_presentation_cis ON catalog_presentation (version, cis);
CREATE TABLE catalog_component (
    version            INTEGER NOT NULL,
    cis                TEXT NOT NULL,
    seq                INTEGER NOT NULL,
    element            TEXT NOT NULL,
    substance_code     TEXT NOT NULL,
    substance          TEXT NOT NULL,
    strength           TEXT NOT NULL,
    strength_reference TEXT NOT NULL,
    nature             TEXT NOT NULL,
    link               INTEGER NOT NULL,
    PRIMARY KEY (version, cis, seq)
) WITHOUT ROWID;
CREATE TABLE catalog_generic (
    version  INTEGER NOT NULL,
    group_id TEXT NOT NULL,
    cis      TEXT NOT NULL,
    label    TEXT NOT NULL,
    type     INTEGER NOT NULL,
    sort     INTEGER NOT NULL,
    PRIMARY KEY (version, group_id, cis)
) WITHOUT ROWID;
CREATE INDEX catalog_generic_cis ON catalog_generic (version, cis);
CREATE TABLE catalog_condition (
    version INTEGER NOT NULL,
    cis     TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    PRIMARY KEY (version, cis, seq)
) WITHOUT ROWID;
CREATE TABLE catalog_availability (
    version INTEGER NOT NULL,
    cis     TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    cip13   TEXT NOT NULL,
    status  INTEGER NOT NULL,
    label   TEXT NOT NULL,
    start   TEXT,
    updated TEXT,
    back_on TEXT,
    link    TEXT NOT NULL,
    PRIMARY KEY (version, cis, seq)
) WITHOUT ROWID;
-- In the order results are shown: names before substances before generic groups, marketed
-- spécialités first, then by word; a search reads one range of it and stops at its limit.
-- Words of one or two characters and numbers are left out (MG, 5, 500: they only narrow a
-- search, against catalog_product.search_words).
CREATE TABLE catalog_word (
    version    INTEGER NOT NULL,
    kind       INTEGER NOT NULL,
    unmarketed INTEGER NOT NULL,
    word       TEXT NOT NULL,
    cis        TEXT NOT NULL,
    PRIMARY KEY (version, kind, unmarketed, word, cis)
) WITHOUT ROWID;
)SQL"));
}

} // namespace

const std::vector<Migration>& Store::schemaMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, "initial schema: meta, outbox, patient", &v1Initial},
        {2, "patient_search: name-clustered projection for prefix search", &v2SearchProjection},
        {3, "staff accounts and sign-in throttling state", &v3StaffAccounts},
        {4, "audit trail, signed checkpoints, retention policy and archive state", &v4AuditAndRetention},
        {5, "audit trail: chains numbered, short index keys, time index", &v5CompactAuditTrail},
        {6, "audit trail: patient index keyed by month", &v6PatientIndexByMonth},
        {7, "patient files: INS identity, evidence, clinical data, rights, history, photo, merges",
         &v7PatientFiles},
        {8, "patient_search: the birth-date and NIR indexes cover their queries", &v8CoveringSearchIndexes},
        {9, "audit trail: indexes keyed by the random end of UUIDs (identifiers are time-ordered)",
         &v9IndexesOnRandomUuidDigits},
        {10, "patient_search: the files whose rows an import deferred", &v10DeferredSearchRows},
        {11, "sync journal: server bases, the batch in flight, conflicts, cursor, log", &v11Sync},
        {12, "sync_base: a rowid table, so a document's base stays in its leaf page", &v12SyncBaseRowid},
        {13, "pharmacy-wide settings, synced: the retention periods move there", &v13PharmacySettings},
        {14, "sync: the same person created on two workstations, proposed for a merge",
         &v14DuplicateProposals},
        {15, "audit trail: the other workstations' entries, received through the server",
         &v15ReceivedAuditChains},
        {16, "sync_base: a record unchanged since it was received is its own base", &v16SyncBaseByReference},
        {17, "drug catalogue (BDPM): versions, products, presentations, compositions, words", &v17Catalog},
    };
    return migrations;
}

int Store::latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace Officine::Storage
