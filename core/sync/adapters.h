#pragma once

#include "sync/protocol.h"
#include "util/result.h"

#include <QJsonObject>
#include <memory>
#include <optional>

namespace Officine::Storage {
class Store;
struct OutboxEntry;
} // namespace Officine::Storage

namespace Officine::Sync {

/// How one record type reaches the sync engine: its document as stored now (what a push
/// sends), and how a document from the server is written back (no outbox row, since it comes
/// from the server). Each later record type (prescriptions, dispensing, preparation…) plugs in
/// by adding one.
class EntityAdapter
{
public:
    virtual ~EntityAdapter() = default;
    virtual QString entity() const = 0;
    Kind kind() const { return entityRule(entity())->kind; }
    /// The record's document now; none when it is gone (erased, purged, or an append-only
    /// record superseded). `queued` is the outbox row's payload, empty for a creation queued
    /// by reference.
    virtual Result<std::optional<QByteArray>> document(Storage::Store& store, const QString& uuid,
                                                       const QByteArray& queued)
        = 0;
    /// What apply() will need of a received change, worked out without the store, on the thread
    /// that fetched its page while the page before is written (a new workstation's first pull
    /// is bound by the writing thread). Pure: no store, no shared state. Null by default.
    virtual std::shared_ptr<void> decode(const ServerChange&) const { return nullptr; }
    /// Writes the server's version of a record. `deleted`: the record was deleted there.
    /// `change.decoded`, when set, was made by decode() from `document` (the engine clears it
    /// when it applies a merged document instead).
    virtual Result<void> apply(Storage::Store& store, const ServerChange& change, const QJsonObject& document,
                               bool deleted)
        = 0;
    /// How many live records of this type the store holds (the guard against mass deletion).
    virtual Result<qint64> count(Storage::Store& store) = 0;
    /// Finishes, inside a pulled page's transaction, what apply() left for later: the patient
    /// files' search rows, written in key order at once. Called after the last page of a pull,
    /// and after a page when SyncOptions::catchUpEvery records have arrived since the last call
    /// (a new workstation's first pull is 100,000 files: written page by page, the search rows
    /// of each page landed on pages all over the projection, and every commit rewrote more).
    virtual Result<void> catchUp(Storage::Store&) { return {}; }
};

/// The adapters of the record types that sync today: patient files, history entries and
/// rights events, staff accounts, the pharmacy's settings.
std::vector<std::unique_ptr<EntityAdapter>> standardAdapters();

} // namespace Officine::Sync
