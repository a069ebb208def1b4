#pragma once

#include "model/record.h"
#include "storage/outbox.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace Officine::Storage {

/// Who and when for a write: the executor fills it from the command context.
struct WriteContext
{
    QString workstationId;
    QDateTime now;
};

/// The sync columns of architecture decision 2, filled the same way for every record type.
/// A new record: a UUID if it has none, revision 1, this workstation, now.
void stampNew(Model::RecordMeta& meta, const WriteContext& ctx);
/// An edited record: refuses a stale base revision (optimistic concurrency) with `conflictText`,
/// then bumps the revision and restamps, keeping the creation time.
Result<void> stampEdit(Model::RecordMeta& edited, const Model::RecordMeta& stored, const WriteContext& ctx,
                       const QString& conflictText);
/// The outbox row that goes with a record's write.
OutboxEntry outboxEntryFor(const char* entity, const Model::RecordMeta& meta, bool created,
                           QByteArray payloadJson);
OutboxEntry outboxEntryFor(const char* entity, const Model::RecordMeta& meta, bool created,
                           const QJsonObject& payload);

} // namespace Officine::Storage
