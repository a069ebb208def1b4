#pragma once

#include "storage/recordstamp.h"
#include "storage/store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace Officine::Storage {

/// One field's previous and new value in a rectification.
struct FieldChange
{
    QString field; ///< stable field name (Model::Patient::fieldValue)
    QString before;
    QString after;
};

/// One change of a patient's identity, contact or clinical data, with the previous values:
/// who, when, why and from which source (RGPD art. 16, RNIV traceability of rectifications).
/// Append-only; synced as an event.
struct HistoryEntry
{
    QString uuid;
    QString patientUuid;
    QString originPatient; ///< the file it was written on (differs after a merge)
    QDateTime at;
    QString accountUuid;
    QString actorName;
    QString kind; ///< creation, identity, contact, clinical, evidence, merge, import, photo
    QString source; ///< statement, document, insi, import, merge, team
    QString reason;
    std::vector<FieldChange> changes;
};

/// A right the patient exercised (RGPD art. 15–21, post-mortem directives), with its outcome.
/// Kept 10 years like any rights request; holds no health data. Append-only; synced as an event.
struct RightsEvent
{
    QString uuid;
    QString patientUuid;
    QDateTime at;
    QString accountUuid;
    QString actorName;
    QString kind; ///< access, portability, rectification, restriction, restriction_lifted, objection,
                  ///< objection_lifted, consent_withdrawal, consent_given, erasure, post_mortem
    QString outcome; ///< done, refused
    QString detail; ///< the reason, or the legal ground and date of a refusal
};

class PatientHistory
{
public:
    static constexpr auto entity = "patient_history";
    static constexpr auto rightsEntity = "patient_rights_event";

    explicit PatientHistory(Store& store)
        : m_store(store)
    {
    }
    /// Within the caller's transaction; fills uuid and originPatient when empty.
    Result<void> append(HistoryEntry& entry, const WriteContext& ctx);
    /// An entry completed and serialised without the store (any thread: an import prepares a
    /// batch on every core); `entry` must outlive it.
    struct PreparedEntry
    {
        const HistoryEntry* entry = nullptr;
        QString workstationId;
        QString at;
        QString now;
        Model::RecordMeta meta;
        QByteArray changes;
        QByteArray payload; ///< empty: the creation is queued by reference
    };
    static PreparedEntry prepare(HistoryEntry& entry, const WriteContext& ctx);
    /// The outbox payload of an entry as stored (Outbox reads the creations it queued by
    /// reference); none once the entry is gone.
    Result<std::optional<QByteArray>> payloadAsStored(const QString& uuid);
    Result<void> append(const PreparedEntry& prepared);
    /// Newest first.
    Result<std::vector<HistoryEntry>> list(const QString& patientUuid);
    /// Stores an entry (or a rights event) written on another workstation, as its payload says,
    /// once: false when it was already here. No outbox row.
    Result<bool> applyRemote(const QJsonObject& payload, const QString& workstationId);
    Result<bool> applyRemoteRights(const QJsonObject& payload, const QString& workstationId);
    Result<void> appendRights(RightsEvent& event, const WriteContext& ctx);
    Result<std::vector<RightsEvent>> rights(const QString& patientUuid);
    /// A merge: the absorbed file's history and rights requests now belong to the survivor
    /// (originPatient keeps where each was written).
    Result<void> moveTo(const QString& fromPatient, const QString& toPatient);

private:
    Store& m_store;
};

} // namespace Officine::Storage
