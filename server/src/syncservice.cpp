#include "syncservice.h"

#include "audit/auditsync.h"
#include "database.h"
#include "serverlog.h"
#include "util/jsonwriter.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Officine::Server {

using Sync::Change;
using Sync::Operation;
using Sync::PushResult;
using Sync::ServerChange;

namespace {

QString isoText(const QVariant& v)
{
    return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
}

/// A PostgreSQL array literal of UUIDs (validated by the parser: hex and dashes only).
QString uuidArray(const std::vector<Change>& changes)
{
    QString out = QStringLiteral("{");
    for (const Change& c : changes) {
        if (out.size() > 1) {
            out += QLatin1Char(',');
        }
        out += c.id;
    }
    return out + QLatin1Char('}');
}

constexpr auto kRecordColumns = "seq, change_id, entity, id, operation, revision, payload::text, "
                                "changed_by_workstation, changed_by_account, changed_at";

ServerChange recordRow(const Rows& q)
{
    ServerChange c;
    c.seq = q.value(0).toLongLong();
    c.id = q.value(1).toString();
    c.entity = q.value(2).toString();
    c.recordId = q.value(3).toString();
    c.operation = Sync::operationFromId(q.value(4).toString()).value_or(Operation::Update);
    c.revision = q.value(5).toLongLong();
    c.payload = q.value(6).isNull() ? QByteArray() : q.value(6).toString().toUtf8();
    c.workstationId = q.value(7).toString();
    c.account = q.value(8).toString();
    c.at = isoText(q.value(9));
    return c;
}

/// A change's document in a JSON row (null for a deletion).
void writePayload(Json::Writer& w, const QByteArray& payload)
{
    w.key("payload");
    if (payload.isEmpty()) {
        w.null();
    } else {
        w.raw(payload);
    }
}

} // namespace

Result<void> SyncService::checkAuditChain(const Caller& caller, const std::vector<const Change*>& entries)
{
    auto head = m_db.exec(
        QStringLiteral("SELECT seq, hash FROM audit_head WHERE tenant_id = ? AND workstation_id = ?"),
        {caller.tenantId, caller.workstationId});
    if (!head) {
        return fail(head.error());
    }
    qint64 seq = 0;
    QByteArray hash;
    const bool known = head->next();
    if (known) {
        seq = head->value(0).toLongLong();
        hash = head->value(1).toByteArray();
    }
    for (const Change* c : entries) {
        auto link = Audit::SyncedEntry::verify(QJsonDocument::fromJson(c->payload).object());
        if (!link) {
            return fail(ErrorCode::Conflict, link.error().userText, link.error().logText);
        }
        if (link->workstationId != caller.workstationId || link->uuid != c->recordId) {
            return fail(ErrorCode::PermissionDenied,
                        tr("Un poste n'envoie que les entrées de son propre journal."),
                        QStringLiteral("audit entry of another workstation"));
        }
        // The first entry the server sees may follow a purge on the workstation: it starts the
        // anchor. After it, every entry must follow the one before.
        if (known || seq > 0) {
            if (link->seq != seq + 1 || link->prevHash != hash) {
                return fail(ErrorCode::Conflict,
                            tr("Le journal d'audit de ce poste ne prolonge pas celui que le serveur "
                               "détient (entrée n° %1 reçue après l'entrée n° %2) : il a été réécrit "
                               "localement. Le serveur le refuse et a levé une alerte.")
                                .arg(link->seq)
                                .arg(seq),
                            QStringLiteral("audit chain rewritten: got %1 after %2").arg(link->seq).arg(seq));
            }
        }
        seq = link->seq;
        hash = link->hash;
    }
    auto saved = m_db.exec(
        QStringLiteral("INSERT INTO audit_head (tenant_id, workstation_id, seq, hash) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (tenant_id, workstation_id) DO UPDATE SET seq = excluded.seq, "
                       "hash = excluded.hash, updated_at = now()"),
        {caller.tenantId, caller.workstationId, seq, hash});
    return saved ? Result<void>() : fail(saved.error());
}

