#include "settingsrepository.h"

#include "storage/outbox.h"

#include <QJsonDocument>
#include <QUuid>

namespace Officine::Storage {

namespace {

const QString kColumns
    = QStringLiteral("uuid, key, revision, workstation_id, deleted, created_at, updated_at, fields");

PharmacySetting readSetting(const Query& q)
{
    PharmacySetting s;
    s.meta.uuid = q.text(0);
    s.key = q.text(1);
    s.meta.revision = q.integer(2);
    s.meta.workstationId = q.text(3);
    s.meta.deleted = q.integer(4) != 0;
    s.meta.createdAt = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
    s.meta.updatedAt = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
    s.fields = QJsonDocument::fromJson(q.blob(7)).object();
    return s;
}

const QSet<QString>& reserved()
{
    static const QSet<QString> names
        = {QStringLiteral("uuid"),    QStringLiteral("revision"),  QStringLiteral("workstationId"),
           QStringLiteral("deleted"), QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
           QStringLiteral("key")};
    return names;
}

} // namespace

QJsonObject PharmacySetting::toJson() const
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("uuid"), meta.uuid);
    o.insert(QStringLiteral("revision"), meta.revision);
    o.insert(QStringLiteral("workstationId"), meta.workstationId);
    o.insert(QStringLiteral("deleted"), meta.deleted);
    o.insert(QStringLiteral("updatedAt"), meta.updatedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("key"), key);
    return o;
}

PharmacySetting PharmacySetting::fromJson(const QJsonObject& o)
{
    PharmacySetting s;
    s.meta.uuid = o.value(QLatin1String("uuid")).toString();
    s.meta.revision = o.value(QLatin1String("revision")).toInteger();
    s.meta.workstationId = o.value(QLatin1String("workstationId")).toString();
    s.meta.deleted = o.value(QLatin1String("deleted")).toBool();
    s.meta.updatedAt
        = QDateTime::fromString(o.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
    s.key = o.value(QLatin1String("key")).toString();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!reserved().contains(it.key())) {
            s.fields.insert(it.key(), it.value());
        }
    }
    return s;
}

QString SettingsRepository::uuidFor(const QString& key)
{
    static const QUuid ns(QStringLiteral("6f1c3a52-0b7e-4c7a-9a51-3d2f4e8b9c10"));
    return QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces);
}

Result<std::optional<PharmacySetting>> SettingsRepository::find(const QString& key)
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM pharmacy_setting WHERE key = ?1 AND deleted = 0"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, key);
    return firstRow<PharmacySetting>(*q, readSetting);
}

Result<PharmacySetting> SettingsRepository::get(const QString& uuid)
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM pharmacy_setting WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid);
    auto row = firstRow<PharmacySetting>(*q, readSetting);
    if (!row) {
        return fail(row.error());
    }
    if (!row->has_value()) {
        return fail(ErrorCode::NotFound, tr("Ce paramètre de la pharmacie n'existe pas."),
                    QStringLiteral("setting %1 not found").arg(uuid));
    }
    return std::move(**row);
}

Result<void> SettingsRepository::put(const QString& key, const QJsonObject& fields, const WriteContext& ctx)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (reserved().contains(it.key())) {
            return fail(ErrorCode::Internal, QStringLiteral("setting field %1 is reserved").arg(it.key()));
        }
    }
    // By id, a setting deleted on the server included: it is set again, not created twice.
    auto stored = get(uuidFor(key));
    if (!stored && stored.error().code != ErrorCode::NotFound) {
        return fail(stored.error());
    }
    PharmacySetting s;
    s.key = key;
    s.fields = fields;
    if (!stored) {
        s.meta.uuid = uuidFor(key);
        stampNew(s.meta, ctx);
        return write(s, true, true);
    }
    if (stored->fields == fields && !stored->meta.deleted) {
        return {};
    }
    s.meta = stored->meta;
    s.meta.deleted = false;
    if (auto r = stampEdit(s.meta, stored->meta, ctx, QString()); !r) {
        return r;
    }
    return write(s, false, true);
}

Result<void> SettingsRepository::applyRemote(PharmacySetting& setting)
{
    if (setting.key.isEmpty() || uuidFor(setting.key) != setting.meta.uuid) {
        return fail(ErrorCode::InvalidInput,
                    tr("Un paramètre reçu du serveur ne correspond pas à son identifiant."),
                    QStringLiteral("setting %1: key does not match its id").arg(setting.meta.uuid));
    }
    auto stored = get(setting.meta.uuid);
    if (!stored && stored.error().code != ErrorCode::NotFound) {
        return fail(stored.error());
    }
    const bool insert = !stored;
    setting.meta.revision = insert ? 1 : stored->meta.revision + 1;
    setting.meta.createdAt = insert ? setting.meta.updatedAt : stored->meta.createdAt;
    return write(setting, insert, false);
}

Result<qint64> SettingsRepository::count()
{
    return m_store.scalar(QStringLiteral("SELECT count(*) FROM pharmacy_setting WHERE deleted = 0"));
}

QByteArray SettingsRepository::document(const PharmacySetting& setting)
{
    return QJsonDocument(setting.toJson()).toJson(QJsonDocument::Compact);
}

Result<void> SettingsRepository::write(const PharmacySetting& s, bool insert, bool queue)
{
    if (!insert && queue) {
        // The first change here of a setting received from the server writes out its merge base.
        if (auto kept = Outbox(m_store).keepBaseOf(*this, s.meta.uuid); !kept) {
            return kept;
        }
    }
    auto q = m_store.query(insert ? QStringLiteral("INSERT INTO pharmacy_setting (") + kColumns
                                   + QStringLiteral(") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                                  : QStringLiteral("UPDATE pharmacy_setting SET key = ?2, revision = ?3, "
                                                   "workstation_id = ?4, deleted = ?5, created_at = ?6, "
                                                   "updated_at = ?7, fields = ?8 WHERE uuid = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, s.meta.uuid)
        .bind(2, s.key)
        .bind(3, s.meta.revision)
        .bind(4, s.meta.workstationId)
        .bind(5, s.meta.deleted)
        .bind(6, s.meta.createdAt.toString(Qt::ISODateWithMs))
        .bind(7, s.meta.updatedAt.toString(Qt::ISODateWithMs))
        .bindUtf8(8, QJsonDocument(s.fields).toJson(QJsonDocument::Compact));
    if (auto r = q->run(); !r) {
        return r;
    }
    if (!queue) {
        return {};
    }
    return Outbox(m_store).append(outboxEntryFor(entity, s.meta, insert, s.toJson()));
}

} // namespace Officine::Storage
