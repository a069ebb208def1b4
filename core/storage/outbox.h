#pragma once

#include "storage/store.h"

#include <QDateTime>
#include <QJsonObject>
#include <functional>

namespace Officine::Storage {

enum class OutboxOperation { Create, Update, Delete };

struct OutboxEntry
{
    qint64 seq = 0;
    QString entity;
    QString recordUuid;
    qint64 revision = 0;
    OutboxOperation operation = OutboxOperation::Create;
    /// The record's JSON document, as UTF-8 text. Stored empty for the creation of a patient
    /// file or a history entry, queued by reference: the record as stored is its payload until
    /// it changes (pending() reads it then), so a creation costs its row once, not twice.
    QByteArray payload;
    /// A creation queued by reference whose record has changed since (a later entry carries
    /// the change) or is gone: nothing to send but its acknowledgement.
    bool superseded = false;
    QJsonObject payloadObject() const;
    QString workstationId;
    QDateTime createdAt;
};

/// The queue of local changes the sync client will send (architecture decision 2). Repositories
/// append to it in the same transaction as the change itself, so a change and its outbox row are
/// committed, or lost, together.
class Outbox
{
public:
    explicit Outbox(Store& store)
        : m_store(store)
    {
    }
    /// Must be called inside a transaction.
    Result<void> append(const OutboxEntry& entry);
    Result<qint64> count();
    /// The oldest entries, with the payloads of creations queued by reference read from their
    /// records.
    Result<std::vector<OutboxEntry>> pending(int limit);
    /// Called by a repository inside its transaction, before it changes a record that may have
    /// come from the server. A record received and not changed here since is its own merge base
    /// (sync_base keeps it by reference, schema v16, instead of a second copy of every file the
    /// pharmacy holds); before its first local change, `current` (the record's document as the
    /// sync adapter serialises it, as stored now) is written out as the base, so the three-way
    /// merge still has the server's version. Does nothing otherwise, and never calls `current`.
    Result<void> keepBase(const char* entity, const QString& uuid,
                          const std::function<Result<QByteArray>()>& current);

    /// keepBase() with the record as `repository` reads it now, written out by
    /// Repository::document (the form its sync adapter sends).
    template<class Repository>
    Result<void> keepBaseOf(Repository& repository, const QString& uuid)
    {
        return keepBase(Repository::entity, uuid, [&repository, &uuid]() -> Result<QByteArray> {
            auto stored = repository.get(uuid);
            return stored ? Result<QByteArray>(Repository::document(*stored)) : fail(stored.error());
        });
    }

private:
    Store& m_store;
};

} // namespace Officine::Storage