Result<std::vector<PushResult>>
SyncService::push(const Caller& caller, const std::vector<Change>& changes,
                  const std::function<void(const std::vector<PushResult>&)>& beforeCommit)
{
    std::vector<PushResult> results(changes.size());
    Error chainError;
    auto done = m_db.transaction(caller.tenantId, [&]() -> Result<void> {
        // One push at a time per pharmacy: sequence numbers are then taken in commit order.
        if (auto ok = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))"),
                                {caller.tenantId});
            !ok) {
            return fail(ok.error());
        }
        // Changes already received (a replay after a lost answer): acknowledged, not applied.
        QHash<QString, std::pair<qint64, qint64>> seen;
        auto known = m_db.exec(
            QStringLiteral(
                "SELECT id, seq, revision FROM change WHERE tenant_id = ? AND id = ANY(?::uuid[])"),
            {caller.tenantId, uuidArray(changes)});
        if (!known) {
            return fail(known.error());
        }
        while (known->next()) {
            seen.insert(known->value(0).toString(),
                        {known->value(1).toLongLong(), known->value(2).toLongLong()});
        }
        std::vector<const Change*> auditEntries;
        for (const Change& c : changes) {
            if (c.entity == QLatin1String("audit_entry") && !seen.contains(c.id)) {
                auditEntries.push_back(&c);
            }
        }
        if (!auditEntries.empty()) {
            if (auto ok = checkAuditChain(caller, auditEntries); !ok) {
                chainError = ok.error();
                return ok;
            }
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        // Set-based: the batch costs three statements whatever its size (the current state of
        // the records it touches, locked; its change rows; the records' new state).
        const auto key = [](const QString& entity, const QString& id) -> QString {
            return entity + QLatin1Char('/') + id;
        };
        QHash<QString, ServerChange> stored;
        {
            QString ids = QStringLiteral("{");
            for (const Change& c : changes) {
                if (!seen.contains(c.id)) {
                    if (ids.size() > 1) {
                        ids += QLatin1Char(',');
                    }
                    ids += c.recordId; // canonical UUIDs (the parser checked): hex and dashes only
                }
            }
            ids += QLatin1Char('}');
            auto current = m_db.exec(
                QStringLiteral("SELECT %1 FROM record WHERE id = ANY(?::uuid[]) AND tenant_id = ? "
                               "FOR UPDATE")
                    .arg(QLatin1String(kRecordColumns)),
                {ids, caller.tenantId});
            if (!current) {
                return fail(current.error());
            }
            while (current->next()) {
                ServerChange row = recordRow(*current);
                stored.insert(key(row.entity, row.recordId), std::move(row));
            }
        }
        struct Applied
        {
            size_t index;
            qint64 revision;
        };
        std::vector<Applied> applied;
        QHash<QString, size_t> lastApplied; ///< record -> index into `applied` of its last change
        for (size_t i = 0; i < changes.size(); ++i) {
            const Change& c = changes[i];
            PushResult& r = results[i];
            r.id = c.id;
            if (auto it = seen.constFind(c.id); it != seen.constEnd()) {
                r.status = PushResult::Status::Duplicate;
                r.seq = it->first;
                r.revision = it->second;
                continue;
            }
            const QString k = key(c.entity, c.recordId);
            const auto found = stored.constFind(k);
            const ServerChange* current = found == stored.constEnd() ? nullptr : &*found;
            qint64 revision = 1;
            if (c.operation == Operation::Append) {
                if (current) {
                    // Written once: the same record under another change id is refused.
                    return fail(ErrorCode::Conflict,
                                tr("Changement %1 : cet enregistrement a déjà été reçu et ne peut pas "
                                   "être réécrit.")
                                    .arg(i + 1),
                                QStringLiteral("append-only record exists"));
                }
            } else if (c.operation == Operation::Create ? current != nullptr
                                                        : (!current || current->revision != c.baseRevision
                                                           || current->operation == Operation::Delete)) {
                if (!current) {
                    return fail(ErrorCode::NotFound,
                                tr("Changement %1 : l'enregistrement modifié n'existe pas sur le serveur.")
                                    .arg(i + 1),
                                QStringLiteral("update of an unknown record"));
                }
                r.status = PushResult::Status::Conflict;
                r.current = *current;
                continue;
            } else if (current) {
                revision = current->revision + 1;
            }
            r.status = PushResult::Status::Applied;
            r.revision = revision;
            // What a later change of the same batch sees.
            ServerChange next;
            next.id = c.id;
            next.entity = c.entity;
            next.recordId = c.recordId;
            next.operation = c.operation;
            next.revision = revision;
            next.payload = c.payload;
            next.workstationId = caller.workstationId;
            next.account = caller.accountId;
            next.at = now;
            stored.insert(k, std::move(next));
            lastApplied.insert(k, applied.size());
            applied.push_back({i, revision});
        }
        if (applied.empty()) {
            if (beforeCommit) {
                beforeCommit(results);
            }
            return {};
        }
        // The change rows, numbered in the batch's order.
        const QByteArray rows = Json::text([&](Json::Writer& w) {
            w.beginArray();
            for (size_t n = 0; n < applied.size(); ++n) {
                const Change& c = changes[applied[n].index];
                w.beginObject()
                    .field("n", qint64(n))
                    .field("id", c.id)
                    .field("entity", c.entity)
                    .field("record_id", c.recordId)
                    .field("operation", Sync::operationId(c.operation))
                    .field("revision", applied[n].revision);
                writePayload(w, c.payload);
                w.endObject();
            }
            w.endArray();
        });
        auto inserted = m_db.exec(
            QStringLiteral(
                "INSERT INTO change (tenant_id, id, entity, record_id, operation, revision, payload, "
                "workstation_id, account) SELECT ?, x.id, x.entity, x.record_id, x.operation, x.revision, "
                "x.payload, ?, ? FROM jsonb_to_recordset(?::jsonb) AS x(n int, id uuid, entity text, "
                "record_id uuid, operation text, revision bigint, payload jsonb) ORDER BY x.n "
                "RETURNING id, seq"),
            {caller.tenantId, caller.workstationId, caller.accountId, QString::fromUtf8(rows)});
        if (!inserted) {
            return fail(inserted.error());
        }
        QHash<QString, qint64> seqOf;
        while (inserted->next()) {
            seqOf.insert(inserted->value(0).toString(), inserted->value(1).toLongLong());
        }
        for (const Applied& a : applied) {
            results[a.index].seq = seqOf.value(changes[a.index].id);
            if (results[a.index].seq == 0) {
                return fail(ErrorCode::Internal, tr("Numéro de changement manquant."),
                            QStringLiteral("missing seq"));
            }
        }
        // Each record's state after its last change of the batch. A deletion keeps no document:
        // what a patient had erased is erased here too (deletions carry no payload).
        const QByteArray records = Json::text([&](Json::Writer& w) {
            w.beginArray();
            for (auto it = lastApplied.cbegin(); it != lastApplied.cend(); ++it) {
                const Applied& a = applied[it.value()];
                const Change& c = changes[a.index];
                w.beginObject()
                    .field("entity", c.entity)
                    .field("id", c.recordId)
                    .field("revision", a.revision)
                    .field("deleted", c.operation == Operation::Delete)
                    .field("seq", results[a.index].seq)
                    .field("change_id", c.id)
                    .field("operation", Sync::operationId(c.operation));
                writePayload(w, c.payload);
                w.endObject();
            }
            w.endArray();
        });
        auto written = m_db.exec(
            QStringLiteral(
                "INSERT INTO record (tenant_id, entity, id, revision, payload, deleted, seq, change_id, "
                "operation, changed_by_workstation, changed_by_account, changed_at) SELECT ?, x.entity, "
                "x.id, "
                "x.revision, x.payload, x.deleted, x.seq, x.change_id, x.operation, ?, ?, ?::timestamptz "
                "FROM jsonb_to_recordset(?::jsonb) AS x(entity text, id uuid, revision bigint, payload "
                "jsonb, deleted boolean, seq bigint, change_id uuid, operation text) ON CONFLICT (tenant_id, "
                "entity, id) DO UPDATE SET revision = excluded.revision, payload = excluded.payload, "
                "deleted = excluded.deleted, seq = excluded.seq, change_id = excluded.change_id, "
                "operation = excluded.operation, changed_by_workstation = excluded.changed_by_workstation, "
                "changed_by_account = excluded.changed_by_account, changed_at = excluded.changed_at"),
            {caller.tenantId, caller.workstationId, caller.accountId, now, QString::fromUtf8(records)});
        if (!written) {
            return fail(written.error());
        }
        if (beforeCommit) {
            beforeCommit(results);
        }
        return {};
    });
    if (!done) {
        if (!chainError.logText.isEmpty()) {
            // The alert outlives the refused batch.
            (void)m_db.transaction(caller.tenantId, [&]() -> Result<void> {
                auto ok = m_db.exec(
                    QStringLiteral(
                        "INSERT INTO audit_alert (tenant_id, workstation_id, reason) VALUES (?, ?, ?)"),
                    {caller.tenantId, caller.workstationId, chainError.logText});
                return ok ? Result<void>() : fail(ok.error());
            });
            Log::warning("audit.chain.refused",
                         {{"tenant", caller.tenantId},
                          {"workstation", caller.workstationId},
                          {"reason", chainError.logText}});
        }
        return fail(done.error());
    }
    return results;
}

