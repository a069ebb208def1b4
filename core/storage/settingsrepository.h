#pragma once

#include "model/record.h"
#include "storage/recordstamp.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace Officine::Storage {

/// One setting of the whole pharmacy (a retention period, the inactivity delay), the same on
/// every workstation: a mutable record that syncs as the entity "settings" and merges field by
/// field like any other. Its UUID is derived from its key (uuidFor), so the same setting changed
/// on two workstations offline is one record on the server, merged or in conflict, never two.
/// Who changed it is in the audit trail, not in the document (it would make every concurrent
/// change of two different fields a conflict).
struct PharmacySetting
{
    Model::RecordMeta meta;
    QString key; ///< "retention.patient_file", "security.inactivity_lock"…
    QJsonObject fields; ///< the values, one top-level field each

    QJsonObject toJson() const;
    static PharmacySetting fromJson(const QJsonObject& o);
};

class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static constexpr const char* entity = "settings";
    explicit SettingsRepository(Store& store)
        : m_store(store)
    {
    }
    /// The record id of a setting: a version 5 UUID of its key in Officine's namespace.
    static QString uuidFor(const QString& key);

    /// The pharmacy's value of a setting; none while it keeps its default.
    Result<std::optional<PharmacySetting>> find(const QString& key);
    /// By record id; NotFound when absent.
    Result<PharmacySetting> get(const QString& uuid);
    /// A setting's document as it syncs (the outbox payload, a merge base).
    static QByteArray document(const PharmacySetting& setting);
    /// Sets a setting's fields (inside a transaction): a new record or an edit, with its outbox
    /// row. Nothing is written when nothing changes.
    Result<void> put(const QString& key, const QJsonObject& fields, const WriteContext& ctx);
    /// Writes the server's version (no outbox row). A document whose key does not match its
    /// record id is refused: a setting cannot be smuggled in under another's identity.
    Result<void> applyRemote(PharmacySetting& setting);
    Result<qint64> count();

private:
    Result<void> write(const PharmacySetting& s, bool insert, bool queue);
    Store& m_store;
};

} // namespace Officine::Storage
