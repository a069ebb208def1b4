#include "outbox.h"

#include "model/record.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"

#include <QJsonDocument>

namespace Officine::Storage {

namespace {
QString operationName(OutboxOperation op)
{
    switch (op) {
    case OutboxOperation::Create:
        return QStringLiteral("create");
    case OutboxOperation::Update:
        return QStringLiteral("update");
    case OutboxOperation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

OutboxOperation operationFromName(const QString& name)
{
    if (name == QLatin1StringView("update")) {
        return OutboxOperation::Update;
    }
    if (name == QLatin1StringView("delete")) {
        return OutboxOperation::Delete;
    }
    return OutboxOperation::Create;
}
} // namespace

QJsonObject OutboxEntry::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

Result<void> Outbox::append(const OutboxEntry& e)
{
    if (!m_store.inTransaction()) {
        return fail(ErrorCode::Internal, QStringLiteral("outbox append outside a transaction"));
    }
    auto q = m_store.query(QStringLiteral(
        "INSERT INTO outbox (entity, record_uuid, revision, operation, payload, workstation_id, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, e.entity)
        .bind(2, e.recordUuid)
        .bind(3, e.revision)
        .bind(4, operationName(e.operation))
        .bindUtf8(5, e.payload)
        .bind(6, e.workstationId)
        .bind(7, Model::isoUtc(e.createdAt));
    return q->run();
}

Result<qint64> Outbox::count()
{
    return m_store.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
}

Result<std::vector<OutboxEntry>> Outbox::pending(int limit)
{
    auto q = m_store.query(QStringLiteral(
        "SELECT seq, entity, record_uuid, revision, operation, payload, workstation_id, created_at "
        "FROM outbox ORDER BY seq LIMIT ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, limit);
    std::vector<OutboxEntry> out;
    for (;;) {
        auto row = q->next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        OutboxEntry e;
        e.seq = q->integer(0);
        e.entity = q->text(1);
        e.recordUuid = q->text(2);
        e.revision = q->integer(3);
        e.operation = operationFromName(q->text(4));
        e.payload = q->utf8(5).toByteArray();
        e.workstationId = q->text(6);
        e.createdAt = QDateTime::fromString(q->text(7), Qt::ISODateWithMs);
        out.push_back(std::move(e));
    }
    for (OutboxEntry& e : out) {
        if (!e.payload.isEmpty() || e.operation != OutboxOperation::Create) {
            continue;
        }
        std::optional<QByteArray> stored;
        if (e.entity == QLatin1StringView(PatientRepository::entity)) {
            auto p = PatientRepository::payloadAsStored(m_store, e.recordUuid, e.revision);
            if (!p) {
                return fail(p.error());
            }
            stored = *p;
        } else if (e.entity == QLatin1StringView(PatientHistory::entity)) {
            auto h = PatientHistory(m_store).payloadAsStored(e.recordUuid);
            if (!h) {
                return fail(h.error());
            }
            stored = *h;
        }
        if (stored) {
            e.payload = *stored;
        } else {
            e.superseded = true;
        }
    }
    return out;
}

} // namespace Officine::Storage