Result<Sync::PullPage> SyncService::pull(const Caller& caller, qint64 after, int limit,
                                         const std::function<void(const Sync::PullPage&)>& beforeCommit)
{
    Sync::PullPage page;
    page.next = after;
    auto done = m_db.transaction(caller.tenantId, [&]() -> Result<void> {
        auto q = m_db.exec(
            QStringLiteral("SELECT %1 FROM record WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                .arg(QLatin1String(kRecordColumns)),
            {caller.tenantId, after, limit + 1});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            if (int(page.changes.size()) == limit) {
                page.more = true;
                break;
            }
            page.changes.push_back(recordRow(*q));
            page.next = page.changes.back().seq;
        }
        // The newest sequence of the tenant (one step down record_seq): a new workstation
        // shows how far its first pull has come.
        auto head = m_db.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM record WHERE tenant_id = ?"),
                              {caller.tenantId});
        if (!head) {
            return fail(head.error());
        }
        page.head = head->next() ? head->value(0).toLongLong() : 0;
        if (beforeCommit) {
            beforeCommit(page);
        }
        return {};
    });
    if (!done) {
        return fail(done.error());
    }
    return page;
}

Result<QJsonObject> SyncService::auditHeads(const Caller& caller)
{
    QJsonObject heads;
    auto done = m_db.transaction(caller.tenantId, [&]() -> Result<void> {
        auto q = m_db.exec(
            QStringLiteral("SELECT workstation_id, seq, hash FROM audit_head WHERE tenant_id = ?"),
            {caller.tenantId});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            heads.insert(q->value(0).toString(),
                         QJsonObject {{QStringLiteral("seq"), q->value(1).toLongLong()},
                                      {QStringLiteral("hash"),
                                       QString::fromLatin1(q->value(2).toByteArray().toHex())}});
        }
        return {};
    });
    if (!done) {
        return fail(done.error());
    }
    return heads;
}

} // namespace Officine::Server
