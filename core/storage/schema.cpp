// The schema, as an ordered list of migrations. All schema changes live here, each in its own
// transaction (see Store::migrate). Never edit a released migration: add the next one.
//
// Every record table carries the sync columns of architecture decision 2:
//   uuid TEXT PRIMARY KEY, revision INTEGER, workstation_id TEXT, deleted INTEGER (tombstone)
// and every change to a record writes an `outbox` row in the same transaction.

#include "store.h"
#include "util/searchkey.h"

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

// Name search: SQLCipher 3.4.1's SQLite has no FTS5, so prefix search runs on normalised,
// indexed key columns (see util/searchkey.h), backfilled here for existing rows.
Result<void> v2SearchKeys(Store& s)
{
    auto r = s.exec(QStringLiteral(R"SQL(
ALTER TABLE patient ADD COLUMN birth_family_key TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN used_family_key  TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN given_key        TEXT NOT NULL DEFAULT '';
)SQL"));
    if (!r) {
        return r;
    }
    // Backfill in C++: the normalisation (accents, ligatures) is not expressible in SQL here.
    auto select = s.query(
        QStringLiteral("SELECT uuid, birth_family_name, used_family_name, given_names FROM patient"));
    if (!select) {
        return fail(select.error());
    }
    struct Keys
    {
        QString uuid, birth, used, given;
    };
    std::vector<Keys> keys;
    for (;;) {
        auto row = select->next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        keys.push_back({select->text(0), searchKey(select->text(1)), searchKey(select->text(2)),
                        searchKey(select->text(3))});
    }
    for (const Keys& k : keys) {
        auto update = s.query(QStringLiteral("UPDATE patient SET birth_family_key = ?2, used_family_key = "
                                             "?3, given_key = ?4 WHERE uuid = ?1"));
        if (!update) {
            return fail(update.error());
        }
        update->bind(1, k.uuid).bind(2, k.birth).bind(3, k.used).bind(4, k.given);
        if (auto u = update->run(); !u) {
            return u;
        }
    }
    return s.exec(QStringLiteral(R"SQL(
CREATE INDEX patient_birth_family_search ON patient (deleted, birth_family_key, given_key);
CREATE INDEX patient_used_family_search  ON patient (deleted, used_family_key, given_key)
    WHERE used_family_key <> '';
CREATE INDEX outbox_record ON outbox (entity, record_uuid);
)SQL"));
}

} // namespace

const std::vector<Migration>& Store::schemaMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, "initial schema: meta, outbox, patient", &v1Initial},
        {2, "normalised name keys and prefix-search indexes", &v2SearchKeys},
    };
    return migrations;
}

int Store::latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace Officine::Storage
