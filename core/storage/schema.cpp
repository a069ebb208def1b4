// The schema, as an ordered list of migrations. All schema changes live here, each in its own
// transaction (see Store::migrate). Never edit a released migration: add the next one.
//
// Every record table carries the sync columns of architecture decision 2:
//   uuid TEXT PRIMARY KEY, revision INTEGER, workstation_id TEXT, deleted INTEGER (tombstone)
// and every change to a record writes an `outbox` row in the same transaction.

#include "storage/patientrepository.h"
#include "store.h"

#include <QDateTime>
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

} // namespace

const std::vector<Migration>& Store::schemaMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, "initial schema: meta, outbox, patient", &v1Initial},
        {2, "patient_search: name-clustered projection for prefix search", &v2SearchProjection},
        {3, "staff accounts and sign-in throttling state", &v3StaffAccounts},
    };
    return migrations;
}

int Store::latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace Officine::Storage
