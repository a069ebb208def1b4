#include "patienthistory.h"

#include "util/jsonwriter.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Officine::Storage {

namespace {

void writeChanges(Json::Writer& w, const std::vector<FieldChange>& changes)
{
    w.beginArray();
    for (const FieldChange& c : changes) {
        w.beginObject().field("field", c.field);
        if (!c.before.isEmpty() || !c.after.isEmpty()) {
            w.field("before", c.before).field("after", c.after);
        }
        w.endObject();
    }
    w.endArray();
}
const QString kEntryColumns = QStringLiteral(
    "uuid, patient_uuid, origin_patient, at, account_uuid, actor_name, kind, source, reason, changes");

HistoryEntry readEntry(const Query& r)
{
    HistoryEntry e;
    e.uuid = r.text(0);
    e.patientUuid = r.text(1);
    e.originPatient = r.text(2);
    e.at = QDateTime::fromString(r.text(3), Qt::ISODateWithMs);
    e.accountUuid = r.text(4);
    e.actorName = r.text(5);
    e.kind = r.text(6);
    e.source = r.text(7);
    e.reason = r.text(8);
    for (const QJsonValue& v : QJsonDocument::fromJson(r.text(9).toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        e.changes.push_back({o.value(QStringLiteral("field")).toString(),
                             o.value(QStringLiteral("before")).toString(),
                             o.value(QStringLiteral("after")).toString()});
    }
    return e;
}
} // namespace

Result<std::optional<QByteArray>> PatientHistory::payloadAsStored(const QString& uuid)
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kEntryColumns
                           + QStringLiteral(" FROM patient_history WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    auto stored = firstRow<HistoryEntry>(*q, readEntry);
    if (!stored) {
        return fail(stored.error());
    }
    if (!*stored) {
        return std::optional<QByteArray>();
    }
    const HistoryEntry& e = **stored;
    Json::Writer w;
    w.beginObject()
        .field("uuid", e.uuid)
        .field("patientUuid", e.patientUuid)
        .field("originPatient", e.originPatient)
        .field("at", Model::isoUtc(e.at))
        .field("accountUuid", e.accountUuid)
        .field("actorName", e.actorName)
        .field("kind", e.kind)
        .field("source", e.source)
        .field("reason", e.reason)
        .key("changes");
    writeChanges(w, e.changes);
    w.endObject();
    return std::optional<QByteArray>(w.take());
}

PatientHistory::PreparedEntry PatientHistory::prepare(HistoryEntry& e, const WriteContext& ctx)
{
    if (e.uuid.isEmpty()) {
        e.uuid = Ids::newUuid();
    }
    if (e.originPatient.isEmpty()) {
        e.originPatient = e.patientUuid;
    }
    if (!e.at.isValid()) {
        e.at = ctx.now;
    }
    PreparedEntry out;
    out.entry = &e;
    out.workstationId = ctx.workstationId;
    out.at = Model::isoUtc(e.at);
    out.now = Model::isoUtc(ctx.now);
    out.meta.uuid = e.uuid;
    stampNew(out.meta, ctx);
    Json::Writer w;
    writeChanges(w, e.changes);
    out.changes = w.take();
    // The outbox payload is the row (a creation queued by reference: payloadAsStored).
    return out;
}

Result<void> PatientHistory::append(HistoryEntry& e, const WriteContext& ctx)
{
    return append(prepare(e, ctx));
}

Result<void> PatientHistory::append(const PreparedEntry& prepared)
{
    const HistoryEntry& e = *prepared.entry;
    auto q = m_store.query(QStringLiteral(
        "INSERT INTO patient_history (uuid, revision, workstation_id, deleted, created_at, updated_at, "
        "patient_uuid, origin_patient, at, account_uuid, actor_name, kind, source, reason, changes) "
        "VALUES (?1, 1, ?2, 0, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, e.uuid)
        .bind(2, prepared.workstationId)
        .bind(3, prepared.now)
        .bind(4, e.patientUuid)
        .bind(5, e.originPatient)
        .bind(6, prepared.at)
        .bind(7, e.accountUuid)
        .bind(8, e.actorName)
        .bind(9, e.kind)
        .bind(10, e.source)
        .bind(11, e.reason)
        .bindUtf8(12, prepared.changes);
    if (auto r = q->run(); !r) {
        return r;
    }
    return Outbox(m_store).append(outboxEntryFor(entity, prepared.meta, true, prepared.payload));
}

Result<std::vector<HistoryEntry>> PatientHistory::list(const QString& patientUuid)
{
    auto q = m_store.query(
        QStringLiteral("SELECT ") + kEntryColumns
        + QStringLiteral(" FROM patient_history WHERE patient_uuid = ?1 ORDER BY at DESC, rowid DESC"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, patientUuid);
    return collectRows<HistoryEntry>(*q, readEntry);
}

Result<bool> PatientHistory::applyRemote(const QJsonObject& o, const QString& workstationId)
{
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    const QString now = Model::isoUtc(QDateTime::currentDateTimeUtc());
    auto q = m_store.query(QStringLiteral(
        "INSERT OR IGNORE INTO patient_history (uuid, revision, workstation_id, deleted, created_at, "
        "updated_at, "
        "patient_uuid, origin_patient, at, account_uuid, actor_name, kind, source, reason, changes) "
        "VALUES (?1, 1, ?2, 0, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    if (!q) {
        return fail(q.error());
    }
    const QString origin = text("originPatient").isEmpty() ? text("patientUuid") : text("originPatient");
    q->bind(1, text("uuid"))
        .bind(2, workstationId)
        .bind(3, now)
        .bind(4, text("patientUuid"))
        .bind(5, origin)
        .bind(6, text("at"))
        .bind(7, text("accountUuid"))
        .bind(8, text("actorName"))
        .bind(9, text("kind"))
        .bind(10, text("source"))
        .bind(11, text("reason"))
        .bindUtf8(12,
                  QJsonDocument(o.value(QLatin1String("changes")).toArray()).toJson(QJsonDocument::Compact));
    if (auto r = q->run(); !r) {
        return fail(r.error());
    }
    return m_store.changes() > 0;
}

Result<bool> PatientHistory::applyRemoteRights(const QJsonObject& o, const QString& workstationId)
{
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    const QString now = Model::isoUtc(QDateTime::currentDateTimeUtc());
    auto q = m_store.query(QStringLiteral(
        "INSERT OR IGNORE INTO patient_rights_event (uuid, revision, workstation_id, deleted, created_at, "
        "updated_at, patient_uuid, at, account_uuid, actor_name, kind, outcome, detail) "
        "VALUES (?1, 1, ?2, 0, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, text("uuid"))
        .bind(2, workstationId)
        .bind(3, now)
        .bind(4, text("patientUuid"))
        .bind(5, text("at"))
        .bind(6, text("accountUuid"))
        .bind(7, text("actorName"))
        .bind(8, text("kind"))
        .bind(9, text("outcome"))
        .bind(10, text("detail"));
    if (auto r = q->run(); !r) {
        return fail(r.error());
    }
    return m_store.changes() > 0;
}

Result<void> PatientHistory::appendRights(RightsEvent& e, const WriteContext& ctx)
{
    if (e.uuid.isEmpty()) {
        e.uuid = Ids::newUuid();
    }
    if (!e.at.isValid()) {
        e.at = ctx.now;
    }
    auto q = m_store.query(QStringLiteral(
        "INSERT INTO patient_rights_event (uuid, revision, workstation_id, deleted, created_at, updated_at, "
        "patient_uuid, at, account_uuid, actor_name, kind, outcome, detail) "
        "VALUES (?1, 1, ?2, 0, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, e.uuid)
        .bind(2, ctx.workstationId)
        .bind(3, Model::isoUtc(ctx.now))
        .bind(4, e.patientUuid)
        .bind(5, Model::isoUtc(e.at))
        .bind(6, e.accountUuid)
        .bind(7, e.actorName)
        .bind(8, e.kind)
        .bind(9, e.outcome)
        .bind(10, e.detail);
    if (auto r = q->run(); !r) {
        return r;
    }
    Model::RecordMeta meta;
    meta.uuid = e.uuid;
    stampNew(meta, ctx);
    QJsonObject payload {{QStringLiteral("uuid"), e.uuid},
                         {QStringLiteral("patientUuid"), e.patientUuid},
                         {QStringLiteral("at"), Model::isoUtc(e.at)},
                         {QStringLiteral("accountUuid"), e.accountUuid},
                         {QStringLiteral("actorName"), e.actorName},
                         {QStringLiteral("kind"), e.kind},
                         {QStringLiteral("outcome"), e.outcome},
                         {QStringLiteral("detail"), e.detail}};
    return Outbox(m_store).append(outboxEntryFor(rightsEntity, meta, true, payload));
}

Result<std::vector<RightsEvent>> PatientHistory::rights(const QString& patientUuid)
{
    auto q = m_store.query(QStringLiteral("SELECT uuid, patient_uuid, at, account_uuid, actor_name, kind, "
                                          "outcome, detail FROM patient_rights_event "
                                          "WHERE patient_uuid = ?1 ORDER BY at DESC, rowid DESC"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, patientUuid);
    return collectRows<RightsEvent>(*q, [](const Query& r) {
        RightsEvent e;
        e.uuid = r.text(0);
        e.patientUuid = r.text(1);
        e.at = QDateTime::fromString(r.text(2), Qt::ISODateWithMs);
        e.accountUuid = r.text(3);
        e.actorName = r.text(4);
        e.kind = r.text(5);
        e.outcome = r.text(6);
        e.detail = r.text(7);
        return e;
    });
}

Result<void> PatientHistory::moveTo(const QString& from, const QString& to)
{
    for (const char* sql : {"UPDATE patient_history SET patient_uuid = ?2 WHERE patient_uuid = ?1",
                            "UPDATE patient_rights_event SET patient_uuid = ?2 WHERE patient_uuid = ?1"}) {
        auto q = m_store.query(QString::fromLatin1(sql));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, from).bind(2, to);
        if (auto r = q->run(); !r) {
            return r;
        }
    }
    return {};
}

} // namespace Officine::Storage
