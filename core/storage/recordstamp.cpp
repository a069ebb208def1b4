#include "recordstamp.h"

#include "util/uuid.h"

#include <QJsonDocument>

namespace Officine::Storage {

void stampNew(Model::RecordMeta& meta, const WriteContext& ctx)
{
    if (meta.uuid.isEmpty()) {
        meta.uuid = Ids::newUuid();
    }
    meta.revision = 1;
    meta.workstationId = ctx.workstationId;
    meta.deleted = false;
    meta.createdAt = ctx.now;
    meta.updatedAt = ctx.now;
}

Result<void> stampEdit(Model::RecordMeta& edited, const Model::RecordMeta& stored, const WriteContext& ctx,
                       const QString& conflictText)
{
    if (stored.revision != edited.revision) {
        return fail(ErrorCode::Conflict, conflictText,
                    QStringLiteral("%1: stale revision %2, stored %3")
                        .arg(edited.uuid)
                        .arg(edited.revision)
                        .arg(stored.revision));
    }
    edited.revision += 1;
    edited.workstationId = ctx.workstationId;
    edited.createdAt = stored.createdAt;
    edited.updatedAt = ctx.now;
    return {};
}

OutboxEntry outboxEntryFor(const char* entity, const Model::RecordMeta& meta, bool created,
                           const QJsonObject& payload)
{
    return outboxEntryFor(entity, meta, created, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

OutboxEntry outboxEntryFor(const char* entity, const Model::RecordMeta& meta, bool created,
                           QByteArray payloadJson)
{
    OutboxEntry e;
    e.entity = QString::fromLatin1(entity);
    e.recordUuid = meta.uuid;
    e.revision = meta.revision;
    e.operation = created ? OutboxOperation::Create
                          : (meta.deleted ? OutboxOperation::Delete : OutboxOperation::Update);
    e.payload = std::move(payloadJson);
    e.workstationId = meta.workstationId;
    e.createdAt = meta.updatedAt;
    return e;
}

} // namespace Officine::Storage
