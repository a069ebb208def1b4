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

Result<void> Outbox::keepBase(const char* entity, const QString& uuid,
                              const std::function<Result<QByteArray>()>& current)
{
    if (!m_store.inTransaction()) {
        return fail(ErrorCode::Internal, QStringLiteral("sync base kept outside a transaction"));
    }
    auto q = m_store.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_base WHERE entity = ?1 AND "
                                          "record_uuid = ?2 AND payload IS NULL)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, QString::fromLatin1(entity)).bind(2, uuid);
    auto byReference = firstRow<bool>(*q, [](const Query& r) { return r.integer(0) != 0; });
    if (!byReference) {
        return fail(byReference.error());
    }
    if (!byReference->value_or(false)) {
        return {};
    }
    auto document = current();
    if (!document) {
        return fail(document.error());
    }
    auto u = m_store.query(
        QStringLiteral("UPDATE sync_base SET payload = ?3 WHERE entity = ?1 AND record_uuid = ?2"));
    if (!u) {
        return fail(u.error());
    }
    u->bind(1, QString::fromLatin1(entity)).bind(2, uuid).bindUtf8(3, *document);
    return u->run();
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
    auto read = collectRows<OutboxEntry>(*q, [](const Query& r) {
        OutboxEntry e;
        e.seq = r.integer(0);
        e.entity = r.text(1);
        e.recordUuid = r.text(2);
        e.revision = r.integer(3);
        e.operation = operationFromName(r.text(4));
        e.payload = r.utf8(5).toByteArray();
        e.workstationId = r.text(6);
        e.createdAt = QDateTime::fromString(r.text(7), Qt::ISODateWithMs);
        return e;
    });
    if (!read) {
        return fail(read.error());
    }
    std::vector<OutboxEntry> out = std::move(*read);
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
