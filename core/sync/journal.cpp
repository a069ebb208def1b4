#include "journal.h"

#include "model/record.h"
#include "storage/store.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Officine::Sync {

using Storage::Query;
using Storage::Transaction;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

QString Journal::valueText(const QJsonValue& v)
{
    if (v.isUndefined()) {
        return {};
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
}

QJsonValue Journal::valueFrom(const QString& text)
{
    if (text.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

Result<int> Journal::conflictCount()
{
    auto n = m_store.scalar(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"));
    if (!n) {
        return fail(n.error());
    }
    return int(*n);
}

Result<ConflictRecord> Journal::conflict(const QString& uuid)
{
    auto all = openConflicts();
    if (!all) {
        return fail(all.error());
    }
    for (ConflictRecord& c : *all) {
        if (c.uuid == uuid) {
            return std::move(c);
        }
    }
    return fail(ErrorCode::NotFound, tr("Ce conflit est déjà résolu."), QStringLiteral("conflict not open"));
}

Result<std::vector<LogLine>> Journal::recentLog(int limit)
{
    auto q = m_store.query(
        QStringLiteral("SELECT at, kind, outcome, detail FROM sync_log ORDER BY id DESC LIMIT ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, limit);
    return Storage::collectRows<LogLine>(*q, [](const Query& r) {
        return LogLine {QDateTime::fromString(r.text(0), Qt::ISODateWithMs), r.text(1), r.text(2), r.text(3)};
    });
}

Result<QString> Journal::state(const char* name)
{
    auto q = m_store.query(QStringLiteral("SELECT value FROM sync_state WHERE key = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, QString::fromLatin1(name));
    auto row = Storage::firstRow<QString>(*q, [](const Query& r) { return r.text(0); });
    if (!row) {
        return fail(row.error());
    }
    return row->value_or(QString());
}

Result<void> Journal::setState(const char* name, const QString& value)
{
    auto q = m_store.query(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, QString::fromLatin1(name)).bind(2, value);
    return q->run();
}

Result<void> Journal::log(const QString& kind, const QString& outcome, const QString& detail)
{
    auto tx = Transaction::beginUnlessOpen(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    auto q = m_store.query(
        QStringLiteral("INSERT INTO sync_log (at, kind, outcome, detail) VALUES (?1, ?2, ?3, ?4)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, Model::isoUtc(QDateTime::currentDateTimeUtc())).bind(2, kind).bind(3, outcome).bind(4, detail);
    if (auto r = q->run(); !r) {
        return r;
    }
    // The panel shows the latest; a year of syncs every minute stays bounded.
    if (auto r = m_store.exec(
            QStringLiteral("DELETE FROM sync_log WHERE id <= (SELECT max(id) - 500 FROM sync_log)"));
        !r) {
        return r;
    }
    return tx->commit();
}

Result<qint64> Journal::pendingCount()
{
    return m_store.scalar(
        QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT entity, record_uuid FROM outbox)"));
}

Result<std::vector<ConflictRecord>> Journal::openConflicts()
{
    auto q = m_store.query(
        QStringLiteral("SELECT uuid, entity, record_uuid, field, base_value, local_value, remote_value, "
                       "local_workstation, local_at, remote_workstation, remote_account, remote_at FROM "
                       "sync_conflict WHERE resolved_at IS NULL ORDER BY created_at, rowid"));
    if (!q) {
        return fail(q.error());
    }
    return Storage::collectRows<ConflictRecord>(*q, [](const Query& r) {
        ConflictRecord c;
        c.uuid = r.text(0);
        c.entity = r.text(1);
        c.recordUuid = r.text(2);
        c.field = r.text(3);
        c.baseValue = valueFrom(r.text(4));
        c.localValue = valueFrom(r.text(5));
        c.remoteValue = valueFrom(r.text(6));
        c.localWorkstation = r.text(7);
        c.localAt = QDateTime::fromString(r.text(8), Qt::ISODateWithMs);
        c.remoteWorkstation = r.text(9);
        c.remoteAccount = r.text(10);
        c.remoteAt = QDateTime::fromString(r.text(11), Qt::ISODateWithMs);
        return c;
    });
}

Result<void> Journal::markResolved(const QString& conflictUuid, const QString& accountUuid,
                                   const QString& resolution)
{
    auto q = m_store.query(
        QStringLiteral("UPDATE sync_conflict SET resolved_at = ?2, resolved_by = ?3, resolution = ?4 "
                       "WHERE uuid = ?1 AND resolved_at IS NULL"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, conflictUuid)
        .bind(2, Model::isoUtc(QDateTime::currentDateTimeUtc()))
        .bind(3, accountUuid)
        .bind(4, resolution);
    if (auto r = q->run(); !r) {
        return r;
    }
    if (m_store.changes() == 0) {
        return fail(ErrorCode::NotFound, tr("Ce conflit est déjà résolu."),
                    QStringLiteral("conflict not open"));
    }
    return {};
}

Result<void> Journal::proposeDuplicate(const DuplicateProposal& p)
{
    auto q = m_store.query(
        QStringLiteral("INSERT OR IGNORE INTO sync_duplicate (uuid, first_uuid, second_uuid, local_uuid, "
                       "remote_uuid, reason, "
                       "score, created_at) VALUES (?1, min(?2, ?3), max(?2, ?3), ?2, ?3, ?4, ?5, ?6)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, p.uuid.isEmpty() ? Ids::newUuid() : p.uuid)
        .bind(2, p.localUuid)
        .bind(3, p.remoteUuid)
        .bind(4, p.reason)
        .bind(5, p.score)
        .bind(6, Model::isoUtc(p.createdAt.isValid() ? p.createdAt : QDateTime::currentDateTimeUtc()));
    return q->run();
}

namespace {
const QString kDuplicateColumns = QStringLiteral(
    "d.uuid, d.local_uuid, d.remote_uuid, d.reason, d.score, d.created_at FROM sync_duplicate d");
DuplicateProposal readDuplicate(const Storage::Query& r)
{
    return {r.text(0),         r.text(1),         r.text(2),
            int(r.integer(3)), int(r.integer(4)), QDateTime::fromString(r.text(5), Qt::ISODateWithMs)};
}
} // namespace

Result<std::vector<DuplicateProposal>> Journal::openDuplicates()
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kDuplicateColumns
                           + QStringLiteral(" JOIN patient a ON a.uuid = d.local_uuid AND a.deleted = 0 "
                                            "JOIN patient b ON b.uuid = d.remote_uuid AND b.deleted = 0 "
                                            "WHERE d.resolved_at IS NULL ORDER BY d.created_at, d.uuid"));
    if (!q) {
        return fail(q.error());
    }
    return Storage::collectRows<DuplicateProposal>(*q, readDuplicate);
}

Result<DuplicateProposal> Journal::duplicate(const QString& uuid)
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kDuplicateColumns
                           + QStringLiteral(" WHERE d.uuid = ?1 AND d.resolved_at IS NULL"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    auto row = Storage::firstRow<DuplicateProposal>(*q, readDuplicate);
    if (!row) {
        return fail(row.error());
    }
    if (!row->has_value()) {
        return fail(ErrorCode::NotFound, tr("Cette proposition de fusion a déjà été traitée."),
                    QStringLiteral("duplicate proposal %1 not open").arg(uuid));
    }
    return **row;
}

Result<void> Journal::dismissDuplicate(const QString& uuid, const QString& accountUuid)
{
    auto q
        = m_store.query(QStringLiteral("UPDATE sync_duplicate SET resolved_at = ?2, resolved_by = ?3, "
                                       "resolution = 'different' WHERE uuid = ?1 AND resolved_at IS NULL"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid).bind(2, Model::isoUtc(QDateTime::currentDateTimeUtc())).bind(3, accountUuid);
    return q->run();
}

std::optional<DeletionHold> Journal::deletionHold()
{
    auto text = state("deletion_hold");
    if (!text || text->isEmpty()) {
        return std::nullopt;
    }
    const QJsonObject o = parse(text->toUtf8());
    return DeletionHold {o.value(QLatin1String("entity")).toString(),
                         o.value(QLatin1String("deletions")).toInt(),
                         o.value(QLatin1String("local")).toInteger()};
}

Result<void> Journal::confirmDeletions()
{
    auto text = state("deletion_hold");
    if (!text) {
        return fail(text.error());
    }
    if (text->isEmpty()) {
        return fail(ErrorCode::NotFound, tr("Aucune suppression n'attend de confirmation."),
                    QStringLiteral("no hold"));
    }
    const qint64 until = parse(text->toUtf8()).value(QLatin1String("until")).toInteger();
    auto tx = Transaction::beginUnlessOpen(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto r = setState("deletion_confirmed_until", QString::number(until)); !r) {
        return r;
    }
    if (auto r = setState("deletion_hold", QString()); !r) {
        return r;
    }
    return tx->commit();
}

} // namespace Officine::Sync
